#pragma once
// stats.json of one user → rows of the 8 QoS tables, split as the notebook's separate_stats() does.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/qos_table.h"

#include <functional>
#include <string>

namespace loadscope {

// Fills `out` (expected empty) with the rows of `buffer`, each tagged with `userIndex`. Returns false when
// `cancelled` said stop (then `out` is partial and must be dropped).
bool readStatsFile(const FileBuffer& buffer, const std::string& file, int userIndex, QosTables& out,
                   ProblemList& problems, const std::function<bool()>& cancelled = {});

// The same rows handed to `deliver` (once, unless cancelled) in tables that are only valid during the call: the
// loader appends them straight to the test's tables, without a per-file copy.
bool readStatsFile(const FileBuffer& buffer, const std::string& file, int userIndex,
                   const std::function<void(const QosTables&)>& deliver, ProblemList& problems,
                   const std::function<bool()>& cancelled = {});

} // namespace loadscope
