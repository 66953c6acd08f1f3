#pragma once
// The QoS chart with its controls: direction, kind and metric combo boxes (only the metrics that exist for the
// direction are offered) and an editable threshold line (a check box and a spin box; jitter starts at 0.03 s and
// RTT at 0.25 s, as the notebook draws them; edits are remembered per metric).
#include "ui/time_charts/qos_chart.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace loadscope {

class QosView : public QWidget {
    Q_OBJECT
public:
    explicit QosView(QWidget* parent = nullptr);

    void setAnalysis(const TestAnalysis* analysis);
    void showAnalysis(std::shared_ptr<const TestAnalysis> analysis); // QosChart::showAnalysis
    // Selects a series; false when the column does not apply to the direction.
    bool select(Direction direction, MediaKind kind, const QString& column);
    void setThreshold(double value); // NaN: no line

    QosChart* chart() const { return chart_; }
    QComboBox* directionBox() const { return direction_; }
    QComboBox* kindBox() const { return kind_; }
    QComboBox* metricBox() const { return metric_; }
    QDoubleSpinBox* thresholdBox() const { return thresholdValue_; }
    QCheckBox* thresholdCheck() const { return thresholdShown_; }

private:
    void fillMetrics();
    void applySelection();
    void applyThreshold();
    const QosColumn* currentColumn() const;

    QosChart* chart_ = nullptr;
    QComboBox* direction_ = nullptr;
    QComboBox* kind_ = nullptr;
    QComboBox* metric_ = nullptr;
    QCheckBox* thresholdShown_ = nullptr;
    QDoubleSpinBox* thresholdValue_ = nullptr;
    std::map<QString, double> thresholds_; // per column; NaN: hidden
};

} // namespace loadscope
