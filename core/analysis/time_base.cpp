#include "core/analysis/time_base.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace loadscope {

namespace {

constexpr TimeNs kCrashMargin = 10 * kNsPerSecond; // the notebook's "last CPU sample + 10 s"

// The earliest event within 15 h of the log's local start (no UTC offset exceeds 14 h), or the earliest of all
// when none is: one event with an absurd date (1969) must not decide the offset of every other one.
TimeNs firstEventNear(const TestData& data, TimeNs localStart, TimeNs firstEvent)
{
    constexpr TimeNs kMaxOffset = 15 * 3600 * kNsPerSecond;
    TimeNs first = kNoTime;
    for (const auto& user : data.users)
        for (const auto& event : user.events)
            if (std::llabs(event.time - localStart) <= kMaxOffset && (first == kNoTime || event.time < first))
                first = event.time;
    return first != kNoTime ? first : firstEvent;
}

} // namespace

int detectLogOffsetMinutes(TimeNs localStart, TimeNs firstEvent)
{
    const double minutes = static_cast<double>(localStart - firstEvent) / (60.0 * kNsPerSecond);
    const long quarters = std::lround(minutes / 15.0);
    return static_cast<int>(std::clamp(quarters, -14L * 4, 14L * 4) * 15);
}

TimeBase computeTimeBase(const TestData& data, const AnalysisOptions& options)
{
    TimeBase base;
    for (const auto& user : data.users)
        for (const auto& event : user.events) {
            if (base.firstEvent == kNoTime || event.time < base.firstEvent)
                base.firstEvent = event.time;
            if (base.lastEvent == kNoTime || event.time > base.lastEvent)
                base.lastEvent = event.time;
        }

    const bool notebook = options.mode == AnalysisMode::NotebookCompatible;
    base.pandasClock = notebook;
    if (options.logUtcOffsetMinutes) {
        base.logOffsetMinutes = *options.logUtcOffsetMinutes;
    } else if (data.log.zoneOffsetMinutes) {
        base.logOffsetMinutes = *data.log.zoneOffsetMinutes;
    } else if (!notebook && data.log.localStart != kNoTime && base.firstEvent != kNoTime) {
        base.logOffsetMinutes = detectLogOffsetMinutes(data.log.localStart,
                                                       firstEventNear(data, data.log.localStart, base.firstEvent));
        base.offsetDetected = true;
    }

    base.start = data.log.localStart != kNoTime ? base.toUtc(data.log.localStart) : base.firstEvent;
    base.end = data.log.localEnd != kNoTime ? base.toUtc(data.log.localEnd) : base.lastEvent;
    // The log reader has already said when a bound is missing; here the events stand in for it.
    if (base.start == kNoTime || base.end == kNoTime) {
        base.start = base.end = base.clippedEnd = 0;
        return base;
    }

    base.clippedEnd = base.end;
    // The notebook takes the CSV's last row that has a CPU value (file order), not the latest time.
    for (auto it = data.resources.rbegin(); it != data.resources.rend(); ++it)
        if (!std::isnan(it->cpu)) {
            base.clippedEnd = std::min(base.end, it->time + kCrashMargin);
            break;
        }
    // The log's bounds are Python datetimes (exact seconds); a clip at the last CPU sample is a pandas time.
    base.duration = secondsBetween(base.start, base.end);
    base.clippedDuration = base.clippedEnd < base.end ? clockSeconds(base, base.start, base.clippedEnd) : base.duration;
    base.crashed = base.clippedEnd < base.end;
    return base;
}

} // namespace loadscope
