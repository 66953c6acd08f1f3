#pragma once
// qoe/<test>/v-<session>-<receiver>-<sender>_cuts.json → QoeCut rows.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <optional>
#include <string>
#include <vector>

namespace loadscope {

struct QoeFileName {
    UserKey receiver;
    int sender = 0;
};

// Splits the name as the notebook does: on '_', then the first part on '-' → [v, session, receiver, sender].
std::optional<QoeFileName> parseQoeFileName(std::string_view fileName);

// Appends the file's valid rows to `out`, tagged with `name` and `fileIndex`.
void readQoeFile(const FileBuffer& buffer, const std::string& file, const QoeFileName& name, int fileIndex,
                 std::vector<QoeCut>& out, ProblemList& problems);

} // namespace loadscope
