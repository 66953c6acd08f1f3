#pragma once
// dfs_final/<test>-medianode.ndjson (or .json): the media node's Metricbeat documents as exported, one JSON
// object per line (results-format.md, "Media-node metrics"), → the ResourceSample rows the CSV gives.
//   {"@timestamp":"2024-06-13T10:00:05.123Z","system":{"cpu":{"total":{"norm":{"pct":0.4}}}},
//    "fields":{"node_role":"medianode"},...}
// Keys may be nested objects or dotted ("system.cpu.total.norm.pct": 0.4), or both; an Elasticsearch export's
// `_source` wrapper is looked into. Read: `@timestamp`, `system.cpu.total.norm.pct` (CPU, 0..1),
// `system.memory.used.pct` (memory, 0..1; the CSV's column) or, when a document has only that,
// `system.memory.actual.used.pct`, and `fields.node_role` (a document of another role is skipped; one without
// the field is kept). Documents of other metricsets (neither CPU nor memory) are skipped without a word.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <string>
#include <vector>

namespace loadscope {

// Metricbeat writes CPU and memory as separate documents a few ms apart: after sorting by time, a CPU and a
// memory document less than this apart make one row (at the CPU document's time). The period is 5-10 s.
inline constexpr TimeNs kMetricbeatSamePeriodNs = 1'000'000'000;

// Rows in time order. A line that is not a JSON object, or a CPU / memory document without a readable
// @timestamp or with a value that is not a number, is a problem naming the file and line; the rest is read.
std::vector<ResourceSample> readMetricbeatNdjson(const FileBuffer& buffer, const std::string& file,
                                                 ProblemList& problems);

} // namespace loadscope
