#pragma once
// The notebook's per-test QoS chart (seed 000, the cell after separate_stats(): "fill_between" of min and max
// around the mean): for one direction x kind table and one column, the samples of every user grouped in 1 s
// buckets, each bucket's mean, min and max over all of its samples.
//
// NotebookCompatible: times are the reports' own `timestamp` (ms) counted from the table's earliest one,
// (t - min) / 1000 rounded to whole seconds (Python's round: half to even); every sample counts (zero bitrates of
// new streams too); packetLoss as the loader computed it. The buckets are then placed on the test's time axis by
// adding the earliest sample's offset from the test start (the notebook plotted them from 0).
// Corrected: times counted from the test start (rounded the same way), so the buckets line up with the timeline
// and the CPU; bitrate and packet-rate samples of 0 or less are left out (a stream's first report, as the per-user
// series do); packetLoss = packetsLost / (packetsReceived + packetsLost) (see correctedPacketLoss).
#include "core/analysis/analysis_mode.h"
#include "core/analysis/test_analysis.h"

#include <string_view>
#include <vector>

namespace loadscope {

struct QosBucket {
    double key = 0;                             // the notebook's group key: whole seconds from the bucket origin
    double time = 0;                            // the bucket's centre, seconds from the test start
    double mean = kNaN, min = kNaN, max = kNaN; // NaN when the bucket's samples all lack the column
    long count = 0;                             // samples with a value
};

struct QosOverTime {
    bool hasColumn = false;         // the table has the column (or packetLoss can be derived)
    double originSeconds = 0;       // where key 0 lies, seconds from the test start
    std::vector<QosBucket> buckets; // sorted by time
};

QosOverTime computeQosOverTime(const TestData& data, TimeNs testStart, Direction direction, MediaKind kind,
                               std::string_view column, AnalysisMode mode);

} // namespace loadscope
