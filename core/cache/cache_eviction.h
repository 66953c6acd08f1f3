#pragma once
// The caches' one size cap: the entries (`*.lsc`) of every given folder count together; past the cap, those used
// longest ago (oldest modification time: a read touches its entry) are removed first. Temporary files left by a
// writer that died more than an hour ago go too.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace loadscope {

void removeOldestEntriesBeyondCap(const std::vector<std::filesystem::path>& folders, std::uint64_t capBytes);

// Marks an entry as just used, so that it is the last to go.
void touchCacheEntry(const std::filesystem::path& entry);

} // namespace loadscope
