// Folder names as the writers leave them (results-format.md, "Folders"): 2026 shortens a session or user name
// ending in digits to s<N> / u<M> and any other to `s-` / `u-` plus the first 6 hex digits of its MD5 (here of
// RoomA a21e45, RoomB e26428, Alice 64489c, Bob 2fc1c0, computed with Python's hashlib); `locks/` (before
// 2024-06-12), `perf-results/` (2026) and `<file>.json.lock` folders are known leftovers, ignored without a word.
#include "core/load/results_layout.h"
#include "core/load/results_loader.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>

using namespace loadscope;
namespace fs = std::filesystem;

namespace {

const std::string kTest = "loadtest-webrtc-2026-pion-2p";

void write(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

void writeUser(const fs::path& folder, const std::string& participant, const std::string& session)
{
    write(folder / "events.json", R"([{"event":"connectionStart","participant":")" + participant + R"(","session":")" +
                                      session + R"(","timestamp":"2026-03-10T08:00:01.000Z"}])");
    write(folder / "stats.json", "[]");
}

} // namespace

class FolderNames : public QObject {
    Q_OBJECT

private slots:
    void hashedFoldersAreReadAndLeftoversIgnored()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const fs::path test = root / "stats" / kTest;
        writeUser(test / "s2" / "u1", "User1", "LoadTestSession2");
        writeUser(test / "s-a21e45" / "u-64489c", "Alice", "RoomA");
        writeUser(test / "s-a21e45" / "u-2fc1c0", "Bob", "RoomA");
        writeUser(test / "s-e26428" / "u-64489c", "Alice", "RoomB");
        write(test / "locks" / "LoadTestSession1" / "User1" / "events.json.lock", "");
        write(test / "perf-results" / "run-2026-03-10_08-00-00.json", "{}");
        fs::create_directories(test / "s2" / "u1" / "stats.json.lock");
        write(root / "stats" / "perf-results" / "run-2026-03-10_08-00-00.json", "{}");
        write(test / "s-zzzzzz" / "u1" / "events.json", "[]"); // not hex: not a hashed name

        QCOMPARE(discoverTests(root), std::vector<std::string>{kTest});
        ProblemList problems;
        const auto folders = findUserFolders(root, kTest, problems);
        std::vector<std::pair<std::string, UserKey>> found;
        for (const auto& f : folders)
            found.emplace_back(f.path.parent_path().filename().string() + "/" + f.path.filename().string(), f.key);
        // Numbered folders keep their numbers; hashed ones follow the largest, in name order.
        const std::vector<std::pair<std::string, UserKey>> expected{{"s2/u1", {2, 1}},
                                                                    {"s-a21e45/u-2fc1c0", {3, 1}},
                                                                    {"s-a21e45/u-64489c", {3, 2}},
                                                                    {"s-e26428/u-64489c", {4, 1}}};
        QCOMPARE(found.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(found[i].first, expected[i].first);
            QVERIFY(found[i].second == expected[i].second);
        }
        QCOMPARE(problems.items().size(), std::size_t(1));
        QCOMPARE(problems.items()[0].file, "stats/" + kTest + "/s-zzzzzz");

        const auto results = loadResults(root);
        QVERIFY(results && results->tests.size() == 1);
        QCOMPARE(results->tests[0].users.size(), std::size_t(4));
        for (const auto& user : results->tests[0].users)
            QCOMPARE(user.events.size(), std::size_t(1));
        for (const Problem& p : results->problems)
            QVERIFY2(p.file.find("locks") == std::string::npos && p.file.find("perf-results") == std::string::npos &&
                         p.file.find("/s-a") == std::string::npos && p.file.find("/s-e") == std::string::npos,
                     (p.file + ": " + p.message).c_str());
    }
};

QTEST_APPLESS_MAIN(FolderNames)
#include "test_folder_names.moc"
