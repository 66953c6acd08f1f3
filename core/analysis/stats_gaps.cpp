#include "core/analysis/stats_gaps.h"

#include <algorithm>

namespace loadscope {

namespace {

bool hasQosRows(const TestData& data)
{
    return std::any_of(data.qos.tables.begin(), data.qos.tables.end(), [](const QosTable& t) { return t.rows() > 0; });
}

// The record times (seconds from the test start) of every user, sorted and distinct; `only` >= 0 keeps one user.
std::vector<std::vector<double>> recordTimes(const TestAnalysis& a, int only)
{
    std::vector<std::vector<double>> times(a.users.size());
    for (const QosTable& table : a.data->qos.tables)
        for (std::size_t r = 0; r < table.rows(); ++r) {
            const int u = table.userIndex()[r];
            if (u < 0 || static_cast<std::size_t>(u) >= times.size() || (only >= 0 && u != only))
                continue;
            times[static_cast<std::size_t>(u)].push_back(secondsBetween(a.start, table.recordTime()[r]));
        }
    for (auto& t : times) {
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
    }
    return times;
}

std::vector<Interval> gapsWithin(const std::vector<Interval>& connected, const std::vector<double>& times)
{
    std::vector<Interval> gaps;
    for (const Interval& c : connected) {
        double last = c.start;
        auto it = std::lower_bound(times.begin(), times.end(), c.start);
        for (; it != times.end() && *it <= c.end; ++it) {
            if (*it - last > kStatsGapSeconds)
                gaps.push_back({last, *it});
            last = *it;
        }
        if (c.end - last > kStatsGapSeconds)
            gaps.push_back({last, c.end});
    }
    return gaps;
}

} // namespace

std::vector<Interval> statsGapsOfUser(const TestAnalysis& a, int user)
{
    if (!a.data || a.start == kNoTime || user < 0 || static_cast<std::size_t>(user) >= a.users.size() ||
        !hasQosRows(*a.data))
        return {};
    const auto times = recordTimes(a, user);
    return gapsWithin(a.users[static_cast<std::size_t>(user)].connected, times[static_cast<std::size_t>(user)]);
}

std::vector<StatsGapCount> statsGapCounts(const TestAnalysis& a)
{
    std::vector<StatsGapCount> counts(a.users.size());
    if (!a.data || a.start == kNoTime || !hasQosRows(*a.data))
        return counts;
    const auto times = recordTimes(a, -1);
    for (std::size_t u = 0; u < a.users.size(); ++u)
        for (const Interval& g : gapsWithin(a.users[u].connected, times[u])) {
            ++counts[u].gaps;
            counts[u].seconds += g.end - g.start;
        }
    return counts;
}

} // namespace loadscope
