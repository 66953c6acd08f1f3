#pragma once
// "Export chart…" in a chart's context menu: any QCustomPlot to PNG (its on-screen size), SVG or PDF.
class QCustomPlot;

namespace loadscope {

void addExportAction(QCustomPlot* plot);

} // namespace loadscope
