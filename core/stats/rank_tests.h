#pragma once
// Rank-based two-sample tests with SciPy 1.10 defaults.
#include "core/stats/sorted_group.h"
#include "core/stats/test_result.h"

#include <span>

namespace loadscope::stats {

// scipy.stats.mannwhitneyu(x, y): statistic U of x; two-sided p.  method="auto": exact when one sample
// has at most 8 values and there are no ties, else normal approximation with tie and continuity
// correction.
TestResult mannWhitneyU(std::span<const double> x, std::span<const double> y);
TestResult mannWhitneyU(const SortedGroup& x, const SortedGroup& y);

// Rank-biserial correlation 2U/(nx*ny) - 1, as the notebook computes it from U of x.
double rankBiserial(double u, std::size_t nx, std::size_t ny);

// scipy.stats.kruskal(x, y): H corrected for ties, chi-squared p with 1 degree of freedom.
TestResult kruskalWallis(std::span<const double> x, std::span<const double> y);
TestResult kruskalWallis(const SortedGroup& x, const SortedGroup& y);

} // namespace loadscope::stats
