#pragma once
// Recoverable interruptions of a user's connection, as the servers mean them: LiveKit `Reconnecting` →
// `Reconnected` (before 2024-06 `sessionReconnecting` → `sessionReconnected`), OpenVidu 2 `reconnecting` →
// `reconnected`. The connection resumes at the closing event and the media keeps flowing or resumes (results-format.md,
// "What the real writers do"), so in corrected mode a reconnection is its own state, not a failure.
#include "core/analysis/test_analysis.h"
#include "core/analysis/time_base.h"

#include <string_view>

namespace loadscope {

bool opensReconnection(std::string_view event);  // raw `event` field
bool closesReconnection(std::string_view event); // raw `event` field, the connection resumed

// A user's reconnections, sorted by start. Each opens at an opening event (one while another is open is part of
// it) and closes at the first closing event after it; one that never resumes ends at the user's next failure,
// `Disconnected` / `sessionDisconnected` or new connectionStart, else at the (crash-clipped) test end. Times in
// seconds from `base.start`; clipped to [0, base.clippedDuration], empty ones left out.
std::vector<Reconnection> findReconnections(const UserEvents& user, const std::vector<CombinedEvent>& combined,
                                            const TimeBase& base);

} // namespace loadscope
