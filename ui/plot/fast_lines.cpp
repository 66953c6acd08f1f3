#include "ui/plot/fast_lines.h"

#include <qcustomplot.h>

namespace loadscope {

void drawLinesFast(QCustomPlot* plot)
{
    plot->setPlottingHint(QCP::phFastPolylines, true);
}

} // namespace loadscope
