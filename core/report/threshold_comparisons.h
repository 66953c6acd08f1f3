#pragma once
// The notebook's CPU-threshold comparisons (rule 11): which bands are compared, and each comparison as
// comparisons.csv and the GUI show it.
#include "core/analysis/test_analysis.h"
#include "core/stats/group_comparison.h"

#include <array>
#include <cstddef>
#include <vector>

namespace loadscope {

struct ComparisonCase {
    const char* x;
    const char* y;
    std::size_t bandX, bandY; // indices into ThresholdTable::values / cpuMedians
    double cpuThreshold;
};
inline constexpr std::array<ComparisonCase, 2> kComparisonCases{
    ComparisonCase{"CPU < 0.9", "CPU >= 0.9", 2, 5, 0.9}, ComparisonCase{"CPU < 0.95", "CPU >= 0.95", 3, 7, 0.95}};

// compareGroups on the case's two bands. In notebook-compatible mode clean rows carry no Pearson cells: the
// reference script never correlates them.
stats::GroupComparison compareThresholdCase(const ThresholdTable& table, const ComparisonCase& c, AnalysisMode mode);

enum class ComparisonVariant { Raw, Clean };
const char* comparisonVariantName(ComparisonVariant v); // raw | clean

// The two groups a comparison row is computed from; clean drops each group's IQR outliers (and their CPU).
struct ComparisonGroups {
    std::vector<double> x, y, cpuX, cpuY;
};
ComparisonGroups comparisonGroups(const ThresholdTable& table, const ComparisonCase& c, ComparisonVariant variant);
const ThresholdTable* thresholdTableOf(const TestAnalysis* analysis, ThresholdKind kind);

} // namespace loadscope
