#pragma once
// What colours the connected periods of the timeline: a QoE score (VMAF, ViSQOL from the notebook's QoE segments; the
// cuts files' other scores, core/analysis/qoe_scores.h, as series), one of the QoS series, the rolling QoO, or
// LiveKit's connection quality (categories: each value its own colour, a legend instead of a colour scale).
// Metrics are found by key; `menu()` is the order people see them in.
#include "core/analysis/qoe_scores.h"
#include "core/analysis/qos_series.h"
#include "core/analysis/test_analysis.h"
#include "ui/plot/colour_map.h"

#include <QString>

#include <optional>
#include <vector>

namespace loadscope {

class TimelineMetric {
public:
    static int count(); // VMAF, ViSQOL, kQosMetrics, the rolling QoO, the connection quality, the other QoE scores
    static TimelineMetric at(int index);
    static std::vector<TimelineMetric> menu(); // every QoE score first (VMAF, ViSQOL, the others), QoS, QoO, quality
    static std::optional<TimelineMetric> fromKey(const QString& key); // vmaf | visqol | rtt | jitter-in-video ...
    static TimelineMetric vmaf() { return at(0); }
    static TimelineMetric connectionQuality();

    int index() const { return index_; }
    bool isQoe() const { return index_ < 2; } // VMAF or ViSQOL: drawn from the notebook's QoE segments
    bool isRollingQoo() const;                // QoO of the last 10 s of RTT
    bool isConnectionQuality() const;         // LiveKit's ConnectionQualityChanged
    bool isExtraQoe() const;                  // a cuts file's other score (MS-SSIM, PSNR, PESQ...): a series
    bool isCategorical() const { return isConnectionQuality(); }
    QoeMetric qoeMetric() const;          // None for all but VMAF and ViSQOL
    const QoeScoreSpec* qoeScore() const; // VMAF, ViSQOL and the other QoE scores; nullptr for the others
    QosMetric qosMetric() const;          // only for QoS metrics (not the rolling QoO or the connection quality)
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
