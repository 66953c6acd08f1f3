#include "core/load/follow/growing_file.h"

#include "core/load/json_array_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace loadscope {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The bytes of `path` from `offset` to its current end.
std::optional<std::string> readFrom(const std::filesystem::path& path, std::uint64_t offset, std::string& error)
{
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = std::string("cannot read: ") + std::strerror(errno);
        return std::nullopt;
    }
    std::string bytes;
    if (fseeko(file, static_cast<off_t>(offset), SEEK_SET) == 0) {
        char block[1 << 16];
        for (std::size_t got; (got = std::fread(block, 1, sizeof block, file)) > 0;)
            bytes.append(block, got);
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) {
        error = "cannot read: read error";
        return std::nullopt;
    }
    return bytes;
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
}

ArrayChunk GrowingArrayFile::readNew(const std::filesystem::path& path, const FileStamp& stamp)
{
    ArrayChunk chunk;
    // Appending only ever makes a file longer: a shorter one, or one rewritten at the same size, starts again.
    const bool rewritten = seen_ && stamp.size == seen_->size && stamp.modified != seen_->modified;
    if (stamp.size < offset_ || closed_ || rewritten) {
        restart();
        chunk.restarted = true;
    }
    seen_ = stamp;
    auto bytes = readFrom(path, offset_, chunk.error);
    if (!bytes) {
        restart();
        chunk.restarted = true;
        return chunk;
    }
    std::size_t skipped = 0;  // a byte-order mark is not part of the array
    std::string text;
    if (offset_ == 0) {
        if (std::string error = foreignEncodingError(FileBuffer::fromText(*bytes)); !error.empty()) {
            chunk.error = std::move(error);
            closed_ = true;  // read again only once the file changes
            return chunk;
        }
        skipped = bytes->starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
        text.assign(*bytes, skipped);
    } else {
        text = "[" + *bytes;  // the array continues after the last item read
        skipped = 0;
    }
    const ArrayPrefix prefix = completeArrayPrefix(text);
    if (prefix.length == 0)
        return chunk;  // not even the '[' yet
    const std::size_t synthetic = offset_ == 0 ? 0 : 1;
    const std::size_t consumed = prefix.closed ? bytes->size() : skipped + prefix.length - synthetic;
    chunk.lineOffset = lines_;
    chunk.itemOffset = items_;
    if (prefix.closed) {
        chunk.items = FileBuffer::fromText(text);
        closed_ = true;
    } else {
        text.resize(prefix.length);
        text += ']';
        chunk.items = FileBuffer::fromText(text);
    }
    lines_ += static_cast<long>(std::count(bytes->begin(), bytes->begin() + static_cast<long>(consumed), '\n'));
    items_ += prefix.items;
    offset_ += consumed;
    return chunk;
}

std::optional<FileBuffer> readCompleteLines(const std::filesystem::path& path, std::string& error)
{
    std::string readError;
    FileBuffer whole = FileBuffer::read(path, readError);
    if (!readError.empty()) {
        error = "cannot read: " + readError;
        return std::nullopt;
    }
    if (error = foreignEncodingError(whole); !error.empty())
        return std::nullopt;
    const std::string_view text = whole.text();
    const std::size_t lastNewline = text.rfind('\n');
    return FileBuffer::fromText(text.substr(0, lastNewline == std::string_view::npos ? 0 : lastNewline + 1));
}

} // namespace loadscope
