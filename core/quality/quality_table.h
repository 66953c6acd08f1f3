#pragma once
// The quality-attenuation table of a set of tests: one row per user, session and test, for RTT and jitter.
#include "core/model/results.h"
#include "core/quality/quality_attenuation.h"

#include <ostream>
#include <vector>

namespace loadscope {

// Writes the CSV
//   test,scope,id,metric,n,losses,min,p50,p90,p99,p999,mean,stddev,rpm,pdv99,qoo_gaming,qoo_video_conferencing,
//   qoo_web_browsing
// Per test and metric: every user of TestData::users (id "<user>-<session>", as the notebook numbers them), then
// every session ("<session>"), then the test (its name). Session and test digests are merges of the user
// digests in user order, so in GoCompatible mode they carry Go's merge faults (a minimum of 0, for one).
// Metrics: rtt = remote-inbound-rtp roundTripTime, jitter = inbound-rtp jitter, audio rows then video rows, each
// in row order; seconds. Missing (NaN) and non-positive values are skipped and not counted: they are stats
// reports without a measurement (RTT 0 before the first RTCP round trip), not latencies. Times above 15 s count
// as losses, as in the Go package. qoo_gaming is the Go package's score; the other two are draft-ietf-ippm-qoo
// scores against the LibreQoS profiles (latency and loss terms). Cells without data are empty.
void writeQualityCsv(std::ostream& out, const std::vector<TestData>& tests, QualityMode mode);

} // namespace loadscope
