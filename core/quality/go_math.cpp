#include "core/quality/go_math.h"

#include <cmath>
#include <cstdint>
#include <limits>

// Ported from Go's src/math/sin.go, asin.go and atan.go (BSD licence, from Cephes by Stephen L. Moshier).
// The expressions keep Go's evaluation order exactly; -ffp-contract=off keeps them free of FMA, as Go on amd64.
namespace loadscope::gomath {
namespace {

constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
// Go folds the constant 4/Pi exactly and rounds once; 4.0 / kPi in double arithmetic rounds twice.
constexpr double kFourOverPi = 0x1.45f306dc9c883p+0;
constexpr double kReduceThreshold = 1 << 29;

constexpr double kSinCoefficients[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
constexpr double kCosCoefficients[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9,  -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

// xatan evaluates a series valid in the range [0, 0.66].
double xatan(double x)
{
    constexpr double P0 = -8.750608600031904122785e-01;
    constexpr double P1 = -1.615753718733365076637e+01;
    constexpr double P2 = -7.500855792314704667340e+01;
    constexpr double P3 = -1.228866684490136173410e+02;
    constexpr double P4 = -6.485021904942025371773e+01;
    constexpr double Q0 = +2.485846490142306297962e+01;
    constexpr double Q1 = +1.650270098316988542046e+02;
    constexpr double Q2 = +4.328810604912902668951e+02;
    constexpr double Q3 = +4.853903996359136964868e+02;
    constexpr double Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    z = x * z + x;
    return z;
}

// satan reduces its argument (known to be positive) to the range [0, 0.66] and calls xatan.
double satan(double x)
{
    constexpr double kMorebits = 6.123233995736765886130e-17; // pi/2 = PIO2 + Morebits
    constexpr double kTan3Pio8 = 2.41421356237309504880;      // tan(3*pi/8)
    if (x <= 0.66)
        return xatan(x);
    if (x > kTan3Pio8)
        return kPi / 2 - xatan(1 / x) + kMorebits;
    return kPi / 4 + xatan((x - 1) / (x + 1)) + 0.5 * kMorebits;
}

} // namespace

double sin(double x)
{
    constexpr double PI4A = 7.85398125648498535156e-1; // Pi/4 split into three parts
    constexpr double PI4B = 3.77489470793079817668e-8;
    constexpr double PI4C = 2.69515142907905952645e-15;
    if (x == 0 || std::isnan(x))
        return x;
    if (std::isinf(x))
        return std::numeric_limits<double>::quiet_NaN();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x >= kReduceThreshold)
        return sign ? -std::sin(x) : std::sin(x);

    auto j = static_cast<std::uint64_t>(x * kFourOverPi); // integer part of x/(Pi/4)
    double y = static_cast<double>(j);
    if ((j & 1) == 1) { // map zeros to origin
        ++j;
        y += 1;
    }
    j &= 7; // octant modulo 2Pi radians
    const double z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
    if (j > 3) { // reflect in x axis
        sign = !sign;
        j -= 4;
    }
    const double zz = z * z;
    const double* c = kCosCoefficients;
    const double* s = kSinCoefficients;
    if (j == 1 || j == 2)
        y = 1.0 - 0.5 * zz + zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5]);
    else
        y = z + z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5]);
    return sign ? -y : y;
}

double asin(double x)
{
    if (x == 0)
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x > 1)
        return std::numeric_limits<double>::quiet_NaN();
    double temp = std::sqrt(1 - x * x);
    if (x > 0.7)
        temp = kPi / 2 - satan(temp / x);
    else
        temp = satan(x / temp);
    return sign ? -temp : temp;
}

double min(double x, double y)
{
    if (std::isinf(x) && x < 0)
        return x;
    if (std::isinf(y) && y < 0)
        return y;
    if (std::isnan(x) || std::isnan(y))
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0 && x == y)
        return std::signbit(x) ? x : y;
    return x < y ? x : y;
}

double max(double x, double y)
{
    if (std::isinf(x) && x > 0)
        return x;
    if (std::isinf(y) && y > 0)
        return y;
    if (std::isnan(x) || std::isnan(y))
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0 && x == y)
        return std::signbit(x) ? y : x;
    return x > y ? x : y;
}

} // namespace loadscope::gomath
