#pragma once
// What colours the connected periods of the timeline: a QoE score (VMAF, ViSQOL) or one of the QoS series.
#include "core/analysis/qos_series.h"
#include "core/analysis/test_analysis.h"
#include "ui/plot/colour_map.h"

#include <QString>

#include <optional>

namespace loadscope {

class TimelineMetric {
public:
    static int count(); // VMAF, ViSQOL, then kQosMetrics, then the rolling QoO
    static TimelineMetric at(int index);
    static std::optional<TimelineMetric> fromKey(const QString& key); // vmaf | visqol | rtt | jitter-in-video ...
    static TimelineMetric vmaf() { return at(0); }

    int index() const { return index_; }
    bool isQoe() const { return index_ < 2; }
    bool isRollingQoo() const { return index_ == count() - 1; } // QoO of the last 10 s of RTT
    QoeMetric qoeMetric() const;                                // None for QoS metrics
    QosMetric qosMetric() const;                                // only for QoS metrics (not the rolling QoO)
    QString key() const;
    QString label() const;
    ColourRange colourRange() const;
    QString formatValue(double value) const; // with its unit, for tooltips

    bool operator==(const TimelineMetric&) const = default;

private:
    explicit TimelineMetric(int index) : index_(index) {}
    int index_ = 0;
};

} // namespace loadscope
