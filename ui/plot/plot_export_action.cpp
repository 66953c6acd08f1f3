#include "ui/plot/plot_export_action.h"

#include "ui/plot/plot_exporter.h"
#include "ui/widgets/save_dialog.h"

#include <qcustomplot.h>

#include <QAction>
#include <QMessageBox>

namespace loadscope {

namespace {

constexpr char kExportTest[] = "exportTest";
constexpr char kExportFigure[] = "exportFigure";

} // namespace

void addExportAction(QCustomPlot* plot)
{
    auto* action = new QAction(QObject::tr("Export chart…"), plot);
    QObject::connect(action, &QAction::triggered, plot, [plot] {
        const QString path = askSavePath(plot, QObject::tr("Export chart"), SaveKind::Figure, exportNameParts(plot));
        if (path.isEmpty())
            return;
        const QString error = exportPlot(*plot, path, exportFormatFromPath(path), {plot->width(), plot->height(), 1.0});
        if (!error.isEmpty())
            QMessageBox::warning(plot, QObject::tr("Export failed"), error);
    });
    plot->addAction(action);
    plot->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void setExportTest(QObject* plot, const QString& test)
{
    plot->setProperty(kExportTest, test);
}

void setExportFigure(QObject* plot, const QStringList& figure)
{
    plot->setProperty(kExportFigure, figure);
}

QStringList exportNameParts(const QObject* plot)
{
    QStringList parts;
    if (const QString test = plot->property(kExportTest).toString(); !test.isEmpty())
        parts << test;
    parts << plot->property(kExportFigure).toStringList();
    return parts.isEmpty() ? QStringList{QStringLiteral("chart")} : parts;
}

} // namespace loadscope
