#pragma once
// Shapiro-Wilk W test, bit-for-bit as SciPy 1.10's swilk.f (Royston's AS R94), which works in
// single precision: W and p are float values widened to double, exactly what scipy.stats.shapiro
// returns.
#include "core/stats/sorted_group.h"
#include "core/stats/test_result.h"

#include <span>

namespace loadscope::stats {

// scipy.stats.shapiro(x).  Needs n >= 3 and a non-zero range.  SciPy's exact n = 3 formula can dip
// a hair below 0 for near-constant data; the p-value is clamped to 0 there (a deliberate deviation).
TestResult shapiroWilk(std::span<const double> x);
TestResult shapiroWilk(const SortedGroup& x);

} // namespace loadscope::stats
