#include "core/analysis/qos_series.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace loadscope {

namespace {

// Colour ranges are the notebook's (draw_cons_plot_qos calls); packet loss has none there, 5 % is ours.
const std::array<QosMetricSpec, kQosMetrics.size()> kSpecs{{
    {Direction::Inbound, MediaKind::Video, "jitter", "jitter-in-video", "Inbound video jitter (s)", 0, 0.1, true},
    {Direction::Inbound, MediaKind::Audio, "jitter", "jitter-in-audio", "Inbound audio jitter (s)", 0, 0.1, true},
    {Direction::RemoteInbound, MediaKind::Video, "jitter", "jitter-out-video", "Outbound video jitter (s)", 0, 0.1,
     true},
    {Direction::RemoteInbound, MediaKind::Video, "roundTripTime", "rtt", "Round-trip time (s)", 0, 0.5, true},
    {Direction::Inbound, MediaKind::Video, "bitrate", "bitrate-in-video", "Inbound video bitrate (b/s)", 0, 1.5e6,
     false},
    {Direction::Inbound, MediaKind::Audio, "bitrate", "bitrate-in-audio", "Inbound audio bitrate (b/s)", 0, 64e3,
     false},
    {Direction::Outbound, MediaKind::Video, "bitrate", "bitrate-out-video", "Outbound video bitrate (b/s)", 0, 1.5e6,
     false},
    {Direction::Outbound, MediaKind::Audio, "bitrate", "bitrate-out-audio", "Outbound audio bitrate (b/s)", 0, 64e3,
     false},
    {Direction::Inbound, MediaKind::Video, "packetLoss", "loss-in-video", "Inbound video packet loss", 0, 0.05, true},
}};

struct Sample {
    TimeNs time = 0;
    double value = 0;
};

// The metric column, or packetLoss derived from the cumulative counters when the loader did not store it.
std::vector<double> metricValues(const QosTable& table, std::string_view column)
{
    if (const auto* values = table.column(column))
        return *values;
    std::vector<double> derived;
    if (column != "packetLoss")
        return derived;
    const auto* lost = table.column("packetsLost");
    const auto* sent = table.column("packetsSent");
    const auto* received = table.column("packetsReceived");
    if (!lost || (!sent && !received))
        return derived;
    derived.assign(table.rows(), std::nan(""));
    auto countOrZero = [](const std::vector<double>* c, std::size_t i) {
        return c && !std::isnan((*c)[i]) ? (*c)[i] : 0.0;
    };
    for (std::size_t i = 0; i < table.rows(); ++i) {
        const bool hasCount = (sent && !std::isnan((*sent)[i])) || (received && !std::isnan((*received)[i]));
        if (!std::isnan((*lost)[i]) && hasCount)
            derived[i] = (*lost)[i] / (countOrZero(sent, i) + countOrZero(received, i));
    }
    return derived;
}

bool keepsOnlyPositive(std::string_view column)
{
    return column.find("bitrate") != std::string_view::npos || column.find("packetRate") != std::string_view::npos;
}

// C++ integer division truncates toward zero, as Python's int() of the bin's start in seconds.
double wholeSecondsTowardZero(TimeNs ns)
{
    return static_cast<double>(ns / kNsPerSecond);
}

QosSeries binPerSecond(std::vector<Sample>& samples, TimeNs testStart)
{
    QosSeries series;
    if (samples.empty())
        return series;
    std::sort(samples.begin(), samples.end(), [](const Sample& a, const Sample& b) { return a.time < b.time; });
    const TimeNs first = samples.front().time;
    struct Bin {
        TimeNs index = 0;
        double sum = 0;
        long count = 0;
    };
    std::vector<Bin> bins;
    for (const auto& s : samples) {
        const TimeNs index = (s.time - first) / kNsPerSecond; // non-negative: floor
        if (bins.empty() || bins.back().index != index)
            bins.push_back({index, 0.0, 0});
        bins.back().sum += s.value;
        ++bins.back().count;
    }
    for (std::size_t i = 0; i + 1 < bins.size(); ++i) {
        const TimeNs binStart = first + bins[i].index * kNsPerSecond - testStart;
        const TimeNs nextStart = first + bins[i + 1].index * kNsPerSecond - testStart;
        series.push_back({wholeSecondsTowardZero(binStart), wholeSecondsTowardZero(nextStart),
                          bins[i].sum / static_cast<double>(bins[i].count)});
    }
    return series;
}

} // namespace

const QosMetricSpec& qosMetricSpec(QosMetric metric)
{
    return kSpecs[static_cast<std::size_t>(metric)];
}

TimeNs millisecondsToNs(double ms)
{
    // pandas converts a float column with one double multiplication (measured: 1718272818340.62 ms gives
    // 1718272818340620032 ns); doing the same keeps the bins identical.
    return static_cast<TimeNs>(ms * 1e6);
}

std::vector<QosSeries> averageQosPerSecond(const TestData& data, TimeNs testStart, Direction direction, MediaKind kind,
                                           std::string_view column)
{
    std::vector<QosSeries> result(data.users.size());
    const QosTable& table = data.qos.at(direction, kind);
    const std::vector<double> values = metricValues(table, column);
    if (values.empty())
        return result;
    const auto* reportTimes = table.column("timestamp");
    const bool positiveOnly = keepsOnlyPositive(column);
    std::vector<std::vector<Sample>> perUser(data.users.size());
    for (std::size_t row = 0; row < table.rows(); ++row) {
        const int user = table.userIndex()[row];
        const double value = values[row];
        if (user < 0 || static_cast<std::size_t>(user) >= perUser.size() || std::isnan(value))
            continue;
        if (positiveOnly && !(value > 0))
            continue;
        TimeNs time = table.recordTime()[row];
        if (reportTimes && !std::isnan((*reportTimes)[row]))
            time = millisecondsToNs((*reportTimes)[row]);
        if (time == kNoTime)
            continue;
        perUser[static_cast<std::size_t>(user)].push_back({time, value});
    }
    for (std::size_t u = 0; u < perUser.size(); ++u)
        result[u] = binPerSecond(perUser[u], testStart);
    return result;
}

std::vector<QosSeries> averageQosPerSecond(const TestData& data, TimeNs testStart, QosMetric metric)
{
    const auto& spec = qosMetricSpec(metric);
    return averageQosPerSecond(data, testStart, spec.direction, spec.kind, spec.column);
}

} // namespace loadscope
