#include "core/cache/results_cache.h"

#include "core/cache/cache_file.h"
#include "core/cache/cache_key.h"
#include "core/cache/test_data_codec.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <string_view>

namespace loadscope {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kDefaultCapMegabytes = 4096;
constexpr std::size_t kReleaseEvery = std::size_t{4} << 20; // the decoder gives back the entry's pages behind it

const char* environment(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value ? value : nullptr;
}

std::mutex& evictionMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

CacheSettings defaultCacheSettings()
{
    CacheSettings settings;
    if (environment("LOADSCOPE_NO_CACHE"))
        return settings;
    if (const char* xdg = environment("XDG_CACHE_HOME"))
        settings.folder = fs::path(xdg) / "loadscope";
    else if (const char* home = environment("HOME"))
        settings.folder = fs::path(home) / ".cache" / "loadscope";
    std::uint64_t megabytes = kDefaultCapMegabytes;
    if (const char* cap = environment("LOADSCOPE_CACHE_MAX_MB")) {
        char* end = nullptr;
        const unsigned long long parsed = std::strtoull(cap, &end, 10);
        if (end && *end == '\0')
            megabytes = parsed;
    }
    settings.capBytes = megabytes * 1024 * 1024;
    return settings;
}

ResultsCache::ResultsCache(CacheSettings settings) : settings_(std::move(settings)) {}

fs::path ResultsCache::entryPath(const TestInputs& inputs) const
{
    return settings_.folder / "tests" / cacheKeyOf(inputs).entryName;
}

bool ResultsCache::mayHave(const TestInputs& inputs) const
{
    if (settings_.folder.empty())
        return false;
    const CacheKey key = cacheKeyOf(inputs);
    return cacheFileMatches(settings_.folder / "tests" / key.entryName, key.hash);
}

std::optional<CachedTest> ResultsCache::find(const TestInputs& inputs) const
{
    if (settings_.folder.empty())
        return std::nullopt;
    const CacheKey key = cacheKeyOf(inputs);
    const fs::path path = settings_.folder / "tests" / key.entryName;
    auto entry = readCacheFile(path, key.hash);
    if (!entry || entry->payload.substr(0, key.bytes.size()) != key.bytes)
        return std::nullopt;
    try {
        BinaryReader in(entry->payload.substr(key.bytes.size()));
        const std::size_t start = entry->payloadOffset + key.bytes.size();
        std::size_t released = start;
        in.whenConsumed(kReleaseEvery, [&](std::size_t consumed) {
            entry->file.release(released, start + consumed);
            released = start + consumed;
        });
        CachedTest cached = decodeCachedTest(in);
        std::error_code error; // used just now: the last to go when the cache is over its cap
        fs::last_write_time(path, fs::file_time_type::clock::now(), error);
        return cached;
    } catch (const CacheFormatError&) {
        return std::nullopt;
    }
}

void ResultsCache::store(const TestInputs& inputs, const TestData& data, const std::vector<Problem>& problems)
{
    if (settings_.folder.empty())
        return;
    const CacheKey key = cacheKeyOf(inputs);
    const fs::path path = settings_.folder / "tests" / key.entryName;
    const bool written = writeCacheFile(path, key.hash, [&](BinaryWriter& out) {
        out.putBytes(key.bytes);
        encodeCachedTest(out, data, problems);
    });
    if (written) // the entry just written is the newest: it goes last, and only when it alone is over the cap
        removeOldestBeyondCap();
}

void ResultsCache::removeOldestBeyondCap() const
{
    struct Entry {
        fs::path path;
        fs::file_time_type used;
        std::uint64_t size;
    };
    const std::lock_guard lock(evictionMutex());
    std::vector<Entry> entries;
    std::uint64_t total = 0;
    std::error_code error;
    for (fs::directory_iterator it(settings_.folder / "tests", error), end; !error && it != end; it.increment(error)) {
        std::error_code entryError;
        const auto size = it->file_size(entryError);
        const auto used = it->last_write_time(entryError);
        if (entryError)
            continue;
        if (it->path().extension() != ".lsc") { // a temporary file left by a writer that died
            if (it->path().filename().string().find(".lsc.tmp-") != std::string::npos &&
                fs::file_time_type::clock::now() - used > std::chrono::hours(1))
                fs::remove(it->path(), entryError);
            continue;
        }
        entries.push_back({it->path(), used, static_cast<std::uint64_t>(size)});
        total += size;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const Entry& entry : entries) {
        if (total <= settings_.capBytes)
            break;
        std::error_code removeError;
        if (fs::remove(entry.path, removeError))
            total -= entry.size;
    }
}

} // namespace loadscope
