#pragma once
// The re-open cache (issue #18): each loaded test's tables in one file under a cache folder
// ($XDG_CACHE_HOME/loadscope/tests by default; never inside a results folder), restored instead of parsed while
// every input file of the test keeps its size and modification time. A changed, added or removed file makes just
// its test's entry stale (it is rewritten on that load); a corrupt, truncated or foreign entry is ignored and
// rewritten. Past the size cap, the entries used longest ago are removed.
#include "core/load/test_cache.h"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace loadscope {

struct CacheSettings {
    std::filesystem::path folder; // empty: no cache
    std::uint64_t capBytes = 0;
};

// $XDG_CACHE_HOME/loadscope (else ~/.cache/loadscope), capped at $LOADSCOPE_CACHE_MAX_MB megabytes (default 4096);
// an empty folder when neither variable gives a home or LOADSCOPE_NO_CACHE is set.
CacheSettings defaultCacheSettings();
// The folders under the cap: tests/ (this cache's entries) and reports/ (the report's tables, core/report).
std::vector<std::filesystem::path> cacheEntryFolders(const CacheSettings& settings);

class ResultsCache final : public TestCache {
public:
    explicit ResultsCache(CacheSettings settings);

    bool mayHave(const TestInputs& inputs) const override;
    std::optional<CachedTest> find(const TestInputs& inputs) const override;
    void store(const TestInputs& inputs, const TestData& data, const std::vector<Problem>& problems) override;

    // Where the entry of `inputs` is (whether or not it exists).
    std::filesystem::path entryPath(const TestInputs& inputs) const;

private:
    void removeOldestBeyondCap() const;

    CacheSettings settings_;
};

} // namespace loadscope
