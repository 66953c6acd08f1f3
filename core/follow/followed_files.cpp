#include "core/follow/followed_files.h"

#include "core/load/load_limits.h"

#include <exception>

namespace loadscope {

void appendShifted(ProblemList& into, const ProblemList& from, long lineOffset)
{
    for (const Problem& p : from.items())
        into.add(p.file, p.line > 0 ? p.line + lineOffset : 0, p.severity, p.message);
}

bool FollowedFile::update(const std::filesystem::path& path, const std::string& file,
                          const std::optional<FileStamp>& stamp, const Parse& parse, const std::function<void()>& clear)
{
    if (updated_ && stamp == stamp_)
        return false;
    updated_ = true;
    stamp_ = stamp;
    if (!stamp) {
        clear();
        growth_ = {};
        problems_ = {};
        if (missingIsAProblem_)
            problems_.warn(file, 0, "missing");
        return true;
    }
    try {
        if (shape_ == FollowedShape::JsonArray)
            readArray(path, file, *stamp, parse, clear);
        else
            readLines(path, file, parse, clear);
    } catch (const std::exception& error) {
        clear();
        growth_ = {};
        problems_ = {};
        problems_.error(file, 0, std::string("could not be loaded: ") + error.what());
    }
    return true;
}

void FollowedFile::readArray(const std::filesystem::path& path, const std::string& file, const FileStamp& stamp,
                             const Parse& parse, const std::function<void()>& clear)
{
    ArrayChunk chunk = growth_.readNew(path, stamp, maxBytes_);
    if (chunk.restarted || !chunk.error.empty()) {
        clear();
        problems_ = {};
    }
    if (!chunk.error.empty())
        problems_.error(file, 0, chunk.error);
    if (chunk.reachedLimit)
        problems_.error(file, 0, limits::cutAtLimitMessage(maxBytes_));
    if (!chunk.items)
        return;
    ProblemList found;
    parse(*chunk.items, ChunkPlace{chunk.itemOffset, chunk.lineOffset}, found);
    appendShifted(problems_, found, chunk.lineOffset);
}

void FollowedFile::readLines(const std::filesystem::path& path, const std::string& file, const Parse& parse,
                             const std::function<void()>& clear)
{
    clear();
    problems_ = {};
    std::string error;
    bool cutAtLimit = false;
    if (auto buffer = readCompleteLines(path, maxBytes_, cutAtLimit, error))
        parse(*buffer, ChunkPlace{}, problems_);
    else
        problems_.error(file, 0, error);
    if (cutAtLimit)
        problems_.error(file, 0, limits::cutAtLimitMessage(maxBytes_));
}

} // namespace loadscope
