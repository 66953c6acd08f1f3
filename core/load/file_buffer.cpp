#include "core/load/file_buffer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace loadscope {

namespace {

// The last buffer freed on this thread, reused by the next read: loader threads read hundreds of files of
// similar size, and fresh multi-megabyte allocations cost a page fault per 4 KiB on first touch.
struct SpareBuffer {
    std::unique_ptr<char[]> data;
    std::size_t capacity = 0;
};

SpareBuffer& spareBuffer()
{
    thread_local SpareBuffer spare;
    return spare;
}

std::unique_ptr<char[]> allocate(std::size_t& capacity)
{
    SpareBuffer& spare = spareBuffer();
    if (spare.data && spare.capacity >= capacity) {
        capacity = spare.capacity;
        spare.capacity = 0;
        return std::move(spare.data);
    }
    return std::make_unique_for_overwrite<char[]>(capacity + kJsonPadding);
}

} // namespace

FileBuffer::~FileBuffer()
{
    SpareBuffer& spare = spareBuffer();
    // A huge buffer is not kept: it would stay resident after loading (the largest file's size per thread).
    constexpr std::size_t kMaxSpareBytes = std::size_t{64} << 20;
    if (data_ && capacity_ > spare.capacity && capacity_ <= kMaxSpareBytes) {
        spare.data = std::move(data_);
        spare.capacity = capacity_;
    }
}

FileBuffer FileBuffer::read(const std::filesystem::path& path, std::string& error, std::size_t maxBytes)
{
    FileBuffer buffer;
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = std::strerror(errno);
        return buffer;
    }
    std::error_code sizeError;
    const auto expected = std::filesystem::file_size(path, sizeError);
    // One byte more than the size, so that reaching it proves the end of the file without a second look.
    std::size_t capacity = sizeError ? 1 << 16
                                     : static_cast<std::size_t>(std::min<std::uintmax_t>(expected, maxBytes)) + 1;
    auto data = allocate(capacity);
    std::size_t size = 0;
    for (;;) {
        if (size > maxBytes) { // one byte past the limit proves there is more: refuse the rest
            size = maxBytes;
            buffer.cutAtLimit_ = true;
            break;
        }
        if (size == capacity) { // the file grew while we read it (a running test): keep reading
            capacity = std::min(capacity * 2 + 4096, maxBytes + 1);
            auto bigger = allocate(capacity);
            std::memcpy(bigger.get(), data.get(), size);
            data = std::move(bigger);
        }
        const std::size_t got = std::fread(data.get() + size, 1, capacity - size, file);
        size += got;
        if (got == 0)
            break;
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) {
        error = "read error";
        return buffer;
    }
    FileBuffer result = adopt(std::move(data), capacity, size);
    result.cutAtLimit_ = buffer.cutAtLimit_;
    return result;
}

FileBuffer FileBuffer::fromBytes(std::string_view bytes)
{
    // Exactly sized, never the spare buffer, so AddressSanitizer sees any read past the padding.
    auto data = std::make_unique_for_overwrite<char[]>(bytes.size() + kJsonPadding);
    if (!bytes.empty())
        std::memcpy(data.get(), bytes.data(), bytes.size());
    return adopt(std::move(data), bytes.size(), bytes.size());
}

FileBuffer FileBuffer::adopt(std::unique_ptr<char[]> data, std::size_t capacity, std::size_t size)
{
    FileBuffer buffer;
    std::memset(data.get() + size, 0, kJsonPadding);
    buffer.data_ = std::move(data);
    buffer.capacity_ = capacity;
    buffer.size_ = size;
    if (size >= 3 && std::memcmp(buffer.data_.get(), "\xEF\xBB\xBF", 3) == 0)
        buffer.start_ = 3;
    return buffer;
}

std::string FileBuffer::foreignEncoding() const
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data_.get());
    if (size_ >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        return "UTF-16 LE";
    if (size_ >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        return "UTF-16 BE";
    // No mark, but UTF-16 text of ASCII has a zero in every other byte.
    if (size_ >= 2 && (bytes[0] == 0 || bytes[1] == 0))
        return "UTF-16 or binary";
    return {};
}

long LineIndex::lineOf(std::size_t offset)
{
    if (!built_) {
        for (const char *p = text_.data(), *end = p + text_.size();
             (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))); ++p)
            newlines_.push_back(static_cast<std::size_t>(p - text_.data()));
        built_ = true;
    }
    return 1 + static_cast<long>(std::lower_bound(newlines_.begin(), newlines_.end(), offset) - newlines_.begin());
}

} // namespace loadscope
