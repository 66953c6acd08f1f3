#pragma once
// logs/<test>.log of the loadtest-controller → connection failures and the test's start and end lines.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <string>

namespace loadscope {

// Reads Spring Boot 2.4 lines ("2024-06-13 10:00:26.277 ERROR 25518 --- [main] logger : message", local time
// without a zone) and Spring Boot 3/4 lines (ISO time with an offset; then zoneOffsetMinutes is set and the
// times are still stored as local wall-clock read as if UTC). Sets `present`. The controller's console output as
// it really is reads the same: ANSI colour codes are dropped, lines that do not start with a time (the Spring
// banner, stack traces, stdout dumps) are skipped, websocket traffic ("Received message:", "Received exception
// from") is never a failure, start or end line, and 2026 messages ("[LOADTEST mode] " prefix, "Starting test with
// one session P:S topology", "Saved result in <dir>/results-<ts>.txt") match as the 2024 ones do.
LogInfo readLogFile(const FileBuffer& buffer, const std::string& file, ProblemList& problems);

// "User12" / "u12" → 12, "LoadTestSession3" / "s3" → 3 (the notebook strips the prefix and calls int()).
std::optional<int> parseUserName(std::string_view name);
std::optional<int> parseSessionName(std::string_view name);

} // namespace loadscope
