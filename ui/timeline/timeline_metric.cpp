#include "ui/timeline/timeline_metric.h"

#include "core/analysis/connection_quality.h"

#include <cmath>

namespace loadscope {

int TimelineMetric::count()
{
    return 2 + static_cast<int>(kQosMetrics.size()) + 2;
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
    return kQosMetrics[static_cast<std::size_t>(std::clamp(index_ - 2, 0, static_cast<int>(kQosMetrics.size()) - 1))];
}

QString TimelineMetric::key() const
{
    if (isQoe())
        return QString::fromLatin1(qoeMetricName(qoeMetric()));
    if (isRollingQoo())
        return QStringLiteral("qoo");
    if (isConnectionQuality())
        return QStringLiteral("connection-quality");
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
    if (isConnectionQuality())
        return QStringLiteral("Connection quality (LiveKit)");
    return QString::fromLatin1(qosMetricSpec(qosMetric()).label);
}

ColourRange TimelineMetric::colourRange() const
{
    if (isQoe())
        return {0.0, 5.0, false};
    if (isRollingQoo())
        return {0.0, 100.0, false};
    if (isConnectionQuality())
        return {0.0, 3.0, false};
    const auto& spec = qosMetricSpec(qosMetric());
    return {spec.colourMin, spec.colourMax, spec.lowerIsBetter};
}

QRgb TimelineMetric::colourOf(double value) const
{
    return isConnectionQuality() ? connectionQualityColour(value) : metricColour(value, colourRange());
}

std::vector<TimelineMetric::Category> TimelineMetric::categories() const
{
    if (!isConnectionQuality())
        return {};
    std::vector<Category> out;
    for (double score = 3; score >= 0; --score)
        out.push_back({QString::fromLatin1(connectionQualityName(score)), connectionQualityColour(score)});
    out.push_back({QStringLiteral("unknown"), kUnknownQualityColour});
    return out;
}

QString TimelineMetric::formatValue(double value) const
{
    if (isConnectionQuality())
        return std::isnan(value) ? QStringLiteral("unknown") : QString::fromLatin1(connectionQualityName(value));
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
