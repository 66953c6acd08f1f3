#include "core/analysis/connection_quality.h"

#include <array>
#include <cmath>
#include <set>
#include <string>

namespace loadscope {

namespace {

constexpr std::array<const char*, 4> kQualities{"lost", "poor", "good", "excellent"};

// The string value of `"key":"value"` in an event's raw JSON (the writers never escape these), "" when absent.
std::string_view rawField(std::string_view raw, std::string_view key)
{
    const std::string pattern = "\"" + std::string(key) + "\":\"";
    const std::size_t at = raw.find(pattern);
    if (at == std::string_view::npos)
        return {};
    const std::size_t from = at + pattern.size();
    const std::size_t to = raw.find('"', from);
    return to == std::string_view::npos ? std::string_view{} : raw.substr(from, to - from);
}

// The user's own participant sid: the connectionId of its local events (LiveKit writes the sid there). A
// subscriber has no local event with one; then it is the `participantSid` of a quality change that names no remote
// participant (remote events carry the remote participant's sid as connectionId).
std::string_view ownSid(const UserEvents& user)
{
    for (const Event& e : user.events)
        if (e.connection == "local" && !e.connectionId.empty())
            return e.connectionId;
    std::set<std::string_view> remote;
    for (const Event& e : user.events)
        if (e.connection == "remote" && !e.connectionId.empty())
            remote.insert(e.connectionId);
    for (const Event& e : user.events)
        if (e.event == "ConnectionQualityChanged")
            if (const std::string_view sid = rawField(e.raw, "participantSid"); !sid.empty() && !remote.count(sid))
                return sid;
    return {};
}

double endOfConnection(const UserTimeline& user, double t, double testEnd)
{
    for (const Interval& i : user.connected)
        if (t >= i.start && t < i.end)
            return i.end;
    return testEnd;
}

} // namespace

std::optional<double> connectionQualityScore(std::string_view quality)
{
    for (std::size_t i = 0; i < kQualities.size(); ++i)
        if (quality == kQualities[i])
            return static_cast<double>(i);
    return std::nullopt;
}

const char* connectionQualityName(double score)
{
    if (std::isnan(score))
        return "";
    const long i = std::lround(score);
    return i >= 0 && i < static_cast<long>(kQualities.size()) ? kQualities[static_cast<std::size_t>(i)] : "";
}

std::vector<QosSeries> connectionQualitySeries(const TestAnalysis& a)
{
    std::vector<QosSeries> series(a.users.size());
    if (!a.data || a.data->info.family != EventFamily::LiveKit || a.start == kNoTime)
        return series;
    const double testEnd = a.clippedDuration;
    for (std::size_t u = 0; u < a.users.size() && u < a.data->users.size(); ++u) {
        const UserEvents& user = a.data->users[u];
        const std::string_view sid = ownSid(user);
        std::vector<std::pair<double, double>> changes; // (time, score)
        for (const Event& e : user.events) {
            if (e.event != "ConnectionQualityChanged")
                continue;
            const std::string_view other = rawField(e.raw, "participantSid");
            if (!other.empty() && !sid.empty() && other != sid)
                continue;
            if (const auto score = connectionQualityScore(rawField(e.raw, "quality")))
                changes.emplace_back(secondsBetween(a.start, e.time), *score);
        }
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const auto [t, score] = changes[i];
            double end = endOfConnection(a.users[u], t, testEnd);
            if (i + 1 < changes.size())
                end = std::min(end, changes[i + 1].first);
            if (t < end)
                series[u].push_back({t, end, score});
        }
    }
    return series;
}

} // namespace loadscope
