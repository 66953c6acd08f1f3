#include "ui/timeline/timeline_metric.h"

#include <cmath>

namespace loadscope {

int TimelineMetric::count()
{
    return 2 + static_cast<int>(kQosMetrics.size()) + 1;
}

TimelineMetric TimelineMetric::at(int index)
{
    return TimelineMetric(std::clamp(index, 0, count() - 1));
}

std::optional<TimelineMetric> TimelineMetric::fromKey(const QString& key)
{
    for (int i = 0; i < count(); ++i)
        if (at(i).key().compare(key, Qt::CaseInsensitive) == 0)
            return at(i);
    return std::nullopt;
}

QoeMetric TimelineMetric::qoeMetric() const
{
    return index_ == 0 ? QoeMetric::Vmaf : index_ == 1 ? QoeMetric::Visqol : QoeMetric::None;
}

QosMetric TimelineMetric::qosMetric() const
{
    return kQosMetrics[static_cast<std::size_t>(std::max(0, index_ - 2))];
}

QString TimelineMetric::key() const
{
    if (isQoe())
        return QString::fromLatin1(qoeMetricName(qoeMetric()));
    if (isRollingQoo())
        return QStringLiteral("qoo");
    return QString::fromLatin1(qosMetricSpec(qosMetric()).key);
}

QString TimelineMetric::label() const
{
    if (index_ == 0)
        return QStringLiteral("VMAF (0..5)");
    if (index_ == 1)
        return QStringLiteral("ViSQOL (0..5)");
    if (isRollingQoo())
        return QStringLiteral("QoO of RTT, 10 s (0..100)");
    return QString::fromLatin1(qosMetricSpec(qosMetric()).label);
}

ColourRange TimelineMetric::colourRange() const
{
    if (isQoe())
        return {0.0, 5.0, false};
    if (isRollingQoo())
        return {0.0, 100.0, false};
    const auto& spec = qosMetricSpec(qosMetric());
    return {spec.colourMin, spec.colourMax, spec.lowerIsBetter};
}

QString TimelineMetric::formatValue(double value) const
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (isQoe())
        return QString::number(value, 'f', 3);
    if (isRollingQoo())
        return QStringLiteral("QoO %1").arg(value, 0, 'f', 1);
    const QString column = QString::fromLatin1(qosMetricSpec(qosMetric()).column);
    if (column == QLatin1String("bitrate"))
        return value >= 1e6 ? QStringLiteral("%1 Mb/s").arg(value / 1e6, 0, 'f', 3)
                            : QStringLiteral("%1 kb/s").arg(value / 1e3, 0, 'f', 1);
    if (column == QLatin1String("packetLoss"))
        return QStringLiteral("%1 %").arg(value * 100, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(value * 1e3, 0, 'f', 1);
}

} // namespace loadscope
