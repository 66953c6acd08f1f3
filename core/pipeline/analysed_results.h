#pragma once
// A results root loaded and every test analysed, as the report, the figures and the HTML report need it: the
// tables, one analysis per test (analysed in parallel, problems kept in test order) and every problem met.
#include "core/analysis/analysis_mode.h"
#include "core/analysis/test_analysis.h"
#include "core/load/results_loader.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

struct AnalysedResults {
    std::unique_ptr<Results> results;   // owned here so the analyses' `data` pointers stay valid
    std::vector<TestAnalysis> analyses; // one per results->tests, same order
    ProblemList problems;               // the loader's, then each test's in test order
};

struct AnalyseRequest {
    std::filesystem::path root;
    std::vector<std::string> tests; // empty = all
    AnalysisOptions analysis;
    unsigned threads = 0;                              // 0 = every core
    const std::atomic<bool>* cancel = nullptr;         // checked while loading and before analysing
    std::function<void(const LoadProgress&)> progress; // the loader's, from its worker threads
};

// nullopt only when the request was cancelled.
std::optional<AnalysedResults> analyseResults(const AnalyseRequest& request);

} // namespace loadscope
