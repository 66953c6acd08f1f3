#include "ui/timeline/row_overview.h"

#include "ui/plot/colour_map.h"
#include "ui/timeline/timeline_plottable.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace loadscope {

namespace {

constexpr QRgb kFineColour = qRgb(205, 205, 215);
constexpr QRgb kSeverityColour[] = {kFineColour, kReconnectingColour, kFailedColour};
constexpr int kMargin = 1; // pixels above and below the rows

unsigned char severityOf(const TimelineRow& row)
{
    unsigned char worst = 0;
    for (const TimelineSpan& span : row.spans) {
        if (span.state == SpanState::Failed)
            return 2;
        if (span.state == SpanState::Reconnecting)
            worst = 1;
    }
    return worst;
}

} // namespace

RowOverview::RowOverview(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("All rows: red failed, blue reconnected. The frame is the rows in view; click or drag to move it."));
}

void RowOverview::setRows(const TimelinePlottable& timeline)
{
    severity_.resize(static_cast<std::size_t>(timeline.rowCount()));
    for (int i = 0; i < timeline.rowCount(); ++i)
        severity_[static_cast<std::size_t>(i)] = severityOf(*timeline.rowAtPosition(i));
    update();
}

void RowOverview::setWindow(RowSpan visible)
{
    window_ = visible;
    update();
}

double RowOverview::yOf(double boundary) const
{
    return kMargin + boundary / std::max(1, rowCount()) * std::max(1, height() - 2 * kMargin);
}

double RowOverview::boundaryAt(double y) const
{
    return (y - kMargin) / std::max(1, height() - 2 * kMargin) * std::max(1, rowCount());
}

double RowOverview::positionAt(int y) const
{
    return boundaryAt(y + 0.5) - 0.5; // row r's centre is at position r
}

QRgb RowOverview::colourAt(int y) const
{
    const int rows = rowCount();
    if (rows == 0)
        return kFineColour;
    const int first = std::clamp(static_cast<int>(std::floor(boundaryAt(y))), 0, rows - 1);
    const int end = std::clamp(static_cast<int>(std::ceil(boundaryAt(y + 1))), first + 1, rows);
    unsigned char worst = 0;
    for (int r = first; r < end; ++r)
        worst = std::max(worst, severity_[static_cast<std::size_t>(r)]);
    return kSeverityColour[worst];
}

QRect RowOverview::windowRect() const
{
    if (window_.count() == 0 || rowCount() == 0)
        return {};
    int top = static_cast<int>(std::floor(yOf(window_.first)));
    int bottom = static_cast<int>(std::ceil(yOf(window_.last + 1))) - 1;
    if (bottom - top < 3) { // a frame stays visible however few rows it holds
        const int middle = (top + bottom) / 2;
        top = middle - 1;
        bottom = middle + 2;
    }
    return QRect(0, top, width(), bottom - top + 1);
}

void RowOverview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (rowCount() == 0)
        return;
    const int top = static_cast<int>(std::floor(yOf(0))), bottom = static_cast<int>(std::ceil(yOf(rowCount())));
    for (int y = top; y < bottom && y < height(); ++y)
        painter.fillRect(QRect(2, y, width() - 4, 1), QColor(colourAt(y)));
    const QRect frame = windowRect();
    if (frame.isValid()) {
        painter.fillRect(frame.adjusted(1, 0, -1, 0), QColor(0, 0, 0, 40));
        painter.setPen(QPen(QColor(0, 120, 215), 2));
        painter.drawRect(QRectF(frame).adjusted(1, 1, -1, -1));
    }
}

void RowOverview::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rowCount() > 0)
        emit centreRequested(positionAt(static_cast<int>(event->position().y())));
}

void RowOverview::mouseMoveEvent(QMouseEvent* event)
{
    if ((event->buttons() & Qt::LeftButton) && rowCount() > 0)
        emit centreRequested(positionAt(static_cast<int>(event->position().y())));
}

} // namespace loadscope
