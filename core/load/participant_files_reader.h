#pragma once
// The browser-emulator's other two files of a user folder (results-format.md, "errors.json / connections.json"):
// errors.json (the browser's serialised errors, often `{}` or {name, message}, and since 2026 {event, source,
// reason} records such as EMULATED_PARTICIPANT_CREATION_ERROR) and connections.json (one join record per
// participant the worker created: @timestamp, worker_name, new_participant_id, new_participant_session).
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <string>
#include <vector>

namespace loadscope {

// Appends every object of errors.json (file order); a record without a readable time keeps kNoTime.
void readErrorsFile(const FileBuffer& buffer, const std::string& file, std::vector<BrowserError>& out,
                    ProblemList& problems);

// Appends every join record of connections.json (file order); records without `worker_name` are skipped with a
// problem naming the line.
void readConnectionsFile(const FileBuffer& buffer, const std::string& file, std::vector<JoinRecord>& out,
                         ProblemList& problems);

// The records of `joins` that name the user of `key` (`new_participant_id` User<u> / u<u> and session
// LoadTestSession<k> / s<k>); all of them when none names anyone (older writers).
std::vector<JoinRecord> joinsOfUser(const std::vector<JoinRecord>& joins, const UserKey& key);

} // namespace loadscope
