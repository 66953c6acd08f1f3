#pragma once
// writeFigureFiles on several cores. Qt draws widgets on one thread per process, so the figures are shared among
// processes forked from this one after the analysis and before any Qt object exists (a forked Qt is not to be
// trusted): each makes its own offscreen application, canvas and figure set, and takes the figures in order, each
// the first that no process has taken yet (flags in shared memory), so slow and quick figures spread evenly.
// Progress counts across the processes. figures.csv is written once, by this process, when every process has
// finished; the first error (a process's, or one that died) is the outcome's.
#include "ui/figures/figure_files.h"

#include <QApplication>

#include <functional>
#include <memory>

namespace loadscope {

struct FigureProcesses {
    unsigned count = 1; // processes drawing, this one included (1: no fork)
    std::function<std::unique_ptr<QApplication>()> makeApplication;
};

// `analyses` must be the same in every process (forked: they are). No QApplication may exist yet.
FigureFilesOutcome writeFigureFilesInProcesses(const std::vector<TestAnalysis>& analyses, const QString& outDir,
                                               const FigureRenderOptions& options, const FigureProcesses& processes);

} // namespace loadscope
