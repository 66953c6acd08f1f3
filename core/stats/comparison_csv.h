#pragma once
// Writes ComparisonRow values as rows of comparisons.csv, after the leading label columns.
#include "core/stats/group_comparison.h"
#include "core/util/csv_writer.h"

#include <string>
#include <vector>

namespace loadscope::stats {

struct ComparisonLabels {
    std::string test, kind, variant, x, y; // variant: "raw" or "clean"
};

// test,kind,variant,x,y followed by the statistic columns (comparisonColumns()).
std::vector<std::string> comparisonCsvHeader();
// Only the statistic columns, n_x ... pearson_y_p.
const std::vector<std::string>& comparisonColumns();

void writeComparisonRow(CsvWriter& csv, const ComparisonLabels& labels, const ComparisonRow& row);

} // namespace loadscope::stats
