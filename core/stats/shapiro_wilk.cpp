#include "core/stats/shapiro_wilk.h"

#include <algorithm>
#include <cmath>
#include <vector>

// The arithmetic below is a line-by-line transcription of swilk.f (REAL = float, with the same
// evaluation order); every constant is a float literal, as the Fortran DATA statements are REAL.
namespace loadscope::stats {

namespace {

// AS 181.2: c[0] + c[1] x + ... evaluated in the Fortran's nesting order.
float poly(const float* c, int nord, float x)
{
    float result = c[0];
    if (nord == 1)
        return result;
    float p = x * c[nord - 1];
    int j = nord - 2;
    for (int i = 0; i < nord - 2; ++i) {
        p = (p + c[j]) * x;
        --j;
    }
    return result + p;
}

// AS 111: normal deviate for lower tail area p (single precision).
float ppnd(float p)
{
    const float q = p - 0.5f;
    if (std::fabs(q) <= 0.42f) {
        const float r = q * q;
        return q * (((-25.44106049637f * r + 41.39119773534f) * r + -18.61500062529f) * r + 2.50662823884f) /
               ((((3.13082909833f * r + -21.06224101826f) * r + 23.08336743743f) * r + -8.47351093090f) * r + 1.0f);
    }
    float r = q > 0.0f ? 1.0f - p : p;
    if (r <= 0.0f)
        return 0.0f;
    r = std::sqrt(-std::log(r));
    const float value = (((2.32121276858f * r + 4.85014127135f) * r + -2.29796479134f) * r + -2.78718931138f) /
                        ((1.63706781897f * r + 3.54388924762f) * r + 1.0f);
    return q < 0.0f ? -value : value;
}

// AS 66 upper tail of the standard normal, double precision (swilk.f's ALNORM, UPPER = .TRUE.).
double alnormUpper(double x)
{
    bool up = true;
    double z = x;
    if (z < 0.0) {
        up = false;
        z = -z;
    }
    double result;
    if (!(z <= 7.0 || (up && z <= 38.0))) {
        result = 0.0;
    } else {
        const double y = 0.5 * z * z;
        if (z > 1.28) {
            result = 0.398942280385 * std::exp(-y) /
                     (z - 3.8052e-8 +
                      1.00000615302 /
                          (z + 3.98064794e-4 +
                           1.98615381364 / (z - 0.151679116635 +
                                            5.29330324926 / (z + 4.8385912808 -
                                                             15.1508972451 / (z + 0.742380924027 +
                                                                              30.789933034 / (z + 3.99019417011))))));
        } else {
            result = 0.5 - z * (0.398942280444 -
                                0.399903438504 * y /
                                    (y + 5.75885480458 -
                                     29.8213557808 / (y + 2.62433121679 + 48.6959930692 / (y + 5.92885724438))));
        }
    }
    return up ? result : 1.0 - result;
}

float fortranSign(int value)
{
    return value >= 0 ? 1.0f : -1.0f;
} // SIGN(1, value)

// Coefficients a(1..n/2) for a sample of size n (the INIT = .FALSE. block).
std::vector<float> coefficients(int n)
{
    const int half = n / 2;
    std::vector<float> a(static_cast<std::size_t>(std::max(half, 1)));
    if (n == 3) {
        a[0] = 0.70711f;
        return a;
    }
    static const float c1[6] = {0.0f, 0.221157f, -0.147981f, -0.207119e1f, 0.4434685e1f, -0.2706056e1f};
    static const float c2[6] = {0.0f, 0.42981e-1f, -0.293762f, -0.1752461e1f, 0.5682633e1f, -0.3582633e1f};
    const float an = static_cast<float>(n);
    const float an25 = an + 0.25f;
    float summ2 = 0.0f;
    for (int i = 1; i <= half; ++i) {
        a[i - 1] = ppnd((static_cast<float>(i) - 0.375f) / an25);
        summ2 = summ2 + a[i - 1] * a[i - 1];
    }
    summ2 = summ2 * 2.0f;
    const float ssumm2 = std::sqrt(summ2);
    const float rsn = 1.0f / std::sqrt(an);
    const float a1 = poly(c1, 6, rsn) - a[0] / ssumm2;
    int first;
    float fac;
    if (n > 5) {
        first = 3;
        const float a2 = -a[1] / ssumm2 + poly(c2, 6, rsn);
        fac = std::sqrt((summ2 - 2.0f * (a[0] * a[0]) - 2.0f * (a[1] * a[1])) /
                        (1.0f - 2.0f * (a1 * a1) - 2.0f * (a2 * a2)));
        a[0] = a1;
        a[1] = a2;
    } else {
        first = 2;
        fac = std::sqrt((summ2 - 2.0f * (a[0] * a[0])) / (1.0f - 2.0f * (a1 * a1)));
        a[0] = a1;
    }
    for (int i = first; i <= half; ++i)
        a[i - 1] = -a[i - 1] / fac;
    return a;
}

// Significance level of W for n > 3, from w1 = 1 - W (no censoring).
float significance(int n, float w1)
{
    static const float c3[4] = {0.5440f, -0.39978f, 0.25054e-1f, -0.6714e-3f};
    static const float c4[4] = {0.13822e1f, -0.77857f, 0.62767e-1f, -0.20322e-2f};
    static const float c5[4] = {-0.15861e1f, -0.31082f, -0.83751e-1f, 0.38915e-2f};
    static const float c6[3] = {-0.4803f, -0.82676e-1f, 0.30302e-2f};
    static const float g[2] = {-0.2273e1f, 0.459f};
    const float an = static_cast<float>(n);
    float y = std::log(w1);
    const float xx = std::log(an);
    float m, s;
    if (n <= 11) {
        const float gamma = poly(g, 2, an);
        if (y >= gamma)
            return 1e-19f;
        y = -std::log(gamma - y);
        m = poly(c3, 4, an);
        s = std::exp(poly(c4, 4, an));
    } else {
        m = poly(c5, 4, xx);
        s = std::exp(poly(c6, 3, xx));
    }
    return static_cast<float>(alnormUpper(static_cast<double>((y - m) / s)));
}

} // namespace

TestResult shapiroWilk(std::span<const double> values)
{
    return shapiroWilk(SortedGroup(values));
}

TestResult shapiroWilk(const SortedGroup& values)
{
    const int n = static_cast<int>(values.size());
    if (n < 3)
        return TestResult::failure("not enough data: Shapiro-Wilk needs at least 3 values");
    const std::span<const double> sorted = values.sorted();
    if (!std::isfinite(sorted.front()) || !std::isfinite(sorted.back())) // NaNs sort last
        return TestResult::failure("Shapiro-Wilk: the values contain NaN or infinity");
    // SciPy centres on the median in double precision, sorts, then f2py rounds to float. Subtracting one number
    // keeps the order (rounding is monotonic), so the sorted values centred are the centred values sorted.
    const double centre = values.median();
    std::vector<float> x(sorted.size());
    std::transform(sorted.begin(), sorted.end(), x.begin(), [&](double v) { return static_cast<float>(v - centre); });

    const std::vector<float> a = coefficients(n);
    const float range = x[static_cast<std::size_t>(n - 1)] - x[0];
    if (range < 1e-19f)
        return TestResult::failure("Shapiro-Wilk: all values are equal (zero range)");

    float sx = x[0] / range;
    float sa = -a[0];
    int j = n - 1;
    for (int i = 2; i <= n; ++i) {
        const float xi = x[static_cast<std::size_t>(i - 1)] / range;
        sx = sx + xi;
        if (i != j)
            sa = sa + fortranSign(i - j) * a[static_cast<std::size_t>(std::min(i, j) - 1)];
        --j;
    }
    sa = sa / static_cast<float>(n);
    sx = sx / static_cast<float>(n);
    float ssa = 0.0f, ssx = 0.0f, sax = 0.0f;
    j = n;
    for (int i = 1; i <= n; ++i) {
        const float asa = i != j ? fortranSign(i - j) * a[static_cast<std::size_t>(std::min(i, j) - 1)] - sa : -sa;
        const float xsx = x[static_cast<std::size_t>(i - 1)] / range - sx;
        ssa = ssa + asa * asa;
        ssx = ssx + xsx * xsx;
        sax = sax + asa * xsx;
        --j;
    }
    // 1 - W computed directly to avoid rounding error for W near 1 (as the Fortran does).
    const float ssassx = std::sqrt(ssa * ssx);
    const float w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx);
    const float w = 1.0f - w1;
    float pw;
    if (n == 3)
        pw = 0.1909859e1f * (std::asin(std::sqrt(w)) - 0.1047198e1f);
    else
        pw = significance(n, w1);
    return TestResult::of(static_cast<double>(w), std::max(0.0, static_cast<double>(pw)),
                          "Shapiro-Wilk: no finite result");
}

} // namespace loadscope::stats
