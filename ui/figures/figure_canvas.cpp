#include "ui/figures/figure_canvas.h"

#include "ui/time_charts/participants_chart.h"
#include "ui/time_charts/qoe_chart.h"
#include "ui/time_charts/qos_chart.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/timeline_plot.h"

#include <QChart>
#include <QChartView>

#include <cmath>

namespace loadscope {

namespace {

// A QChartView lays its chart out when it is resized, which a hidden widget defers: it is "shown", never on a
// screen, at the figure's size.
void prepareOffscreen(QWidget& widget, QSize size)
{
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(size);
    widget.show();
}

// A QCustomPlot repaints its own buffers at its viewport's size on every replot the chart classes make while
// being set up; plotPainting lays it out at the figure's size when it paints. Kept tiny, those replots are free.
void keepTiny(QCustomPlot& plot)
{
    plot.setViewport(QRect(0, 0, 1, 1));
}

} // namespace

FigureCanvas::FigureCanvas(QSize size)
    : size_(size), timeline_(std::make_unique<TimelinePlot>()), qoe_(std::make_unique<QoeChart>()),
      qos_(std::make_unique<QosChart>()), participants_(std::make_unique<ParticipantsChart>()),
      compare_(std::make_unique<CompareChart>()), chartView_(std::make_unique<QChartView>())
{
    chartView_->setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    prepareOffscreen(*chartView_, size);
    for (QCustomPlot* plot : std::initializer_list<QCustomPlot*>{timeline_.get(), qoe_.get(), qos_.get(),
                                                                 participants_.get(), compare_.get()})
        keepTiny(*plot);
    timeline_->setMinimumRowHeight(0); // a figure shows every row, as the notebook's
}

FigureCanvas::~FigureCanvas() = default;

ChartPainting FigureCanvas::timeline(const TestAnalysis& analysis, const TimelineMetric& metric,
                                     std::shared_ptr<const std::vector<TimelineRow>> rows)
{
    std::vector<int> order = selectRows(*rows, RowSelection{});
    const QString name = analysis.data ? QString::fromStdString(analysis.data->info.name) : QString();
    title_ = QObject::tr("Connection progression — %1 — %2").arg(metric.label(), name);
    timeline_->setTimeline(&analysis, std::move(rows), std::move(order), metric, title_);
    return plotPainting(*timeline_);
}

ChartPainting FigureCanvas::qoe(const TestAnalysis& analysis)
{
    qoe_->setAnalysis(&analysis);
    title_ = qoe_->title();
    return plotPainting(*qoe_);
}

ChartPainting FigureCanvas::qos(const TestAnalysis& analysis, const QosChoice& choice)
{
    // The chart computes its series on setAnalysis and again on setSeries: give it a test once.
    if (qosAnalysis_ != &analysis) {
        qos_->setAnalysis(&analysis);
        qosAnalysis_ = &analysis;
    }
    qos_->setSeries(choice.direction, choice.kind, *choice.column);
    qos_->setThreshold(choice.column->threshold > 0 ? choice.column->threshold : std::nan(""));
    title_ = qos_->title();
    return plotPainting(*qos_);
}

ChartPainting FigureCanvas::participants(const TestAnalysis& analysis)
{
    participants_->setAnalysis(&analysis);
    title_ = participants_->title();
    return plotPainting(*participants_);
}

ChartPainting FigureCanvas::comparison(ComparisonChartKind kind, const ComparisonChartInput& input,
                                       const QString& scope)
{
    std::unique_ptr<QChart> chart;
    switch (kind) {
    case ComparisonChartKind::Box: chart = makeBoxPlotChart(input); break;
    case ComparisonChartKind::Violin: chart = makeViolinChart(input); break;
    case ComparisonChartKind::Scatter: chart = makeScatterChart(input); break;
    }
    chart->setTitle(QStringLiteral("%1 — %2").arg(chart->title(), scope));
    title_ = chart->title();
    replaceChart(chartView_.get(), std::move(chart));
    return chartViewPainting(*chartView_);
}

ChartPainting FigureCanvas::compare(const std::vector<ComparedTest>& tests, CompareQuantity quantity)
{
    compare_->setTests(tests);
    compare_->setQuantity(quantity);
    title_ = QObject::tr("Compare tests — %1").arg(QString::fromLatin1(compareQuantitySpec(quantity).label));
    return plotPainting(*compare_);
}

} // namespace loadscope
