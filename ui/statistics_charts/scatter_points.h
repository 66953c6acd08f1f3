#pragma once
// A scatter series of many points that draws in linear time. Qt 6.4's QScatterSeries gives each point a graphics
// item, and its first update after the items exist recolours them looking each point up in the whole series
// (ScatterChartItem::setBrush: points().indexOf per item): quadratic, seconds for the 10,000s of QoE segments of a
// comparison scatter (39 % of all the CPU of `figures` on a 320-user folder). With a "light marker" (one image
// drawn per point) Qt skips that lookup and paints the points in one pass; the per-point items stay hidden.
#include <QColor>

class QScatterSeries;

namespace loadscope {

// A new series (the caller attaches it to a chart) whose points are filled circles of `diameter` pixels with a
// 1-pixel border, drawn from an image at several times that size so that scaled exports stay smooth.
QScatterSeries* newManyPointScatter(const QColor& fill, const QColor& border, qreal diameter);

} // namespace loadscope
