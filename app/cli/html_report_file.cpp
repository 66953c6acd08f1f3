#include "html_report_file.h"

#include "offscreen_application.h"

#include "core/report/html_report.h"
#include "core/report/report_writer.h"
#include "ui/figures/html_figures.h"
#include "core/util/version.h"

#include <exception>
#include <iostream>

namespace loadscope::cli {

namespace {

constexpr ExportSize kReportFigureSize{1200, 750, 1.0};

} // namespace

std::string writeHtmlReportFile(const AnalysedResults& analysed, const AnalyseRequest& request,
                                const std::filesystem::path& out)
{
    const auto app = makeOffscreenApplication();
    const FigureSet set = figureSet(analysed.analyses);
    FigureCanvas canvas(kReportFigureSize.logical());
    std::cerr << "report: drawing " << set.figures.size() << " figures for " << kHtmlReportName << '\n';
    HtmlFiguresOutcome figures = renderHtmlFigures(set, canvas, kReportFigureSize);
    if (!figures.error.isEmpty())
        return figures.error.toStdString();
    HtmlReportInput input;
    input.version = LOADSCOPE_VERSION;
    input.root = request.root.string();
    input.analysis = request.analysis;
    input.figures = std::move(figures.figures);
    try {
        writeFileAtomically(out, kHtmlReportName, [&](std::ostream& o) { writeHtmlReport(o, analysed, input); });
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

} // namespace loadscope::cli
