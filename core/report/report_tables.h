#pragma once
// The report's tables as text: each CSV `report` writes, rendered from analysed results (in parallel, heaviest
// first), then written into the output folder. One value for both a fresh report and one from the report cache.
#include "core/pipeline/analysed_results.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace loadscope {

struct ReportTables {
    std::size_t tests = 0;                                  // analysed tests
    std::size_t problems = 0;                               // rows of problems.csv
    std::vector<std::pair<std::string, std::string>> files; // name, contents; in the order they are listed
};

// Throws std::runtime_error naming the table that could not be rendered.
ReportTables renderReportTables(const AnalysedResults& analysed, unsigned threads);

// Writes every table into `out` (created if needed; each file through a temporary renamed into place, in
// parallel). Returns the paths written, in order; throws std::runtime_error naming the first file it could not write.
std::vector<std::string> writeReportFiles(const ReportTables& tables, const std::filesystem::path& out,
                                          unsigned threads);

} // namespace loadscope
