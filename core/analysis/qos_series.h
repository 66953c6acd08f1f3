#pragma once
// QoS values of one test averaged per second and per user, as the notebook colours its QoS timelines
// (avg_qos_intervals in seed 000): the metric of one of the eight QoS tables, sorted by time, bitrate-like
// columns kept only where > 0, grouped in 1 s bins anchored at the user's first sample, each non-empty bin
// becoming [int(bin start), int(next non-empty bin start)) with the bin's mean. The last bin has no next one and is
// dropped, as in the notebook.
#include "core/model/results.h"

#include <array>
#include <string_view>
#include <vector>

namespace loadscope {

enum class QosMetric {
    InboundVideoJitter,
    InboundAudioJitter,
    OutboundVideoJitter, // the receiver's view of what this user sends: remote_inbound video jitter
    RoundTripTime,       // remote_inbound video roundTripTime
    InboundVideoBitrate,
    InboundAudioBitrate,
    OutboundVideoBitrate,
    OutboundAudioBitrate,
    InboundVideoPacketLoss,
};
inline constexpr std::array<QosMetric, 9> kQosMetrics{
    QosMetric::InboundVideoJitter,   QosMetric::InboundAudioJitter,   QosMetric::OutboundVideoJitter,
    QosMetric::RoundTripTime,        QosMetric::InboundVideoBitrate,  QosMetric::InboundAudioBitrate,
    QosMetric::OutboundVideoBitrate, QosMetric::OutboundAudioBitrate, QosMetric::InboundVideoPacketLoss};

struct QosMetricSpec {
    Direction direction = Direction::Inbound;
    MediaKind kind = MediaKind::Video;
    const char* column = "";             // column of the QoS table
    const char* key = "";                // short name for command lines: jitter-in-video, rtt, ...
    const char* label = "";              // for people: "Inbound video jitter (s)"
    double colourMin = 0, colourMax = 1; // the notebook's colour range
    bool lowerIsBetter = false;          // jitter, RTT and loss: the colour map runs reversed
};
const QosMetricSpec& qosMetricSpec(QosMetric metric);

struct QosInterval {
    double start = 0, end = 0; // whole seconds from the test start (truncated toward zero, as int() does)
    double value = 0;          // mean of the bin's samples
};
using QosSeries = std::vector<QosInterval>;

// One series per user of `data` (same order as TestData::users). `column` "packetLoss" is derived as the reference
// script does (packetsLost / (packetsSent + packetsReceived), a missing count taken as 0) when the table lacks it.
// Sample times: the report's own `timestamp` column (ms since the epoch) when the table has it, else the row's
// record time. NaN samples are skipped. Users or columns without data give empty series.
std::vector<QosSeries> averageQosPerSecond(const TestData& data, TimeNs testStart, Direction direction, MediaKind kind,
                                           std::string_view column);
std::vector<QosSeries> averageQosPerSecond(const TestData& data, TimeNs testStart, QosMetric metric);

// Milliseconds since the epoch (as RTCStats write them) to nanoseconds, as pandas' to_datetime(unit="ms") converts a float column.
TimeNs millisecondsToNs(double ms);

} // namespace loadscope
