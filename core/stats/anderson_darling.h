#pragma once
// k-sample Anderson-Darling test (Scholz & Stephens), as scipy.stats.anderson_ksamp([x, y]) in 1.10.
#include "core/stats/sorted_group.h"
#include "core/stats/test_result.h"

#include <span>

namespace loadscope::stats {

// Standardised statistic (midrank version) and SciPy's approximate significance level: interpolated
// from the critical-value table by a quadratic fit in log(p), capped to [0.001, 0.25] outside it.
TestResult andersonDarling(std::span<const double> x, std::span<const double> y);
TestResult andersonDarling(const SortedGroup& x, const SortedGroup& y);

} // namespace loadscope::stats
