#pragma once
// The Compare tests matrix: one row per test of the loaded root with summary.csv's columns (same names, same
// definitions: core/report/test_summary.h), then the median VMAF and ViSQOL of the QoE segments in the notebook's
// three CPU bands (thresholds.csv's "Median CPU < 0.9", "0.9 <= Median CPU < 0.95", "0.95 <= Median CPU").
#include "ui/state/loaded_results.h"

#include <QStringList>

class QStandardItemModel;

namespace loadscope {

QStringList summaryMatrixHeaders(); // summary.csv's columns, then vmaf_cpu_lt_0.9 ... visqol_cpu_ge_0.95

// Replaces the rows of `model` (made by makeTableModel(summaryMatrixHeaders(), ...)) with one row per test.
void fillSummaryMatrix(QStandardItemModel& model, const LoadedResults& results);

} // namespace loadscope
