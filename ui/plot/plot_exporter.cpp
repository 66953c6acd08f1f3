#include "ui/plot/plot_exporter.h"

#include <qcustomplot.h>

#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace loadscope {

namespace {

// QCustomPlot has no SVG export: paint the plot onto any device through a QCPPainter (also PDF, for QSaveFile).
bool paintOnto(QCustomPlot& plot, QPaintDevice& device, const ExportSize& size)
{
    QCPPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, size.width, size.height); // lays the plot out at that size, then restores it
    painter.end();
    return true;
}

} // namespace

ExportFormat exportFormatFromPath(const QString& path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return ExportFormat::Svg;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return ExportFormat::Pdf;
    return ExportFormat::Png;
}

QString writeAtomically(const QString& path, const std::function<bool(QIODevice&)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    if (!paint(file)) {
        file.cancelWriting();
        return QStringLiteral("Cannot render the chart into %1").arg(path);
    }
    if (!file.commit())
        return QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString exportPlot(QCustomPlot& plot, const QString& path, ExportFormat format, const ExportSize& size)
{
    return writeAtomically(path, [&](QIODevice& file) {
        bool painted = false;
        switch (format) {
        case ExportFormat::Png: {
            const QPixmap pixmap = plot.toPixmap(size.width, size.height, size.scale);
            painted = !pixmap.isNull() && pixmap.save(&file, "PNG");
            break;
        }
        case ExportFormat::Svg: {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            svg.setSize(QSize(size.width, size.height));
            svg.setViewBox(QRect(0, 0, size.width, size.height));
            svg.setTitle(QStringLiteral("loadscope timeline"));
            painted = paintOnto(plot, svg, size);
            break;
        }
        case ExportFormat::Pdf: {
            QPdfWriter pdf(&file);
            pdf.setPageSize(QPageSize(QSizeF(size.width, size.height), QPageSize::Point));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setResolution(72);
            pdf.setCreator(QStringLiteral("loadscope"));
            painted = paintOnto(plot, pdf, size);
            break;
        }
        }
        return painted;
    });
}

} // namespace loadscope
