#include "core/load/test_assembly.h"

#include <algorithm>

namespace loadscope {

namespace {

std::string statsName(const std::string& test)
{
    return std::string(layout::kStatsFolder) + "/" + test;
}

} // namespace

TestData beginTest(const std::string& name, const std::map<std::string, Batches>& batches, ProblemList& problems)
{
    TestData data;
    data.info = testInfoFromName(name);
    data.resourcesFile = layout::mediaNodeCsv({}, name).generic_string(); // until another file is chosen
    if (data.info.server.empty())
        problems.warn(statsName(name), 0, "test name does not say the server (kurento, mediasoup or pion)");
    if (auto it = batches.find(name); it != batches.end())
        data.batches = it->second;
    return data;
}

int placeUserFolder(TestData& data, const UserFolder& folder, ProblemList& problems)
{
    if (data.users.empty() || data.users.back().key != folder.key)
        data.users.push_back({folder.key, folder.relative, {}});
    else
        problems.warn(folder.relative, 0, "same user as " + data.users.back().folder + "; their files are merged");
    return static_cast<int>(data.users.size()) - 1;
}

void checkTestHasUserFolders(const std::string& test, std::size_t folders, ProblemList& problems)
{
    if (folders == 0)
        problems.warn(statsName(test), 0, "no user folders");
}

void checkTestHasQoeFiles(const std::string& test, std::size_t files, ProblemList& problems)
{
    if (files == 0)
        problems.warn(std::string(layout::kQoeFolder) + "/" + test, 0, "no QoE cut files");
}

void warnUnnamedQoeFile(const std::string& file, ProblemList& problems)
{
    problems.warn(file, 0, "name is not v-<session>-<receiver>-<sender>_cuts.json; ignored");
}

void sortUserRecordsByTime(TestData& data)
{
    for (auto& user : data.users) {
        std::stable_sort(user.events.begin(), user.events.end(),
                         [](const Event& a, const Event& b) { return a.time < b.time; });
        std::stable_sort(user.errors.begin(), user.errors.end(),
                         [](const BrowserError& a, const BrowserError& b) { return a.time < b.time; });
    }
}

void checkBatchesCoverTests(bool fileExists, const std::map<std::string, Batches>* parsed,
                            const std::vector<std::string>& tests, ProblemList& problems)
{
    if (!fileExists) {
        if (!tests.empty())
            problems.warn(layout::kBatchesFile, 0, "missing: batch numbers are unknown");
        return;
    }
    if (!parsed)
        return;
    for (const auto& test : tests)
        if (!parsed->count(test))
            problems.warn(layout::kBatchesFile, 0, "no entry for test " + test);
}

void checkLogsAgainstReports(const ReadReports& reports, const std::vector<TestData>& tests, ProblemList& problems)
{
    if (reports.empty())
        return;
    for (const TestData& test : tests)
        checkReportsAgainstLog(reports, test.log, layout::controllerLog({}, test.info.name).generic_string(), problems);
}

} // namespace loadscope
