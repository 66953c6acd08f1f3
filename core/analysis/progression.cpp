#include "core/analysis/progression.h"

#include "core/analysis/combined_events.h"
#include "core/analysis/pandas_csv_number.h"

#include <algorithm>
#include <map>

namespace loadscope {

namespace {

struct SessionCount {
    int publishers = 0, subscribers = 0;
};

int streamsOut(const SessionCount& s)
{
    return 2 * s.publishers * (s.publishers - 1) + 2 * s.subscribers * s.publishers;
}

std::vector<ProgressionPoint> notebookProgression(const TestInfo& info, const std::vector<UserTimeline>& users,
                                                  const std::vector<Segment>& segments)
{
    // The notebook tells subscribers apart by "0s" in the test name (3p-10s, 3p-40s) and a user number > 3.
    const bool hasSubscribers = info.name.find("0s") != std::string::npos;
    std::map<int, SessionCount> sessions;
    ProgressionPoint total;
    std::vector<ProgressionPoint> points;
    for (const auto& s : segments) {
        if (s.type != SegmentType::ConnectionSuccess)
            continue;
        const UserKey key = users[static_cast<std::size_t>(s.userIndex)].key;
        SessionCount& session = sessions[key.session];
        if (hasSubscribers && key.user > 3) {
            ++total.subscribers;
            ++session.subscribers;
        } else {
            ++total.publishers;
            total.streamsIn += 2;
            ++session.publishers;
        }
        total.streamsOut = streamsOut(session);
        total.time = pandasCsvRoundTrip(s.start); // read back from the notebook's CSV
        points.push_back(total);
    }
    return points;
}

std::vector<ProgressionPoint> correctedProgression(const TestInfo& info, const std::vector<UserTimeline>& users,
                                                   double testEnd)
{
    struct Change {
        double time;
        int user;
        int delta;
    };
    std::vector<Change> changes;
    for (std::size_t u = 0; u < users.size(); ++u)
        for (const auto& i : users[u].connected) {
            if (i.start >= i.end)
                continue;
            changes.push_back({i.start, static_cast<int>(u), +1});
            if (i.end < testEnd)
                changes.push_back({i.end, static_cast<int>(u), -1});
        }
    // At equal times a departure is counted before an arrival.
    std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        return a.time < b.time || (a.time == b.time && a.delta < b.delta);
    });
    std::map<int, SessionCount> sessions;
    std::vector<int> connected(users.size(), 0);
    ProgressionPoint total;
    std::vector<ProgressionPoint> points;
    for (const auto& c : changes) {
        const auto u = static_cast<std::size_t>(c.user);
        const bool wasConnected = connected[u] > 0;
        connected[u] += c.delta;
        if (wasConnected == (connected[u] > 0))
            continue; // overlapping intervals of one user count once
        SessionCount& session = sessions[users[u].key.session];
        const int sessionStreamsBefore = streamsOut(session);
        if (isPublisher(info, users[u].key.user)) {
            session.publishers += c.delta;
            total.publishers += c.delta;
        } else {
            session.subscribers += c.delta;
            total.subscribers += c.delta;
        }
        total.streamsIn = 2 * total.publishers;
        total.streamsOut += streamsOut(session) - sessionStreamsBefore;
        total.time = c.time;
        points.push_back(total);
    }
    return points;
}

} // namespace

std::vector<ProgressionPoint> computeProgression(const TestInfo& info, const std::vector<UserTimeline>& users,
                                                 const std::vector<Segment>& segments, double testEnd,
                                                 AnalysisMode mode)
{
    return mode == AnalysisMode::NotebookCompatible ? notebookProgression(info, users, segments)
                                                    : correctedProgression(info, users, testEnd);
}

} // namespace loadscope
