#include "core/load/ordered_qos_merger.h"

#include <numeric>

namespace loadscope {

OrderedQosMerger::OrderedQosMerger(QosTables& into, std::vector<std::uint64_t> folderBytes)
    : into_(into), folderBytes_(std::move(folderBytes)), done_(folderBytes_.size(), false)
{
    totalBytes_ = std::accumulate(folderBytes_.begin(), folderBytes_.end(), std::uint64_t{0});
}

void OrderedQosMerger::deliver(std::size_t folder, const QosTables& parsed)
{
    const std::lock_guard lock(mutex_);
    if (folder >= done_.size() || done_[folder])
        return;
    if (folder != next_) {
        waiting_.emplace(folder, parsed);
        return;
    }
    appendLocked(parsed, folder);
    advanceLocked();
}

void OrderedQosMerger::skip(std::size_t folder)
{
    const std::lock_guard lock(mutex_);
    if (folder >= done_.size() || done_[folder])
        return;
    done_[folder] = true;
    advanceLocked();
}

void OrderedQosMerger::finish()
{
    const std::lock_guard lock(mutex_);
    for (auto& [folder, parsed] : waiting_)
        appendLocked(parsed, folder);
    waiting_.clear();
}

void OrderedQosMerger::appendLocked(const QosTables& parsed, std::size_t folder)
{
    // Room for the whole test from the first folder's rows per byte, with a margin: users differ (publishers
    // have outbound rows), and room never written to costs address space, not memory.
    if (!reserved_ && folderBytes_[folder] > 0) {
        const double scale = 1.5 * static_cast<double>(totalBytes_) / static_cast<double>(folderBytes_[folder]);
        for (std::size_t t = 0; t < into_.tables.size(); ++t)
            into_.tables[t].reserveRows(static_cast<std::size_t>(static_cast<double>(parsed.tables[t].rows()) * scale));
        reserved_ = true;
    }
    for (std::size_t t = 0; t < into_.tables.size(); ++t)
        into_.tables[t].append(parsed.tables[t]);
    done_[folder] = true;
}

// Appends the folders kept aside that are now next in line.
void OrderedQosMerger::advanceLocked()
{
    for (;;) {
        while (next_ < done_.size() && done_[next_])
            ++next_;
        const auto it = waiting_.find(next_);
        if (it == waiting_.end())
            return;
        appendLocked(it->second, it->first);
        waiting_.erase(it);
    }
}

} // namespace loadscope
