#pragma once
// The test's clock: the log's UTC offset, the test bounds in UTC, the durations and whether the media node crashed.
#include "core/analysis/analysis_mode.h"
#include "core/model/problem.h"
#include "core/model/results.h"

namespace loadscope {

struct TimeBase {
    int logOffsetMinutes = 120;
    bool offsetDetected = false;
    TimeNs firstEvent = kNoTime, lastEvent = kNoTime; // earliest / latest event of any user
    TimeNs start = kNoTime, end = kNoTime;            // the log's start / end lines in UTC
    TimeNs clippedEnd = kNoTime;                      // end clipped to the last CPU sample + 10 s
    double duration = 0, clippedDuration = 0;
    bool crashed = false;
    bool pandasClock = false; // notebook mode: times of pandas frames are pandas Timedelta seconds
    TimeNs toUtc(TimeNs localTime) const { return localTime - logOffsetMinutes * 60LL * kNsPerSecond; }
};

// The offset, in quarter hours, that puts the log's start line closest to the first event.
int detectLogOffsetMinutes(TimeNs localStart, TimeNs firstEvent);

// Seconds from `origin` to `t` as the notebook computes them (see pandasSecondsBetween) or exactly.
inline double clockSeconds(const TimeBase& base, TimeNs origin, TimeNs t)
{
    return base.pandasClock ? pandasSecondsBetween(origin, t) : secondsBetween(origin, t);
}

TimeBase computeTimeBase(const TestData& data, const AnalysisOptions& options);

} // namespace loadscope
