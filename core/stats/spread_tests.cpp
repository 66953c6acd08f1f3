#include "core/stats/spread_tests.h"

#include "core/stats/deviation_ranks.h"
#include "core/stats/distributions.h"
#include "core/stats/numpy_compatible.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace loadscope::stats {

namespace {

// |value - group median| for each value (SciPy's Zij).
std::vector<double> absoluteDeviationsFromMedian(const SortedGroup& group)
{
    const double centre = group.median();
    const std::span<const double> values = group.values();
    std::vector<double> deviations(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        deviations[i] = std::abs(values[i] - centre);
    return deviations;
}

} // namespace

TestResult brownForsythe(std::span<const double> x, std::span<const double> y)
{
    return brownForsythe(SortedGroup(x), SortedGroup(y));
}

TestResult brownForsythe(const SortedGroup& x, const SortedGroup& y)
{
    if (x.empty() || y.empty())
        return TestResult::failure("not enough data: Brown-Forsythe needs two non-empty groups");
    if (x.hasNaN() || y.hasNaN())
        return TestResult::failure("Brown-Forsythe: the values contain NaN");
    const std::array<std::vector<double>, 2> deviations{absoluteDeviationsFromMedian(x),
                                                        absoluteDeviationsFromMedian(y)};
    const std::array<double, 2> sizes{static_cast<double>(x.size()), static_cast<double>(y.size())};
    const double total = sizes[0] + sizes[1];
    constexpr double groups = 2.0;

    std::array<double, 2> groupMeans{};
    double grandMean = 0.0;
    for (std::size_t i = 0; i < 2; ++i) {
        groupMeans[i] = numpyMean(deviations[i]);
        grandMean += groupMeans[i] * sizes[i];
    }
    grandMean /= total;

    std::array<double, 2> between{};
    double within = 0.0;
    for (std::size_t i = 0; i < 2; ++i) {
        const double d = groupMeans[i] - grandMean;
        between[i] = sizes[i] * (d * d);
        std::vector<double> squares(deviations[i].size());
        for (std::size_t k = 0; k < squares.size(); ++k) {
            const double e = deviations[i][k] - groupMeans[i];
            squares[k] = e * e;
        }
        within += pairwiseSum(squares);
    }
    if (within == 0.0)
        return TestResult::failure("Brown-Forsythe: no spread around the median within the groups");
    const double numerator = (total - groups) * pairwiseSum(between);
    const double w = numerator / ((groups - 1.0) * within);
    return TestResult::of(w, fisherSf(w, groups - 1.0, total - groups), "Brown-Forsythe: no finite result");
}

TestResult flignerKilleen(std::span<const double> x, std::span<const double> y)
{
    return flignerKilleen(SortedGroup(x), SortedGroup(y));
}

TestResult flignerKilleen(const SortedGroup& x, const SortedGroup& y)
{
    if (x.empty() || y.empty())
        return TestResult::failure("not enough data: Fligner-Killeen needs two non-empty groups");
    if (x.hasNaN() || y.hasNaN())
        return TestResult::failure("Fligner-Killeen: the values contain NaN");
    const double total = static_cast<double>(x.size() + y.size());

    // Normal scores of the ranks of the absolute deviations.
    const std::vector<double> ranks = pooledDeviationRanks(x, y);
    // All deviations tied: SciPy's variance of the scores is exactly 0 and it returns NaN.  Checked on
    // the ranks because a last-bit difference in the normal quantile could leave a tiny variance.
    if (std::all_of(ranks.begin(), ranks.end(), [&](double r) { return r == ranks.front(); }))
        return TestResult::failure("Fligner-Killeen: the deviations from the median are all tied");
    std::vector<double> scores(ranks.size());
    for (std::size_t i = 0; i < ranks.size(); ++i)
        scores[i] = normalPpf(ranks[i] / (2.0 * (total + 1.0)) + 0.5);

    const std::span<const double> allScores(scores);
    const std::array<std::span<const double>, 2> groups{allScores.first(x.size()), allScores.subspan(x.size())};
    const double meanScore = numpyMean(scores);
    const double variance = numpyVariance(scores, 1);
    if (!(variance > 0.0))
        return TestResult::failure("Fligner-Killeen: the deviations from the median are all tied");
    std::array<double, 2> terms{};
    for (std::size_t i = 0; i < 2; ++i) {
        const double size = static_cast<double>(groups[i].size());
        const double d = pairwiseSum(groups[i]) / size - meanScore;
        terms[i] = size * (d * d);
    }
    const double statistic = pairwiseSum(terms) / variance;
    return TestResult::of(statistic, chiSquaredSf(statistic, 1.0), "Fligner-Killeen: no finite result");
}

} // namespace loadscope::stats
