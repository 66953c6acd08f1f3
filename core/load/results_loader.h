#pragma once
// Loads a results root (see docs/results-format.md) into in-memory tables. Never throws on bad data:
// every problem becomes a Problem naming the file (and line), and everything else still loads.
#include "core/load/load_timings.h"
#include "core/load/results_layout.h"
#include "core/load/test_cache.h"
#include "core/model/results.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

struct LoadProgress {
    std::size_t filesDone = 0, filesTotal = 0;
    std::uint64_t bytesDone = 0, bytesTotal = 0;
};

struct LoadOptions {
    std::vector<std::string> tests;                    // only these tests (folder names under stats/); empty = all
    bool loadQos = true;                               // parse stats.json (the large files)
    unsigned threads = 0;                              // 0 = std::thread::hardware_concurrency()
    const std::atomic<bool>* cancel = nullptr;         // set to true to stop; loadResults then returns nullopt
    std::function<void(const LoadProgress&)> progress; // called from loader threads, rate-limited
    LoadTimings* timings = nullptr;                    // filled when set (for the benchmark)
    TestCache* cache = nullptr; // the re-open cache: unchanged tests restored from it, the others stored into it
    // When set, the tests to store are listed here instead of stored during the load (a caller with somewhere to
    // show them first stores them afterwards, off its critical path).
    std::vector<DeferredStore>* deferredStores = nullptr;
};

// nullopt only when cancelled. A root with no tests gives Results with no tests and a problem saying why.
std::optional<Results> loadResults(const std::filesystem::path& root, const LoadOptions& options = {});

} // namespace loadscope
