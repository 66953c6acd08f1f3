#pragma once
// One entry of the re-open cache on disk: a fixed header (magic, byte order, format version, the key's hash, the
// payload's size and XXH64), then the payload (the key's bytes, then the encoded test). Written to a temporary
// file and renamed, so a reader never sees half an entry; read whole and checked before anything is decoded.
#include "core/cache/binary_writer.h"
#include "core/cache/mapped_file.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace loadscope {

inline constexpr std::uint32_t kCacheFormatVersion = 1; // bump when the encoding (test_data_codec.cpp) changes

// Whether `path` starts with a header of this format for `keyHash`, with the file as long as it says.
bool cacheFileMatches(const std::filesystem::path& path, std::uint64_t keyHash);
// The entry mapped, when its header matches `keyHash` and its payload's checksum is right; nullopt otherwise.
// The checksum pass gives its pages back as it goes (MappedFile::release); so may the decoder.
struct CacheFileView {
    MappedFile file;
    std::string_view payload;      // inside `file`
    std::size_t payloadOffset = 0; // where `payload` starts in `file`
};
std::optional<CacheFileView> readCacheFile(const std::filesystem::path& path, std::uint64_t keyHash);
// Writes the entry whose payload `writePayload` puts into the writer it is given (streamed to a temporary file,
// hashed on the way, then renamed to `path`). False when it could not be written (the cache is then not kept).
bool writeCacheFile(const std::filesystem::path& path, std::uint64_t keyHash,
                    const std::function<void(BinaryWriter&)>& writePayload);

} // namespace loadscope
