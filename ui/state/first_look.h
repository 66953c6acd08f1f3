#pragma once
// The first look at a folder being opened: its first test alone, analysed and shown while the whole folder loads
// (ResultsLoaderJob). The test comes whole from the re-open cache when the cache has it; else it is read without
// its stats.json (the large files), so its QoS metrics wait for the whole load. Nothing is stored in the cache here:
// the whole load does that.
#include "ui/state/loaded_results.h"

#include <atomic>
#include <memory>

namespace loadscope {

class TestCache;

// nullptr when `root` has no test or the load was cancelled. Safe to call from any thread. `cache` may be null.
std::shared_ptr<const LoadedResults> loadFirstLook(const QString& root, const AnalysisOptions& options,
                                                   const std::atomic<bool>* cancel,
                                                   const std::shared_ptr<TestCache>& cache);

} // namespace loadscope
