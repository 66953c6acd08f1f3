#pragma once
// The notebook's "QoE progression" chart (seed 000, "Paint simple line chart with QoE values, averaging all
// users"): every QOE segment is put in a time bucket by its midpoint, (start + end) / 2 // bucket * bucket, and
// each bucket shows the mean of its segments' scores (0..5), one series for VMAF and one for ViSQOL.
// Buckets are 1 s, 1 ms for Kurento tests (the notebook's choice, kept in both modes).
//
// ViSQOL failures (visqol = -0.25, -1.25 on the 0..5 scale): in NotebookCompatible mode the QOE pieces average
// them as scores (docs/differences.md row 8), so they pull the buckets down, as in the notebook. In Corrected mode
// the pieces leave them out, so a bucket holds only real scores and a piece made of failures alone does not exist.
// NotebookCompatible mode also reads the segment times and scores as the notebook does, through its CSV round trip.
// (Compare tests overlays a different mean, of the fragments covering each second: core/analysis/compare_series.h.)
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

struct TimeBucketMean {
    double time = 0; // the bucket's start, seconds from the test start
    double mean = kNaN;
    long count = 0; // segments in the bucket
};

struct QoeOverTime {
    double bucketSeconds = 1.0;
    std::vector<TimeBucketMean> vmaf, visqol; // sorted by time
};

double qoeBucketSeconds(const TestInfo& info); // 0.001 for kurento, else 1
// Python's float floor division (a // b), which pandas' Series // float follows: not always floor(a / b).
double pythonFloorDivide(double a, double b);

QoeOverTime computeQoeOverTime(const TestAnalysis& analysis);

} // namespace loadscope
