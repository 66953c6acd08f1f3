#pragma once
// Where a chart's legend goes: in its own row between the title and the plot area, its entries side by side, so
// it never covers a curve, whatever the data (a legend inside the axis rect always hides some test's curves).
class QCustomPlot;

namespace loadscope {

void placeLegendAbove(QCustomPlot* plot);

} // namespace loadscope
