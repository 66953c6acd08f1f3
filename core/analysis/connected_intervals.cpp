#include "core/analysis/connected_intervals.h"

#include <algorithm>
#include <limits>

namespace loadscope {

namespace {
constexpr double kRecordingDelay = 5.0;
}

std::vector<Interval> connectedIntervals(const std::vector<CombinedEvent>& combined, double duration)
{
    std::vector<Interval> intervals;
    for (const auto& success : combined) {
        if (success.kind != CombinedKind::Success)
            continue;
        double firstFailure = std::numeric_limits<double>::infinity();
        for (const auto& e : combined)
            if (e.kind == CombinedKind::Fail && e.time > success.time)
                firstFailure = std::min(firstFailure, e.time);
        intervals.push_back({success.time, std::min(firstFailure, duration)});
    }
    return intervals;
}

std::vector<Interval> intersectIntervals(const std::vector<Interval>& a, const std::vector<Interval>& b)
{
    std::vector<Interval> result;
    for (const auto& x : a)
        for (const auto& y : b) {
            const double start = std::max(x.start, y.start) + kRecordingDelay;
            const double end = std::min(x.end, y.end);
            if (start < end)
                result.push_back({start, end});
        }
    return result;
}

PairIntersections sessionIntersections(const std::vector<UserTimeline>& users)
{
    PairIntersections result;
    // Users are sorted by session: pair only within each session's run.
    std::size_t runStart = 0;
    while (runStart < users.size()) {
        std::size_t runEnd = runStart;
        while (runEnd < users.size() && users[runEnd].key.session == users[runStart].key.session)
            ++runEnd;
        for (std::size_t x = runStart; x < runEnd; ++x)
            for (std::size_t y = x + 1; y < runEnd; ++y) {
                auto shared = intersectIntervals(users[x].connected, users[y].connected);
                result[{static_cast<int>(y), static_cast<int>(x)}] = shared;
                result[{static_cast<int>(x), static_cast<int>(y)}] = std::move(shared);
            }
        runStart = runEnd;
    }
    return result;
}

} // namespace loadscope
