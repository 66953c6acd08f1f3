#include "ui/timeline/test_markers.h"

#include <cmath>

namespace loadscope {

TestMarkers::TestMarkers(QCustomPlot* plot) : crash_(kNaN), firstFailure_(kNaN)
{
    // Both labels to the right of their lines, the failure's a text line below the crash's: however close the two
    // times (a failure usually comes just before or after a crash), the labels never overlap.
    crashMarker_ = make(plot, QColor(120, 0, 0), Qt::DashLine);
    failureMarker_ = make(plot, QColor(220, 0, 0), Qt::DotLine);
}

TestMarkers::Marker TestMarkers::make(QCustomPlot* plot, const QColor& colour, Qt::PenStyle style)
{
    Marker m;
    m.line = new QCPItemStraightLine(plot);
    m.line->setPen(QPen(colour, 1.5, style));
    m.line->setClipAxisRect(plot->axisRect());
    m.line->setSelectable(false);
    m.label = new QCPItemText(plot);
    m.label->setColor(colour);
    m.label->setBrush(QColor(255, 255, 255, 210));
    m.label->setPadding(QMargins(3, 1, 3, 1));
    m.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m.label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m.label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m.label->position->setCoords(0, 0); // a type change keeps the old pixel position, not the coordinates
    m.label->setSelectable(false);
    place(m, kNaN, {});
    return m;
}

void TestMarkers::place(Marker& m, double seconds, const QString& text)
{
    const bool shown = !std::isnan(seconds);
    m.line->setVisible(shown);
    m.label->setVisible(shown);
    if (!shown)
        return;
    m.line->point1->setCoords(seconds, 0);
    m.line->point2->setCoords(seconds, 1);
    m.label->position->setCoords(seconds, m.label->position->coords().y()); // y as stack() set it
    m.label->setText(text);
}

void TestMarkers::show(const TestAnalysis* analysis, const std::vector<TimelineRow>& rows, double lastCpuSample)
{
    crash_ = analysis && analysis->crashed ? lastCpuSample : kNaN;
    firstFailure_ = kNaN;
    for (const TimelineRow& row : rows)
        if (!std::isnan(row.firstFailure) && (std::isnan(firstFailure_) || row.firstFailure < firstFailure_))
            firstFailure_ = row.firstFailure;
    stackFailureLabel(!std::isnan(crash_));
    place(crashMarker_, crash_, QStringLiteral("media node crash %1 s").arg(crash_, 0, 'f', 1));
    place(failureMarker_, firstFailure_, QStringLiteral("first failure %1 s").arg(firstFailure_, 0, 'f', 1));
}

void TestMarkers::stackFailureLabel(bool belowTheCrashLabel)
{
    QCPItemPosition* p = failureMarker_.label->position;
    if (belowTheCrashLabel) {
        p->setTypeY(QCPItemPosition::ptAbsolute); // pixels below the crash label
        p->setParentAnchorY(crashMarker_.label->bottom);
        p->setCoords(p->coords().x(), 2);
    } else {
        p->setParentAnchorY(nullptr);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio); // the top of the plot area
        p->setCoords(p->coords().x(), 0);
    }
}

QString TestMarkers::crashText() const
{
    return crashMarker_.label->visible() ? crashMarker_.label->text() : QString();
}

QString TestMarkers::firstFailureText() const
{
    return failureMarker_.label->visible() ? failureMarker_.label->text() : QString();
}

namespace {
QRectF drawnRect(const QCPItemText* label)
{
    return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition());
}
} // namespace

QRectF TestMarkers::crashLabelRect() const
{
    return drawnRect(crashMarker_.label);
}

QRectF TestMarkers::firstFailureLabelRect() const
{
    return drawnRect(failureMarker_.label);
}

} // namespace loadscope
