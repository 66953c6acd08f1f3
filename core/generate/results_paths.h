#pragma once
// Where each file of a results folder goes, in the 2024 layout or the 2026 one (s<k>/u<u> folders).
#include "core/generate/scenario.h"

#include <filesystem>
#include <string>

namespace loadscope::generate {

std::string participantName(int user); // User3 (the id inside files, in both layouts)
std::string sessionName(int session);  // LoadTestSession2

std::filesystem::path userFolder(const std::filesystem::path& root, const SimulatedTest& test,
                                 const SimulatedUser& user);
std::filesystem::path controllerLogPath(const std::filesystem::path& root, const SimulatedTest& test);
std::filesystem::path mediaNodeCsvPath(const std::filesystem::path& root, const SimulatedTest& test);
std::filesystem::path batchesPath(const std::filesystem::path& root);
std::filesystem::path qoeFolder(const std::filesystem::path& root, const SimulatedTest& test);
// v-LoadTestSession<k>-User<receiver>-User<sender>_cuts.json
std::string qoeFileName(int session, int receiver, int sender);

} // namespace loadscope::generate
