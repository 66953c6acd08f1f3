#include "core/analysis/combined_events.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace loadscope {

namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

struct Candidate {
    TimeNs time;
    CombinedEvent event;
};

// Failures of the log, per user, converted to UTC and kept within the events' time span.
std::map<UserKey, std::vector<Candidate>> logFailures(const TestData& data, const TimeBase& base)
{
    std::map<UserKey, std::vector<Candidate>> byUser;
    for (const auto& failure : data.log.failures) {
        const TimeNs t = base.toUtc(failure.localTime);
        if (t < base.firstEvent || t > base.lastEvent)
            continue;
        CombinedEvent e;
        e.kind = CombinedKind::Fail;
        e.name = "connectionFail";
        e.attempts = failure.attempts;
        byUser[failure.key].push_back({t, e});
    }
    return byUser;
}

Candidate fromEvent(const Event& event, CombinedKind kind)
{
    CombinedEvent e;
    e.kind = kind;
    e.name = event.name;
    return {event.time, e};
}

// Success events of one user (rule 4), in the notebook's concatenation order.
void addSuccesses(const TestInfo& info, const UserEvents& user, std::vector<Candidate>& out)
{
    const bool publisher = isPublisher(info, user.key.user);
    if (info.family == EventFamily::OpenVidu2) {
        auto created = [&](const Event& e) {
            return publisher ? e.name == "streamCreated-local" : startsWith(e.name, "streamCreated");
        };
        auto playing = [&](const Event& e) {
            return publisher ? e.name == "streamPlaying-local" : startsWith(e.name, "streamPlaying");
        };
        for (const auto& e : user.events)
            if (created(e))
                out.push_back(fromEvent(e, CombinedKind::Success));
        for (const auto& e : user.events)
            if (playing(e))
                out.push_back(fromEvent(e, CombinedKind::Success));
        return;
    }
    if (publisher) {
        // Every other LocalTrackPublished-local (audio and video tracks are published one after the other).
        bool take = true;
        for (const auto& e : user.events)
            if (e.name == "LocalTrackPublished-local") {
                if (take)
                    out.push_back(fromEvent(e, CombinedKind::Success));
                take = !take;
            }
        return;
    }
    for (const auto& e : user.events)
        if (startsWith(e.name, "TrackSubscribed"))
            out.push_back(fromEvent(e, CombinedKind::Success));
}

bool collapsesWithPrevious(EventFamily family, std::string_view previous, std::string_view current)
{
    if (family == EventFamily::OpenVidu2) {
        auto success = [](std::string_view n) { return startsWith(n, "streamCreated") || startsWith(n, "streamPlaying"); };
        return success(previous) && success(current);
    }
    return startsWith(previous, "TrackSubscribed") && startsWith(current, "TrackSubscribed");
}

} // namespace

bool isPublisher(const TestInfo& info, int user)
{
    return info.topology == "8p" || user <= 3;
}

std::vector<std::vector<CombinedEvent>> combineEvents(const TestData& data, const TimeBase& base, AnalysisMode mode)
{
    const auto failures = logFailures(data, base);
    std::vector<std::vector<CombinedEvent>> result(data.users.size());
    // The notebook's LiveKit branch keeps the previous event name from one user to the next.
    std::string previous;
    for (std::size_t u = 0; u < data.users.size(); ++u) {
        const UserEvents& user = data.users[u];
        std::vector<Candidate> candidates;
        for (const auto& e : user.events)
            if (e.name == "connectionStart")
                candidates.push_back(fromEvent(e, CombinedKind::Start));
        addSuccesses(data.info, user, candidates);
        if (auto it = failures.find(user.key); it != failures.end())
            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        if (data.info.family == EventFamily::LiveKit)
            for (const auto& e : user.events)
                if (e.name.find("Reconnecting") != std::string::npos) {
                    Candidate c = fromEvent(e, CombinedKind::Fail);
                    c.event.name = "connectionFail";
                    c.event.recoverable = true;
                    candidates.push_back(c);
                }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate& a, const Candidate& b) { return a.time < b.time; });

        if (data.info.family == EventFamily::OpenVidu2 || mode == AnalysisMode::Corrected)
            previous.clear();
        auto& combined = result[u];
        for (auto& c : candidates) {
            const bool drop = collapsesWithPrevious(data.info.family, previous, c.event.name);
            previous = c.event.name;
            if (drop)
                continue;
            c.event.time = secondsBetween(base.start, c.time);
            combined.push_back(std::move(c.event));
        }
    }
    return result;
}

} // namespace loadscope
