#include "core/report/report.h"

#include "core/quality/quality_table.h"
#include "core/load/parallel_runner.h"
#include "core/pipeline/analysed_results.h"
#include "core/report/comparisons_table.h"
#include "core/report/report_writer.h"
#include "core/report/test_summary.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <system_error>
#include <thread>

namespace loadscope {

bool isInside(const std::filesystem::path& inner, const std::filesystem::path& outer)
{
    std::error_code ec;
    const auto a = std::filesystem::weakly_canonical(std::filesystem::absolute(inner), ec);
    const auto b = std::filesystem::weakly_canonical(std::filesystem::absolute(outer), ec);
    auto ai = a.begin();
    for (auto bi = b.begin(); bi != b.end(); ++bi, ++ai) {
        if (bi->empty() && std::next(bi) == b.end())
            break; // trailing separator
        if (ai == a.end() || *ai != *bi)
            return false;
    }
    return true;
}

namespace {

std::optional<ReportOutcome> refuseOutputInsideRoot(const ReportOptions& options)
{
    if (!isInside(options.out, options.root))
        return std::nullopt;
    ReportOutcome outcome;
    outcome.message = "refusing to write inside the results folder: " + options.out.string();
    return outcome;
}

} // namespace

ReportOutcome writeReport(const ReportOptions& options)
{
    if (auto refused = refuseOutputInsideRoot(options))
        return *refused;
    AnalyseRequest request;
    request.root = options.root;
    request.tests = options.tests;
    request.analysis = options.analysis;
    request.threads = options.threads;
    request.cache = options.cache;
    auto analysed = analyseResults(request);
    if (!analysed) {
        ReportOutcome outcome;
        outcome.message = "loading was cancelled";
        return outcome;
    }
    return writeReportTables(options, *analysed);
}

ReportOutcome writeReportTables(const ReportOptions& options, const AnalysedResults& analysed)
{
    if (auto refused = refuseOutputInsideRoot(options))
        return *refused;
    ReportOutcome outcome;
    const auto& results = analysed.results;
    const auto& analyses = analysed.analyses;
    const ProblemList& problems = analysed.problems;
    if (results->tests.empty()) {
        outcome.status = ReportStatus::NoResults;
        outcome.message = "no results folder under " + options.root.string() + " (expected stats/<test>/...)";
        outcome.problems = problems.items().size();
        return outcome;
    }
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

    // The tables are independent: they are computed and written in parallel, heaviest first.
    using TableWriter = std::function<void(std::ostream&)>;
    const std::vector<std::pair<std::string, TableWriter>> tables{
        {"segments.csv", [&](std::ostream& o) { writeSegmentsCsv(o, analyses); }},
        {"thresholds.csv", [&](std::ostream& o) { writeThresholdsCsv(o, analyses); }},
        {"progression.csv", [&](std::ostream& o) { writeProgressionCsv(o, analyses); }},
        {"qos_summary.csv", [&](std::ostream& o) { writeQosSummaryCsv(o, analyses); }},
        {"comparisons.csv", [&](std::ostream& o) { writeComparisonsCsv(o, analyses); }},
        {"quality.csv", [&](std::ostream& o) { writeQualityCsv(o, results->tests, QualityMode::Corrected); }},
        {"summary.csv", [&](std::ostream& o) { writeSummaryCsv(o, analyses); }},
        {"problems.csv", [&](std::ostream& o) { writeProblemsCsv(o, problems.items()); }}};
    const std::vector<std::uint64_t> tableWeights{3, 1, 1, 2, 4, 1, 1, 0};
    std::vector<std::string> failures(tables.size());
    try {
        std::filesystem::create_directories(options.out);
    } catch (const std::exception& e) {
        outcome.message = e.what();
        return outcome;
    }
    runInParallel(tableWeights, threads, [&](std::size_t i) {
        try {
            writeFileAtomically(options.out, tables[i].first, tables[i].second);
        } catch (const std::exception& e) {
            failures[i] = e.what();
        }
    });
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (!failures[i].empty()) {
            outcome.message = failures[i];
            return outcome;
        }
        outcome.files.push_back((options.out / tables[i].first).string());
    }
    outcome.status = ReportStatus::Written;
    outcome.problems = problems.items().size();
    outcome.message = std::to_string(analyses.size()) + " test(s), " + std::to_string(outcome.problems) +
                      " problem(s); wrote " + std::to_string(outcome.files.size()) + " files to " +
                      options.out.string();
    return outcome;
}

} // namespace loadscope
