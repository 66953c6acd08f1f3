#pragma once
// The first look at a folder being opened: its first test alone, analysed and shown while the whole folder loads
// (ResultsLoaderJob). It is read without its stats.json (the large files), so its QoS metrics wait for the whole
// load, which uses the re-open cache. Not from the cache: restoring the whole test, QoS included, takes longer than
// reading its events (big3g: first picture 1.35-1.58 s from the cache, 0.50-0.63 s from the events).
#include "ui/state/loaded_results.h"

#include <atomic>
#include <memory>

namespace loadscope {

// nullptr when `root` has no test or the load was cancelled. Safe to call from any thread.
std::shared_ptr<const LoadedResults> loadFirstLook(const QString& root, const AnalysisOptions& options,
                                                   const std::atomic<bool>* cancel);

} // namespace loadscope
