#pragma once
// Tests and effect sizes built on means and variances, with SciPy 1.10 / notebook arithmetic.
#include "core/stats/test_result.h"

#include <optional>
#include <span>

namespace loadscope::stats {

// scipy.stats.ttest_ind(x, y) (Student, equal variances, two-sided).
TestResult studentT(std::span<const double> x, std::span<const double> y);

// scipy.stats.pearsonr(a, b): r and its two-sided p (exact beta distribution of r under H0).
TestResult pearson(std::span<const double> a, std::span<const double> b);

// Cohen's d as the notebook computes it: (mean x - mean y) / pooled sd, with pandas means and
// std(n-1) and the group lengths as sizes.  Empty when it is not defined (n < 2, zero spread, NaN).
std::optional<double> cohenD(std::span<const double> x, std::span<const double> y);

} // namespace loadscope::stats
