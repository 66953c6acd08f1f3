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

// The user's own participant sids (a new one for every connection attempt): the connectionIds of its local events
// (LiveKit writes the sid there). A subscriber has no local event with one; then they are the `participantSid`s of
// quality changes that name no remote participant (remote events carry the remote participant's sid as connectionId).
std::set<std::string_view> ownSids(const UserEvents& user)
{
    std::set<std::string_view> own;
    for (const Event& e : user.events)
        if (e.connection == "local" && !e.connectionId.empty())
            own.insert(e.connectionId);
    if (!own.empty())
        return own;
    std::set<std::string_view> remote;
    for (const Event& e : user.events)
        if (e.connection == "remote" && !e.connectionId.empty())
            remote.insert(e.connectionId);
    for (const Event& e : user.events)
        if (e.event == "ConnectionQualityChanged")
            if (const std::string_view sid = rawField(e.raw, "participantSid"); !sid.empty() && !remote.count(sid))
                own.insert(sid);
    return own;
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
        const std::set<std::string_view> own = ownSids(user);
        std::vector<std::pair<double, double>> changes; // (time, score)
        for (const Event& e : user.events) {
            if (e.event != "ConnectionQualityChanged")
                continue;
            const std::string_view sid = rawField(e.raw, "participantSid");
            if (!sid.empty() && !own.empty() && !own.count(sid))
                continue;
            changes.emplace_back(secondsBetween(a.start, e.time),
                                 connectionQualityScore(rawField(e.raw, "quality")).value_or(kNaN));
        }
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const auto [t, score] = changes[i];
            double end = endOfConnection(a.users[u], t, testEnd);
            if (i + 1 < changes.size())
                end = std::min(end, changes[i + 1].first);
            if (!(t < end))
                continue;
            QosSeries& out = series[u];
            const bool same = !out.empty() &&
                              (out.back().value == score || (std::isnan(out.back().value) && std::isnan(score)));
            if (same && out.back().end == t)
                out.back().end = end;
            else
                out.push_back({t, end, score});
        }
    }
    return series;
}

bool hasConnectionQualityEvents(const TestData& data)
{
    if (data.info.family != EventFamily::LiveKit)
        return false;
    for (const UserEvents& user : data.users)
        for (const Event& e : user.events)
            if (e.event == "ConnectionQualityChanged")
                return true;
    return false;
}

} // namespace loadscope
