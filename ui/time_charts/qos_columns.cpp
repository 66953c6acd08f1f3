#include "ui/time_charts/qos_columns.h"

#include <QObject>

namespace loadscope {

const std::vector<QosColumn>& qosColumns()
{
    static const std::vector<QosColumn> columns{
        {"bitrate", QObject::tr("Bitrate"), QStringLiteral("b/s"), 0},
        // As written by the browser-emulator, which reused its bitrate function: 8 x packets/s.
        {"packetRate", QObject::tr("Packet rate"), QObject::tr("8 × packets/s"), 0},
        {"jitter", QObject::tr("Jitter"), QStringLiteral("s"), 0.03},
        {"roundTripTime", QObject::tr("Round-trip time"), QStringLiteral("s"), 0.25},
        {"packetLoss", QObject::tr("Packet loss"), QObject::tr("fraction"), 0},
    };
    return columns;
}

const QosColumn* findQosColumn(const QString& column)
{
    for (const QosColumn& c : qosColumns())
        if (column == QLatin1String(c.column))
            return &c;
    return nullptr;
}

bool qosColumnApplies(Direction direction, const QosColumn& column)
{
    const QString name = QLatin1String(column.column);
    switch (direction) {
    case Direction::Inbound: return name != QLatin1String("roundTripTime");
    case Direction::Outbound: return name == QLatin1String("bitrate") || name == QLatin1String("packetRate");
    case Direction::RemoteInbound:
        return name == QLatin1String("jitter") || name == QLatin1String("roundTripTime") ||
               name == QLatin1String("packetLoss");
    case Direction::RemoteOutbound: return false; // the notebook draws nothing from these tables
    }
    return false;
}

std::vector<QosChoice> qosChoices()
{
    std::vector<QosChoice> choices;
    for (Direction d : {Direction::Inbound, Direction::Outbound, Direction::RemoteInbound})
        for (MediaKind k : {MediaKind::Video, MediaKind::Audio})
            for (const QosColumn& c : qosColumns())
                if (qosColumnApplies(d, c))
                    choices.push_back({d, k, &c});
    return choices;
}

QString directionLabel(Direction direction)
{
    switch (direction) {
    case Direction::Inbound: return QObject::tr("Inbound");
    case Direction::Outbound: return QObject::tr("Outbound");
    case Direction::RemoteInbound: return QObject::tr("Remote inbound");
    case Direction::RemoteOutbound: return QObject::tr("Remote outbound");
    }
    return {};
}

QString axisLabel(const QosColumn& column)
{
    return QStringLiteral("%1 (%2)").arg(column.label, column.unit);
}

QString qosChoiceLabel(const QosChoice& choice)
{
    return QStringLiteral("%1 %2 %3")
        .arg(directionLabel(choice.direction), QString::fromLatin1(mediaKindName(choice.kind)),
             axisLabel(*choice.column).toLower());
}

} // namespace loadscope
