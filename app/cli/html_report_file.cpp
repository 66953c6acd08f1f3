#include "html_report_file.h"

#include "offscreen_application.h"

#include "core/report/html_report.h"
#include "core/report/report_writer.h"
#include "ui/figures/html_figures.h"
#include "core/util/version.h"

#include <algorithm>
#include <exception>
#include <thread>
#include <iostream>

namespace loadscope::cli {

namespace {

constexpr ExportSize kReportFigureSize{1200, 750, 1.0};

} // namespace

std::string writeHtmlReportFile(const AnalysedResults& analysed, const AnalyseRequest& request,
                                const std::filesystem::path& out)
{
    std::cerr << "report: drawing the figures for " << kHtmlReportName << '\n';
    FigureProcesses processes;
    processes.count = request.threads ? request.threads : std::max(1u, std::thread::hardware_concurrency());
    processes.makeApplication = [] { return makeOffscreenApplication(); };
    HtmlFiguresOutcome figures = renderHtmlFigures(analysed.analyses, kReportFigureSize, processes);
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
