#include "core/follow/growing_file.h"

#include "core/load/json_array_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace loadscope {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Appends the bytes of `path` from `offset` to its current end, at most `cap` of them, to `out` (`expected`:
// their likely number); `capped` tells that the file has more.
bool appendFrom(const std::filesystem::path& path, std::uint64_t offset, std::uint64_t expected, std::uint64_t cap,
                std::string& out, bool& capped, std::string& error)
{
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = std::string("cannot read: ") + std::strerror(errno);
        return false;
    }
    if (fseeko(file, static_cast<off_t>(offset), SEEK_SET) == 0) {
        // Read straight into the string; a file that grew meanwhile just takes more rounds.
        const std::size_t start = out.size();
        const std::size_t end = start + static_cast<std::size_t>(cap);
        std::size_t size = start;
        out.resize(start + static_cast<std::size_t>(std::min(expected, cap)) + 1);
        for (std::size_t got; size < end && (got = std::fread(out.data() + size, 1, out.size() - size, file)) > 0;) {
            size += got;
            if (size == out.size())
                out.resize(std::min(size * 2, end + 1));
        }
        capped = size > end || (size == end && std::fgetc(file) != EOF);
        out.resize(std::min(size, end));
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed)
        error = "cannot read: read error";
    return !failed;
}

std::string foreignEncodingError(const FileBuffer& buffer)
{
    const std::string encoding = buffer.foreignEncoding();
    return encoding.empty() ? std::string() : "file is " + encoding + ", expected UTF-8 text; not read";
}

} // namespace

void GrowingArrayFile::restart()
{
    offset_ = 0;
    lines_ = 0;
    items_ = 0;
    closed_ = false;
    atLimit_ = false;
}

ArrayChunk GrowingArrayFile::readNew(const std::filesystem::path& path, const FileStamp& stamp, std::uint64_t maxBytes)
{
    ArrayChunk chunk;
    // Appending only ever makes a file longer: a shorter one, or one rewritten at the same size, starts again.
    const bool rewritten = seen_ && stamp.size == seen_->size && stamp.modified != seen_->modified;
    if (stamp.size < offset_ || closed_ || rewritten) {
        restart();
        chunk.restarted = true;
    }
    seen_ = stamp;
    if (atLimit_)
        return chunk;
    // The array continues after the last item read: a '[' in front makes the new part an array of its own.
    const std::size_t synthetic = offset_ == 0 ? 0 : 1;
    std::string text(synthetic, '[');
    const std::uint64_t expected = stamp.size > offset_ ? stamp.size - offset_ : 0;
    const std::uint64_t cap = maxBytes > offset_ ? maxBytes - offset_ : 0;
    if (!appendFrom(path, offset_, expected, cap, text, atLimit_, chunk.error)) {
        restart();
        chunk.restarted = true;
        return chunk;
    }
    chunk.reachedLimit = atLimit_;
    const std::size_t bytesRead = text.size() - synthetic;
    std::size_t skipped = 0; // a byte-order mark is not part of the array
    if (offset_ == 0) {
        if (std::string error = foreignEncodingError(FileBuffer::fromBytes(std::string_view(text).substr(0, 2)));
            !error.empty()) {
            chunk.error = std::move(error);
            closed_ = true; // read again only once the file changes
            return chunk;
        }
        if (text.starts_with(kUtf8Bom)) {
            skipped = kUtf8Bom.size();
            text.erase(0, skipped);
        }
    }
    const ArrayPrefix prefix = completeArrayPrefix(text);
    if (prefix.length == 0)
        return chunk; // not even the '[' yet
    const std::size_t consumed = prefix.closed ? bytesRead : skipped + prefix.length - synthetic;
    chunk.lineOffset = lines_;
    chunk.itemOffset = items_;
    lines_ += static_cast<long>(std::count(text.begin() + static_cast<long>(synthetic),
                                           text.begin() + static_cast<long>(consumed - skipped + synthetic), '\n'));
    if (!prefix.closed) {
        text.resize(prefix.length);
        text += ']';
    }
    closed_ = prefix.closed;
    chunk.items = FileBuffer::fromBytes(text);
    items_ += prefix.items;
    offset_ += consumed;
    return chunk;
}

std::optional<FileBuffer> readCompleteLines(const std::filesystem::path& path, std::uint64_t maxBytes, bool& cutAtLimit,
                                            std::string& error)
{
    std::string readError;
    FileBuffer whole = FileBuffer::read(path, readError, static_cast<std::size_t>(maxBytes));
    cutAtLimit = whole.cutAtLimit();
    if (!readError.empty()) {
        error = "cannot read: " + readError;
        return std::nullopt;
    }
    if (error = foreignEncodingError(whole); !error.empty())
        return std::nullopt;
    const std::string_view text = whole.text();
    const std::size_t lastNewline = text.rfind('\n');
    return FileBuffer::fromBytes(text.substr(0, lastNewline == std::string_view::npos ? 0 : lastNewline + 1));
}

} // namespace loadscope
