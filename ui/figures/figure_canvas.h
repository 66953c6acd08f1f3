#pragma once
// The GUI's charts kept offscreen at one size for drawing figures: one timeline, QoE, QoS, participants and
// compare chart and one chart view for the comparison charts, each set up for a figure and handed back as a
// ChartPainting. Widgets: lives and paints on the GUI thread only.
#include "ui/compare/compare_chart.h"
#include "ui/plot/plot_exporter.h"
#include "ui/timeline/timeline_rows.h"
#include "ui/statistics_charts/comparison_charts.h"

#include <QSize>

#include <memory>
#include <vector>

class QChartView;

namespace loadscope {

class ParticipantsChart;
class QoeChart;
class QosChart;
class TimelinePlot;
struct QosChoice;

enum class ComparisonChartKind { Box, Violin, Scatter };

class FigureCanvas {
public:
    explicit FigureCanvas(QSize size);
    ~FigureCanvas();
    FigureCanvas(const FigureCanvas&) = delete;
    FigureCanvas& operator=(const FigureCanvas&) = delete;

    // Each sets its chart up (the analyses must outlive the painting's use) and returns how to paint it.
    ChartPainting timeline(const TestAnalysis& analysis, const TimelineMetric& metric,
                           std::shared_ptr<const std::vector<TimelineRow>> rows);
    ChartPainting qoe(const TestAnalysis& analysis);
    ChartPainting qos(const TestAnalysis& analysis, const QosChoice& choice);
    ChartPainting participants(const TestAnalysis& analysis);
    // `scope` names what the groups come from (a test, or all tests): added to the chart's title.
    ChartPainting comparison(ComparisonChartKind kind, const ComparisonChartInput& input, const QString& scope);
    ChartPainting compare(const std::vector<ComparedTest>& tests, CompareQuantity quantity);

    QString lastTitle() const { return title_; } // the title of the chart set up last

private:
    QSize size_;
    QString title_;
    const TestAnalysis* qosAnalysis_ = nullptr;
    std::unique_ptr<TimelinePlot> timeline_;
    std::unique_ptr<QoeChart> qoe_;
    std::unique_ptr<QosChart> qos_;
    std::unique_ptr<ParticipantsChart> participants_;
    std::unique_ptr<CompareChart> compare_;
    std::unique_ptr<QChartView> chartView_;
};

} // namespace loadscope
