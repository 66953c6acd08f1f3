#include "core/load/checked_read.h"

#include "core/load/load_limits.h"

namespace loadscope {

std::optional<FileBuffer> readChecked(const std::filesystem::path& path, const std::string& file, ProblemList& problems,
                                      std::size_t maxBytes)
{
    std::string error;
    FileBuffer buffer = FileBuffer::read(path, error, maxBytes);
    if (!error.empty()) {
        problems.error(file, 0, "cannot read: " + error);
        return std::nullopt;
    }
    if (buffer.cutAtLimit())
        problems.error(file, 0, limits::cutAtLimitMessage(maxBytes));
    if (const std::string encoding = buffer.foreignEncoding(); !encoding.empty()) {
        problems.error(file, 0, "file is " + encoding + ", expected UTF-8 text; not read");
        return std::nullopt;
    }
    return buffer;
}

} // namespace loadscope
