#include "core/load/results_layout.h"

#include "core/load/log_reader.h"

#include <algorithm>
#include <array>

namespace loadscope {

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
        if (it->is_directory(typeError) && !name.ends_with(".lock") && !name.starts_with("."))
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

bool isLockFolder(const std::string& name)
{
    return name.ends_with(".lock");
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
    for (const auto& sessionEntry : sortedDirectories(testFolder, error, root, problems)) {
        const std::string sessionName = sessionEntry.path().filename().string();
        const auto session = parseSessionName(sessionName);
        if (!session) {
            if (!isLockFolder(sessionName))
                problems.warn(relativeName(root, sessionEntry.path()), 0,
                              "not a LoadTestSession<k> or s<k> folder; ignored");
            continue;
        }
        std::error_code userError;
        for (const auto& userEntry : sortedDirectories(sessionEntry.path(), userError, root, problems)) {
            const std::string userName = userEntry.path().filename().string();
            const auto user = parseUserName(userName);
            if (!user) {
                if (!isLockFolder(userName))
                    problems.warn(relativeName(root, userEntry.path()), 0, "not a User<u> or u<u> folder; ignored");
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
