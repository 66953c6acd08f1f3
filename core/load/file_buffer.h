#pragma once
// One read of a whole file into a buffer with zeroed padding after the end, as simdjson needs, so the JSON
// readers parse in place without another copy. Also knows where each line starts, for problem messages.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace loadscope {

// Bytes simdjson may read past the end of its input (SIMDJSON_PADDING is 64); kept here so callers need no
// simdjson header.
inline constexpr std::size_t kJsonPadding = 64;

class FileBuffer {
public:
    FileBuffer() = default;
    FileBuffer(FileBuffer&&) noexcept = default;
    FileBuffer& operator=(FileBuffer&&) noexcept = default;
    ~FileBuffer();

    // Reads `path`, at most `maxBytes` of it (see load_limits.h); on failure returns an empty buffer and sets
    // `error` to a short reason.
    static FileBuffer read(const std::filesystem::path& path, std::string& error,
                           std::size_t maxBytes = static_cast<std::size_t>(-1) - kJsonPadding - 1);
    // True when the file holds more than the `maxBytes` read.
    bool cutAtLimit() const { return cutAtLimit_; }
    // A copy of `bytes`, padded like a read file (live follow's complete part of a growing file, fuzz targets,
    // tests that build input in memory).
    static FileBuffer fromBytes(std::string_view bytes);

    // The file's text after a UTF-8 byte-order mark (if any); padding follows it in memory.
    std::string_view text() const { return {data_.get() + start_, size_ - start_}; }
    const char* begin() const { return data_.get() + start_; }
    // Bytes readable from `at` to the end of the padding (for simdjson's padded views of a slice).
    std::size_t capacityFrom(const char* at) const
    {
        return static_cast<std::size_t>(data_.get() + size_ + kJsonPadding - at);
    }
    std::size_t fileSize() const { return size_; }
    bool hadUtf8Bom() const { return start_ == 3; }
    // "UTF-16 LE", "UTF-16 BE", ... when the file starts with another encoding's byte-order mark, else "".
    std::string foreignEncoding() const;

private:
    // Takes `data` holding `size` bytes of `capacity`: zeroes the padding and skips a UTF-8 byte-order mark.
    static FileBuffer adopt(std::unique_ptr<char[]> data, std::size_t capacity, std::size_t size);

    std::unique_ptr<char[]> data_;
    std::size_t capacity_ = 0; // bytes of data_ before the padding
    std::size_t size_ = 0;
    std::size_t start_ = 0;
    bool cutAtLimit_ = false;
};

// 1-based line of a byte offset. The newline table is built on the first question, so a file without
// problems never pays for it.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {}
    long lineOf(std::size_t offset);

private:
    std::string_view text_;
    std::vector<std::size_t> newlines_;
    bool built_ = false;
};

} // namespace loadscope
