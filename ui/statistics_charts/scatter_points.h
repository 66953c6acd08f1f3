#pragma once
// The points of a scatter group, drawn by one graphics item over the chart's plot area. Qt 6.4's QScatterSeries
// gives each point a graphics item, and its first update after the items exist recolours them looking each point
// up in the whole series (ScatterChartItem::setBrush: points().indexOf per item): quadratic, seconds for the 10,000s
// of QoE segments of a comparison scatter (39 % of all the CPU of `figures` on a 320-user folder). Its "light
// marker" avoids that but draws an image per point, which an SVG export embeds once per point (740 MB of SVG for
// one folder's figures). One item that paints an ellipse per point is linear, and vector in SVG and PDF.
#include <QColor>
#include <QList>
#include <QPointF>

class QAbstractAxis;
class QChart;
class QScatterSeries;

namespace loadscope {

// Adds `points` (in the axes' values) to `chart`, whose axes `x` and `y` are already added: filled circles of
// `diameter` pixels with a 1-pixel border, clipped to the plot area and following it as the chart is resized.
// Returns the group's series: empty, attached to the axes, in the same colours, for the legend (name it).
QScatterSeries* addScatterPoints(QChart& chart, QAbstractAxis* x, QAbstractAxis* y, QList<QPointF> points,
                                 const QColor& fill, const QColor& border, qreal diameter);

} // namespace loadscope
