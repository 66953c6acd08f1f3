#pragma once
// What colours the connected periods of the timeline: a QoE score (VMAF, ViSQOL), one of the QoS series, the rolling
// QoO, or LiveKit's connection quality (categories: each value its own colour, a legend instead of a colour scale).
#include "core/analysis/qos_series.h"
#include "core/analysis/test_analysis.h"
#include "ui/plot/colour_map.h"

#include <QString>

#include <optional>
#include <vector>

namespace loadscope {

class TimelineMetric {
public:
    static int count(); // VMAF, ViSQOL, then kQosMetrics, then the rolling QoO, then the connection quality
    static TimelineMetric at(int index);
    static std::optional<TimelineMetric> fromKey(const QString& key); // vmaf | visqol | rtt | jitter-in-video ...
    static TimelineMetric vmaf() { return at(0); }
    static TimelineMetric connectionQuality() { return at(count() - 1); }

    int index() const { return index_; }
    bool isQoe() const { return index_ < 2; }
    bool isRollingQoo() const { return index_ == count() - 2; }        // QoO of the last 10 s of RTT
    bool isConnectionQuality() const { return index_ == count() - 1; } // LiveKit's ConnectionQualityChanged
    bool isCategorical() const { return isConnectionQuality(); }
    QoeMetric qoeMetric() const; // None for QoS metrics
    QosMetric qosMetric() const; // only for QoS metrics (not the rolling QoO or the connection quality)
    QString key() const;
    QString label() const;
    ColourRange colourRange() const;         // of the scale (continuous metrics)
    QRgb colourOf(double value) const;       // the span colour of a value
    QString formatValue(double value) const; // with its unit, for tooltips

    struct Category {
        QString name;
        QRgb colour = 0;
    };
    std::vector<Category> categories() const; // a categorical metric's legend, best first; empty for the others

    bool operator==(const TimelineMetric&) const = default;

private:
    explicit TimelineMetric(int index) : index_(index) {}
    int index_ = 0;
};

} // namespace loadscope
