#pragma once
// QoS of one test over time: for one direction x kind x column, the mean over users per 1 s bucket with the
// min–max band around it, the media node's CPU on the right axis and a dashed threshold line (the notebook's
// jitter 0.03 s and RTT 0.25 s; any value, or none).
#include "core/analysis/qos_over_time.h"
#include "ui/time_charts/qos_columns.h"
#include "ui/time_charts/time_chart.h"

#include <memory>

namespace loadscope {

class BackgroundJob;

class QosChart : public TimeChart {
    Q_OBJECT
public:
    explicit QosChart(QWidget* parent = nullptr);

    void setAnalysis(const TestAnalysis* analysis); // nullptr clears; series computed here (figures, tests)
    // The explorer's way: from now on (until setAnalysis) the series of this analysis and of every setSeries are
    // computed in a BackgroundJob ("Computing…" until they arrive); `analysis` is kept alive meanwhile.
    void showAnalysis(std::shared_ptr<const TestAnalysis> analysis);
    bool computing() const;
    void setSeries(Direction direction, MediaKind kind, const QosColumn& column);
    void setThreshold(double value); // NaN hides the line
    double threshold() const { return threshold_; }
    const QosOverTime& series() const { return series_; }

    QCPGraph* meanGraph() const { return mean_; }
    QCPGraph* minGraph() const { return min_; }
    QCPGraph* maxGraph() const { return max_; }
    QCPItemStraightLine* thresholdLine() const { return thresholdLine_; }

private:
    void rebuild();
    void showSeries(QosOverTime series);
    void fitValueAxis();
    QString seriesName() const; // "inbound video jitter"

    const TestAnalysis* analysis_ = nullptr;
    std::shared_ptr<const TestAnalysis> owned_; // set by showAnalysis: computed in the background
    BackgroundJob* job_ = nullptr;
    Direction direction_ = Direction::Inbound;
    MediaKind kind_ = MediaKind::Video;
    const QosColumn* column_ = nullptr;
    double threshold_ = 0.03;
    QosOverTime series_;
    QCPGraph* mean_ = nullptr;
    QCPGraph* min_ = nullptr;
    QCPGraph* max_ = nullptr;
    QCPGraph* cpu_ = nullptr;
    QCPItemStraightLine* thresholdLine_ = nullptr;
};

} // namespace loadscope
