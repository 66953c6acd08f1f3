#include "core/report/report.h"

#include "core/pipeline/analysed_results.h"
#include "core/report/report_cache.h"
#include "core/report/report_tables.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <system_error>
#include <thread>
#include <variant>

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

unsigned threadsOf(const ReportOptions& options)
{
    return options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
}

ReportOutcome noResults(const ReportOptions& options, std::size_t problems)
{
    ReportOutcome outcome;
    outcome.status = ReportStatus::NoResults;
    outcome.message = "no results folder under " + options.root.string() + " (expected stats/<test>/...)";
    outcome.problems = problems;
    return outcome;
}

ReportOutcome writeTables(const ReportOptions& options, const ReportTables& tables)
{
    ReportOutcome outcome;
    try {
        outcome.files = writeReportFiles(tables, options.out, threadsOf(options));
    } catch (const std::exception& e) {
        outcome.message = e.what();
        return outcome;
    }
    outcome.status = ReportStatus::Written;
    outcome.problems = tables.problems;
    outcome.message = std::to_string(tables.tests) + " test(s), " + std::to_string(outcome.problems) +
                      " problem(s); wrote " + std::to_string(outcome.files.size()) + " files to " +
                      options.out.string();
    return outcome;
}

// The tables of `analysed`, or why there are none.
std::variant<ReportTables, ReportOutcome> render(const ReportOptions& options, const AnalysedResults& analysed)
{
    if (analysed.results->tests.empty())
        return noResults(options, analysed.problems.items().size());
    try {
        return renderReportTables(analysed, threadsOf(options));
    } catch (const std::exception& e) {
        ReportOutcome outcome;
        outcome.message = e.what();
        return outcome;
    }
}

} // namespace

ReportOutcome writeReport(const ReportOptions& options)
{
    if (auto refused = refuseOutputInsideRoot(options))
        return *refused;
    const ReportCache cache(options.reportCache);
    // Keyed before anything is read: a file changed while it is analysed leaves an entry that is already stale.
    const auto key = options.reportCache.folder.empty() ? std::nullopt
                                                        : reportKeyOf(options.root, options.tests, options.analysis);
    if (key)
        if (const auto cached = cache.find(*key)) {
            ReportOutcome outcome = writeTables(options, *cached);
            outcome.fromCache = true;
            return outcome;
        }
    std::variant<ReportTables, ReportOutcome> rendered;
    {
        AnalyseRequest request;
        request.root = options.root;
        request.tests = options.tests;
        request.analysis = options.analysis;
        request.threads = options.threads;
        request.cache = options.cache;
        const auto analysed = analyseResults(request);
        if (!analysed) {
            ReportOutcome outcome;
            outcome.message = "loading was cancelled";
            return outcome;
        }
        rendered = render(options, *analysed);
    } // the analysis is let go before the tables are written
    if (auto* outcome = std::get_if<ReportOutcome>(&rendered))
        return *outcome;
    const ReportTables& tables = std::get<ReportTables>(rendered);
    ReportOutcome outcome = writeTables(options, tables);
    if (key && outcome.status == ReportStatus::Written)
        cache.store(*key, tables);
    return outcome;
}

ReportOutcome writeReportTables(const ReportOptions& options, const AnalysedResults& analysed)
{
    if (auto refused = refuseOutputInsideRoot(options))
        return *refused;
    const auto rendered = render(options, analysed);
    if (const auto* outcome = std::get_if<ReportOutcome>(&rendered))
        return *outcome;
    return writeTables(options, std::get<ReportTables>(rendered));
}

} // namespace loadscope
