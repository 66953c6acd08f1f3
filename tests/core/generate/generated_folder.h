#pragma once
// Reading back a generated results folder in the tests, independently of the generator's own code.
#include "core/util/time.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace loadscope::testing {

std::string readText(const std::filesystem::path& path);
// Every regular file under `root`: path relative to root → bytes.
std::map<std::string, std::string> readTree(const std::filesystem::path& root);
// Throws std::runtime_error naming the file when it is not JSON.
nlohmann::json readJson(const std::filesystem::path& path);
// Rows of a comma-separated file, header included, as text cells (no quoting in the generated files).
std::vector<std::vector<std::string>> readCsv(const std::filesystem::path& path);

struct LoggedFailure {
    int session = 0, user = 0, attempts = 0;
    TimeNs utc = kNoTime;
};

struct ControllerLogFacts {
    std::vector<LoggedFailure> failures;
    TimeNs start = kNoTime, end = kNoTime; // UTC
    int unmatchedLines = 0;                // lines without the Spring Boot prefix (banner, dumps, traces)
};

// Parses the Spring Boot lines the way the notebook does (ERROR ... Participant X in session Y failed N times,
// the first "Starting test with" and "Saved result in"), reading local times at `offsetMinutes` east of UTC;
// ISO times carrying their own offset are read with it.
ControllerLogFacts readControllerLog(const std::filesystem::path& path, int offsetMinutes);

// ISO 8601 (Z or offset) or "YYYY-MM-DD hh:mm:ss.mmm" read at `offsetMinutes`; kNoTime when unreadable.
TimeNs parseTime(const std::string& text, int offsetMinutes = 0);

} // namespace loadscope::testing
