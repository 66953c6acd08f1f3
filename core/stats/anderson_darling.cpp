#include "core/stats/anderson_darling.h"

#include "core/stats/numpy_compatible.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace loadscope::stats {

namespace {

constexpr std::size_t kLevels = 7;
constexpr std::array<double, kLevels> kSignificance{0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001};

// SciPy _anderson_ksamp_midrank for two samples: the unstandardised statistic A2akN. SciPy finds each count with
// searchsorted at every distinct value of the pooled sample; here one walk over the sorted samples finds the same
// counts. For each distinct value z_j: l_j = how many pooled values equal it, b_j = how many lie below it plus half
// of l_j, and for each sample the values up to z_j less half of those equal to it.
double midrankStatistic(std::span<const double> sortedX, std::span<const double> sortedY)
{
    const std::array<std::span<const double>, 2> samples{sortedX, sortedY};
    const double N = static_cast<double>(sortedX.size() + sortedY.size());
    std::vector<double> lj, bj;
    std::array<std::vector<double>, 2> mij; // per sample: count up to z_j less half the ties
    std::size_t i = 0, j = 0;
    while (i < sortedX.size() || j < sortedY.size()) {
        const double v = j == sortedY.size() || (i < sortedX.size() && sortedX[i] < sortedY[j]) ? sortedX[i]
                                                                                                : sortedY[j];
        const std::size_t below = i + j;
        const std::size_t firstX = i, firstY = j;
        while (i < sortedX.size() && sortedX[i] == v)
            ++i;
        while (j < sortedY.size() && sortedY[j] == v)
            ++j;
        lj.push_back(static_cast<double>(i + j - below));
        mij[0].push_back(static_cast<double>(i) - static_cast<double>(i - firstX) / 2.0);
        mij[1].push_back(static_cast<double>(j) - static_cast<double>(j - firstY) / 2.0);
    }
    const bool noTies = lj.size() == sortedX.size() + sortedY.size();
    bj.resize(lj.size());
    double below = 0.0;
    for (std::size_t k = 0; k < lj.size(); ++k) {
        if (noTies)
            lj[k] = 1.0;
        bj[k] = below + lj[k] / 2.0;
        below += lj[k];
    }
    double a2 = 0.0;
    std::vector<double> inner(lj.size());
    for (std::size_t s = 0; s < samples.size(); ++s) {
        const double ni = static_cast<double>(samples[s].size());
        for (std::size_t k = 0; k < lj.size(); ++k) {
            const double spread = N * mij[s][k] - bj[k] * ni;
            inner[k] = lj[k] / N * (spread * spread) / (bj[k] * (N - bj[k]) - N * lj[k] / 4.0);
        }
        a2 += pairwiseSum(inner) / ni;
    }
    return a2 * ((N - 1.0) / N);
}

// Least-squares quadratic through (x, y) as numpy.polyfit(x, y, 2): columns scaled to unit norm,
// then solved by Householder QR.  Returns coefficients highest power first.
std::array<double, 3> quadraticFit(const std::array<double, kLevels>& x, const std::array<double, kLevels>& y)
{
    double a[kLevels][3];
    double scale[3] = {0, 0, 0};
    for (std::size_t i = 0; i < kLevels; ++i) {
        a[i][0] = x[i] * x[i];
        a[i][1] = x[i];
        a[i][2] = 1.0;
        for (int c = 0; c < 3; ++c)
            scale[c] += a[i][c] * a[i][c];
    }
    for (double& s : scale)
        s = std::sqrt(s);
    std::array<double, kLevels> b = y;
    for (std::size_t i = 0; i < kLevels; ++i)
        for (int c = 0; c < 3; ++c)
            a[i][c] /= scale[c];
    for (std::size_t c = 0; c < 3; ++c) {
        double norm = 0.0;
        for (std::size_t i = c; i < kLevels; ++i)
            norm += a[i][c] * a[i][c];
        norm = std::sqrt(norm);
        const double alpha = a[c][c] > 0 ? -norm : norm;
        std::array<double, kLevels> v{};
        for (std::size_t i = c; i < kLevels; ++i)
            v[i] = a[i][c];
        v[c] -= alpha;
        double vv = 0.0;
        for (std::size_t i = c; i < kLevels; ++i)
            vv += v[i] * v[i];
        auto reflect = [&](auto&& get) {
            double dot = 0.0;
            for (std::size_t i = c; i < kLevels; ++i)
                dot += v[i] * get(i);
            const double f = 2.0 * dot / vv;
            for (std::size_t i = c; i < kLevels; ++i)
                get(i) -= f * v[i];
        };
        for (std::size_t col = c; col < 3; ++col)
            reflect([&](std::size_t i) -> double& { return a[i][col]; });
        reflect([&](std::size_t i) -> double& { return b[i]; });
    }
    std::array<double, 3> coef{};
    for (int c = 2; c >= 0; --c) {
        double s = b[static_cast<std::size_t>(c)];
        for (int k = c + 1; k < 3; ++k)
            s -= a[c][k] * coef[static_cast<std::size_t>(k)];
        coef[static_cast<std::size_t>(c)] = s / a[c][c];
    }
    for (int c = 0; c < 3; ++c)
        coef[static_cast<std::size_t>(c)] /= scale[c];
    return coef;
}

// The p-value SciPy derives from the standardised statistic for k samples.
double significanceLevel(double a2, int k)
{
    static constexpr std::array<double, kLevels> b0{0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085};
    static constexpr std::array<double, kLevels> b1{-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615};
    static constexpr std::array<double, kLevels> b2{-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154};
    const double m = k - 1;
    std::array<double, kLevels> critical{}, logSig{};
    for (std::size_t i = 0; i < kLevels; ++i) {
        critical[i] = b0[i] + b1[i] / std::sqrt(m) + b2[i] / m;
        logSig[i] = std::log(kSignificance[i]);
    }
    if (a2 < *std::min_element(critical.begin(), critical.end()))
        return kSignificance.front(); // capped: the true p is larger
    if (a2 > *std::max_element(critical.begin(), critical.end()))
        return kSignificance.back(); // floored: the true p is smaller
    const std::array<double, 3> c = quadraticFit(critical, logSig);
    return std::exp((c[0] * a2 + c[1]) * a2 + c[2]);
}

} // namespace

TestResult andersonDarling(std::span<const double> x, std::span<const double> y)
{
    return andersonDarling(SortedGroup(x), SortedGroup(y));
}

TestResult andersonDarling(const SortedGroup& x, const SortedGroup& y)
{
    if (x.empty() || y.empty())
        return TestResult::failure("not enough data: Anderson-Darling needs two non-empty groups");
    if (x.hasNaN() || y.hasNaN())
        return TestResult::failure("Anderson-Darling: the values contain NaN");
    const auto bothEnds = std::minmax({x.sorted().front(), x.sorted().back(), y.sorted().front(), y.sorted().back()});
    if (bothEnds.first == bothEnds.second)
        return TestResult::failure("Anderson-Darling: needs more than one distinct value");
    if (x.size() + y.size() < 4)
        return TestResult::failure("not enough data: Anderson-Darling needs at least 4 values in all");

    const int k = 2;
    const double N = static_cast<double>(x.size() + y.size());
    const double a2kN = midrankStatistic(x.sorted(), y.sorted());

    double H = 0.0;
    for (const std::size_t size : {x.size(), y.size()})
        H += 1.0 / static_cast<double>(size);
    // h = sum_{i=1}^{N-1} 1/i and g = sum_{i<j} 1/((N-i) j), accumulated in SciPy's order.
    std::vector<double> cumulative;
    double running = 0.0;
    for (long long i = static_cast<long long>(N) - 1; i > 1; --i) {
        running += 1.0 / static_cast<double>(i);
        cumulative.push_back(running);
    }
    const double h = cumulative.back() + 1.0;
    std::vector<double> gTerms(cumulative.size());
    for (std::size_t i = 0; i < cumulative.size(); ++i)
        gTerms[i] = cumulative[i] / static_cast<double>(i + 2);
    const double g = pairwiseSum(gTerms);
    const double kk = static_cast<double>(k) * static_cast<double>(k);
    const double a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
    const double b = (2 * g - 4) * kk + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
    const double c = (6 * h + 2 * g - 2) * kk + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
    const double d = (2 * h + 6) * kk - 4 * h * k;
    const double sigmaSquared = (a * (N * N * N) + b * (N * N) + c * N + d) / ((N - 1.0) * (N - 2.0) * (N - 3.0));
    const double a2 = (a2kN - (k - 1)) / std::sqrt(sigmaSquared);
    return TestResult::of(a2, significanceLevel(a2, k), "Anderson-Darling: no finite result");
}

} // namespace loadscope::stats
