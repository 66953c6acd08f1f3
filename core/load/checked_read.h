#pragma once
// Reading one input file for a reader: at most its kind's byte limit (load_limits.h), and only if it is UTF-8
// text. What stops it becomes a problem naming the file.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"

#include <filesystem>
#include <optional>
#include <string>

namespace loadscope {

// The first `maxBytes` of `path` (problems name it `file`); a longer file is an error but its start is still
// returned. nullopt when it cannot be read or is not UTF-8.
std::optional<FileBuffer> readChecked(const std::filesystem::path& path, const std::string& file, ProblemList& problems,
                                      std::size_t maxBytes);

} // namespace loadscope
