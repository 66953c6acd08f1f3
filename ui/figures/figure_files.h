#pragma once
// The figures command's output: every figure of a set as a file under DIR (<test>/<figure>[_<metric>].<format>)
// and the index figures.csv (file,test,figure,metric,title; one row per file written, in drawing order).
// Files are written atomically; figures.csv last, so that it lists exactly the files that exist.
#include "ui/figures/figure_renderer.h"

#include <QString>
#include <QStringList>

namespace loadscope {

struct FigureFilesOutcome {
    QStringList files;             // relative to DIR, as figures.csv lists them
    std::vector<FigureSpec> specs; // every figure, in the set's order
    std::vector<QString> titles;   // each figure's title, as drawn
    QString error;                 // empty on success, else the first failure, naming the file
};

// A figure's file in `format`, relative to DIR.
QString figureFileName(const FigureSpec& spec, ExportFormat format);

FigureFilesOutcome writeFigureFiles(const FigureSet& set, FigureCanvas& canvas, const QString& outDir,
                                    const FigureRenderOptions& options);

// The steps of writeFigureFiles, for drawing one set in several processes (figure_processes.h):
// every figure's folder under `outDir` (an error naming the folder, or empty);
QString makeFigureFolders(const FigureSet& set, const QString& outDir);
// the figures `options.take` takes, each a file in every format (titles of those drawn);
FigureRenderOutcome drawFigureFiles(const FigureSet& set, FigureCanvas& canvas, const QString& outDir,
                                    const FigureRenderOptions& options);
// then figures.csv for every figure of the set, with their titles (in set order), once all are drawn.
FigureFilesOutcome writeFigureIndex(const FigureSet& set, const std::vector<QString>& titles, const QString& outDir,
                                    const std::vector<ExportFormat>& formats);

inline constexpr char kFigureIndexName[] = "figures.csv";

} // namespace loadscope
