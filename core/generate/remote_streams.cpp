#include "core/generate/remote_streams.h"

#include <algorithm>

namespace loadscope::generate {

std::vector<RemoteStream> remoteStreamsOf(const SimulatedTest& test, const SimulatedUser& receiver)
{
    std::vector<RemoteStream> streams;
    const auto [first, last] = test.sessionRange(receiver.session);
    for (std::size_t i = first; i < last; ++i) {
        const SimulatedUser& publisher = test.users[i];
        if (!publisher.publisher || publisher.user == receiver.user)
            continue;
        for (std::size_t r = 0; r < receiver.attempts.size(); ++r) {
            const auto& mine = receiver.attempts[r];
            if (!mine.everConnected())
                continue;
            for (std::size_t p = 0; p < publisher.attempts.size(); ++p) {
                const auto& theirs = publisher.attempts[p];
                if (!theirs.everConnected())
                    continue;
                const TimeNs begin = std::max(mine.connected, theirs.connected);
                const TimeNs end = std::min(mine.end, theirs.end);
                if (end - begin > kNsPerSecond / 2)
                    streams.push_back({&publisher, p, r, begin, end, theirs.end < mine.end});
            }
        }
    }
    std::stable_sort(streams.begin(), streams.end(), [](const RemoteStream& a, const RemoteStream& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.publisher->user < b.publisher->user;
    });
    return streams;
}

} // namespace loadscope::generate
