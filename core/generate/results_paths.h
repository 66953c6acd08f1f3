#pragma once
// Where each file of a results folder goes, in the 2024 layout or the 2026 one (s<k>/u<u> folders).
#include "core/generate/scenario.h"

#include <filesystem>
#include <string>

namespace loadscope::generate {

// The controller's JVM ran at UTC+02:00 (the notebook hard-codes +0200): its log and its report use that clock.
inline constexpr int kLocalOffsetMinutes = 120;

std::string participantName(int user); // User3 (the id inside files, in both layouts)
std::string sessionName(int session);  // LoadTestSession2

std::filesystem::path userFolder(const std::filesystem::path& root, const SimulatedTest& test,
                                 const SimulatedUser& user);
std::filesystem::path controllerLogPath(const std::filesystem::path& root, const SimulatedTest& test);
std::filesystem::path mediaNodeCsvPath(const std::filesystem::path& root, const SimulatedTest& test);
std::filesystem::path mediaNodeMetricbeatPath(const std::filesystem::path& root, const SimulatedTest& test);
std::filesystem::path batchesPath(const std::filesystem::path& root);
std::filesystem::path qoeFolder(const std::filesystem::path& root, const SimulatedTest& test);
// The controller's test-case report: 2026 "results-<yyyy-MM-dd_HH-mm-ss>.txt" (the test's end, local time);
// before: "results.txt". Beside the log in logs/.
std::string resultsFileName(const SimulatedTest& test);
// v-LoadTestSession<k>-User<receiver>-User<sender>_cuts.json
std::string qoeFileName(int session, int receiver, int sender);

} // namespace loadscope::generate
