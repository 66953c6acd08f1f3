#include "ui/plot/legend_placement.h"

#include <qcustomplot.h>

namespace loadscope {

void placeLegendAbove(QCustomPlot* plot)
{
    QCPLegend* legend = plot->legend;
    QCPLayoutGrid* grid = plot->plotLayout();
    if (!legend || !grid)
        return;
    if (QCPLayoutInset* inset = plot->axisRect()->insetLayout(); inset->take(legend))
        inset->simplify();
    int row = 0;
    while (row < grid->rowCount() && grid->element(row, 0) != plot->axisRect())
        ++row;
    grid->insertRow(row);
    grid->addElement(row, 0, legend);
    grid->setRowStretchFactor(row, 0.001);               // as tall as its entries: the plot area keeps the rest
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst); // one line of entries
    legend->setWrap(0);
    legend->setBrush(Qt::NoBrush);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 0));
}

} // namespace loadscope
