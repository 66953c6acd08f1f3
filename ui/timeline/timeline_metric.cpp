#include "ui/timeline/timeline_metric.h"

#include "core/analysis/connection_quality.h"

#include <cmath>

namespace loadscope {

namespace {

// Indices: VMAF, ViSQOL, the QoS metrics, the rolling QoO, the connection quality, then the other QoE scores (kept
// after the others so that the older metrics keep their indices).
constexpr int kQosFirst = 2;
constexpr int kRollingQoo = kQosFirst + static_cast<int>(kQosMetrics.size());
constexpr int kConnectionQuality = kRollingQoo + 1;
constexpr int kExtraQoeFirst = kConnectionQuality + 1;
constexpr int kExtraQoeCount = static_cast<int>(kQoeScores.size()) - 2; // kQoeScores without VMAF and ViSQOL

} // namespace

int TimelineMetric::count()
{
    return kExtraQoeFirst + kExtraQoeCount;
}

std::vector<TimelineMetric> TimelineMetric::menu()
{
    std::vector<TimelineMetric> out{at(0), at(1)};
    for (int i = kExtraQoeFirst; i < count(); ++i)
        out.push_back(at(i));
    for (int i = kQosFirst; i <= kConnectionQuality; ++i)
        out.push_back(at(i));
    return out;
}

TimelineMetric TimelineMetric::connectionQuality()
{
    return at(kConnectionQuality);
}

bool TimelineMetric::isRollingQoo() const
{
    return index_ == kRollingQoo;
}

bool TimelineMetric::isConnectionQuality() const
{
    return index_ == kConnectionQuality;
}

bool TimelineMetric::isExtraQoe() const
{
    return index_ >= kExtraQoeFirst;
}

const QoeScoreSpec* TimelineMetric::qoeScore() const
{
    if (isQoe())
        return &kQoeScores[static_cast<std::size_t>(index_)];
    return isExtraQoe() ? &kQoeScores[static_cast<std::size_t>(index_ - kExtraQoeFirst + 2)] : nullptr;
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
    return kQosMetrics[static_cast<std::size_t>(
        std::clamp(index_ - kQosFirst, 0, static_cast<int>(kQosMetrics.size()) - 1))];
}

QString TimelineMetric::key() const
{
    if (const QoeScoreSpec* score = qoeScore())
        return QString::fromLatin1(score->key);
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
    if (isExtraQoe()) {
        const QoeScoreSpec& s = *qoeScore();
        return *s.unit ? QStringLiteral("%1 (%2)").arg(QString::fromLatin1(s.name), QString::fromLatin1(s.unit))
                       : QStringLiteral("%1 (0..1)").arg(QString::fromLatin1(s.name));
    }
    if (isRollingQoo())
        return QStringLiteral("QoO of RTT, 10 s (0..100)");
    if (isConnectionQuality())
        return QStringLiteral("Connection quality (LiveKit)");
    return QString::fromLatin1(qosMetricSpec(qosMetric()).label);
}

ColourRange TimelineMetric::colourRange() const
{
    if (const QoeScoreSpec* score = qoeScore())
        return {score->colourMin, score->colourMax, false};
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
    if (const QoeScoreSpec* score = qoeScore())
        return *score->unit ? QStringLiteral("%1 %2").arg(value, 0, 'f', 2).arg(QString::fromLatin1(score->unit))
                            : QString::number(value, 'f', 3);
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
