#pragma once
// Draws a FigureSet in one or more formats: each figure is set up and painted on the calling (GUI) thread, one
// after the other (the charts are widgets); PNG encoding and whatever the sink does with the bytes run on the
// thread pool meanwhile, a few figures behind.
#include "ui/figures/figure_catalog.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace loadscope {

struct FigureRenderOptions {
    std::vector<ExportFormat> formats{ExportFormat::Png};
    ExportSize size{1600, 1000, 1.0};
    // After each figure is painted, on the calling thread: (figures painted, figures in all, the figure).
    std::function<void(std::size_t, std::size_t, const FigureSpec&)> progress;
    // Whether to draw figure i, asked in order (several processes sharing one set take each figure once); none:
    // every figure. A figure not taken is skipped: no set-up, no file, no progress, no title.
    std::function<bool(std::size_t)> take;
};

// Receives each figure's file bytes on a pool thread; returns an error message, or empty. Must be thread-safe.
using FigureSink = std::function<QString(std::size_t figure, ExportFormat format, const QByteArray& bytes)>;

struct FigureRenderOutcome {
    std::vector<QString> titles; // per figure of the set, as drawn
    QString error;               // the first failure; empty when every figure reached the sink
};

FigureRenderOutcome renderFigures(const FigureSet& set, FigureCanvas& canvas, const FigureRenderOptions& options,
                                  const FigureSink& sink);

} // namespace loadscope
