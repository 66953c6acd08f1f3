#pragma once
// The simulated test: who joined when, which connection attempts failed or broke, what the media node's CPU did.
// Every file writer reads this one description, so the events, the log, the stats, the CPU file and the QoE cuts
// of a test tell the same story.
#include "core/generate/generator_options.h"
#include "core/util/time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace loadscope::generate {

inline TimeNs secondsToNs(double seconds)
{
    return static_cast<TimeNs>(seconds * 1e9);
}

enum class AttemptOutcome {
    NeverConnected,   // timed out or refused; the controller logs a failure (unless the test ended first)
    Dropped,          // connected, then broke under load; logged as a failure, then retried
    MediaNodeCrashed, // connected when the media node died; logged as a failure
    TestEnded,        // still connected when the controller saved the results
};

struct ConnectionAttempt {
    TimeNs start = kNoTime;     // connectionStart
    TimeNs connected = kNoTime; // media flowing (publisher: stream published); kNoTime when never
    TimeNs end = kNoTime;       // connection lost, given up, or the test's end
    AttemptOutcome outcome = AttemptOutcome::NeverConnected;
    TimeNs failureLogged = kNoTime; // the controller's "failed N times" line, kNoTime when none
    int failuresSoFar = 0;          // the N of that line
    std::string connectionId;       // OpenVidu 2 "con_..." or LiveKit participant sid "PA_..."
    std::string streamId;           // OpenVidu 2 published stream "str_CAM_..." (publishers)

    bool everConnected() const { return connected != kNoTime; }
};

struct Reconnection { // LiveKit Reconnecting → Reconnected while connected
    TimeNs start = kNoTime, end = kNoTime;
};

struct SimulatedUser {
    int session = 0, user = 0; // LoadTestSession<session>, User<user>
    bool publisher = true;
    int order = 0; // 0-based join order over the test (sessions, then users)
    TimeNs joinTime = kNoTime;
    std::vector<ConnectionAttempt> attempts;
    std::vector<Reconnection> reconnections;
    std::uint64_t key = 0; // seeds this user's writers' random streams

    bool connectedAt(TimeNs t) const;
};

struct MediaNodeSample {
    TimeNs time = kNoTime;
    double cpu = 0.0;
    double memory = 0.0; // NaN: metricbeat missed the metric (an empty CSV cell)
};

struct SimulatedTest {
    GeneratedTestSpec spec;
    std::string name;
    ResultsLayout layout = ResultsLayout::Year2024;
    WriterStyle writer = WriterStyle::Year2024;
    std::uint64_t key = 0;
    int sessions = 0;
    int startingParticipants = 0, batchSize = 1;
    double batchIntervalSeconds = 0;
    double capacity = 0;
    TimeNs logStart = kNoTime;              // controller started
    TimeNs testStart = kNoTime;             // "Starting test with"
    TimeNs testEnd = kNoTime;               // "Saved result in"
    std::optional<TimeNs> crash;            // media node died
    std::vector<SimulatedUser> users;       // sorted by (session, user)
    std::vector<MediaNodeSample> mediaNode; // every 5 s, from before the start to after the end (or the crash)

    // CPU of the last media-node sample at or before `t` (the first sample before it starts).
    double cpuAt(TimeNs t) const;
    // Users of one session: [first, last) indexes into `users`.
    std::pair<std::size_t, std::size_t> sessionRange(int session) const;
};

// `start` is when this test's controller starts (the tests of one run follow one another).
SimulatedTest simulateTest(const GeneratedTestSpec& spec, const GeneratorOptions& options, TimeNs start);

} // namespace loadscope::generate
