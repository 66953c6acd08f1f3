#pragma once
// The one definition of a test's failure figures, shown under their own names by the test selector, the test
// summary panel, Compare tests and summary.csv:
//   failures              the controller log's "Participant … failed N times" lines that the analysis keeps (within
//                         the events' time span): one line per failed attempt, so a user who failed twice counts
//                         twice. A LiveKit `Reconnecting` (which notebook mode treats as a failure) and a corrected
//                         mode `Disconnected` are not lines of the log and do not count.
//   reconnections         recoverable interruptions (Reconnecting → Reconnected and the like, reconnections.h),
//                         found the same way in both modes, and their total duration in seconds;
//   users that failed     users with at least one failure that is not recoverable (a log line, or in corrected mode
//                         a `Disconnected` within the test).
#include "core/analysis/test_analysis.h"

namespace loadscope {

struct FailureCounts {
    int failures = 0;
    int reconnections = 0;
    double reconnectingSeconds = 0;
    int usersFailed = 0;
};

FailureCounts countFailures(const TestAnalysis& analysis);

// Whether one user counts among the users that failed (above).
bool userFailed(const UserTimeline& user);

} // namespace loadscope
