// TimelinePlot's row window: the default window (resetZoom), follow's kept window, the row API (show, scroll,
// zoom, jump to a user), wheel and keys over rows, and the row labels recomputed for the rows' height.
#include "ui/timeline/timeline_plot.h"

#include "ui/timeline/timeline_plottable.h"

#include <QApplication>
#include <QKeyEvent>

#include <algorithm>
#include <cmath>

namespace loadscope {

namespace {

constexpr double kMargin = 5.0;         // seconds around the test, as set_xlim(-5, duration + 5)
constexpr double kWheelZoomStep = 0.85; // rows in view per wheel notch zooming in (Ctrl+wheel)
constexpr double kKeyZoomStep = 1.5;    // +/- (time), Ctrl+Plus / Ctrl+Minus (rows)

} // namespace

void TimelinePlot::resetZoom()
{
    xAxis->setRange(-kMargin, shownEnd_ + kMargin);
    defaultRows_ = true;
    fittedFor_ = QRect(); // refit on this replot
    replot();
    emit zoomHistoryChanged();
}

void TimelinePlot::extendZoomTo(const ZoomState& before, double endBefore, int rowsBefore)
{
    QCPRange keys = before.keys, values = before.values;
    if (keys.upper >= endBefore + kMargin - 1e-9)
        keys.upper += shownEnd_ - endBefore;
    const int added = timeline_->rowCount() - rowsBefore;
    if (values.upper >= rowsBefore - 0.5 - 1e-9) {
        // Reached the last row: grow while rows stay tall enough to click, then slide down with the last row (a
        // window the user zoomed out below that height just grows, as before).
        ensureLayout();
        const double fit = rowsThatFit(axisRect()->height(), minRowPixels_);
        const double grown = values.size() + added;
        if (added > 0 && grown > fit && values.size() <= fit + 1e-9)
            values = QCPRange(values.upper + added - std::max(values.size(), fit), values.upper + added);
        else
            values.upper += added;
    }
    xAxis->setRange(keys);
    setRowRange(values);
}

void TimelinePlot::setMinimumRowHeight(double pixels)
{
    minRowPixels_ = std::max(0.0, pixels);
    fittedFor_ = QRect();
}

void TimelinePlot::ensureLayout()
{
    if (viewport() == laidOutFor_)
        return;
    laidOutFor_ = viewport();
    updateLayout();
}

void TimelinePlot::prepareRows()
{
    if (defaultRows_ && fittedFor_ != viewport()) {
        fittedFor_ = laidOutFor_ = viewport();
        updateLayout(); // the axis rect's height now, whatever changed since (title, legend)
        yAxis->setRange(defaultRowRange(timeline_->rowCount(), axisRect()->height(), minRowPixels_));
    } else {
        ensureLayout();
    }
    updateRowLabels();
}

void TimelinePlot::updateRowLabels()
{
    const int step = rowLabelStep(rowPixels(), QFontMetrics(yAxis->tickLabelFont()).height());
    const int rows = timeline_->rowCount();
    if (step == labelStep_ && rows == labelledRows_)
        return;
    labelStep_ = step;
    labelledRows_ = rows;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < rows; i += step) {
        ticker->addTick(i, timeline_->rowAtPosition(i)->label);
        if (i > rows - 1 - step)
            break; // no overflow of i + step
    }
    yAxis->setTicker(ticker);
}

RowSpan TimelinePlot::visibleRows() const
{
    return rowsIn(yAxis->range(), timeline_->rowCount());
}

double TimelinePlot::rowPixels() const
{
    return axisRect()->height() / std::max(1e-9, yAxis->range().size());
}

int TimelinePlot::positionOfUser(int userIndex) const
{
    for (int i = 0; i < timeline_->rowCount(); ++i)
        if (timeline_->rowAtPosition(i)->userIndex == userIndex)
            return i;
    return -1;
}

void TimelinePlot::checkVisibleRows()
{
    const RowSpan rows = visibleRows();
    if (rows == shownRows_)
        return;
    shownRows_ = rows;
    emit visibleRowsChanged(rows.first, rows.last);
}

void TimelinePlot::setRowRange(const QCPRange& range)
{
    defaultRows_ = false;
    yAxis->setRange(clampRowRange(range, timeline_->rowCount()));
    replot();
}

void TimelinePlot::showRows(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, timeline_->rowCount() - 1);
    if (last < first)
        return;
    rememberZoom();
    setRowRange(rowRange(first, last));
}

void TimelinePlot::showAllRows()
{
    showRows(0, timeline_->rowCount() - 1);
}

bool TimelinePlot::scrollToUser(int userIndex)
{
    const int position = positionOfUser(userIndex);
    if (position < 0)
        return false;
    rememberZoom();
    ensureLayout();
    const double fit = rowsThatFit(axisRect()->height(), minRowPixels_);
    QCPRange range = yAxis->range();
    if (range.size() > fit)
        range.upper = range.lower + fit;
    setRowRange(centreRowRange(range, position, timeline_->rowCount()));
    return true;
}

void TimelinePlot::scrollRowsTo(double first)
{
    const QCPRange range = yAxis->range();
    setRowRange(QCPRange(first - 0.5, first - 0.5 + range.size()));
}

void TimelinePlot::centreOnRow(double position)
{
    setRowRange(centreRowRange(yAxis->range(), position, timeline_->rowCount()));
}

void TimelinePlot::scrollRows(double rows)
{
    setRowRange(scrollRowRange(yAxis->range(), rows, timeline_->rowCount()));
}

void TimelinePlot::zoomRows(double factor, double anchor)
{
    setRowRange(zoomRowRange(yAxis->range(), factor, anchor, timeline_->rowCount()));
}

void TimelinePlot::wheelEvent(QWheelEvent* event)
{
    // One history entry per burst of wheel steps, not one per step.
    if (!lastWheel_.isValid() || lastWheel_.elapsed() > 600)
        rememberZoom();
    lastWheel_.restart();
    const QPoint angle = event->angleDelta();
    const double notches = (angle.y() != 0 ? angle.y() : angle.x()) / 120.0; // Shift may turn the wheel sideways
    if (event->modifiers() & Qt::ControlModifier) {
        zoomRows(std::pow(kWheelZoomStep, notches), yAxis->pixelToCoord(event->position().y()));
        event->accept();
    } else if (event->modifiers() & Qt::ShiftModifier) {
        const double step = std::max<double>(QApplication::wheelScrollLines(), visibleRows().count() / 10);
        scrollRows(-notches * step);
        event->accept();
    } else {
        QCustomPlot::wheelEvent(event);
    }
}

void TimelinePlot::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const double page = std::max(1, visibleRows().count() - 1);
    const double centre = yAxis->range().center();
    switch (event->key()) {
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (ctrl)
            return QCustomPlot::keyPressEvent(event); // the window's previous / next test
        scrollRows(event->key() == Qt::Key_PageUp ? -page : page);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!ctrl)
            return QCustomPlot::keyPressEvent(event);
        scrollRows(event->key() == Qt::Key_Up ? -1 : 1);
        break;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!ctrl)
            return QCustomPlot::keyPressEvent(event);
        scrollRows(event->key() == Qt::Key_Home ? -timeline_->rowCount() : timeline_->rowCount());
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: // time: a tenth of the view
        rememberZoom();
        xAxis->moveRange((event->key() == Qt::Key_Left ? -0.1 : 0.1) * xAxis->range().size());
        replot(rpQueuedReplot);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
        rememberZoom();
        if (!ctrl) { // time, around the centre of the view
            xAxis->scaleRange(event->key() == Qt::Key_Minus ? kKeyZoomStep : 1 / kKeyZoomStep);
            replot(rpQueuedReplot);
            break;
        }
        zoomRows(event->key() == Qt::Key_Minus ? kKeyZoomStep : 1 / kKeyZoomStep, centre);
        break;
    default: return QCustomPlot::keyPressEvent(event);
    }
    event->accept();
}

} // namespace loadscope
