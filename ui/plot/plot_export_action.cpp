#include "ui/plot/plot_export_action.h"

#include "ui/plot/plot_exporter.h"

#include <qcustomplot.h>

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>

namespace loadscope {

void addExportAction(QCustomPlot* plot)
{
    auto* action = new QAction(QObject::tr("Export chart…"), plot);
    QObject::connect(action, &QAction::triggered, plot, [plot] {
        const QString path = QFileDialog::getSaveFileName(
            plot, QObject::tr("Export chart"), QString(),
            QObject::tr("PNG image (*.png);;SVG vector (*.svg);;PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const QString error = exportPlot(*plot, path, exportFormatFromPath(path), {plot->width(), plot->height(), 1.0});
        if (!error.isEmpty())
            QMessageBox::warning(plot, QObject::tr("Export failed"), error);
    });
    plot->addAction(action);
    plot->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace loadscope
