#pragma once
// The report cache (issue #18): the tables `report` wrote for a results root and analysis options, kept under
// $XDG_CACHE_HOME/loadscope/reports (never inside the results folder) and written out again, without reading or
// analysing anything, while nothing they came from has changed. The key holds loadscope's version, a digest of every
// source the tables come from (core/util to core/report), the canonical root, the options that change the tables
// (mode, log UTC offset, tests), and every file under the root with its size and modification time: any file added,
// removed or changed anywhere under the root makes the entry stale. One entry per root and options; a stale one is
// replaced. Corrupt, truncated or foreign entries are ignored (never trusted) and rewritten. Entries count toward the
// re-open cache's size cap (core/cache/cache_eviction.h).
#include "core/cache/results_cache.h"
#include "core/report/report_tables.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

struct ReportKey {
    std::string bytes;      // everything above, encoded; stored in the entry and compared whole
    std::uint64_t hash = 0; // xxhash64 of `bytes`
    std::string entryName;  // the root and options hashed: a changed file keeps the name
};

// Nullopt when the root cannot be listed (the report then runs as without a cache).
std::optional<ReportKey> reportKeyOf(const std::filesystem::path& root, const std::vector<std::string>& tests,
                                     const AnalysisOptions& analysis);

class ReportCache {
public:
    explicit ReportCache(CacheSettings settings);

    std::optional<ReportTables> find(const ReportKey& key) const;
    void store(const ReportKey& key, const ReportTables& tables) const;
    std::filesystem::path entryPath(const ReportKey& key) const;

private:
    CacheSettings settings_;
};

} // namespace loadscope
