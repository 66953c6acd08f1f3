#pragma once
// dfs_final/<test>-medianode.csv (@timestamp,cpu,memory, columns found by header name) → ResourceSample rows.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <string>
#include <vector>

namespace loadscope {

// Rows in file order (the notebook takes the file's last row as the media node's last sign of life, so the
// order is kept; a warning says when it is not chronological). Junk rows are skipped with their line.
std::vector<ResourceSample> readResourceCsv(const FileBuffer& buffer, const std::string& file, ProblemList& problems);

} // namespace loadscope
