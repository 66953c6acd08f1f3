#pragma once
// events.json of one user → Event rows, named as the notebook names them.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <string>
#include <vector>

namespace loadscope {

// Appends the valid events of `buffer` (file order) to `out`; problems name `file` and the object's line.
// `keptBefore`: events of the same file kept by earlier calls (a followed file is read in chunks); together they
// stay within limits::kMaxEventsPerFile.
void readEventsFile(const FileBuffer& buffer, const std::string& file, std::vector<Event>& out, ProblemList& problems,
                    std::size_t keptBefore = 0);

} // namespace loadscope
