#include "core/quality/rolling_qoo.h"

#include "core/quality/quality_attenuation.h"

#include <algorithm>
#include <cmath>

namespace loadscope {

namespace {

struct Sample {
    double time; // seconds from the test start
    double rtt;  // seconds
};

std::vector<std::vector<Sample>> rttSamplesPerUser(const TestData& data, TimeNs testStart)
{
    std::vector<std::vector<Sample>> perUser(data.users.size());
    for (MediaKind kind : kMediaKinds) {
        const QosTable& table = data.qos.at(Direction::RemoteInbound, kind);
        const auto* rtt = table.column("roundTripTime");
        if (!rtt)
            continue;
        const auto* reportTime = table.column("timestamp");
        for (std::size_t r = 0; r < table.rows(); ++r) {
            const double value = (*rtt)[r];
            const auto user = static_cast<std::size_t>(table.userIndex()[r]);
            if (!(value > 0) || user >= perUser.size())
                continue;
            const TimeNs t = reportTime && !std::isnan((*reportTime)[r]) ? millisecondsToNs((*reportTime)[r])
                                                                         : table.recordTime()[r];
            perUser[user].push_back({secondsBetween(testStart, t), value});
        }
    }
    for (auto& samples : perUser)
        std::stable_sort(samples.begin(), samples.end(),
                         [](const Sample& a, const Sample& b) { return a.time < b.time; });
    return perUser;
}

} // namespace

std::vector<QosSeries> rollingQoo(const TestData& data, TimeNs testStart, const QooRequirement& requirement,
                                  double windowSeconds)
{
    const auto perUser = rttSamplesPerUser(data, testStart);
    std::vector<QosSeries> series(perUser.size());
    for (std::size_t u = 0; u < perUser.size(); ++u) {
        const auto& samples = perUser[u];
        if (samples.empty())
            continue;
        const double first = std::floor(samples.front().time);
        const double last = std::floor(samples.back().time);
        std::size_t begin = 0, end = 0; // samples in (second + 1 − window, second + 1]
        for (double second = first; second <= last; ++second) {
            const double windowEnd = second + 1, windowStart = windowEnd - windowSeconds;
            while (end < samples.size() && samples[end].time <= windowEnd)
                ++end;
            while (begin < end && samples[begin].time <= windowStart)
                ++begin;
            if (begin == end)
                continue;
            SimpleQualityAttenuation window;
            for (std::size_t i = begin; i < end; ++i)
                static_cast<void>(window.addSample(samples[i].rtt)); // only positive RTTs were kept: no error
            const auto score = evaluateQoo(requirement, window);
            if (score.overall)
                series[u].push_back({second, second + 1, *score.overall});
        }
    }
    return series;
}

} // namespace loadscope
