#include "core/cache/results_cache.h"

#include "core/cache/cache_eviction.h"
#include "core/cache/cache_file.h"
#include "core/cache/cache_key.h"
#include "core/cache/test_data_codec.h"

#include <cstdlib>
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

std::vector<fs::path> cacheEntryFolders(const CacheSettings& settings)
{
    return {settings.folder / "tests", settings.folder / "reports"};
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
        touchCacheEntry(path); // used just now: the last to go when the cache is over its cap
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
    removeOldestEntriesBeyondCap(cacheEntryFolders(settings_), settings_.capBytes);
}

} // namespace loadscope
