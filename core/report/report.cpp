#include "core/report/report.h"

#include "core/quality/quality_table.h"
#include "core/report/comparisons_table.h"
#include "core/report/report_writer.h"
#include "core/report/test_summary.h"

#include <exception>
#include <system_error>

namespace loadscope {

bool isInside(const std::filesystem::path& inner, const std::filesystem::path& outer)
{
    std::error_code ec;
    const auto a = std::filesystem::weakly_canonical(std::filesystem::absolute(inner), ec);
    const auto b = std::filesystem::weakly_canonical(std::filesystem::absolute(outer), ec);
    auto ai = a.begin();
    for (auto bi = b.begin(); bi != b.end(); ++bi, ++ai) {
        if (bi->empty() && std::next(bi) == b.end())
            break;  // trailing separator
        if (ai == a.end() || *ai != *bi)
            return false;
    }
    return true;
}

ReportOutcome writeReport(const ReportOptions& options)
{
    ReportOutcome outcome;
    if (isInside(options.out, options.root)) {
        outcome.message = "refusing to write inside the results folder: " + options.out.string();
        return outcome;
    }
    LoadOptions load;
    load.tests = options.tests;
    load.threads = options.threads;
    auto results = loadResults(options.root, load);
    if (!results) {
        outcome.message = "loading was cancelled";
        return outcome;
    }
    ProblemList problems;
    for (const auto& p : results->problems)
        problems.add(p.file, p.line, p.severity, p.message);
    if (results->tests.empty()) {
        outcome.status = ReportStatus::NoResults;
        outcome.message = "no results folder under " + options.root.string() + " (expected stats/<test>/...)";
        outcome.problems = problems.items().size();
        return outcome;
    }
    std::vector<TestAnalysis> analyses;
    for (const auto& test : results->tests)
        analyses.push_back(analyseTest(test, options.analysis, problems));

    try {
        std::filesystem::create_directories(options.out);
        auto write = [&](const std::string& name, const std::function<void(std::ostream&)>& body) {
            writeFileAtomically(options.out, name, body);
            outcome.files.push_back((options.out / name).string());
        };
        write("segments.csv", [&](std::ostream& o) { writeSegmentsCsv(o, analyses); });
        write("thresholds.csv", [&](std::ostream& o) { writeThresholdsCsv(o, analyses); });
        write("progression.csv", [&](std::ostream& o) { writeProgressionCsv(o, analyses); });
        write("qos_summary.csv", [&](std::ostream& o) { writeQosSummaryCsv(o, analyses); });
        write("comparisons.csv", [&](std::ostream& o) { writeComparisonsCsv(o, analyses); });
        write("quality.csv", [&](std::ostream& o) { writeQualityCsv(o, results->tests, QualityMode::Corrected); });
        write("summary.csv", [&](std::ostream& o) { writeSummaryCsv(o, analyses); });
        write("problems.csv", [&](std::ostream& o) { writeProblemsCsv(o, problems.items()); });
    } catch (const std::exception& e) {
        outcome.message = e.what();
        return outcome;
    }
    outcome.status = ReportStatus::Written;
    outcome.problems = problems.items().size();
    outcome.message = std::to_string(analyses.size()) + " test(s), " + std::to_string(outcome.problems) +
                      " problem(s); wrote " + std::to_string(outcome.files.size()) + " files to " +
                      options.out.string();
    return outcome;
}

} // namespace loadscope
