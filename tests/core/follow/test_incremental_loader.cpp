// Live follow: a generated folder is written in steps as a running test writes it (files cut inside JSON objects
// and inside CSV / NDJSON / log lines, user folders and QoE files appearing later), once with the media node's CSV
// and once with its Metricbeat export. After each step IncrementalLoader's
// model must equal a full load of the complete records only (written by the test itself, arrays closed), hold
// the number of complete items / lines counted from the written bytes, and leave the folder untouched.
#include "core/generate/results_generator.h"
#include "core/follow/incremental_loader.h"
#include "core/load/results_loader.h"
#include "generated_folder.h"
#include "growing_copy.h"
#include "model_comparison.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>

using namespace loadscope;
using namespace loadscope::testing;
namespace fs = std::filesystem;

namespace {

constexpr int kSteps = 5;
constexpr int kLogOffsetMinutes = 120; // the generator's controller logs are at UTC+02:00

fs::path tempPath(const QTemporaryDir& dir, const char* name)
{
    return fs::path(dir.path().toStdString()) / name;
}

void writeFile(const fs::path& path, const std::string& text, std::ios::openmode mode = std::ios::trunc)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | mode) << text;
}

const UserEvents* findUserByFolder(const TestData& test, const std::string& folder)
{
    for (const UserEvents& user : test.users)
        if (folder.starts_with(user.folder + "/"))
            return &user;
    return nullptr;
}

bool mentions(const std::vector<Problem>& problems, const std::string& words)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.message.find(words) != std::string::npos; });
}

const char* kEvent =
    R"({"event":"connectionStart","participant":"User1","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:0%dZ"})";

std::string eventJson(int second)
{
    return QString::asprintf(kEvent, second).toStdString();
}

// The media node's CPU documents among the first `records` lines of the generated Metricbeat export: each makes
// one row (its period's memory document joins it when complete).
std::size_t mediaNodeCpuDocuments(const GrowingFile& file, std::size_t records)
{
    const std::string_view text = std::string_view(file.text).substr(0, records ? file.recordEnds[records - 1] : 0);
    std::size_t count = 0;
    for (std::size_t start = 0, end = 0; start < text.size(); start = end + 1) {
        end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        count += line.find("\"system\":{\"cpu\"") != std::string_view::npos &&
                 line.find("\"node_role\":\"medianode\"") != std::string_view::npos;
    }
    return count;
}

} // namespace

class TestIncrementalLoader : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    fs::path complete_, completeMetricbeat_;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        complete_ = tempPath(dir_, "complete");
        generate::GeneratorOptions options;
        options.seed = 23;
        options.tests = {*generate::parseTestSpec("kurento-2p"), *generate::parseTestSpec("pion-3p-10s")};
        options.sessions = 2;
        options.durationSeconds = 40;
        generate::generateResults(complete_, options, 2);
        completeMetricbeat_ = tempPath(dir_, "complete-metricbeat");
        options.mediaNode = MediaNodeFormat::Metricbeat;
        generate::generateResults(completeMetricbeat_, options, 2);
    }

    void followsAFolderWrittenInSteps_data()
    {
        QTest::addColumn<bool>("metricbeat");
        QTest::newRow("media-node CSV") << false;
        QTest::newRow("Metricbeat export") << true;
    }

    // The heart of it: every step's model equals a full load of what is complete, counted independently.
    void followsAFolderWrittenInSteps()
    {
        QFETCH(bool, metricbeat);
        const GrowingCopy copy(metricbeat ? completeMetricbeat_ : complete_, kSteps);
        const fs::path live = tempPath(dir_, metricbeat ? "live-metricbeat" : "live");
        IncrementalLoader loader(live, FollowOptions{{}, 2});
        int cutInsideItems = 0, cutInsideLines = 0;
        for (int step = 0; step < kSteps; ++step) {
            copy.appendStep(live, step);
            const auto before = folderChecksum(live);
            const auto update = loader.update();
            QVERIFY(update);
            QCOMPARE(folderChecksum(live), before); // nothing written inside the results folder

            const fs::path expectedRoot = tempPath(
                dir_, ("expected-" + std::to_string(step) + (metricbeat ? "-metricbeat" : "")).c_str());
            copy.writeCompletePrefix(expectedRoot, step);
            const auto expected = loadResults(expectedRoot);
            QVERIFY(expected);
            const std::string difference = firstDifference(*update->analysed->results, *expected);
            QVERIFY2(difference.empty(), ("step " + std::to_string(step) + ": " + difference).c_str());
            QVERIFY(!mentions(update->analysed->results->problems, "cut short"));
            QVERIFY(!mentions(update->analysed->results->problems, "not closed"));

            // Counts from the written bytes, not from any loader.
            for (const TestData& test : update->analysed->results->tests)
                for (const GrowingFile& file : copy.files()) {
                    const std::size_t cut = copy.cutAt(file, step);
                    const std::size_t records = copy.completeRecords(file, step);
                    if (cut == 0 || cut == file.text.size())
                        continue;
                    const bool insideRecord = records == 0 || copy.cutAt(file, step) != file.recordEnds[records - 1];
                    if (file.relative.ends_with("/events.json") &&
                        file.relative.find(test.info.name) != std::string::npos) {
                        const UserEvents* user = findUserByFolder(test, file.relative);
                        QVERIFY(user);
                        QCOMPARE(user->events.size(), records);
                        cutInsideItems += insideRecord;
                    }
                    if (file.relative == "dfs_final/" + test.info.name + "-medianode.csv") {
                        QCOMPARE(test.resources.size(), records == 0 ? 0 : records - 1); // less the header
                        cutInsideLines += insideRecord;
                    }
                    if (file.relative == "dfs_final/" + test.info.name + "-medianode.ndjson") {
                        QCOMPARE(test.resources.size(), mediaNodeCpuDocuments(file, records));
                        cutInsideLines += insideRecord;
                    }
                }
            QCOMPARE(update->analysed->analyses.size(), update->analysed->results->tests.size());
            for (std::size_t t = 0; t < update->analysed->analyses.size(); ++t)
                QCOMPARE(update->analysed->analyses[t].data, &update->analysed->results->tests[t]);
        }
        QVERIFY(cutInsideItems > 10); // the steps really did cut objects and lines in two
        QVERIFY(cutInsideLines > 2);
        QVERIFY(!loader.update()); // nothing changed since: nothing to do

        // The last step wrote every file whole: the log's failures are all there, as a plain parse finds them.
        const auto full = loadResults(live);
        QVERIFY(full);
        for (const TestData& test : full->tests) {
            const auto facts = readControllerLog(live / "logs" / (test.info.name + ".log"), kLogOffsetMinutes);
            QCOMPARE(test.log.failures.size(), facts.failures.size());
        }
    }

    void aCutShortItemIsNotAProblemWhileFollowingButIsInANormalLoad()
    {
        const fs::path root = tempPath(dir_, "cut");
        const std::string test = "loadtest-webrtc-2024-kurento-2p";
        const fs::path events = root / "stats" / test / "LoadTestSession1" / "User1" / "events.json";
        writeFile(events, "[" + eventJson(1) + "," + eventJson(2).substr(0, 30));
        IncrementalLoader loader(root);
        const auto update = loader.update();
        QVERIFY(update);
        QCOMPARE(update->analysed->results->tests.at(0).users.at(0).events.size(), std::size_t{1});
        QVERIFY(!mentions(update->analysed->results->problems, "cut short"));
        const auto normal = loadResults(root);
        QVERIFY(normal);
        QVERIFY(mentions(normal->problems, "cut short"));

        // The rest of the item arrives, and a line of the next: one more event, still no problem.
        writeFile(events, eventJson(2).substr(30) + "," + eventJson(3).substr(0, 5), std::ios::app);
        const auto grown = loader.update();
        QVERIFY(grown);
        QCOMPARE(grown->analysed->results->tests.at(0).users.at(0).events.size(), std::size_t{2});
        QVERIFY(!mentions(grown->analysed->results->problems, "cut short"));
    }

    void aHalfWrittenBatchesFileIsNotYetThereWhileFollowing()
    {
        const fs::path root = tempPath(dir_, "batches");
        const std::string test = "loadtest-webrtc-2024-kurento-2p";
        writeFile(root / "stats" / test / "LoadTestSession1" / "User1" / "events.json", "[" + eventJson(1) + "]");
        const fs::path batches = root / "dfs_final" / "batches.json";
        const auto batchesJson = [&test](int size) {
            return "{\"" + test + "\": {\"startingParticipants\": 2, \"batchSize\": " + std::to_string(size) + "}}";
        };
        writeFile(batches, batchesJson(2));
        IncrementalLoader loader(root);
        const auto first = loader.update();
        QVERIFY(first);
        QCOMPARE(first->analysed->results->tests.at(0).batches.value_or(Batches{}).batchSize, 2);

        // Caught while the runner rewrites it: the batches read before stand, and nothing is reported...
        const std::string next = batchesJson(4);
        writeFile(batches, next.substr(0, next.size() - 12));
        const auto half = loader.update();
        QVERIFY(half);
        QCOMPARE(half->analysed->results->tests.at(0).batches.value_or(Batches{}).batchSize, 2);
        QVERIFY(!mentions(half->analysed->results->problems, "JSON"));
        const auto normal = loadResults(root); // ...which a normal open does
        QVERIFY(normal);
        QVERIFY(mentions(normal->problems, "not valid JSON"));

        writeFile(batches, next); // complete: read
        const auto complete = loader.update();
        QVERIFY(complete);
        QCOMPARE(complete->analysed->results->tests.at(0).batches.value_or(Batches{}).batchSize, 4);
        writeFile(batches, R"({"x": oops})"); // wrong before its end: a problem while following too
        const auto wrong = loader.update();
        QVERIFY(wrong);
        QVERIFY(mentions(wrong->analysed->results->problems, "not valid JSON"));
    }

    void aRewrittenFileIsReadAgainFromItsStart()
    {
        const fs::path root = tempPath(dir_, "rewritten");
        const fs::path events = root / "stats" / "loadtest-webrtc-2024-kurento-2p" / "LoadTestSession1" / "User1" /
                                "events.json";
        writeFile(events, "[" + eventJson(1) + "," + eventJson(2) + "," + eventJson(3) + "]");
        IncrementalLoader loader(root);
        QCOMPARE(loader.update()->analysed->results->tests.at(0).users.at(0).events.size(), std::size_t{3});
        writeFile(events, "[" + eventJson(4) + "]"); // shorter: a new file, not an append
        const auto update = loader.update();
        QVERIFY(update);
        const auto& read = update->analysed->results->tests.at(0).users.at(0).events;
        QCOMPARE(read.size(), std::size_t{1});
        QCOMPARE(read.front().raw, eventJson(4));
    }

    void aProblemInTheNewPartNamesItsLineInTheFile()
    {
        const fs::path root = tempPath(dir_, "lines");
        const fs::path events = root / "stats" / "loadtest-webrtc-2024-kurento-2p" / "LoadTestSession1" / "User1" /
                                "events.json";
        writeFile(events, "[" + eventJson(1) + ",\n" + eventJson(2) + ",\n");
        IncrementalLoader loader(root);
        QVERIFY(loader.update());
        writeFile(events,
                  R"({"event":"x","timestamp":12},)"
                  "\n" +
                      eventJson(3) + "\n]",
                  std::ios::app);
        const auto update = loader.update();
        QVERIFY(update);
        QCOMPARE(update->analysed->results->tests.at(0).users.at(0).events.back().line, 4L);
        const auto& problems = update->analysed->results->problems;
        const auto it = std::find_if(problems.begin(), problems.end(), [](const Problem& p) {
            return p.message.find("`timestamp` is a number") != std::string::npos;
        });
        QVERIFY(it != problems.end());
        QCOMPARE(it->line, 3L);
        QCOMPARE(update->changedTests, std::vector<std::string>{"loadtest-webrtc-2024-kurento-2p"});
    }

    void anUnchangedTestKeepsItsAnalysis()
    {
        const fs::path root = tempPath(dir_, "two");
        const std::string a = "loadtest-webrtc-2024-kurento-2p", b = "loadtest-webrtc-2024-pion-2p";
        for (const auto& test : {a, b})
            writeFile(root / "stats" / test / "LoadTestSession1" / "User1" / "events.json", "[" + eventJson(1) + ",");
        IncrementalLoader loader(root);
        QCOMPARE(loader.update()->changedTests.size(), std::size_t{2});
        writeFile(root / "stats" / b / "LoadTestSession1" / "User1" / "events.json", eventJson(2) + ",", std::ios::app);
        const auto update = loader.update();
        QVERIFY(update);
        QCOMPARE(update->changedTests, std::vector<std::string>{b});
        QCOMPARE(update->analysed->results->tests.at(0).users.at(0).events.size(), std::size_t{1});
        QCOMPARE(update->analysed->results->tests.at(1).users.at(0).events.size(), std::size_t{2});
        QCOMPARE(update->analysed->analyses.at(0).data, &update->analysed->results->tests.at(0));
    }
};

QTEST_GUILESS_MAIN(TestIncrementalLoader)
#include "test_incremental_loader.moc"
