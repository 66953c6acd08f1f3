#pragma once
// The QoS series the chart views offer: which RTCStats columns make sense for which direction (the notebook's
// lists, with packet loss added), with labels and units for axes and combo boxes.
#include "core/model/qos_table.h"

#include <QString>

#include <vector>

namespace loadscope {

struct QosColumn {
    const char* column = ""; // name in the QoS table
    QString label;           // "Jitter"
    QString unit;            // "s", "b/s", ...
    double threshold = 0;    // the notebook's red line (jitter 0.03 s, RTT 0.25 s), 0 for none
};

const std::vector<QosColumn>& qosColumns(); // bitrate, packetRate, jitter, roundTripTime, packetLoss
const QosColumn* findQosColumn(const QString& column);
bool qosColumnApplies(Direction direction, const QosColumn& column);

// The direction x kind x column choices in one list (the inspector's single combo box).
struct QosChoice {
    Direction direction = Direction::Inbound;
    MediaKind kind = MediaKind::Video;
    const QosColumn* column = nullptr;
};
std::vector<QosChoice> qosChoices();
QString directionLabel(Direction direction);     // Inbound, Outbound, Remote inbound, Remote outbound
QString qosChoiceLabel(const QosChoice& choice); // "Inbound video jitter (s)"
QString axisLabel(const QosColumn& column);      // "Jitter (s)"

} // namespace loadscope
