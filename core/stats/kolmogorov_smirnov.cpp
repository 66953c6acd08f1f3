#include "core/stats/kolmogorov_smirnov.h"

#include "core/stats/kolmogorov_distribution.h"
#include "core/stats/smirnov_lattice_paths.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace loadscope::stats {

namespace {

constexpr std::size_t kLargestExactSize = 10000; // SciPy's MAX_AUTO_N

// The largest |F_x - F_y| over all observations (SciPy's minS / maxS choice). Both ECDFs are evaluated at each
// distinct value of the pooled sample, walking the two sorted samples once: the same counts as SciPy's
// searchsorted(side="right") at every observation.
double largestDifference(std::span<const double> sortedX, std::span<const double> sortedY)
{
    const double nx = static_cast<double>(sortedX.size());
    const double ny = static_cast<double>(sortedY.size());
    double most = -1.0, least = 1.0;
    std::size_t cx = 0, cy = 0;
    while (cx < sortedX.size() || cy < sortedY.size()) {
        const double v = cy == sortedY.size() || (cx < sortedX.size() && sortedX[cx] < sortedY[cy]) ? sortedX[cx]
                                                                                                    : sortedY[cy];
        while (cx < sortedX.size() && sortedX[cx] == v)
            ++cx;
        while (cy < sortedY.size() && sortedY[cy] == v)
            ++cy;
        const double diff = static_cast<double>(cx) / nx - static_cast<double>(cy) / ny;
        most = std::max(most, diff);
        least = std::min(least, diff);
    }
    const double minS = std::clamp(-least, 0.0, 1.0);
    return minS > most ? minS : most;
}

// SciPy's method="asymp" for two-sided tests: kstwo.sf(d, round(m n / (m + n))).
TestResult asymptotic(double d, std::size_t nx, std::size_t ny)
{
    const double m = static_cast<double>(std::max(nx, ny));
    const double n = static_cast<double>(std::min(nx, ny));
    const double effective = std::nearbyint(m * n / (m + n));
    const double p = std::clamp(kolmogorovSf(static_cast<long long>(effective), d), 0.0, 1.0);
    return TestResult::of(d, p, "Kolmogorov-Smirnov: no finite result");
}

} // namespace

TestResult kolmogorovSmirnov(std::span<const double> x, std::span<const double> y)
{
    return kolmogorovSmirnov(SortedGroup(x), SortedGroup(y));
}

TestResult kolmogorovSmirnov(const SortedGroup& x, const SortedGroup& y)
{
    if (x.empty() || y.empty())
        return TestResult::failure("not enough data: Kolmogorov-Smirnov needs two non-empty groups");
    if (x.hasNaN() || y.hasNaN())
        return TestResult::failure("Kolmogorov-Smirnov: the values contain NaN");
    const double d = largestDifference(x.sorted(), y.sorted());
    if (std::max(x.size(), y.size()) > kLargestExactSize)
        return asymptotic(d, x.size(), y.size());

    const auto n1 = static_cast<long long>(x.size());
    const auto n2 = static_cast<long long>(y.size());
    const long long g = std::gcd(n1, n2);
    const long long lcm = n1 / g * n2;
    // SciPy snaps D to the lattice h / lcm and reports that value.
    const auto h = static_cast<long long>(std::nearbyint(d * static_cast<double>(lcm)));
    const double snapped = static_cast<double>(h) / static_cast<double>(lcm);
    if (h == 0)
        return TestResult::of(snapped, 1.0, "Kolmogorov-Smirnov: no finite result");
    const double p = n1 == n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
    if (!(p >= 0.0 && p <= 1.0))
        return asymptotic(snapped, x.size(), y.size()); // SciPy's fallback, with the snapped D
    return TestResult::of(snapped, p, "Kolmogorov-Smirnov: no finite result");
}

} // namespace loadscope::stats
