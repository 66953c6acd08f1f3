#pragma once
// Writes a chart to PNG (chosen size and scale), SVG (vector, through QSvgGenerator) or PDF, atomically through
// QSaveFile so a failed export never leaves half a file.
#include <QString>

#include <functional>

class QIODevice;

class QCustomPlot;

namespace loadscope {

enum class ExportFormat { Png, Svg, Pdf };
ExportFormat exportFormatFromPath(const QString& path);  // by suffix; PNG when unknown

struct ExportSize {
    int width = 1600, height = 1000;  // logical pixels (points for PDF)
    double scale = 1.0;               // PNG only: 2 gives a 3200 x 2000 image
};

// Opens `path` through QSaveFile, lets `paint` write into it and commits only when it returns true.
// Returns an empty string on success, else a message naming the file.
QString writeAtomically(const QString& path, const std::function<bool(QIODevice&)>& paint);

// Returns an empty string on success, else a message naming the file.
QString exportPlot(QCustomPlot& plot, const QString& path, ExportFormat format, const ExportSize& size);

} // namespace loadscope
