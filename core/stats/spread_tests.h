#pragma once
// Equality-of-spread tests centred on the median, as SciPy 1.10 computes them.
#include "core/stats/sorted_group.h"
#include "core/stats/test_result.h"

#include <span>

namespace loadscope::stats {

// scipy.stats.levene(x, y, center="median"), i.e. the Brown-Forsythe test: W and its F p-value.
TestResult brownForsythe(std::span<const double> x, std::span<const double> y);
TestResult brownForsythe(const SortedGroup& x, const SortedGroup& y);

// scipy.stats.fligner(x, y, center="median"): Fligner-Killeen statistic and its chi-squared p-value.
TestResult flignerKilleen(std::span<const double> x, std::span<const double> y);
TestResult flignerKilleen(const SortedGroup& x, const SortedGroup& y);

} // namespace loadscope::stats
