#pragma once
// Quality-attenuation digests of one test at three scopes (user, session, test) for RTT and jitter, built from
// TestData::qos. quality.csv (quality_table.h) and the GUI's Quality panel both read these, so they cannot drift.
//
// Rules (those of quality.csv): rtt = remote-inbound-rtp roundTripTime, jitter = inbound-rtp jitter, audio rows
// then video rows, each in row order; seconds. Missing (NaN) and non-positive values are skipped and not counted:
// they are stats reports without a measurement (RTT 0 before the first RTCP round trip), not latencies. Rows whose
// user index points at no user are skipped. Times above 15 s count as losses (the Go package's threshold).
// Session and test digests are merges of the user digests in user order, so in GoCompatible mode they carry Go's
// merge faults (a minimum of 0, for one).
#include "core/model/results.h"
#include "core/quality/quality_attenuation.h"

#include <array>
#include <string>
#include <vector>

namespace loadscope {

struct QualityMetric {
    const char* name; // "rtt" | "jitter": the metric column of quality.csv
    Direction direction;
    const char* column; // the QoS table column the samples come from
};

// rtt, then jitter: the order of quality.csv.
const std::array<QualityMetric, 2>& qualityMetrics();

enum class QualityScope { User, Session, Test };
const char* qualityScopeName(QualityScope scope); // user | session | test

struct QualityScopeDigest {
    QualityScope scope = QualityScope::User;
    std::string id;     // user: "<user>-<session>" (the notebook's numbering); session: "<session>"; test: its name
    int userIndex = -1; // user scope: the index into TestData::users; otherwise -1
    int session = 0;    // user and session scope: the session number; test scope: 0
    SimpleQualityAttenuation digest;
};

// One metric's digests of `test`: every user of TestData::users (same order, so element i is user i), then every
// session in ascending order, then the test. TestData::users must be sorted by (session, user), as loaders give it.
std::vector<QualityScopeDigest> qualityScopes(const TestData& test, const QualityMetric& metric, QualityMode mode);

} // namespace loadscope
