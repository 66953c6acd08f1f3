#pragma once
// dfs_final/batches.json: {"<test>": {"startingParticipants": N, "batchSize": M}, ...}.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <map>
#include <string>

namespace loadscope {

// Entries that are not objects with two positive whole numbers are reported and left out.
std::map<std::string, Batches> readBatchesFile(const FileBuffer& buffer, const std::string& file, ProblemList& problems);

} // namespace loadscope
