#pragma once
// A results root as the GUI holds it: the loaded tables, every test already analysed with the chosen analysis
// options (so switching tests is instant) and all problems met on the way. Built off the GUI thread by the same
// analyseResults() as `loadscope-cli report`; shared read-only afterwards.
#include "core/analysis/analysis_mode.h"
#include "core/analysis/test_analysis.h"
#include "core/load/results_loader.h"
#include "core/pipeline/analysed_results.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace loadscope {

struct LoadedResults {
    QString root;
    AnalysisOptions options; // what the analyses were computed with
    // Views into one AnalysedResults, which each of them keeps alive (shared ownership, no copies).
    std::shared_ptr<const Results> results;
    std::vector<std::shared_ptr<const TestAnalysis>> analyses; // one per results->tests, same order
    std::vector<Problem> problems;                             // loader's, then each analysis'
    // A first look (ui/state/first_look.h): the first test alone, shown while the whole folder loads; the other
    // tests are only named (pendingTests). Without the cache it was read without its stats.json: !qosLoaded, and
    // the QoS metrics wait for the whole folder.
    bool firstLook = false;
    std::vector<QString> pendingTests;
    bool qosLoaded = true;
};

// What the window shows of an analysed folder (opened, or the last update of a followed one).
std::shared_ptr<LoadedResults> loadedResultsOf(const QString& root, std::shared_ptr<const AnalysedResults> analysed);

// Loads and analyses `root` (tests in parallel); nullptr when cancelled. Safe to call from any thread.
std::shared_ptr<const LoadedResults> loadAndAnalyse(const QString& root, const AnalysisOptions& options,
                                                    const std::atomic<bool>* cancel,
                                                    std::function<void(const LoadProgress&)> progress);

// Wraps already-built tables (tests and scripts); the analyses must point into `results`, and each one handed out
// keeps `results` alive.
std::shared_ptr<const LoadedResults> wrapResults(const QString& root, std::shared_ptr<const Results> results,
                                                 std::vector<std::shared_ptr<const TestAnalysis>> analyses);

} // namespace loadscope
