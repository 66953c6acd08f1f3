#include "core/load/results_layout.h"

#include "core/load/log_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

namespace loadscope {

namespace {

// What the writers leave beside the session folders (results-format.md, "Folders"): `<file>.json.lock` folders
// (until 2024-08), the `locks/` folder (before 2024-06-12) and `perf-results/` (2026). Ignored without a word,
// there and directly under stats/.
bool isKnownLeftover(const std::string& name)
{
    return name.ends_with(".lock") || name == "locks" || name == "perf-results";
}

} // namespace

namespace layout {

std::filesystem::path testStatsFolder(const std::filesystem::path& root, const std::string& test)
{
    return root / kStatsFolder / test;
}

std::filesystem::path controllerLog(const std::filesystem::path& root, const std::string& test)
{
    return root / kLogsFolder / (test + ".log");
}

std::filesystem::path mediaNodeCsv(const std::filesystem::path& root, const std::string& test)
{
    return root / kMediaNodeFolder / (test + "-medianode.csv");
}

std::filesystem::path mediaNodeMetricbeat(const std::filesystem::path& root, const std::string& test,
                                          const std::string& extension)
{
    return root / kMediaNodeFolder / (test + "-medianode." + extension);
}

std::filesystem::path batchesFile(const std::filesystem::path& root)
{
    return root / kBatchesFile;
}

std::filesystem::path qoeFolder(const std::filesystem::path& root, const std::string& test)
{
    return root / kQoeFolder / test;
}

} // namespace layout

bool checkResultsRoot(const std::filesystem::path& root, std::vector<Problem>& problems)
{
    std::error_code error;
    if (!std::filesystem::is_directory(root, error)) {
        problems.push_back({root.string(), 0, Severity::Error, "not a folder"});
        return false;
    }
    if (!std::filesystem::is_directory(root / layout::kStatsFolder, error)) {
        problems.push_back({root.string(), 0, Severity::Error, "not a results root: no stats/ folder"});
        return false;
    }
    return true;
}

std::vector<std::string> discoverTests(const std::filesystem::path& root)
{
    std::vector<std::string> tests;
    std::error_code error;
    for (std::filesystem::directory_iterator it(root / layout::kStatsFolder, error), end; !error && it != end;
         it.increment(error)) {
        std::error_code typeError;
        const std::string name = it->path().filename().string();
        if (it->is_directory(typeError) && !isKnownLeftover(name) && !name.starts_with("."))
            tests.push_back(name);
    }
    std::sort(tests.begin(), tests.end());
    return tests;
}

Problem noTestFoldersProblem()
{
    return {layout::kStatsFolder, 0, Severity::Error, "no test folders under stats/"};
}

namespace fs = std::filesystem;

namespace {

// The sub-folders of `folder`, by name. An entry whose type cannot be told (a symlink loop, a dangling link) is
// reported, not followed.
std::vector<fs::directory_entry> sortedDirectories(const fs::path& folder, std::error_code& error, const fs::path& root,
                                                   ProblemList& problems)
{
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        std::error_code typeError;
        if (it->is_directory(typeError))
            entries.push_back(*it);
        else if (typeError)
            problems.error(relativeName(root, it->path()), 0, "cannot follow: " + typeError.message() + "; ignored");
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    return entries;
}

// A 2026 folder shortened from a name not ending in digits: `prefix` plus the first 6 hex digits of its MD5.
bool isHashedName(std::string_view name, std::string_view prefix)
{
    if (name.size() != prefix.size() + 6 || !name.starts_with(prefix))
        return false;
    return std::all_of(name.begin() + static_cast<std::ptrdiff_t>(prefix.size()), name.end(),
                       [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

// Numbers for the folders of one level: their own (LoadTestSession3, s3, User2, u2), and for hashed folders
// (s-1a2b3c, u-4d5e6f), which have none, the next numbers after the largest, in name order. nullopt: not such a
// folder. `entries` are sorted by name.
std::vector<std::optional<int>> folderNumbers(const std::vector<fs::directory_entry>& entries,
                                              std::optional<int> (*parse)(std::string_view), std::string_view hashed)
{
    std::vector<std::optional<int>> numbers;
    int largest = 0;
    for (const auto& entry : entries) {
        const std::string name = entry.path().filename().string();
        // A hash of decimal digits only (s-123456) is not the number -123456.
        numbers.push_back(isHashedName(name, hashed) ? std::nullopt : parse(name));
        if (numbers.back())
            largest = std::max(largest, *numbers.back());
    }
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (!numbers[i] && isHashedName(entries[i].path().filename().string(), hashed))
            numbers[i] = ++largest;
    return numbers;
}

} // namespace

std::string relativeName(const fs::path& root, const fs::path& path)
{
    // Paths are built from the root, so name them as built: resolving symlinks would name a linked folder by its
    // target and fails on a symlink loop; fs::relative also resolves every component with a system call, which
    // showed in the profile at one call per file.
    const fs::path lexical = path.lexically_normal().lexically_relative(root.lexically_normal());
    if (!lexical.empty() && *lexical.begin() != "..")
        return lexical.generic_string();
    std::error_code error;
    const fs::path relative = fs::relative(path, root, error);
    return error || relative.empty() ? path.generic_string() : relative.generic_string();
}

std::vector<UserFolder> findUserFolders(const fs::path& root, const std::string& test, ProblemList& problems)
{
    std::vector<UserFolder> users;
    const fs::path testFolder = layout::testStatsFolder(root, test);
    std::error_code error;
    const auto sessions = sortedDirectories(testFolder, error, root, problems);
    const auto sessionNumbers = folderNumbers(sessions, parseSessionName, "s-");
    for (std::size_t s = 0; s < sessions.size(); ++s) {
        const auto& sessionEntry = sessions[s];
        const std::string sessionName = sessionEntry.path().filename().string();
        const auto session = sessionNumbers[s];
        if (!session) {
            if (!isKnownLeftover(sessionName))
                problems.warn(relativeName(root, sessionEntry.path()), 0,
                              "not a LoadTestSession<k>, s<k> or s-<hash> folder; ignored");
            continue;
        }
        std::error_code userError;
        const auto userEntries = sortedDirectories(sessionEntry.path(), userError, root, problems);
        const auto userNumbers = folderNumbers(userEntries, parseUserName, "u-");
        for (std::size_t u = 0; u < userEntries.size(); ++u) {
            const auto& userEntry = userEntries[u];
            const auto user = userNumbers[u];
            if (!user) {
                if (!isKnownLeftover(userEntry.path().filename().string()))
                    problems.warn(relativeName(root, userEntry.path()), 0,
                                  "not a User<u>, u<u> or u-<hash> folder; ignored");
                continue;
            }
            users.push_back({{*session, *user}, relativeName(root, userEntry.path()), userEntry.path()});
        }
        if (userError)
            problems.error(relativeName(root, sessionEntry.path()), 0,
                           "cannot list the folder: " + userError.message());
    }
    if (error)
        problems.error(relativeName(root, testFolder), 0, "cannot list the folder: " + error.message());
    std::stable_sort(users.begin(), users.end(), [](const UserFolder& a, const UserFolder& b) {
        return a.key != b.key ? a.key < b.key : a.relative < b.relative;
    });
    return users;
}

std::vector<std::string> findQoeFiles(const fs::path& root, const std::string& test)
{
    std::vector<std::string> names;
    std::error_code error;
    for (fs::directory_iterator it(layout::qoeFolder(root, test), error), end; !error && it != end;
         it.increment(error)) {
        std::error_code typeError;
        if (it->is_regular_file(typeError))
            names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

TestInfo testInfoFromName(const std::string& name)
{
    static constexpr std::array<std::string_view, 3> kServers{"kurento", "mediasoup", "pion"};
    TestInfo info;
    info.name = name;
    for (const auto server : kServers) {
        const std::string marker = "-" + std::string(server);
        const std::size_t at = name.find(marker);
        if (at == std::string::npos)
            continue;
        const std::size_t after = at + marker.size();
        if (after != name.size() && name[after] != '-')
            continue;
        info.server = server;
        info.topology = after < name.size() ? name.substr(after + 1) : std::string();
        break;
    }
    // The notebook's test: kurento or mediasoup anywhere in the name means OpenVidu 2 events; anything else LiveKit.
    const bool openVidu2 = name.find("kurento") != std::string::npos || name.find("mediasoup") != std::string::npos;
    info.family = openVidu2 ? EventFamily::OpenVidu2 : EventFamily::LiveKit;
    return info;
}

} // namespace loadscope
