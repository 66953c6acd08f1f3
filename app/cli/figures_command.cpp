// loadscope-cli figures: arguments, the offscreen application and progress; the drawing is ui/figures.
#include "analysis_arguments.h"
#include "command_line.h"
#include "commands.h"
#include "figure_arguments.h"
#include "offscreen_application.h"

#include "core/report/report.h"
#include "ui/figures/figure_processes.h"

#include <algorithm>
#include <iostream>
#include <thread>

namespace loadscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: loadscope-cli figures ROOT --out DIR [--format png svg pdf] [--size WxH] [--test NAME ...]\n"
    "                             [--mode notebook|corrected] [--log-utc-offset +HH:MM] [--threads N]\n"
    "                             [--no-cache]\n"
    "Draws, for every test under ROOT (or those named), what the notebook draws, with the GUI's charts and without\n"
    "a display: the connection progression coloured by VMAF, ViSQOL and each QoS metric, the QoE progression, the\n"
    "QoS charts, participants, the box / violin / scatter plots of each CPU-threshold comparison, and over all\n"
    "tests the pooled comparisons and the compare-tests overlays. One file per figure and format,\n"
    "DIR/<test>/<figure>[_<metric>].<format> (DIR/all-tests/ for figures over every test), and DIR/figures.csv\n"
    "(file,test,figure,metric,title). Progress on stderr. ROOT is only read; DIR must not be inside it.\n"
    "  --format   one or more of png, svg, pdf (default png)\n"
    "  --size     WxH in pixels (points for PDF), default 1600x1000\n"
    "  --threads  as for report, and the number of drawing processes (default: one per core; Qt draws on one\n"
    "             thread per process, so the figures are shared among processes forked after the analysis)\n"
    "  --mode, --log-utc-offset, --no-cache: as for report\n"
    "Exit codes: 0 written, 1 failure, 2 bad usage, 3 no results folder under ROOT.\n"
    "Needs the Qt GUI libraries: built only with LOADSCOPE_BUILD_GUI=ON.\n";

} // namespace

int runFigures(const Arguments& args)
{
    auto valueOptions = analysisValueOptions();
    valueOptions.insert({"out", "size"});
    auto multiOptions = analysisMultiOptions();
    multiOptions.insert("format");
    auto flags = analysisFlags();
    flags.insert("help");
    const CommandLine cl(args, valueOptions, flags, multiOptions);
    if (cl.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    if (!cl.ok() || !cl.value("out")) {
        std::cerr << "loadscope-cli figures: " << (cl.ok() ? "needs ROOT and --out DIR" : cl.error()) << "\n" << kUsage;
        return kExitUsage;
    }
    auto request = readAnalyseRequest(cl, "figures");
    if (!request) {
        std::cerr << kUsage;
        return kExitUsage;
    }
    FigureRenderOptions options;
    options.formats.clear();
    for (const auto& f : cl.values("format")) {
        const auto format = parseFigureFormat(f);
        if (!format) {
            std::cerr << "loadscope-cli figures: --format is png, svg or pdf, not '" << f << "'\n";
            return kExitUsage;
        }
        options.formats.push_back(*format);
    }
    if (options.formats.empty())
        options.formats.push_back(ExportFormat::Png);
    if (auto size = cl.value("size")) {
        const auto parsed = parseFigureSize(*size);
        if (!parsed) {
            std::cerr << "loadscope-cli figures: --size takes WxH (16 to 20000 each), not '" << *size << "'\n";
            return kExitUsage;
        }
        options.size = *parsed;
    }
    const std::string out = *cl.value("out");
    if (isInside(out, request->root)) {
        std::cerr << "loadscope-cli figures: refusing to write inside the results folder: " << out << '\n';
        return kExitFailure;
    }

    // Analysed before any Qt object exists: the drawing processes are forked from here (figure_processes.h).
    const auto analysed = analyseResults(*request);
    if (!analysed) {
        std::cerr << "loadscope-cli figures: loading was cancelled\n";
        return kExitFailure;
    }
    if (analysed->analyses.empty()) {
        std::cerr << "loadscope-cli figures: no results folder under " << request->root.string()
                  << " (expected stats/<test>/...)\n";
        return kExitNoResults;
    }
    options.progress = [](std::size_t done, std::size_t total, const FigureSpec& spec) {
        std::cerr << "figures: " << done << '/' << total << ' ' << spec.file.toStdString() << '\n';
    };
    FigureProcesses processes;
    processes.count = request->threads ? request->threads : std::max(1u, std::thread::hardware_concurrency());
    processes.makeApplication = [] { return makeOffscreenApplication(); };
    const FigureFilesOutcome outcome = writeFigureFilesInProcesses(analysed->analyses, QString::fromStdString(out),
                                                                   options, processes);
    if (!outcome.error.isEmpty()) {
        std::cerr << "loadscope-cli figures: " << outcome.error.toStdString() << '\n';
        return kExitFailure;
    }
    const std::size_t figures = outcome.files.size() / options.formats.size();
    std::cout << figures << " figure(s) of " << analysed->analyses.size() << " test(s), "
              << analysed->problems.items().size() << " problem(s); wrote " << outcome.files.size() << " files and "
              << kFigureIndexName << " to " << out << '\n';
    return kExitOk;
}

} // namespace loadscope::cli
