#include "core/report/comparisons_table.h"

#include "core/stats/comparison_csv.h"

namespace loadscope {

namespace {

struct ThresholdCase {
    const char* x;
    const char* y;
    std::size_t bandX, bandY;  // indices into the thresholds' 8 bands
};

constexpr ThresholdCase kCases[] = {{"CPU < 0.9", "CPU >= 0.9", 2, 5}, {"CPU < 0.95", "CPU >= 0.95", 3, 7}};

} // namespace

void writeComparisonsCsv(std::ostream& out, const std::vector<TestAnalysis>& tests)
{
    CsvWriter csv(out, stats::comparisonCsvHeader());
    for (const auto& t : tests)
        for (const auto& table : t.thresholds)
            for (const auto& c : kCases) {
                const stats::ComparisonInput input{table.values[c.bandX], table.values[c.bandY],
                                                   table.cpuMedians[c.bandX], table.cpuMedians[c.bandY]};
                const auto comparison = stats::compareGroups(input, t.mode == AnalysisMode::NotebookCompatible);
                stats::ComparisonLabels labels{t.data->info.name, thresholdKindName(table.kind), "raw", c.x, c.y};
                if (comparison.raw)
                    stats::writeComparisonRow(csv, labels, *comparison.raw);
                labels.variant = "clean";
                if (comparison.clean) {
                    stats::ComparisonRow clean = *comparison.clean;
                    if (t.mode == AnalysisMode::NotebookCompatible)  // the reference never correlates clean rows
                        clean.pearsonXR = clean.pearsonXP = clean.pearsonYR = clean.pearsonYP = std::nullopt;
                    stats::writeComparisonRow(csv, labels, clean);
                }
            }
}

} // namespace loadscope
