#include "core/analysis/reconnections.h"

#include <algorithm>

namespace loadscope {

namespace {

bool endsUnresumed(std::string_view event)
{
    return event == "Disconnected" || event == "sessionDisconnected";
}

// The first failure or new attempt of `combined` strictly after `time`, else `fallback`.
double nextBreak(const std::vector<CombinedEvent>& combined, double time, double fallback)
{
    for (const CombinedEvent& e : combined)
        if (e.time > time && !e.recoverable() && e.kind != CombinedKind::Success)
            return std::min(e.time, fallback);
    return fallback;
}

} // namespace

bool opensReconnection(std::string_view event)
{
    return event == "Reconnecting" || event == "reconnecting" || event == "sessionReconnecting";
}

bool closesReconnection(std::string_view event)
{
    return event == "Reconnected" || event == "reconnected" || event == "sessionReconnected";
}

std::vector<Reconnection> findReconnections(const UserEvents& user, const std::vector<CombinedEvent>& combined,
                                            const TimeBase& base)
{
    std::vector<Reconnection> out;
    const double testEnd = base.clippedDuration;
    bool open = false;
    Reconnection current;
    auto close = [&](double end, bool resumed) {
        current.end = std::min(end, nextBreak(combined, current.start, testEnd));
        current.resumed = resumed && current.end == end;
        current.start = std::max(current.start, 0.0);
        if (current.start < current.end)
            out.push_back(current);
        open = false;
    };
    for (const Event& e : user.events) {
        if (e.time == kNoTime)
            continue;
        const double t = clockSeconds(base, base.start, e.time);
        if (!open && opensReconnection(e.event)) {
            current = {t, t, false};
            open = true;
        } else if (open && closesReconnection(e.event)) {
            close(t, true);
        } else if (open && endsUnresumed(e.event)) {
            close(t, false);
        }
    }
    if (open)
        close(testEnd, false);
    return out;
}

} // namespace loadscope
