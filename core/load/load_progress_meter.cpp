#include "core/load/load_progress_meter.h"

namespace loadscope {

namespace {
constexpr auto kMinInterval = std::chrono::milliseconds(50);
}

LoadProgressMeter::LoadProgressMeter(LoadProgress total, std::function<void(const LoadProgress&)> callback)
    : total_(total), callback_(std::move(callback))
{
}

LoadProgress LoadProgressMeter::snapshot() const
{
    LoadProgress progress = total_;
    progress.filesDone = files_.load(std::memory_order_relaxed);
    progress.bytesDone = bytes_.load(std::memory_order_relaxed);
    return progress;
}

void LoadProgressMeter::advance(std::size_t files, std::uint64_t bytes)
{
    files_.fetch_add(files, std::memory_order_relaxed);
    bytes_.fetch_add(bytes, std::memory_order_relaxed);
    if (!callback_)
        return;
    // Another thread reporting right now is reason enough to skip this one.
    std::unique_lock lock(mutex_, std::try_to_lock);
    if (!lock.owns_lock())
        return;
    const auto now = std::chrono::steady_clock::now();
    if (now - lastCall_ < kMinInterval)
        return;
    lastCall_ = now;
    callback_(snapshot());
}

void LoadProgressMeter::finish()
{
    if (!callback_)
        return;
    std::lock_guard lock(mutex_);
    callback_(snapshot());
}

} // namespace loadscope
