#pragma once
// Lines on screen drawn a segment at a time (QCP::phFastPolylines). Qt's raster engine strokes a wide (1.2-2 px),
// antialiased polyline as one outline polygon, which it fills slowly: 3 ms for a 91-point CPU line across a chart,
// 220 ms for the 50,000-point QoE mean of a 2,000-user test that QCustomPlot thins to ~2,900 points; segment by
// segment the same lines take 0.1 ms and 2.6 ms, and look the same but for the joins (measured on this repo's
// 2-core machine). Exports (PNG, SVG, PDF, `figures`) paint without caching, where QCustomPlot always strokes
// whole polylines, so their pixels do not change.
class QCustomPlot;

namespace loadscope {

void drawLinesFast(QCustomPlot* plot);

} // namespace loadscope
