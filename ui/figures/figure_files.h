#pragma once
// The figures command's output: every figure of a set as a file under DIR (<test>/<figure>[_<metric>].<format>)
// and the index figures.csv (file,test,figure,metric,title; one row per file written, in drawing order).
// Files are written atomically; figures.csv last, so that it lists exactly the files that exist.
#include "ui/figures/figure_renderer.h"

#include <QString>
#include <QStringList>

namespace loadscope {

struct FigureFilesOutcome {
    QStringList files; // relative to DIR, as figures.csv lists them
    QString error;     // empty on success, else the first failure, naming the file
};

FigureFilesOutcome writeFigureFiles(const FigureSet& set, FigureCanvas& canvas, const QString& outDir,
                                    const FigureRenderOptions& options);

inline constexpr char kFigureIndexName[] = "figures.csv";

} // namespace loadscope
