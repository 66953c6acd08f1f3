// loadscope-cli report: arguments only; the work is core/report.
#include "analysis_arguments.h"
#include "command_line.h"
#include "commands.h"
#include "html_report_file.h"

#include "core/report/html_report.h"
#include "core/report/report.h"

#include <iostream>

namespace loadscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: loadscope-cli report ROOT --out DIR [--html] [--test NAME ...] [--mode notebook|corrected]\n"
    "                            [--log-utc-offset +HH:MM] [--threads N] [--no-cache]\n"
    "Analyses every test under ROOT (or those named) and writes into DIR: segments.csv, thresholds.csv,\n"
    "progression.csv, qos_summary.csv, comparisons.csv, quality.csv, summary.csv (one row per test), problems.csv.\n"
    "ROOT is only read; DIR must not be inside it.\n"
    "  --html             also report.html: one self-contained page (figures inline, sortable tables, summary,\n"
    "                     problems, mode and options, version; no external URL). Needs the GUI libraries.\n"
    "  --mode corrected   (default) the notebook's known faults fixed, see docs/differences.md\n"
    "  --mode notebook    the notebook's numbers, quirks included\n"
    "  --log-utc-offset   the controller log's UTC offset (default: detected; notebook mode: +02:00)\n"
    "  --no-cache         parse and analyse everything (by default, tests whose files are unchanged since an\n"
    "                     earlier run are read from the re-open cache in $XDG_CACHE_HOME/loadscope, and a folder\n"
    "                     in which no file changed since it was reported with the same options gets the tables\n"
    "                     of that report back without reading anything; capped at $LOADSCOPE_CACHE_MAX_MB MB,\n"
    "                     default 4096; LOADSCOPE_NO_CACHE=1 also turns it off)\n"
    "Exit codes: 0 written (problems or not), 1 failure, 2 bad usage, 3 no results folder under ROOT.\n";

} // namespace

int runReport(const Arguments& args)
{
    auto valueOptions = analysisValueOptions();
    valueOptions.insert("out");
    auto flags = analysisFlags();
    flags.insert({"help", "html"});
    const CommandLine cl(args, valueOptions, flags, analysisMultiOptions());
    if (cl.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    if (!cl.ok() || cl.positional().size() != 1 || !cl.value("out")) {
        std::cerr << "loadscope-cli report: " << (cl.ok() ? "needs ROOT and --out DIR" : cl.error()) << "\n" << kUsage;
        return kExitUsage;
    }
    const auto request = readAnalyseRequest(cl, "report");
    if (!request)
        return kExitUsage;
    ReportOptions options;
    options.root = request->root;
    options.out = *cl.value("out");
    options.tests = request->tests;
    options.analysis = request->analysis;
    options.threads = request->threads;
    options.cache = request->cache;
    if (request->cache)
        options.reportCache = defaultCacheSettings();

    const bool html = cl.has("html");
    std::optional<AnalysedResults> analysed;
    if (html && !isInside(options.out, options.root))
        analysed = analyseResults(*request); // once, for the tables and the page
    const ReportOutcome outcome = analysed ? writeReportTables(options, *analysed) : writeReport(options);
    if (outcome.status == ReportStatus::Written && analysed) {
        const std::string error = writeHtmlReportFile(*analysed, *request, options.out);
        if (!error.empty()) {
            std::cerr << "loadscope-cli report: " << error << '\n';
            return kExitFailure;
        }
    }
    switch (outcome.status) {
    case ReportStatus::Written:
        std::cout << outcome.message << (analysed ? " and " + std::string(kHtmlReportName) : std::string()) << '\n';
        return kExitOk;
    case ReportStatus::NoResults:
        std::cerr << "loadscope-cli report: " << outcome.message << '\n';
        return kExitNoResults;
    case ReportStatus::Failed: break;
    }
    std::cerr << "loadscope-cli report: " << outcome.message << '\n';
    return kExitFailure;
}

} // namespace loadscope::cli
