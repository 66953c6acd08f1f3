#include "core/stats/rank_tests.h"

#include "core/stats/distributions.h"
#include "core/stats/mann_whitney_exact.h"
#include "core/stats/numpy_compatible.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace loadscope::stats {

namespace {

std::vector<double> concatenated(std::span<const double> x, std::span<const double> y)
{
    std::vector<double> all(x.begin(), x.end());
    all.insert(all.end(), y.begin(), y.end());
    return all;
}

// sum over tie groups of t^3 - t (integer arithmetic, as SciPy's _tie_term).
long long tieTerm(std::span<const double> values)
{
    long long term = 0;
    for (long long t : tieGroupSizes(values))
        term += t * t * t - t;
    return term;
}

} // namespace

TestResult mannWhitneyU(std::span<const double> x, std::span<const double> y)
{
    if (x.empty() || y.empty())
        return TestResult::failure("not enough data: Mann-Whitney U needs two non-empty groups");
    if (containsNaN(x) || containsNaN(y))
        return TestResult::failure("Mann-Whitney U: the values contain NaN");
    const std::vector<double> all = concatenated(x, y);
    const auto n1 = static_cast<long long>(x.size());
    const auto n2 = static_cast<long long>(y.size());
    const std::vector<double> ranks = averageRanks(all);
    const double r1 = pairwiseSum(std::span<const double>(ranks).first(x.size()));
    const double u1 = r1 - static_cast<double>(n1 * (n1 + 1)) / 2.0;
    const double u2 = static_cast<double>(n1 * n2) - u1;
    const double u = std::max(u1, u2);

    const long long ties = tieTerm(all);
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
    if (x.empty() || y.empty())
        return TestResult::failure("not enough data: Kruskal-Wallis needs two non-empty groups");
    if (containsNaN(x) || containsNaN(y))
        return TestResult::failure("Kruskal-Wallis: the values contain NaN");
    const std::vector<double> all = concatenated(x, y);
    const std::vector<double> ranks = averageRanks(all);
    const double size = static_cast<double>(all.size());
    const double correction = 1.0 - static_cast<double>(tieTerm(all)) / (size * size * size - size);
    if (correction == 0.0)
        return TestResult::failure("Kruskal-Wallis: all values are identical");

    double ssbn = 0.0;
    std::size_t begin = 0;
    for (std::size_t groupSize : {x.size(), y.size()}) {
        const double sum = pairwiseSum(std::span<const double>(ranks).subspan(begin, groupSize));
        ssbn += sum * sum / static_cast<double>(groupSize);
        begin += groupSize;
    }
    double h = 12.0 / (size * (size + 1.0)) * ssbn - 3.0 * (size + 1.0);
    h /= correction;
    return TestResult::of(h, chiSquaredSf(h, 1.0), "Kruskal-Wallis: no finite result");
}

} // namespace loadscope::stats
