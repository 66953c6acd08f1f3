#pragma once
// comparisons.csv: the notebook's CPU-threshold comparisons (rule 11) for each test and kind.
#include "core/analysis/test_analysis.h"

#include <ostream>
#include <vector>

namespace loadscope {

// X = CPU < 0.9 vs Y = CPU >= 0.9, then 0.95; variants raw and clean (IQR outliers removed). A case with an
// empty group is skipped, as the notebook skips it.
void writeComparisonsCsv(std::ostream& out, const std::vector<TestAnalysis>& tests);

} // namespace loadscope
