#pragma once
// Where the events and the stats disagree: a span that the analysis shows as failed (a connectionFail segment)
// while the user's stats.json says media kept arriving (an inbound-rtp `bytesReceived` counter, audio or video,
// of any peer, grew between two reports that both fall inside the span). Either the failure was not one (a
// LiveKit reconnect read as a failure) or the events are wrong; the inspector says so.
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

struct MediaWhileFailed {
    double start = 0, end = 0; // the failed segment, seconds from the test start
    double bytes = 0;          // bytes received inside it (sum over streams of the counters' growth)
};

// The failed spans of user `userIndex` during which media arrived, in segment order.
std::vector<MediaWhileFailed> mediaWhileFailed(const TestAnalysis& analysis, int userIndex);

} // namespace loadscope
