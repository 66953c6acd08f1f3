#pragma once
// Summary statistics of every QoS metric of a test: per direction, kind and RTCStats field, over every sample.
#include "core/analysis/analysis_mode.h"
#include "core/analysis/test_analysis.h"

#include <string>
#include <vector>

namespace loadscope {

struct QosSummaryRow {
    Direction direction = Direction::Inbound;
    MediaKind kind = MediaKind::Audio;
    std::string metric;
    ThresholdRow stats; // count, mean, median, min, max, std (label unused)
};

// Notebook mode summarises packetLoss as the loader computed it (packetsLost / (packetsSent + packetsReceived),
// a missing one counted as 0). Corrected mode uses packetsLost / (packetsReceived + packetsLost) where packets
// were received, else packetsLost / packetsSent — the share of the packets that should have arrived.
std::vector<QosSummaryRow> summariseQos(const QosTables& qos, AnalysisMode mode);

// packetLoss of one sample in corrected mode (NaN when it cannot be computed).
double correctedPacketLoss(double lost, double received, double sent);

} // namespace loadscope
