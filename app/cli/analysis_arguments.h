#pragma once
// The options every analysing command shares: ROOT, --test NAME ..., --mode notebook|corrected,
// --log-utc-offset ±HH:MM, --threads N and --no-cache (else the re-open cache of defaultCacheSettings()), read into
// an AnalyseRequest.
#include "command_line.h"
#include "core/pipeline/analysed_results.h"

#include <optional>
#include <set>
#include <string>

namespace loadscope::cli {

// The option names (with a value / several values) to give CommandLine next to a command's own.
const std::set<std::string>& analysisValueOptions(); // mode, log-utc-offset, threads
const std::set<std::string>& analysisMultiOptions(); // test, tests
const std::set<std::string>& analysisFlags();        // no-cache

// Reads them (ROOT is the single positional argument). On a bad value, prints "loadscope-cli COMMAND: why" to
// stderr and returns nullopt (the caller exits with kExitUsage).
std::optional<AnalyseRequest> readAnalyseRequest(const CommandLine& cl, const std::string& command);

} // namespace loadscope::cli
