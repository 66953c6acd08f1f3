#pragma once
// The in-memory tables a results folder loads into. Plain data: loaders fill them, analysis reads them.
#include "core/model/problem.h"
#include "core/model/qos_table.h"
#include "core/util/time.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

enum class EventFamily { OpenVidu2, LiveKit }; // kurento / mediasoup vs pion
enum class Topology { Unknown, TwoPublishers, AllPublishers, ThreePublishers10s, ThreePublishers40s };

struct TestInfo {
    std::string name;     // folder name under stats/, e.g. loadtest-webrtc-2024-kurento-8p
    std::string server;   // kurento | mediasoup | pion | "" when unknown
    std::string topology; // 2p | 8p | 3p-10s | 3p-40s | ""
    EventFamily family = EventFamily::OpenVidu2;
};

struct UserKey {
    int session = 0; // LoadTestSession<k> / s<k>
    int user = 0;    // User<u> / u<u>
    auto operator<=>(const UserKey&) const = default;
};

struct Event {
    TimeNs time = kNoTime;
    std::string name;       // "<event>-<connection>" when connection is present, as the notebook names it
    std::string event;      // raw `event`
    std::string connection; // local | remote | ""
    std::string connectionId;
    std::string raw;    // the event's JSON object as written (for the inspector)
    long line = 0;      // 1-based line of the object in events.json (compact arrays: 1)
    int fileIndex = -1; // position in its events.json array (−1 when unknown: the position in time order)
};

struct BrowserError {      // one record of a user's errors.json
    TimeNs time = kNoTime; // kNoTime when the record has no readable time
    std::string kind;      // 2026 `event` (EMULATED_PARTICIPANT_CREATION_ERROR, ...) or the error's `name`
    std::string message;   // `message` or `reason`
    std::string raw;       // the record as written
    long line = 0;
};

struct JoinRecord {          // one record of a user's connections.json (the worker that created a participant)
    TimeNs time = kNoTime;   // `@timestamp`
    std::string worker;      // `worker_name`
    std::string participant; // `new_participant_id`
    std::string session;     // `new_participant_session`
    long line = 0;
};

struct UserEvents {
    UserKey key;
    std::string folder;                    // path relative to the root, e.g. stats/<test>/LoadTestSession1/User1
    std::vector<Event> events;             // sorted by time (stable)
    std::vector<BrowserError> errors = {}; // errors.json, sorted by time (stable); empty when the file is absent
    std::vector<JoinRecord> joins = {};    // connections.json records that name this user (usually one)
};

struct Failure { // "Participant UserN in session LoadTestSessionK failed A times"
    UserKey key;
    TimeNs localTime = kNoTime; // the log's local wall-clock time read as if it were UTC
    int attempts = 0;
    long line = 0;
};

struct LogInfo {
    bool present = false;
    std::vector<Failure> failures;
    TimeNs localStart = kNoTime; // first "Starting test with" line (local time as if UTC)
    TimeNs localEnd = kNoTime;   // first "Saved result in" line
    long startLine = 0, endLine = 0;
    std::optional<int> zoneOffsetMinutes; // when the log itself carries an offset (Spring Boot 3+)
};

struct ResourceSample { // one row of dfs_final/<test>-medianode.csv (or one period of its Metricbeat export)
    TimeNs time = kNoTime;
    double cpu = 0.0;    // NaN when missing
    double memory = 0.0; // NaN when missing
};

struct QoeCut {       // one row of qoe/<test>/v-<session>-<receiver>-<sender>_cuts.json
    UserKey receiver; // receiver.session == sender.session
    int sender = 0;
    int cutIndex = 0;
    double vmaf = 0.0;                   // as written (0..1); NaN when missing
    double visqol = 0.0;                 // as written ((MOS-1)/4, -0.25 on failure); NaN when missing
    std::map<std::string, double> extra; // msssim, psnr, ...
    int fileIndex = 0;                   // order of the file among the test's cut files (sorted by name)
    int row = 0;                         // row within its file
};

struct Batches {
    int startingParticipants = 0;
    int batchSize = 1;
};

struct TestData {
    TestInfo info;
    std::vector<UserEvents> users; // sorted by (session, user)
    LogInfo log;
    std::vector<ResourceSample> resources; // in file order (the notebook clips a crash at the last row)
    std::string resourcesFile;             // root-relative name of the file `resources` come from (CSV or NDJSON)
    std::vector<QoeCut> qoe;               // in file-name order, then row order
    std::optional<Batches> batches;
    QosTables qos; // may be empty when QoS loading was skipped
};

struct Results {
    std::string root;
    std::vector<TestData> tests; // sorted by name
    std::vector<Problem> problems;
};

} // namespace loadscope
