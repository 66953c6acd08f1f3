#pragma once
// The headless report: load a results root, analyse each test, write the CSV tables into an output folder.
#include "core/analysis/analysis_mode.h"
#include "core/cache/results_cache.h"
#include "core/load/results_loader.h"
#include "core/pipeline/analysed_results.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace loadscope {

struct ReportOptions {
    std::filesystem::path root;
    std::filesystem::path out;
    std::vector<std::string> tests; // empty = all
    AnalysisOptions analysis;
    unsigned threads = 0;
    std::shared_ptr<TestCache> cache; // the re-open cache (AnalyseRequest::cache); none: every file parsed
    CacheSettings reportCache;        // the report cache (core/report/report_cache.h); no folder: tables computed
};

enum class ReportStatus { Written, NoResults, Failed };

struct ReportOutcome {
    ReportStatus status = ReportStatus::Failed;
    std::string message;            // why it failed, or a one-line summary
    std::vector<std::string> files; // written, in order
    std::size_t problems = 0;
    bool fromCache = false; // the tables came from the report cache: nothing under the root was read
};

// True when `inner` is `outer` or lies below it (after resolving symlinks where the paths exist).
bool isInside(const std::filesystem::path& inner, const std::filesystem::path& outer);

// Never writes inside the results root: an output folder inside it is refused. With a report cache, an unchanged
// root reported with the same options is written from the cache, and a computed report is kept there.
ReportOutcome writeReport(const ReportOptions& options);
// The same from results already loaded and analysed (options.root, tests, analysis and threads as they were); the
// report cache is neither read nor written.
ReportOutcome writeReportTables(const ReportOptions& options, const AnalysedResults& analysed);

} // namespace loadscope
