#pragma once
// Two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp(x, y) (method="auto").
#include "core/stats/sorted_group.h"
#include "core/stats/test_result.h"

#include <span>

namespace loadscope::stats {

// D = sup |F_x - F_y| and its exact p-value (SciPy's lattice-path counts) when both samples have
// at most 10000 values, which is when SciPy's "auto" picks the exact method; for larger samples the
// asymptotic p-value kstwo.sf(D, round(m n / (m + n))) (see kolmogorov_distribution.h).
TestResult kolmogorovSmirnov(std::span<const double> x, std::span<const double> y);
TestResult kolmogorovSmirnov(const SortedGroup& x, const SortedGroup& y);

} // namespace loadscope::stats
