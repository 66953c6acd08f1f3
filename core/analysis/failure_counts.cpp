#include "core/analysis/failure_counts.h"

#include <algorithm>

namespace loadscope {

bool userFailed(const UserTimeline& user)
{
    return std::any_of(user.combined.begin(), user.combined.end(),
                       [](const CombinedEvent& e) { return e.kind == CombinedKind::Fail && !e.recoverable(); });
}

FailureCounts countFailures(const TestAnalysis& a)
{
    FailureCounts counts;
    for (const UserTimeline& user : a.users) {
        counts.failures += static_cast<int>(std::count_if(user.combined.begin(), user.combined.end(),
                                                          [](const CombinedEvent& e) { return e.isLogFailure(); }));
        counts.usersFailed += userFailed(user) ? 1 : 0;
        counts.reconnections += static_cast<int>(user.reconnections.size());
        for (const Reconnection& r : user.reconnections)
            counts.reconnectingSeconds += r.end - r.start;
    }
    return counts;
}

} // namespace loadscope
