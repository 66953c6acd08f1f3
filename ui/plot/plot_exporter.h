#pragma once
// Writes a chart to PNG (chosen size and scale), SVG (vector, through QSvgGenerator) or PDF, atomically through
// QSaveFile so a failed export never leaves half a file. The same entry point renders any chart offscreen (the
// figures command): a ChartPainting paints the chart at a size onto any paint device, renderFigure turns it into
// the bytes of a file.
#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QIODevice;
class QPaintDevice;

class QCustomPlot;

namespace loadscope {

enum class ExportFormat { Png, Svg, Pdf };
ExportFormat exportFormatFromPath(const QString& path); // by suffix; PNG when unknown
const char* exportFormatSuffix(ExportFormat format);    // png | svg | pdf

struct ExportSize {
    int width = 1600, height = 1000; // logical pixels (points for PDF)
    double scale = 1.0;              // PNG only: 2 gives a 3200 x 2000 image
    QSize logical() const { return {width, height}; }
};

// Paints a chart laid out at `size` logical pixels onto `device` (a QImage, QSvgGenerator or QPdfWriter); false
// when it cannot paint. Called on the GUI thread: charts are widgets.
using ChartPainting = std::function<bool(QPaintDevice& device, QSize size)>;

// A QCustomPlot's painting: it is laid out at the requested size (its beforeReplot handlers run, so size-dependent
// decorations such as the timeline's thinned row labels follow), painted, then given back its own size. Its own
// paint buffers are not redrawn at the export's size: offscreen, a plot kept tiny costs nothing to replot.
ChartPainting plotPainting(QCustomPlot& plot);

// PNG: the image at size × scale on white (encode it with writePng, png_encoder.h, on any thread). Null when
// painting failed.
QImage renderImage(const ChartPainting& painting, const ExportSize& size);
// The whole file in `format`; empty when painting failed. `title` is the SVG's <title>.
QByteArray renderFigure(const ChartPainting& painting, ExportFormat format, const ExportSize& size,
                        const QString& title);

// Opens `path` through QSaveFile, lets `paint` write into it and commits only when it returns true.
// Returns an empty string on success, else a message naming the file.
QString writeAtomically(const QString& path, const std::function<bool(QIODevice&)>& paint);

// renderFigure into `path`. Returns an empty string on success, else a message naming the file.
QString exportPainting(const ChartPainting& painting, const QString& path, ExportFormat format, const ExportSize& size,
                       const QString& title);
QString exportPlot(QCustomPlot& plot, const QString& path, ExportFormat format, const ExportSize& size);

} // namespace loadscope
