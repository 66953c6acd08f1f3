#include "ui/timeline/test_markers.h"

#include <cmath>

namespace loadscope {

TestMarkers::TestMarkers(QCustomPlot* plot) : crash_(kNaN), firstFailure_(kNaN)
{
    // The crash label to the left of its line, the failure's to the right: when both are close they do not overlap.
    crashMarker_ = make(plot, QColor(120, 0, 0), Qt::DashLine, Qt::AlignRight);
    failureMarker_ = make(plot, QColor(220, 0, 0), Qt::DotLine, Qt::AlignLeft);
}

TestMarkers::Marker TestMarkers::make(QCustomPlot* plot, const QColor& colour, Qt::PenStyle style, Qt::Alignment side)
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
    m.label->setPositionAlignment(side | Qt::AlignTop);
    m.label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m.label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
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
    m.label->position->setCoords(seconds, 0.0);
    m.label->setText(text);
}

void TestMarkers::show(const TestAnalysis* analysis, const std::vector<TimelineRow>& rows, double lastCpuSample)
{
    crash_ = analysis && analysis->crashed ? lastCpuSample : kNaN;
    firstFailure_ = kNaN;
    for (const TimelineRow& row : rows)
        if (!std::isnan(row.firstFailure) && (std::isnan(firstFailure_) || row.firstFailure < firstFailure_))
            firstFailure_ = row.firstFailure;
    place(crashMarker_, crash_, QStringLiteral("media node crash %1 s").arg(crash_, 0, 'f', 1));
    place(failureMarker_, firstFailure_, QStringLiteral("first failure %1 s").arg(firstFailure_, 0, 'f', 1));
}

QString TestMarkers::crashText() const
{
    return crashMarker_.label->visible() ? crashMarker_.label->text() : QString();
}

QString TestMarkers::firstFailureText() const
{
    return failureMarker_.label->visible() ? failureMarker_.label->text() : QString();
}

} // namespace loadscope
