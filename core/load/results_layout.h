#pragma once
// Where things are in a results root: test folders, their user folders (both the 2024 LoadTestSession<k>/User<u>
// and the 2026 s<k>/u<u> spellings), and what a test's name says about it.
#include "core/model/problem.h"
#include "core/model/results.h"

#include <filesystem>
#include <string>
#include <vector>

namespace loadscope {

struct UserFolder {
    UserKey key;
    std::string relative;              // root-relative, e.g. stats/<test>/LoadTestSession1/User1
    std::filesystem::path path;
};

// User folders of stats/<test>, sorted by (session, user, relative path); the same key may appear twice
// (duplicate folders), which the caller merges. Unrecognised entries are reported (*.lock and files silently ignored).
std::vector<UserFolder> findUserFolders(const std::filesystem::path& root, const std::string& test, ProblemList& problems);

// Names of the QoE cut files of a test, sorted by name as the notebook sorts them; empty when the folder is missing.
std::vector<std::string> findQoeFiles(const std::filesystem::path& root, const std::string& test);

// Server, topology and event family from `loadtest-webrtc-2024-<server>-<topology>`.
TestInfo testInfoFromName(const std::string& name);

// Root-relative text of a path for problem messages.
std::string relativeName(const std::filesystem::path& root, const std::filesystem::path& path);

} // namespace loadscope
