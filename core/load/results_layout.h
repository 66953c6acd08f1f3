#pragma once
// Where things are in a results root: test folders, their user folders (both the 2024 LoadTestSession<k>/User<u>
// and the 2026 s<k>/u<u> spellings), and what a test's name says about it.
#include "core/model/problem.h"
#include "core/model/results.h"

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace loadscope {

// The folder layout of a results root, spelled only here (the loader, follow, its folder watcher and the
// generator all use these):
//   stats/<test>/<session>/<user>/{events,stats,errors,connections}.json   logs/<test>.log
//   dfs_final/<test>-medianode.csv (or the Metricbeat export <test>-medianode.ndjson / .json)
//   dfs_final/batches.json   qoe/<test>/v-..._cuts.json
namespace layout {
inline constexpr char kStatsFolder[] = "stats";
inline constexpr char kLogsFolder[] = "logs";
inline constexpr char kMediaNodeFolder[] = "dfs_final";
inline constexpr char kQoeFolder[] = "qoe";
inline constexpr std::array<const char*, 4> kDataFolders{kStatsFolder, kLogsFolder, kMediaNodeFolder, kQoeFolder};
inline constexpr char kEventsFile[] = "events.json";
inline constexpr char kStatsFile[] = "stats.json";
inline constexpr char kErrorsFile[] = "errors.json";
inline constexpr char kConnectionsFile[] = "connections.json";
inline constexpr char kBatchesFile[] = "dfs_final/batches.json"; // root-relative

std::filesystem::path testStatsFolder(const std::filesystem::path& root, const std::string& test);
std::filesystem::path controllerLog(const std::filesystem::path& root, const std::string& test);
std::filesystem::path mediaNodeCsv(const std::filesystem::path& root, const std::string& test);
// The same metrics as Metricbeat exported them, one document per line: `extension` "ndjson" or "json".
std::filesystem::path mediaNodeMetricbeat(const std::filesystem::path& root, const std::string& test,
                                          const std::string& extension = "ndjson");
std::filesystem::path batchesFile(const std::filesystem::path& root);
std::filesystem::path qoeFolder(const std::filesystem::path& root, const std::string& test);
} // namespace layout

// The checks every reading of a root starts with: a folder, with a stats/ folder. False (and a problem saying
// which) when it is not a results root.
bool checkResultsRoot(const std::filesystem::path& root, std::vector<Problem>& problems);
// Test folder names found under `root` (stats/<test>/...), sorted.
std::vector<std::string> discoverTests(const std::filesystem::path& root);
// The problem of a root whose stats/ holds no test folder.
Problem noTestFoldersProblem();

struct UserFolder {
    UserKey key;
    std::string relative; // root-relative, e.g. stats/<test>/LoadTestSession1/User1
    std::filesystem::path path;
};

// User folders of stats/<test>, sorted by (session, user, relative path); the same key may appear twice
// (duplicate folders), which the caller merges. Unrecognised entries are reported (*.lock and files silently ignored).
std::vector<UserFolder> findUserFolders(const std::filesystem::path& root, const std::string& test,
                                        ProblemList& problems);

// Names of the QoE cut files of a test, sorted by name as the notebook sorts them; empty when the folder is missing.
std::vector<std::string> findQoeFiles(const std::filesystem::path& root, const std::string& test);

// Server, topology and event family from `loadtest-webrtc-2024-<server>-<topology>`.
TestInfo testInfoFromName(const std::string& name);

// Root-relative text of a path for problem messages.
std::string relativeName(const std::filesystem::path& root, const std::filesystem::path& path);

} // namespace loadscope
