#pragma once
// dfs_final/batches.json: {"<test>": {"startingParticipants": N, "batchSize": M}, ...}.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <map>
#include <string>

namespace loadscope {

// Entries that are not objects with two positive whole numbers are reported and left out.
std::map<std::string, Batches> readBatchesFile(const FileBuffer& buffer, const std::string& file,
                                               ProblemList& problems);

// True when the text is JSON that stops before its value is complete (a file still being written): what follow
// treats as "not yet there". False for complete JSON and for JSON that is wrong before its end.
bool isCutShortJson(std::string_view text);

} // namespace loadscope
