#pragma once
// Counts loaded files and bytes from many threads and calls the progress callback at most every 50 ms, so a
// GUI is not flooded; the last call always reports the totals.
#include "core/load/results_loader.h"

#include <atomic>
#include <chrono>
#include <mutex>

namespace loadscope {

class LoadProgressMeter {
public:
    LoadProgressMeter(LoadProgress total, std::function<void(const LoadProgress&)> callback);
    void advance(std::size_t files, std::uint64_t bytes); // thread-safe
    void finish();                                        // the final call, from the loading thread

private:
    LoadProgress snapshot() const;

    LoadProgress total_;
    std::function<void(const LoadProgress&)> callback_;
    std::atomic<std::size_t> files_{0};
    std::atomic<std::uint64_t> bytes_{0};
    std::mutex mutex_;
    std::chrono::steady_clock::time_point lastCall_{};
};

} // namespace loadscope
