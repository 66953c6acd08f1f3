#pragma once
// A results root loaded and every test analysed: the one type the report, the figures, the HTML report, the bench,
// follow and the GUI hold, built by analyseResults() (a folder read from disk) or analyseLoaded() (tables already
// assembled, as follow has them). Tests are analysed in parallel; problems are kept in test order.
#include "core/analysis/analysis_mode.h"
#include "core/analysis/test_analysis.h"
#include "core/load/load_timings.h"
#include "core/load/results_loader.h"
#include "core/util/phase_stopwatch.h"

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

struct AnalysedResults {
    AnalysisOptions options;                   // what the analyses were computed with
    std::unique_ptr<Results> results;          // owned here so the analyses' `data` pointers stay valid
    std::vector<TestAnalysis> analyses;        // one per results->tests, same order
    std::vector<ProblemList> analysisProblems; // of each analysis, same order
    ProblemList problems;                      // the loader's, then each analysis' in test order
    std::shared_ptr<TestCache> cache;          // the request's
    std::vector<DeferredStore> deferredStores; // AnalyseRequest::deferCacheStores: for storeDeferredTests()
};

// Stores the tests the load left to store (AnalyseRequest::deferCacheStores) into the request's cache. Call once,
// from any thread, while `analysed` lives; nothing happens without a cache or deferred tests.
void storeDeferredTests(const AnalysedResults& analysed);

struct AnalyseRequest {
    std::filesystem::path root;
    std::vector<std::string> tests; // empty = all
    AnalysisOptions analysis;
    unsigned threads = 0;                              // 0 = every core
    const std::atomic<bool>* cancel = nullptr;         // checked while loading and before analysing
    std::function<void(const LoadProgress&)> progress; // the loader's, from its worker threads
    // The benchmark's: the loader's timings, and the analysis phases timed (the tests are then analysed one after
    // another, so that each phase's time is its own).
    LoadTimings* loadTimings = nullptr;
    PhaseStopwatch* analysisLaps = nullptr;
    // The re-open cache (core/cache/results_cache.h): unchanged tests are restored from it, the others parsed and
    // kept in it. None: every file is parsed.
    std::shared_ptr<TestCache> cache;
    // Leave storing the tests parsed from their files to storeDeferredTests() (the GUI: after the first picture).
    bool deferCacheStores = false;
};

// nullopt only when the request was cancelled.
std::optional<AnalysedResults> analyseResults(const AnalyseRequest& request);

// Fills a test's analysis and its problems from an earlier one instead of analysing it again (follow: a test
// that did not change); false to analyse it. Called from the analysing threads, one call per test.
using ReuseAnalysis = std::function<bool(std::size_t test, TestAnalysis& analysis, ProblemList& problems)>;

// Analyses every test of `results` (threads: 0 = every core); `results->problems` come first in `problems`.
AnalysedResults analyseLoaded(std::unique_ptr<Results> results, const AnalysisOptions& options, unsigned threads,
                              const ReuseAnalysis& reuse = {}, PhaseStopwatch* laps = nullptr);

} // namespace loadscope
