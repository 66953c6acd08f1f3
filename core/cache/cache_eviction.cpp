#include "core/cache/cache_eviction.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <string>

namespace loadscope {

namespace fs = std::filesystem;

namespace {

std::mutex& evictionMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct Entry {
    fs::path path;
    fs::file_time_type used;
    std::uint64_t size;
};

// The entries of `folder`; a writer's temporary file older than an hour is removed on the way.
void collectEntries(const fs::path& folder, std::vector<Entry>& entries, std::uint64_t& total)
{
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        std::error_code entryError;
        const auto size = it->file_size(entryError);
        const auto used = it->last_write_time(entryError);
        if (entryError)
            continue;
        if (it->path().extension() != ".lsc") {
            if (it->path().filename().string().find(".lsc.tmp-") != std::string::npos &&
                fs::file_time_type::clock::now() - used > std::chrono::hours(1))
                fs::remove(it->path(), entryError);
            continue;
        }
        entries.push_back({it->path(), used, static_cast<std::uint64_t>(size)});
        total += size;
    }
}

} // namespace

void removeOldestEntriesBeyondCap(const std::vector<fs::path>& folders, std::uint64_t capBytes)
{
    const std::lock_guard lock(evictionMutex());
    std::vector<Entry> entries;
    std::uint64_t total = 0;
    for (const auto& folder : folders)
        collectEntries(folder, entries, total);
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const Entry& entry : entries) {
        if (total <= capBytes)
            break;
        std::error_code removeError;
        if (fs::remove(entry.path, removeError))
            total -= entry.size;
    }
}

void touchCacheEntry(const fs::path& entry)
{
    std::error_code error;
    fs::last_write_time(entry, fs::file_time_type::clock::now(), error);
}

} // namespace loadscope
