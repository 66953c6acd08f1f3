#pragma once
// Reads a QoO requirement the user writes as JSON. The schema (every latency in ms, loss in percent):
//   {
//     "name": "video call",                                   optional; defaults to the file name
//     "latency": [ {"percentile": 99, "rop_ms": 200, "cpup_ms": 500}, ... ],
//     "loss": {"rop_percent": 1, "cpup_percent": 5},          optional
//     "min_throughput_mbps": 4                                optional
//   }
// At least one term is required. Unknown keys are errors, so a misspelt key cannot silently drop a term.
#include "core/quality/qoo.h"

#include <optional>
#include <string>
#include <string_view>

namespace loadscope {

struct QooRequirementParse {
    std::optional<QooRequirement> requirement;
    std::string error; // "<source>: <where>: <what>" when requirement is empty
};

QooRequirementParse parseQooRequirement(std::string_view json, const std::string& sourceName);
QooRequirementParse loadQooRequirementFile(const std::string& path);

} // namespace loadscope
