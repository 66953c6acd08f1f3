#pragma once
// One file of a followed results folder and the problems its reading met so far. JSON arrays are read by their
// new complete items only (GrowingArrayFile); the log and the CSV, which are small, by their complete lines.
#include "core/load/file_buffer.h"
#include "core/follow/growing_file.h"
#include "core/model/problem.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace loadscope {

enum class FollowedShape { JsonArray, Lines };

struct ChunkPlace {
    std::size_t firstItem = 0;
    long lineOffset = 0;
};

class FollowedFile {
public:
    // Parses a complete array (JsonArray: of the new items; the first is item `place.firstItem` of the file and
    // starts on its line `place.lineOffset` + 1) or the complete lines. Problem lines are moved by the caller.
    using Parse = std::function<void(const FileBuffer& buffer, const ChunkPlace& place, ProblemList& problems)>;

    // `maxBytes`: only the file's first bytes are read, as in a normal load (the kind's limit, load_limits.h).
    FollowedFile(FollowedShape shape, bool missingIsAProblem, std::uint64_t maxBytes)
        : shape_(shape), missingIsAProblem_(missingIsAProblem), maxBytes_(maxBytes)
    {
    }

    // Brings the file up to date with its `stamp` (nullopt: it is missing). `clear` drops everything `parse` gave
    // so far; it is called before a file is read from its start again. Returns true when something was read.
    bool update(const std::filesystem::path& path, const std::string& file, const std::optional<FileStamp>& stamp,
                const Parse& parse, const std::function<void()>& clear);
    const ProblemList& problems() const { return problems_; }

private:
    void readArray(const std::filesystem::path& path, const std::string& file, const FileStamp& stamp,
                   const Parse& parse, const std::function<void()>& clear);
    void readLines(const std::filesystem::path& path, const std::string& file, const Parse& parse,
                   const std::function<void()>& clear);

    FollowedShape shape_;
    bool missingIsAProblem_;
    std::uint64_t maxBytes_;
    bool updated_ = false;           // update() has run at least once
    std::optional<FileStamp> stamp_; // as last read
    GrowingArrayFile growth_;
    ProblemList problems_;
};

// The problems of `from` with their lines moved down by `lineOffset`, appended to `into`.
void appendShifted(ProblemList& into, const ProblemList& from, long lineOffset);

} // namespace loadscope
