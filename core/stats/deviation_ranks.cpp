#include "core/stats/deviation_ranks.h"

#include "core/stats/numpy_compatible.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace loadscope::stats {

namespace {

struct Deviation {
    double value;
    std::size_t index; // in the pooled input order: x's indices, then y's after them
};

bool lessDeviation(const Deviation& l, const Deviation& r)
{
    return l.value < r.value;
}

bool allFinite(const SortedGroup& g)
{
    return g.empty() || (std::isfinite(g.sorted().front()) && std::isfinite(g.sorted().back()));
}

// One group's |value - median| ascending: the values below the median walked down, merged with those from it up.
// value - centre never decreases along the sorted values (rounding is monotonic), so each run is sorted.
std::vector<Deviation> sortedDeviations(const SortedGroup& g, std::size_t offset)
{
    const double centre = g.median();
    const auto sorted = g.sorted();
    const auto order = g.order();
    const auto split = static_cast<std::size_t>(
        std::partition_point(sorted.begin(), sorted.end(), [&](double v) { return v - centre < 0.0; }) -
        sorted.begin());
    std::vector<Deviation> below, above;
    below.reserve(split);
    above.reserve(sorted.size() - split);
    for (std::size_t k = split; k-- > 0;)
        below.push_back({std::abs(sorted[k] - centre), offset + order[k]});
    for (std::size_t k = split; k < sorted.size(); ++k)
        above.push_back({std::abs(sorted[k] - centre), offset + order[k]});
    std::vector<Deviation> merged;
    merged.reserve(sorted.size());
    std::merge(below.begin(), below.end(), above.begin(), above.end(), std::back_inserter(merged), lessDeviation);
    return merged;
}

} // namespace

std::vector<double> pooledDeviationRanks(const SortedGroup& x, const SortedGroup& y)
{
    const std::size_t n = x.size() + y.size();
    if (!allFinite(x) || !allFinite(y) || x.hasNaN() || y.hasNaN()) {
        std::vector<double> all;
        all.reserve(n);
        for (const SortedGroup* g : {&x, &y}) {
            const double centre = g->median();
            for (double v : g->values())
                all.push_back(std::abs(v - centre));
        }
        return averageRanks(all);
    }
    const std::vector<Deviation> dx = sortedDeviations(x, 0), dy = sortedDeviations(y, x.size());
    std::vector<Deviation> pooled;
    pooled.reserve(n);
    std::merge(dx.begin(), dx.end(), dy.begin(), dy.end(), std::back_inserter(pooled), lessDeviation);
    std::vector<double> ranks(n);
    std::size_t start = 0;
    while (start < n) {
        std::size_t end = start + 1;
        while (end < n && pooled[end].value == pooled[start].value)
            ++end;
        // As averageRanks: the mean of ranks start+1 .. end.
        const double rank = 0.5 * (static_cast<double>(end) + static_cast<double>(start) + 1.0);
        for (std::size_t k = start; k < end; ++k)
            ranks[pooled[k].index] = rank;
        start = end;
    }
    return ranks;
}

} // namespace loadscope::stats
