#include "core/report/threshold_comparisons.h"

#include <algorithm>

namespace loadscope {

stats::GroupComparison compareThresholdCase(const ThresholdTable& table, const ComparisonCase& c, AnalysisMode mode)
{
    const bool notebook = mode == AnalysisMode::NotebookCompatible;
    const std::size_t bands = std::min({table.values.size(), table.cpuMedians.size()});
    if (c.bandX >= bands || c.bandY >= bands)
        return {std::nullopt, std::nullopt, "no values in the threshold bands"};
    const stats::ComparisonInput input{table.values[c.bandX], table.values[c.bandY], table.cpuMedians[c.bandX],
                                       table.cpuMedians[c.bandY]};
    stats::GroupComparison comparison = stats::compareGroups(input, notebook);
    if (notebook && comparison.clean) {
        auto& clean = *comparison.clean;
        clean.pearsonXR = clean.pearsonXP = clean.pearsonYR = clean.pearsonYP = std::nullopt;
        clean.problems.emplace_back("pearson: the reference script does not correlate clean rows "
                                    "(notebook-compatible mode)");
    }
    return comparison;
}

} // namespace loadscope
