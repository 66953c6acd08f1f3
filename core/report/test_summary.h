#pragma once
// summary.csv: one row per test, the multi-test comparison matrix. Each column, as computed from an analysed test
// (times in seconds, empty cell when not computable):
//
//  test, server, topology  TestInfo (folder name; kurento | mediasoup | pion; 2p | 8p | 3p-10s | 3p-40s).
//  users       distinct users with at least one event in events.json.
//  sessions    distinct sessions among those users.
//  failures, reconnections, reconnecting_time, users_failed  the test's failure figures, defined once in
//              core/analysis/failure_counts.h (countFailures): the log's failure lines the analysis keeps; the
//              recoverable interruptions (Reconnecting → Reconnected) and their total seconds; the users with a
//              failure that is not recoverable.
//  crashed     true when the media node's CPU file stops more than 10 s before the log's end (the analysis' crash
//              rule, TestAnalysis::crashed); else false.
//  duration    the log's `Starting test` → `Saved result` (TestAnalysis::duration; not clipped at a crash).
//  peak_cpu    the largest CPU sample (0..1) among those the analysis keeps for the test.
//  users_before_first_failure  users whose first connectionSuccess is strictly earlier than the first failure
//              (as counted in `failures`); every user that ever connected when nothing failed.
//  median_vmaf, median_visqol  median over every QoE cut of the test (qoe/<test>/*_cuts.json, all receivers and
//              senders) on the notebook's plotted 0..5 scale (value as written × 5), the scale of segments.csv's
//              `qoe` and thresholds.csv. Missing values and ViSQOL's failure marker (−0.25) are left out.
//  median_connection_start  median over users that connected of (first connectionSuccess − the latest
//              connectionStart at or before it): how long the connection that worked took.
//  p99_rtt     99th percentile of remote-inbound-rtp video roundTripTime samples (stats.json, all users), linear
//              interpolation between order statistics (numpy's default); missing and non-positive samples (no RTCP
//              round trip yet) are left out, as in quality.csv.
//  qoo_video_conferencing  the test row of quality.csv for metric rtt: draft-ietf-ippm-qoo score (0..100) of the
//              video-conferencing preset on the test's RTT t-digest (audio and video remote-inbound RTT).
//
// Medians are those of numpy (mean of the two middle values for an even count).
#include "core/analysis/test_analysis.h"

#include <ostream>
#include <string>
#include <vector>

namespace loadscope {

struct TestSummaryRow {
    std::string test, server, topology;
    int users = 0;
    int sessions = 0;
    int failures = 0;
    int reconnections = 0;
    double reconnectingTime = kNaN;
    int usersFailed = 0;
    bool crashed = false;
    double duration = kNaN;
    double peakCpu = kNaN;
    int usersBeforeFirstFailure = 0;
    double medianVmaf = kNaN, medianVisqol = kNaN; // 0..5
    double medianConnectionStart = kNaN;
    double p99Rtt = kNaN;
    double qooVideoConferencing = kNaN;
};

// The summary of one analysed test (analysis.data must be set).
TestSummaryRow summaryRowOf(const TestAnalysis& analysis);

// The exact header of summary.csv, in order.
const std::vector<std::string>& testSummaryColumns();

void writeSummaryCsv(std::ostream& out, const std::vector<TestSummaryRow>& rows);
void writeSummaryCsv(std::ostream& out, const std::vector<TestAnalysis>& tests);

} // namespace loadscope
