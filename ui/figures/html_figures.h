#pragma once
// The figures of report.html: every figure of a set drawn once as PNG and kept in memory as a data URI.
#include "core/report/html_report.h"
#include "ui/figures/figure_renderer.h"

#include <vector>

namespace loadscope {

// Empty `error` on success. Figures come back in the set's order.
struct HtmlFiguresOutcome {
    std::vector<HtmlFigure> figures;
    QString error;
};

HtmlFiguresOutcome renderHtmlFigures(const FigureSet& set, FigureCanvas& canvas, const ExportSize& size);

} // namespace loadscope
