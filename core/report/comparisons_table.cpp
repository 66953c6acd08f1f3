#include "core/report/comparisons_table.h"

#include "core/report/threshold_comparisons.h"
#include "core/stats/comparison_csv.h"

namespace loadscope {

void writeComparisonsCsv(std::ostream& out, const std::vector<TestAnalysis>& tests)
{
    CsvWriter csv(out, stats::comparisonCsvHeader());
    for (const auto& t : tests)
        for (const auto& table : t.thresholds)
            for (const auto& c : kComparisonCases) {
                const auto comparison = compareThresholdCase(table, c, t.mode);
                stats::ComparisonLabels labels{t.data->info.name, thresholdKindName(table.kind), "raw", c.x, c.y};
                if (comparison.raw)
                    stats::writeComparisonRow(csv, labels, *comparison.raw);
                labels.variant = "clean";
                if (comparison.clean)
                    stats::writeComparisonRow(csv, labels, *comparison.clean);
            }
}

} // namespace loadscope
