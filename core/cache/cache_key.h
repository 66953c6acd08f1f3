#pragma once
// What identifies a cached test: loadscope's version, the digest of the loader's sources (any change to how files
// are read makes every entry stale without anyone remembering to bump a number), the canonical results root, the
// test and its input files' stamps. The key's bytes are stored in the entry and compared whole; its hash names and
// quickly checks the entry.
#include "core/load/test_cache.h"

#include <cstdint>
#include <string>
#include <vector>

namespace loadscope {

struct CacheKey {
    std::string bytes;      // everything above, encoded
    std::uint64_t hash = 0; // xxhash64 of `bytes`
    std::string entryName;  // file name of the entry: the root and test hashed (a changed file keeps the name)
};

CacheKey cacheKeyOf(const TestInputs& inputs);

// The results root as every cache key spells it (absolute, symlinks resolved; as given when that fails).
std::string canonicalRootOf(const std::string& root);

class BinaryWriter;
// What every key holds of its input files: their count, then each one's path, size and modification time.
void putInputFiles(BinaryWriter& out, const std::vector<InputFile>& files);
// An entry's file name: `hash` in 16 hex digits, ".lsc".
std::string cacheEntryName(std::uint64_t hash);

} // namespace loadscope
