#include "core/analysis/test_analysis.h"

#include "core/analysis/combined_events.h"
#include "core/analysis/connected_intervals.h"
#include "core/analysis/cpu_window.h"
#include "core/analysis/emulated_participants.h"
#include "core/analysis/progression.h"
#include "core/analysis/qoe_placement.h"
#include "core/analysis/reconnections.h"
#include "core/analysis/segment_builder.h"
#include "core/analysis/thresholds.h"
#include "core/analysis/time_base.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace loadscope {

namespace {

// CPU and memory within [from, to], relative to `origin`, sorted by time.
std::vector<ResourcePoint> resourcesWithin(const TestData& data, const TimeBase& base, TimeNs from, TimeNs to,
                                           TimeNs origin)
{
    std::vector<ResourcePoint> points;
    for (const auto& r : data.resources)
        if (r.time >= from && r.time <= to)
            points.push_back({clockSeconds(base, origin, r.time), r.cpu, r.memory});
    std::stable_sort(points.begin(), points.end(),
                     [](const ResourcePoint& a, const ResourcePoint& b) { return a.time < b.time; });
    return points;
}

std::vector<UserTimeline> buildTimelines(const TestData& data, const TimeBase& base, AnalysisMode mode)
{
    auto combined = combineEvents(data, base, mode);
    std::vector<UserTimeline> users(data.users.size());
    int ordinal = 0; // the notebook numbers only users that have events
    for (std::size_t u = 0; u < users.size(); ++u) {
        UserTimeline& t = users[u];
        t.key = data.users[u].key;
        t.publisher = isPublisher(data.info, t.key.user);
        if (!data.users[u].events.empty())
            t.batch = batchOfUser(++ordinal, data.batches);
        t.combined = std::move(combined[u]);
        t.connected = connectedIntervals(t.combined, base.clippedDuration);
        t.reconnections = findReconnections(data.users[u], t.combined, base);
    }
    return users;
}

void reportUnplacedCuts(const TestData& data, const std::vector<PlacedCut>& cuts, ProblemList& problems)
{
    const auto unplaced = std::count_if(cuts.begin(), cuts.end(),
                                        [](const PlacedCut& c) { return std::isnan(c.start); });
    if (unplaced > 0)
        problems.warn("qoe/" + data.info.name, 0,
                      std::to_string(unplaced) + " of " + std::to_string(cuts.size()) +
                          " QoE fragments could not be placed (their users never shared connected time)");
}

} // namespace

TestAnalysis analyseTest(const TestData& data, const AnalysisOptions& options, ProblemList& problems,
                         PhaseStopwatch* laps)
{
    const auto lap = [laps](std::string_view step) {
        if (laps)
            laps->lap(step);
    };
    TestAnalysis a;
    a.data = &data;
    a.mode = options.mode;
    const TimeBase base = computeTimeBase(data, options);
    a.start = base.start;
    a.duration = base.duration;
    a.clippedDuration = base.clippedDuration;
    a.crashed = base.crashed;
    a.logOffsetMinutes = base.logOffsetMinutes;
    a.logOffsetDetected = base.offsetDetected;
    if (base.firstEvent == kNoTime) {
        const int emulated = countEmulatedParticipants(data);
        problems.warn("stats/" + data.info.name, 0,
                      emulated == 0 ? std::string("no events in this test")
                                    : "no events in this test: its " + std::to_string(emulated) +
                                          " participants are emulated (no browser: events.json and stats.json "
                                          "stay empty)");
        return a;
    }

    const bool notebook = options.mode == AnalysisMode::NotebookCompatible;
    // The notebook measures CPU from the earliest event but segments from the log's start line.
    a.cpuOrigin = notebook ? base.firstEvent : base.start;
    a.resources = notebook ? resourcesWithin(data, base, base.firstEvent, base.lastEvent, a.cpuOrigin)
                           : resourcesWithin(data, base, base.start, base.end, a.cpuOrigin);
    if (a.resources.empty())
        problems.warn(data.resourcesFile.empty() ? "dfs_final/" + data.info.name + "-medianode.csv"
                                                 : data.resourcesFile,
                      0, "no CPU samples within the test: CPU statistics are empty");

    a.users = buildTimelines(data, base, options.mode);
    lap("timeline");
    a.cuts = placeQoeCuts(data, a.users, sessionIntersections(a.users));
    reportUnplacedCuts(data, a.cuts, problems);

    const CpuWindow cpu(a.resources);
    a.segments = buildSegments({a.users, a.cuts, cpu, base, options.mode});
    lap("segments");
    for (ThresholdKind kind : kThresholdKinds)
        a.thresholds.push_back(computeThresholds(kind, a.segments, a.users, options.mode));
    lap("thresholds");
    a.progression = computeProgression(data.info, a.users, a.segments, base.clippedDuration, options.mode);
    lap("progression");
    return a;
}

} // namespace loadscope
