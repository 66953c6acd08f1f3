#include "core/cache/cache_file.h"

#include "core/util/xxhash64.h"

#include <array>
#include <cstring>
#include <fstream>
#include <random>
#include <unistd.h>

namespace loadscope {

namespace {

namespace fs = std::filesystem;

constexpr std::array<char, 8> kMagic{'L', 'S', 'C', 'A', 'C', 'H', 'E', '\n'};
constexpr std::uint32_t kByteOrder = 0x01020304; // reads back otherwise on a machine of the other byte order

struct Header {
    std::array<char, 8> magic = kMagic;
    std::uint32_t byteOrder = kByteOrder;
    std::uint32_t version = kCacheFormatVersion;
    std::uint64_t keyHash = 0;
    std::uint64_t payloadSize = 0;
    std::uint64_t payloadHash = 0;
};
static_assert(sizeof(Header) == 40);

constexpr std::size_t kChecksumChunk = std::size_t{8} << 20; // checked, then its pages given back

// The header at the start of `bytes` when it is this format's, for `keyHash`, in a file of `fileSize` bytes.
std::optional<Header> headerOf(std::string_view bytes, std::uint64_t fileSize, std::uint64_t keyHash)
{
    Header header;
    if (bytes.size() < sizeof header)
        return std::nullopt;
    std::memcpy(&header, bytes.data(), sizeof header);
    if (header.magic != kMagic || header.byteOrder != kByteOrder || header.version != kCacheFormatVersion ||
        header.keyHash != keyHash || fileSize - sizeof header != header.payloadSize)
        return std::nullopt;
    return header;
}

} // namespace

bool cacheFileMatches(const fs::path& path, std::uint64_t keyHash)
{
    std::ifstream in(path, std::ios::binary);
    char bytes[sizeof(Header)];
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (!in || !in.read(bytes, sizeof bytes) || error)
        return false;
    return headerOf(std::string_view(bytes, sizeof bytes), size, keyHash).has_value();
}

std::optional<CacheFileView> readCacheFile(const fs::path& path, std::uint64_t keyHash)
{
    CacheFileView view{MappedFile(path), {}};
    const std::string_view bytes = view.file.bytes();
    const auto header = headerOf(bytes, bytes.size(), keyHash);
    if (!header)
        return std::nullopt;
    view.payload = bytes.substr(sizeof(Header));
    view.payloadOffset = sizeof(Header);
    Xxhash64Stream hash;
    for (std::size_t at = 0; at < view.payload.size(); at += kChecksumChunk) {
        const std::string_view chunk = view.payload.substr(at, kChecksumChunk);
        hash.update(chunk.data(), chunk.size());
        view.file.release(view.payloadOffset + at, view.payloadOffset + at + chunk.size());
    }
    if (hash.digest() != header->payloadHash)
        return std::nullopt;
    return view;
}

bool writeCacheFile(const fs::path& path, std::uint64_t keyHash, const std::function<void(BinaryWriter&)>& writePayload)
{
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    thread_local std::mt19937_64 random{std::random_device{}()};
    const fs::path temporary = path.string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                               std::to_string(random() % 1000000007);
    Header header;
    header.keyHash = keyHash;
    bool written = false;
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(&header), sizeof header); // sizes and checksum: below, once known
        Xxhash64Stream hash;
        BinaryWriter payload([&](std::string_view bytes) {
            hash.update(bytes.data(), bytes.size());
            header.payloadSize += bytes.size();
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        });
        writePayload(payload);
        payload.flush();
        header.payloadHash = hash.digest();
        out.seekp(0);
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        written = static_cast<bool>(out.flush());
    }
    if (written) {
        fs::rename(temporary, path, error);
        if (!error)
            return true;
    }
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return false;
}

} // namespace loadscope
