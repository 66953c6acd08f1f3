#pragma once
// The media one user receives: for every other publisher of its session, the time both were connected, one entry
// per pair of connection attempts. The events (streamCreated-remote / TrackSubscribed), the inbound stats and the
// QoE recordings all follow these.
#include "core/generate/scenario.h"

#include <vector>

namespace loadscope::generate {

struct RemoteStream {
    const SimulatedUser* publisher = nullptr;
    std::size_t publisherAttempt = 0; // index into publisher->attempts
    std::size_t receiverAttempt = 0;  // index into the receiver's attempts
    TimeNs begin = kNoTime;           // both connected
    TimeNs end = kNoTime;             // one of them left
    bool publisherLeftFirst = false;
};

// Sorted by begin, then publisher; only overlaps longer than half a second (shorter ones never reach the browser).
std::vector<RemoteStream> remoteStreamsOf(const SimulatedTest& test, const SimulatedUser& receiver);

} // namespace loadscope::generate
