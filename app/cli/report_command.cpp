// loadscope-cli report: arguments only; the work is core/report.
#include "command_line.h"
#include "commands.h"

#include "core/report/report.h"
#include "core/util/iso_time.h"

#include <charconv>
#include <iostream>

namespace loadscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: loadscope-cli report ROOT --out DIR [--test NAME ...] [--mode notebook|corrected]\n"
    "                            [--log-utc-offset +HH:MM] [--threads N]\n"
    "Analyses every test under ROOT (or those named) and writes into DIR: segments.csv, thresholds.csv,\n"
    "progression.csv, qos_summary.csv, comparisons.csv, quality.csv, summary.csv (one row per test), problems.csv.\n"
    "ROOT is only read; DIR must not be inside it.\n"
    "  --mode corrected   (default) the notebook's known faults fixed, see docs/differences.md\n"
    "  --mode notebook    the notebook's numbers, quirks included\n"
    "  --log-utc-offset   the controller log's UTC offset (default: detected; notebook mode: +02:00)\n"
    "Exit codes: 0 written (problems or not), 1 failure, 2 bad usage, 3 no results folder under ROOT.\n";

} // namespace

int runReport(const Arguments& args)
{
    const CommandLine cl(args, {"out", "mode", "log-utc-offset", "threads"}, {"help"}, {"test", "tests"});
    if (cl.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    if (!cl.ok() || cl.positional().size() != 1 || !cl.value("out")) {
        std::cerr << "loadscope-cli report: " << (cl.ok() ? "needs ROOT and --out DIR" : cl.error()) << "\n"
                  << kUsage;
        return kExitUsage;
    }
    ReportOptions options;
    options.root = cl.positional()[0];
    options.out = *cl.value("out");
    for (const auto& name : {"test", "tests"})
        for (const auto& t : cl.values(name))
            options.tests.push_back(t);
    const std::string mode = cl.value("mode").value_or("corrected");
    if (mode == "notebook" || mode == "notebook-compatible")
        options.analysis.mode = AnalysisMode::NotebookCompatible;
    else if (mode != "corrected") {
        std::cerr << "loadscope-cli report: --mode is notebook or corrected, not '" << mode << "'\n";
        return kExitUsage;
    }
    if (auto offset = cl.value("log-utc-offset")) {
        options.analysis.logUtcOffsetMinutes = parseUtcOffset(*offset);
        if (!options.analysis.logUtcOffsetMinutes) {
            std::cerr << "loadscope-cli report: --log-utc-offset takes ±HH:MM, not '" << *offset << "'\n";
            return kExitUsage;
        }
    }
    if (auto threads = cl.value("threads")) {
        auto [end, ec] = std::from_chars(threads->data(), threads->data() + threads->size(), options.threads);
        if (ec != std::errc() || end != threads->data() + threads->size()) {
            std::cerr << "loadscope-cli report: --threads takes a number, not '" << *threads << "'\n";
            return kExitUsage;
        }
    }

    const ReportOutcome outcome = writeReport(options);
    switch (outcome.status) {
    case ReportStatus::Written:
        std::cout << outcome.message << '\n';
        return kExitOk;
    case ReportStatus::NoResults:
        std::cerr << "loadscope-cli report: " << outcome.message << '\n';
        return kExitNoResults;
    case ReportStatus::Failed:
        break;
    }
    std::cerr << "loadscope-cli report: " << outcome.message << '\n';
    return kExitFailure;
}

} // namespace loadscope::cli
