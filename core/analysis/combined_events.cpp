#include "core/analysis/combined_events.h"

#include "core/analysis/row_labels.h"

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
    long label = -1; // the notebook's pandas index label (events and log failures count separately)
    bool isEvent = false;
};

// Failures of the log, per user, converted to UTC and kept within the events' time span.
std::map<UserKey, std::vector<Candidate>> logFailures(const TestData& data, const TimeBase& base)
{
    std::map<UserKey, std::vector<Candidate>> byUser;
    long label = 0;
    for (const auto& failure : data.log.failures) {
        const long failureLabel = label++;
        const TimeNs t = base.toUtc(failure.localTime);
        if (t < base.firstEvent || t > base.lastEvent)
            continue;
        CombinedEvent e;
        e.kind = CombinedKind::Fail;
        e.name = "connectionFail";
        e.attempts = failure.attempts;
        byUser[failure.key].push_back({t, e, failureLabel, false});
    }
    return byUser;
}

Candidate fromEvent(const Event& event, CombinedKind kind, long label)
{
    CombinedEvent e;
    e.kind = kind;
    e.name = event.name;
    return {event.time, e, label, true};
}

// Success events of one user (rule 4), in the notebook's concatenation order.
void addSuccesses(const TestInfo& info, const UserEvents& user, const std::vector<long>& labels,
                  std::vector<Candidate>& out)
{
    const bool publisher = isPublisher(info, user.key.user);
    if (info.family == EventFamily::OpenVidu2) {
        auto created = [&](const Event& e) {
            return publisher ? e.name == "streamCreated-local" : startsWith(e.name, "streamCreated");
        };
        auto playing = [&](const Event& e) {
            return publisher ? e.name == "streamPlaying-local" : startsWith(e.name, "streamPlaying");
        };
        for (std::size_t i = 0; i < user.events.size(); ++i)
            if (created(user.events[i]))
                out.push_back(fromEvent(user.events[i], CombinedKind::Success, labels[i]));
        for (std::size_t i = 0; i < user.events.size(); ++i)
            if (playing(user.events[i]))
                out.push_back(fromEvent(user.events[i], CombinedKind::Success, labels[i]));
        return;
    }
    if (publisher) {
        // Every other LocalTrackPublished-local (audio and video tracks are published one after the other).
        bool take = true;
        for (std::size_t i = 0; i < user.events.size(); ++i)
            if (user.events[i].name == "LocalTrackPublished-local") {
                if (take)
                    out.push_back(fromEvent(user.events[i], CombinedKind::Success, labels[i]));
                take = !take;
            }
        return;
    }
    for (std::size_t i = 0; i < user.events.size(); ++i)
        if (startsWith(user.events[i].name, "TrackSubscribed"))
            out.push_back(fromEvent(user.events[i], CombinedKind::Success, labels[i]));
}

// Notebook mode: every `*Reconnecting*` event is a (recoverable) failure, as the notebook counts it. Corrected
// mode: a reconnection is not a failure (reconnections.h draws it), a `Disconnected` before the test's end is
// one (after it, the controller is closing the session).
void addLiveKitFailures(const UserEvents& user, const std::vector<long>& labels, const TimeBase& base,
                        AnalysisMode mode, std::vector<Candidate>& out)
{
    for (std::size_t i = 0; i < user.events.size(); ++i) {
        const Event& event = user.events[i];
        if (mode == AnalysisMode::NotebookCompatible && event.name.find("Reconnecting") != std::string::npos) {
            Candidate c = fromEvent(event, CombinedKind::Fail, labels[i]);
            c.event.name = "connectionFail";
            c.event.origin = FailureOrigin::Reconnecting;
            out.push_back(c);
        } else if (mode == AnalysisMode::Corrected && event.event == "Disconnected" && event.time < base.end) {
            Candidate c = fromEvent(event, CombinedKind::Fail, labels[i]);
            c.event.origin = FailureOrigin::Disconnected;
            out.push_back(c);
        }
    }
}

bool collapsesWithPrevious(EventFamily family, std::string_view previous, std::string_view current)
{
    if (family == EventFamily::OpenVidu2) {
        auto success = [](std::string_view n) {
            return startsWith(n, "streamCreated") || startsWith(n, "streamPlaying");
        };
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
    const RowLabels labels = notebookRowLabels(data);
    const bool notebook = mode == AnalysisMode::NotebookCompatible;
    std::vector<std::vector<CombinedEvent>> result(data.users.size());
    // The notebook's LiveKit branch keeps the previous event name from one user to the next.
    std::string previous;
    for (std::size_t u = 0; u < data.users.size(); ++u) {
        const UserEvents& user = data.users[u];
        const auto& eventLabels = labels.events[u];
        std::vector<Candidate> candidates;
        for (std::size_t i = 0; i < user.events.size(); ++i)
            if (user.events[i].name == "connectionStart")
                candidates.push_back(fromEvent(user.events[i], CombinedKind::Start, eventLabels[i]));
        addSuccesses(data.info, user, eventLabels, candidates);
        if (auto it = failures.find(user.key); it != failures.end())
            candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        if (data.info.family == EventFamily::LiveKit)
            addLiveKitFailures(user, eventLabels, base, mode, candidates);
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate& a, const Candidate& b) { return a.time < b.time; });

        if (data.info.family == EventFamily::OpenVidu2 || mode == AnalysisMode::Corrected)
            previous.clear();
        // Decide over the whole sequence first: a dropped row's name still becomes the previous name.
        std::vector<bool> dropped(candidates.size(), false);
        std::vector<long> droppedLabels;
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            dropped[i] = collapsesWithPrevious(data.info.family, previous, candidates[i].event.name);
            previous = candidates[i].event.name;
            if (dropped[i])
                droppedLabels.push_back(candidates[i].label);
        }
        auto& combined = result[u];
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            Candidate& c = candidates[i];
            // pandas' drop(label) also removes a log failure that carries the same label number.
            const bool collateral = notebook && !c.isEvent &&
                                    std::find(droppedLabels.begin(), droppedLabels.end(), c.label) !=
                                        droppedLabels.end();
            if (dropped[i] || collateral)
                continue;
            c.event.time = clockSeconds(base, base.start, c.time);
            combined.push_back(std::move(c.event));
        }
    }
    return result;
}

} // namespace loadscope
