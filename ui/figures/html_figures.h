#pragma once
// The figures of report.html: every figure of the analyses drawn once as PNG, in as many processes as
// figure_processes.h is given (into a temporary folder, read back), and kept in memory as data URIs.
#include "core/report/html_report.h"
#include "ui/figures/figure_processes.h"

#include <vector>

namespace loadscope {

// Empty `error` on success. Figures come back in the set's order.
struct HtmlFiguresOutcome {
    std::vector<HtmlFigure> figures;
    QString error;
};

// Like writeFigureFilesInProcesses, no QApplication may exist yet.
HtmlFiguresOutcome renderHtmlFigures(const std::vector<TestAnalysis>& analyses, const ExportSize& size,
                                     const FigureProcesses& processes);

} // namespace loadscope
