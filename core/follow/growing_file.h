#pragma once
// Reading a file that a running test is still appending to, up to its last complete record only: an item cut
// short at the end of a JSON array, or a last line without its newline, is "not yet there" (no problem, not
// counted) and is read once it is complete.
#include "core/load/file_buffer.h"
#include "core/follow/folder_snapshot.h"

#include <filesystem>
#include <optional>
#include <string>

namespace loadscope {

// The new complete items of a growing JSON array, as an array of their own.
struct ArrayChunk {
    bool restarted = false;          // read from the start again: what earlier chunks gave is to be dropped
    std::optional<FileBuffer> items; // "[" + the new complete items + "]" (a closed array: the rest of its text)
    long lineOffset = 0;             // lines of the file before the chunk's first line
    std::size_t itemOffset = 0;      // items of the file before the chunk's first item
    std::string error;               // why the file could not be read ("cannot read: ...", "file is UTF-16 ...")
    bool reachedLimit = false;       // the file has just grown past the byte limit: nothing beyond it is read
};

// Where reading an append-only JSON array file stopped: after its last complete item. Only the bytes after that
// are read next time, unless the file shrank or was rewritten, when it is read from the start again. Only the
// file's first `maxBytes` are ever read (load_limits.h), as a normal load reads only those.
class GrowingArrayFile {
public:
    // Reads what was appended since the last call; `stamp` is the file's current size and time.
    ArrayChunk readNew(const std::filesystem::path& path, const FileStamp& stamp, std::uint64_t maxBytes);
    std::uint64_t offset() const { return offset_; }

private:
    void restart();

    std::uint64_t offset_ = 0; // bytes of the file consumed (after the last complete item)
    long lines_ = 0;           // newlines in those bytes
    std::size_t items_ = 0;    // complete items in them
    bool closed_ = false;      // the array's ']' was read
    bool atLimit_ = false;     // the file is larger than maxBytes: it is not read further
    std::optional<FileStamp> seen_;
};

// The complete lines (up to the last newline) of the file's first `maxBytes`, for the controller log and the
// media-node CSV; `cutAtLimit` tells that the file is longer. nullopt with `error` set when it cannot be read or
// is not UTF-8 text.
std::optional<FileBuffer> readCompleteLines(const std::filesystem::path& path, std::uint64_t maxBytes, bool& cutAtLimit,
                                            std::string& error);

} // namespace loadscope
