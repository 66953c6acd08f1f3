#include "core/stats/rank_tests.h"

#include "core/stats/distributions.h"
#include "core/stats/mann_whitney_exact.h"
#include "core/stats/numpy_compatible.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace loadscope::stats {

namespace {

// What both rank tests need from the pooled sample: each group's rank sum and SciPy's tie term, found by merging
// the two sorted groups. Ranks are half-integers, so the sums are exact in any order: the same numbers as
// summing rankdata(x + y) pairwise.
struct PooledRanks {
    double sumX = 0, sumY = 0;
    long long tieTerm = 0; // sum over tie groups of t^3 - t (integer arithmetic, as SciPy's _tie_term)
};

PooledRanks pooledRanks(std::span<const double> x, std::span<const double> y)
{
    PooledRanks pooled;
    std::size_t i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        const double v = j == y.size() || (i < x.size() && x[i] < y[j]) ? x[i] : y[j];
        const std::size_t start = i + j;
        std::size_t inX = 0, inY = 0;
        for (; i < x.size() && x[i] == v; ++i)
            ++inX;
        for (; j < y.size() && y[j] == v; ++j)
            ++inY;
        const std::size_t end = i + j;
        const double rank = 0.5 * (static_cast<double>(end) + static_cast<double>(start) + 1.0);
        pooled.sumX += static_cast<double>(inX) * rank;
        pooled.sumY += static_cast<double>(inY) * rank;
        const auto t = static_cast<long long>(end - start);
        pooled.tieTerm += t * t * t - t;
    }
    return pooled;
}

} // namespace

TestResult mannWhitneyU(std::span<const double> x, std::span<const double> y)
{
    return mannWhitneyU(SortedGroup(x), SortedGroup(y));
}

TestResult mannWhitneyU(const SortedGroup& x, const SortedGroup& y)
{
    if (x.empty() || y.empty())
        return TestResult::failure("not enough data: Mann-Whitney U needs two non-empty groups");
    if (x.hasNaN() || y.hasNaN())
        return TestResult::failure("Mann-Whitney U: the values contain NaN");
    const auto n1 = static_cast<long long>(x.size());
    const auto n2 = static_cast<long long>(y.size());
    const PooledRanks pooled = pooledRanks(x.sorted(), y.sorted());
    const double u1 = pooled.sumX - static_cast<double>(n1 * (n1 + 1)) / 2.0;
    const double u2 = static_cast<double>(n1 * n2) - u1;
    const double u = std::max(u1, u2);

    const long long ties = pooled.tieTerm;
    const bool exact = (n1 <= 8 || n2 <= 8) && ties == 0;
    if (exact) {
        if (const auto sf = mannWhitneyExactSf(static_cast<long long>(u), n1, n2))
            return TestResult::of(u1, std::clamp(2.0 * *sf, 0.0, 1.0), "Mann-Whitney U: no finite result");
    }
    const double n = static_cast<double>(n1 + n2);
    const double mu = static_cast<double>(n1 * n2) / 2.0;
    const double s = std::sqrt(static_cast<double>(n1 * n2) / 12.0 *
                               ((n + 1.0) - static_cast<double>(ties) / (n * (n - 1.0))));
    const double z = (u - mu - 0.5) / s; // -inf when every value is equal: p = 1, as SciPy
    const double p = std::clamp(2.0 * normalSf(z), 0.0, 1.0);
    return TestResult::of(u1, p, "Mann-Whitney U: no finite result");
}

double rankBiserial(double u, std::size_t nx, std::size_t ny)
{
    return 2.0 * u / (static_cast<double>(nx) * static_cast<double>(ny)) - 1.0;
}

TestResult kruskalWallis(std::span<const double> x, std::span<const double> y)
{
    return kruskalWallis(SortedGroup(x), SortedGroup(y));
}

TestResult kruskalWallis(const SortedGroup& x, const SortedGroup& y)
{
    if (x.empty() || y.empty())
        return TestResult::failure("not enough data: Kruskal-Wallis needs two non-empty groups");
    if (x.hasNaN() || y.hasNaN())
        return TestResult::failure("Kruskal-Wallis: the values contain NaN");
    const PooledRanks pooled = pooledRanks(x.sorted(), y.sorted());
    const double size = static_cast<double>(x.size() + y.size());
    const double correction = 1.0 - static_cast<double>(pooled.tieTerm) / (size * size * size - size);
    if (correction == 0.0)
        return TestResult::failure("Kruskal-Wallis: all values are identical");

    double ssbn = 0.0;
    for (const auto& [sum, groupSize] : {std::pair{pooled.sumX, x.size()}, std::pair{pooled.sumY, y.size()}})
        ssbn += sum * sum / static_cast<double>(groupSize);
    double h = 12.0 / (size * (size + 1.0)) * ssbn - 3.0 * (size + 1.0);
    h /= correction;
    return TestResult::of(h, chiSquaredSf(h, 1.0), "Kruskal-Wallis: no finite result");
}

} // namespace loadscope::stats
