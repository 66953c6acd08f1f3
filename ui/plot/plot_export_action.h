#pragma once
// "Export chart…" in a chart's context menu: any QCustomPlot to PNG (its on-screen size), SVG or PDF, through the
// one save dialog (ui/widgets/save_dialog.h). The suggested file name is the chart's export name: the test and the
// figure with its metric, kept current by whoever shows the chart.
#include <QStringList>

class QCustomPlot;
class QObject;

namespace loadscope {

void addExportAction(QCustomPlot* plot);

void setExportTest(QObject* plot, const QString& test);         // "kurento-8p"
void setExportFigure(QObject* plot, const QStringList& figure); // {"qos", "inbound", "video", "jitter"}
QStringList exportNameParts(const QObject* plot);               // test, then figure; {"chart"} when unset

} // namespace loadscope
