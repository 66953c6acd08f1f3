#pragma once
// What Fligner-Killeen ranks: the absolute deviations of two groups from their medians, pooled.
#include "core/stats/sorted_group.h"

#include <vector>

namespace loadscope::stats {

// scipy.stats.rankdata(method="average") of |x - median(x)| followed by |y - median(y)|, each group in input
// order. Along a sorted group the deviations fall to the median and rise after it: two sorted runs, so the pooled
// deviations are ordered by merging four runs instead of sorting. Groups with NaN or infinite values are ranked
// by averageRanks on the deviations.
std::vector<double> pooledDeviationRanks(const SortedGroup& x, const SortedGroup& y);

} // namespace loadscope::stats
