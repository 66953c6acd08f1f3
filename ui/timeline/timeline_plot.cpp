#include "ui/timeline/timeline_plot.h"

#include "ui/time_charts/resource_series.h"
#include "ui/plot/colour_map.h"
#include "ui/plot/fast_lines.h"
#include "ui/timeline/timeline_plottable.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace loadscope {

namespace {

QCPBars* legendSwatch(QCustomPlot* plot, const QString& name, QRgb colour)
{
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setBrush(QColor(colour));
    bars->setPen(Qt::NoPen);
    return bars;
}

} // namespace

TimelinePlot::TimelinePlot(QWidget* parent) : QCustomPlot(parent)
{
    drawLinesFast(this);
    setNoAntialiasingOnDrag(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setSelectionRectMode(QCP::srmNone);
    setFocusPolicy(Qt::StrongFocus); // row keys
    connect(this, &QCustomPlot::beforeReplot, this, &TimelinePlot::prepareRows);
    connect(selectionRect(), &QCPSelectionRect::accepted, this, &TimelinePlot::zoomToRubberBand);

    xAxis->setLabel(QStringLiteral("Time from the test start (s)"));
    yAxis->setLabel(QStringLiteral("User - Session"));
    yAxis->setRangeReversed(true); // first user at the top
    yAxis->grid()->setVisible(false);
    connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TimelinePlot::checkVisibleRows);
    yAxis2->setVisible(true);
    yAxis2->setLabel(QStringLiteral("Media node CPU / memory (0..1)"));
    yAxis2->setRange(0, 1.01);

    timeline_ = new TimelinePlottable(xAxis, yAxis);
    timeline_->setName(QStringLiteral("timeline"));

    cpu_ = addGraph(xAxis, yAxis2);
    cpu_->setName(QStringLiteral("CPU"));
    cpu_->setPen(QPen(Qt::black, 2));
    cpu_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::black, Qt::black, 5));
    memory_ = addGraph(xAxis, yAxis2);
    memory_->setName(QStringLiteral("Memory"));
    memory_->setPen(QPen(QColor(0, 140, 140), 2, Qt::DashLine));
    memory_->setVisible(false);
    memory_->removeFromLegend();

    plotLayout()->insertRow(0);
    title_ = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 2, QFont::Bold));
    plotLayout()->addElement(0, 0, title_);
    title_->setMinimumSize(1, 0); // a long title is clipped; it never widens the window (0: the text height)

    colourScale_ = new QCPColorScale(this);
    colourScale_->setType(QCPAxis::atRight);
    colourScale_->setBarWidth(14);
    plotLayout()->addElement(1, 1, colourScale_);
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    colourScale_->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    buildLegend();

    marker_ = new QCPItemStraightLine(this);
    marker_->setPen(QPen(QColor(0, 160, 255), 2, Qt::DashLine));
    marker_->setVisible(false);
    markers_ = std::make_unique<TestMarkers>(this);
    errorMarkers_ = new ErrorMarkers(this);
    ruler_ = std::make_unique<TimeSpanRuler>(this, tr("CPU"), [this](double seconds) { return cpuAt(seconds); });
    selection_ = new QCPItemRect(this);
    selection_->setPen(QPen(QColor(0, 160, 255), 2));
    selection_->setBrush(Qt::NoBrush);
    selection_->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
    selection_->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    selection_->setVisible(false);
}

void TimelinePlot::buildLegend()
{
    legendSwatch(this, QStringLiteral("Connecting"), kConnectingColour);
    legendSwatch(this, QStringLiteral("Connected, no data"), kConnectedNoDataColour);
    legendSwatch(this, QStringLiteral("Reconnecting"), kReconnectingColour);
    legendSwatch(this, QStringLiteral("Failed"), kFailedColour);
    legend->setVisible(true);
    legend->removeItem(legend->itemWithPlottable(timeline_));
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    auto* row = new QCPLayoutGrid;
    plotLayout()->addElement(2, 0, row);
    row->setMargins(QMargins(5, 0, 5, 5));
    axisRect()->insetLayout()->take(legend);
    row->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowStretchFactor(2, 0.001);
}

void TimelinePlot::showMetricKey(const TimelineMetric& metric)
{
    for (QCPBars* swatch : categorySwatches_)
        removePlottable(swatch);
    categorySwatches_.clear();
    // A layout element taken out of its layout is still drawn: the scale (and its own axis rect) are hidden too.
    const bool categorical = metric.isCategorical();
    colourScale_->setVisible(!categorical);
    colourScale_->axis()->axisRect()->setVisible(!categorical);
    if (categorical) {
        // Categories have no scale: the colour scale leaves the layout, each category gets a legend entry.
        if (colourScale_->layout()) {
            plotLayout()->take(colourScale_);
            plotLayout()->simplify();
        }
        for (const TimelineMetric::Category& c : metric.categories())
            categorySwatches_.push_back(legendSwatch(this, c.name, c.colour));
        return;
    }
    if (!colourScale_->layout())
        plotLayout()->addElement(1, 1, colourScale_);
    const ColourRange range = metric.colourRange();
    QCPColorGradient gradient;
    gradient.clearColorStops();
    const auto anchors = colourAnchors(range.reversed);
    for (std::size_t i = 0; i < anchors.size(); ++i)
        gradient.setColorStopAt(static_cast<double>(i) / 4.0, anchors[i]);
    colourScale_->setGradient(gradient);
    colourScale_->setDataRange(QCPRange(range.min, range.max));
    colourScale_->axis()->setLabel(metric.label());
}

void TimelinePlot::setTimeline(const TestAnalysis* analysis, std::shared_ptr<const std::vector<TimelineRow>> rows,
                               std::vector<int> order, const TimelineMetric& metric, const QString& title)
{
    const ZoomState zoomBefore = currentZoom();
    const double endBefore = shownEnd_; // not dataEnd(): the old analysis may be gone already
    const int rowsBefore = timeline_->rowCount();
    analysis_ = analysis;
    metric_ = metric;
    const ResourceSeries resources = resourceSeries(analysis); // shared with the chart views
    static const std::vector<TimelineRow> kNoRows;
    markers_->show(analysis, rows ? *rows : kNoRows, // both lvalues: no copy of the rows
                   resources.times.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : resources.times.back());
    timeline_->setRows(std::move(rows), std::move(order));
    title_->setText(title);

    showMetricKey(metric);

    cpu_->setData(resources.times, resources.cpu, true);
    memory_->setData(resources.times, resources.memory, true);
    labelledRows_ = -1; // new rows: rebuild the labels on the next replot
    selectUser(selectedUser_);
    shownEnd_ = dataEnd();
    if (std::exchange(keepZoomOnce_, false)) {
        extendZoomTo(zoomBefore, endBefore, rowsBefore);
    } else {
        history_.clear();
        resetZoom();
    }
    emit timelineChanged();
}

double TimelinePlot::dataEnd() const
{
    return analysis_ ? std::max(analysis_->duration, timeline_->lastEnd()) : timeline_->lastEnd();
}

void TimelinePlot::setMemoryVisible(bool visible)
{
    memory_->setVisible(visible);
    if (visible)
        memory_->addToLegend();
    else
        memory_->removeFromLegend();
    replot();
}

ZoomState TimelinePlot::currentZoom() const
{
    return {xAxis->range(), yAxis->range()};
}

void TimelinePlot::applyZoom(const ZoomState& state)
{
    defaultRows_ = false;
    xAxis->setRange(state.keys);
    yAxis->setRange(state.values);
    replot();
}

void TimelinePlot::rememberZoom()
{
    history_.push(currentZoom());
    emit zoomHistoryChanged();
}

bool TimelinePlot::zoomBack()
{
    auto state = history_.pop();
    if (state)
        applyZoom(*state);
    emit zoomHistoryChanged();
    return state.has_value();
}

void TimelinePlot::zoomToRubberBand(const QRect& rect, QMouseEvent* event)
{
    if (rect.width() < 3)
        return;
    rememberZoom();
    xAxis->setRange(xAxis->pixelToCoord(rect.left()), xAxis->pixelToCoord(rect.right()));
    if (event && (event->modifiers() & Qt::ControlModifier) && rect.height() >= 3) {
        defaultRows_ = false;
        yAxis->setRange(yAxis->pixelToCoord(rect.top()), yAxis->pixelToCoord(rect.bottom()));
    }
    replot();
}

void TimelinePlot::highlightTime(double seconds)
{
    marker_->setVisible(!std::isnan(seconds));
    if (!std::isnan(seconds)) {
        marker_->point1->setCoords(seconds, 0);
        marker_->point2->setCoords(seconds, 1);
    }
    replot();
}

void TimelinePlot::selectUser(int userIndex)
{
    selectedUser_ = userIndex;
    int position = -1;
    for (int i = 0; i < timeline_->rowCount() && position < 0; ++i)
        if (timeline_->rowAtPosition(i)->userIndex == userIndex)
            position = i;
    selection_->setVisible(position >= 0);
    errorMarkers_->show(analysis_, userIndex, position);
    if (position >= 0) {
        selection_->topLeft->setCoords(0, position - 0.5);
        selection_->bottomRight->setCoords(1, position + 0.5);
    }
    replot(rpQueuedReplot); // one replot with the setTimeline that usually comes just before it
}

void TimelinePlot::mousePressEvent(QMouseEvent* event)
{
    pressPosition_ = event->pos();
    pressZoom_ = currentZoom();
    setSelectionRectMode((event->modifiers() & Qt::ShiftModifier) ? QCP::srmCustom : QCP::srmNone);
    if (!(event->modifiers() & Qt::ShiftModifier))
        history_.push(pressZoom_); // dropped again on release when the drag moved nothing
    QCustomPlot::mousePressEvent(event);
}

void TimelinePlot::mouseReleaseEvent(QMouseEvent* event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (currentZoom() == pressZoom_)
        history_.dropNewestIf(pressZoom_);
    emit zoomHistoryChanged();
    const bool click = event->button() == Qt::LeftButton && (event->pos() - pressPosition_).manhattanLength() < 4;
    if (click && (event->modifiers() & Qt::ControlModifier)) {
        ruler_->mark(xAxis->pixelToCoord(event->pos().x()));
        return;
    }
    if (click) {
        const int user = userIndexAt(event->pos());
        if (user >= 0) {
            selectUser(user);
            emit userClicked(user);
        }
    }
}

void TimelinePlot::mouseMoveEvent(QMouseEvent* event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton) {
        const QString text = tooltipAt(event->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
}

} // namespace loadscope
