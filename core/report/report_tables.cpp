#include "core/report/report_tables.h"

#include "core/load/parallel_runner.h"
#include "core/quality/quality_table.h"
#include "core/report/comparisons_table.h"
#include "core/report/report_writer.h"
#include "core/report/test_summary.h"

#include <functional>
#include <sstream>
#include <stdexcept>

namespace loadscope {

ReportTables renderReportTables(const AnalysedResults& analysed, unsigned threads)
{
    const auto& analyses = analysed.analyses;
    const auto& problems = analysed.problems.items();
    using TableWriter = std::function<void(std::ostream&)>;
    const std::vector<std::pair<std::string, TableWriter>> writers{
        {"segments.csv", [&](std::ostream& o) { writeSegmentsCsv(o, analyses); }},
        {"thresholds.csv", [&](std::ostream& o) { writeThresholdsCsv(o, analyses); }},
        {"progression.csv", [&](std::ostream& o) { writeProgressionCsv(o, analyses); }},
        {"qos_summary.csv", [&](std::ostream& o) { writeQosSummaryCsv(o, analyses); }},
        {"comparisons.csv", [&](std::ostream& o) { writeComparisonsCsv(o, analyses); }},
        {"quality.csv", [&](std::ostream& o) { writeQualityCsv(o, analysed.results->tests, QualityMode::Corrected); }},
        {"summary.csv", [&](std::ostream& o) { writeSummaryCsv(o, analyses); }},
        {"problems.csv", [&](std::ostream& o) { writeProblemsCsv(o, problems); }}};
    const std::vector<std::uint64_t> weights{3, 1, 1, 2, 4, 1, 1, 0};
    ReportTables tables;
    tables.tests = analyses.size();
    tables.problems = problems.size();
    tables.files.resize(writers.size());
    std::vector<std::string> failures(writers.size());
    runInParallel(weights, threads, [&](std::size_t i) {
        try {
            std::ostringstream text;
            writers[i].second(text);
            tables.files[i] = {writers[i].first, std::move(text).str()};
        } catch (const std::exception& e) {
            failures[i] = writers[i].first + ": " + e.what();
        }
    });
    for (const auto& failure : failures)
        if (!failure.empty())
            throw std::runtime_error(failure);
    return tables;
}

std::vector<std::string> writeReportFiles(const ReportTables& tables, const std::filesystem::path& out,
                                          unsigned threads)
{
    std::filesystem::create_directories(out);
    std::vector<std::string> failures(tables.files.size());
    std::vector<std::uint64_t> weights;
    for (const auto& file : tables.files)
        weights.push_back(file.second.size());
    runInParallel(weights, threads, [&](std::size_t i) {
        try {
            const std::string& contents = tables.files[i].second;
            writeFileAtomically(out, tables.files[i].first, [&](std::ostream& o) {
                o.write(contents.data(), static_cast<std::streamsize>(contents.size()));
            });
        } catch (const std::exception& e) {
            failures[i] = e.what();
        }
    });
    std::vector<std::string> written;
    for (std::size_t i = 0; i < tables.files.size(); ++i) {
        if (!failures[i].empty())
            throw std::runtime_error(failures[i]);
        written.push_back((out / tables.files[i].first).string());
    }
    return written;
}

} // namespace loadscope
