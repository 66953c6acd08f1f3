#include "core/report/threshold_comparisons.h"

#include "core/stats/outliers.h"

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

const char* comparisonVariantName(ComparisonVariant v)
{
    return v == ComparisonVariant::Raw ? "raw" : "clean";
}

const ThresholdTable* thresholdTableOf(const TestAnalysis* analysis, ThresholdKind kind)
{
    if (!analysis)
        return nullptr;
    for (const ThresholdTable& t : analysis->thresholds)
        if (t.kind == kind)
            return &t;
    return nullptr;
}

ComparisonGroups comparisonGroups(const ThresholdTable& table, const ComparisonCase& c, ComparisonVariant variant)
{
    auto band = [](const std::vector<std::vector<double>>& bands, std::size_t i) {
        return i < bands.size() ? bands[i] : std::vector<double>{};
    };
    ComparisonGroups g{band(table.values, c.bandX), band(table.values, c.bandY), band(table.cpuMedians, c.bandX),
                       band(table.cpuMedians, c.bandY)};
    if (variant == ComparisonVariant::Clean) {
        // The same outlier rule as compareGroups' clean variant (stats::iqrOutlierMask), applied to CPU too.
        auto clean = [](std::vector<double>& values, std::vector<double>& cpu) {
            const std::vector<bool> mask = stats::iqrOutlierMask(values);
            if (cpu.size() == values.size())
                cpu = stats::withoutOutliers(cpu, mask);
            values = stats::withoutOutliers(values, mask);
        };
        clean(g.x, g.cpuX);
        clean(g.y, g.cpuY);
    }
    return g;
}

} // namespace loadscope
