#pragma once
// Everything derived from one test's tables: per-user combined events and connected intervals, placed QoE
// fragments, segments with CPU statistics, thresholds and progression. Times are seconds from the test start.
#include "core/analysis/analysis_mode.h"
#include "core/model/results.h"
#include "core/util/phase_stopwatch.h"

#include <array>
#include <limits>
#include <string>
#include <vector>

namespace loadscope {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Reconnecting: a recoverable interruption (corrected mode only; see reconnections.h).
enum class SegmentType { ConnectionStart, ConnectionSuccess, ConnectionFail, Qoe, Reconnecting };
enum class QoeMetric { None, Vmaf, Visqol };
const char* segmentTypeName(SegmentType t); // connectionStart | connectionSuccess | connectionFail | QOE | reconnecting
const char* qoeMetricName(QoeMetric m);     // "" | vmaf | visqol

struct CpuStats {
    double mean = kNaN, start = kNaN, end = kNaN, median = kNaN, max = kNaN, min = kNaN;
};

struct Segment {
    int userIndex = 0; // into TestAnalysis::users (== TestData::users)
    SegmentType type = SegmentType::ConnectionStart;
    double start = 0, end = 0; // seconds from the test start
    double attempt = 0;        // attempts of the latest failure so far; NaN after a LiveKit reconnect (notebook)
    int batch = 0;
    CpuStats cpu;
    double qoe = kNaN; // QOE rows: mean of the overlapping fragments (0..5)
    QoeMetric metric = QoeMetric::None;
};

enum class CombinedKind { Start, Success, Fail };
// Where a Fail comes from: the controller log's "failed N times" line; a LiveKit `Reconnecting` (notebook mode
// only, where the notebook counts it as a failure); a LiveKit `Disconnected` within the test (corrected mode only).
enum class FailureOrigin { LogLine, Reconnecting, Disconnected };
struct CombinedEvent {
    double time = 0; // seconds from the test start
    CombinedKind kind = CombinedKind::Start;
    std::string name; // the event name (connectionFail for log failures and notebook reconnects)
    int attempts = 0; // log failures: attempts so far; 0 otherwise
    FailureOrigin origin = FailureOrigin::LogLine; // Fail only
    bool recoverable() const { return kind == CombinedKind::Fail && origin == FailureOrigin::Reconnecting; }
    bool isLogFailure() const { return kind == CombinedKind::Fail && origin == FailureOrigin::LogLine; }
};

struct Interval {
    double start = 0, end = 0;
};

struct Reconnection {          // a recoverable interruption: Reconnecting → Reconnected (see reconnections.h)
    double start = 0, end = 0; // seconds from the test start, clipped at a crash
    bool resumed = false;      // closed by Reconnected (else by a failure, a new attempt or the test's end)
};

struct UserTimeline {
    UserKey key;
    bool publisher = false;
    int batch = 0;
    std::vector<CombinedEvent> combined;          // sorted by time
    std::vector<Interval> connected;              // connected intervals, clipped at a crash
    std::vector<Reconnection> reconnections = {}; // sorted by start, both modes (drawn in corrected mode only)
};

struct PlacedCut {         // a QoE fragment placed in time (rule 7)
    int receiverIndex = 0; // into users
    int senderIndex = 0;
    int cutIndex = 0;
    double start = kNaN, end = kNaN;   // NaN when it could not be placed
    double vmaf = kNaN, visqol = kNaN; // ×5, as plotted (0..5)
};

struct ResourcePoint {
    double time = 0; // seconds from the CPU time origin (see TestAnalysis::cpuOrigin)
    double cpu = kNaN, memory = kNaN;
};

struct ThresholdRow {
    std::string label;
    long count = 0;
    double median = kNaN, mean = kNaN, min = kNaN, max = kNaN, std = kNaN;
};
enum class ThresholdKind { Vmaf, Visqol, ConnectionStart };
inline constexpr std::array<ThresholdKind, 3> kThresholdKinds{ThresholdKind::Vmaf, ThresholdKind::Visqol,
                                                              ThresholdKind::ConnectionStart};
const char* thresholdKindName(ThresholdKind k); // vmaf | visqol | connectionStart

struct ThresholdTable {
    ThresholdKind kind = ThresholdKind::Vmaf;
    std::vector<ThresholdRow> rows;              // the notebook's 8 bands, in its order
    std::vector<std::vector<double>> values;     // per band: the metric values (for comparisons)
    std::vector<std::vector<double>> cpuMedians; // per band: the matching cpu_median values
};

struct ProgressionPoint {
    double time = 0;
    int publishers = 0, subscribers = 0, streamsIn = 0, streamsOut = 0;
};

struct TestAnalysis {
    const TestData* data = nullptr;
    AnalysisMode mode = AnalysisMode::Corrected;
    TimeNs start = kNoTime; // the test start (log "Starting test", UTC)
    TimeNs cpuOrigin =
        kNoTime;         // origin of `resources` times (== start when corrected; earliest event in notebook mode)
    double duration = 0; // log end - log start
    double clippedDuration = 0; // duration clipped to the last CPU sample + 10 s
    bool crashed = false;       // clippedDuration < duration
    int logOffsetMinutes = 120;
    bool logOffsetDetected = false;
    std::vector<UserTimeline> users;      // same order as TestData::users
    std::vector<ResourcePoint> resources; // CPU/memory within the test, sorted by time
    std::vector<PlacedCut> cuts;
    std::vector<Segment> segments;          // in the report's order
    std::vector<ThresholdTable> thresholds; // one per ThresholdKind, in kThresholdKinds order
    std::vector<ProgressionPoint> progression;
};

// Analyses one test. Problems (no log bounds, no CPU samples, ...) are added to `problems`; never throws on data.
// With `laps`, the time of each step is charged to "timeline", "segments", "thresholds" and "progression".
TestAnalysis analyseTest(const TestData& data, const AnalysisOptions& options, ProblemList& problems,
                         PhaseStopwatch* laps = nullptr);

} // namespace loadscope
