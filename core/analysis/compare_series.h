#pragma once
// The quantities the Compare tests chart can draw for any test, as (seconds from the test start, value) points,
// so that tests of different lengths share one x axis.
//
// Two "mean VMAF over time" exist, on purpose: MeanVmafPerSecond here is the mean of the QoE fragments that
// *cover* each whole second (a continuous curve to overlay tests); the notebook's QoE progression chart and
// report are core/analysis/qoe_over_time.h, the mean of the segments whose *midpoint* falls in each bucket.
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

enum class CompareQuantity { Cpu, Memory, ConnectedUsers, MeanVmafPerSecond, MeanVisqolPerSecond };

struct CompareQuantitySpec {
    CompareQuantity quantity;
    const char* key;   // stable name for settings and tests
    const char* label; // the y axis title
    bool steps;        // drawn as steps (counts, per-second means) or as lines between samples (CPU)
};
const std::vector<CompareQuantitySpec>& compareQuantities();
const CompareQuantitySpec& compareQuantitySpec(CompareQuantity quantity);

struct SeriesPoint {
    double time = 0;     // seconds from the test start
    double value = kNaN; // NaN breaks the line (no data then)
};

// Cpu / Memory: the media node's samples within the test (0..1). ConnectedUsers: publishers + subscribers of the
// participants progression (a step per change, the last level held to the test's clipped end).
// MeanVmafPerSecond / MeanVisqolPerSecond: for every whole second s of the test, the mean (0..5, the notebook's
// scale) of the placed QoE fragments with start <= s < end; NaN where none covers s.
std::vector<SeriesPoint> compareSeries(const TestAnalysis& analysis, CompareQuantity quantity);

} // namespace loadscope
