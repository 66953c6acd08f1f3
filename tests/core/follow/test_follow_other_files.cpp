// Live follow of the files beside the user folders that appear or change while a test runs: the controller's
// test-case reports (logs/results.txt, results-<ts>.txt), read and checked against the logs as a full load does,
// and the media node's Metricbeat export, read as it grows and given up for a CSV that appears beside it. After
// each change the followed model and problems equal a full load of the same folder.
#include "core/follow/incremental_loader.h"
#include "core/generate/results_generator.h"
#include "core/load/results_loader.h"
#include "model_comparison.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>
#include <regex>
#include <sstream>

using namespace loadscope;
using namespace loadscope::testing;
namespace fs = std::filesystem;

namespace {

const std::string kTest = "loadtest-webrtc-2024-kurento-2p";

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const fs::path& path, const std::string& text, std::ios::openmode mode = std::ios::trunc)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | mode) << text;
}

std::size_t countMentions(const std::vector<Problem>& problems, const std::string& file, const std::string& words)
{
    return static_cast<std::size_t>(std::count_if(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.file == file && p.message.find(words) != std::string::npos;
    }));
}

std::string metricbeatCpu(int second, double pct)
{
    return R"({"@timestamp":"2024-06-13T10:00:)" + std::string(second < 10 ? "0" : "") + std::to_string(second) +
           R"(.000Z","system":{"cpu":{"total":{"norm":{"pct":)" + std::to_string(pct) +
           R"(}}}},"fields":{"node_role":"medianode"}})"
           "\n";
}

} // namespace

class FollowOtherFiles : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    fs::path generated_;

    // Follows `root` once more and checks the update against a full load (`root` holds complete lines only).
    std::shared_ptr<const AnalysedResults> followAndCompare(IncrementalLoader& loader, const fs::path& root)
    {
        const auto update = loader.update();
        if (!update) {
            QTest::qFail("nothing changed", __FILE__, __LINE__);
            return {};
        }
        const auto full = loadResults(root);
        const std::string difference = firstDifference(*update->analysed->results, *full);
        if (!difference.empty())
            QTest::qFail(difference.c_str(), __FILE__, __LINE__);
        return update->analysed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        generated_ = fs::path(dir_.path().toStdString()) / "generated";
        generate::GeneratorOptions options;
        options.seed = 5;
        options.tests = {*generate::parseTestSpec("kurento-2p")};
        options.sessions = 1;
        options.durationSeconds = 40;
        generate::generateResults(generated_, options, 2);
    }

    void aReportThatAppearsOrChangesIsCheckedAgainstTheLog()
    {
        const fs::path root = fs::path(dir_.path().toStdString()) / "reports";
        fs::copy(generated_, root, fs::copy_options::recursive);
        const fs::path report = root / "logs" / "results.txt";
        const std::string text = readText(report);
        fs::remove(report);
        IncrementalLoader loader(root);
        const std::string disagrees = "disagrees with logs/" + kTest + ".log";
        QCOMPARE(countMentions(followAndCompare(loader, root)->results->problems, "logs/results.txt", disagrees),
                 std::size_t(0));

        // The report appears with a duration the log does not have: said, naming its line...
        const std::string wrong = std::regex_replace(text, std::regex("Test duration:\t[^\n]*"),
                                                     "Test duration:\t0h 9m 0s ");
        QVERIFY(wrong != text);
        writeFile(report, wrong);
        QCOMPARE(countMentions(followAndCompare(loader, root)->results->problems, "logs/results.txt", disagrees),
                 std::size_t(1));
        // ...and a 2026 report of the same test beside it, line by line as it is written.
        const fs::path report2026 = root / "logs" / "results-2024-06-13_12-10-00.txt";
        const std::size_t cut = wrong.find("Kibana url");
        QVERIFY(cut != std::string::npos);
        writeFile(report2026, wrong.substr(0, cut));
        QCOMPARE(countMentions(followAndCompare(loader, root)->results->problems,
                               "logs/results-2024-06-13_12-10-00.txt", disagrees),
                 std::size_t(1));

        // Rewritten right, then gone: nothing said any more.
        writeFile(report, text);
        fs::remove(report2026);
        QCOMPARE(countMentions(followAndCompare(loader, root)->results->problems, "logs/results.txt", disagrees),
                 std::size_t(0));
        QVERIFY(!loader.update()); // nothing changed since
    }

    void theMetricbeatExportIsFollowedAndGivesWayToACsv()
    {
        const fs::path root = fs::path(dir_.path().toStdString()) / "metricbeat";
        fs::copy(generated_, root, fs::copy_options::recursive);
        const fs::path csv = root / "dfs_final" / (kTest + "-medianode.csv");
        const fs::path ndjson = root / "dfs_final" / (kTest + "-medianode.ndjson");
        const std::string csvText = readText(csv);
        fs::remove(csv);
        writeFile(ndjson, metricbeatCpu(0, 0.25));
        IncrementalLoader loader(root);
        QCOMPARE(followAndCompare(loader, root)->results->tests.at(0).resources.size(), std::size_t(1));

        // It grows by a line and a half: the complete line is read, the cut one waits without a word...
        const std::string second = metricbeatCpu(5, 0.5);
        writeFile(ndjson, second + metricbeatCpu(10, 0.75).substr(0, 30), std::ios::app);
        const auto cut = loader.update();
        QVERIFY(cut);
        QCOMPARE(cut->analysed->results->tests.at(0).resources.size(), std::size_t(2));
        const std::string ndjsonName = "dfs_final/" + kTest + "-medianode.ndjson";
        QCOMPARE(countMentions(cut->analysed->results->problems, ndjsonName, "JSON"), std::size_t(0));
        // ...until it is whole.
        writeFile(ndjson, metricbeatCpu(10, 0.75).substr(30), std::ios::app);
        const auto whole = followAndCompare(loader, root);
        QCOMPARE(whole->results->tests.at(0).resources.size(), std::size_t(3));
        QCOMPARE(whole->results->tests.at(0).resources.back().cpu, 0.75);
        QCOMPARE(whole->results->tests.at(0).resourcesFile, ndjsonName);

        // The hand-merged CSV arrives: read instead, the export named as ignored; and gone again.
        writeFile(csv, csvText);
        const auto withCsv = followAndCompare(loader, root);
        QCOMPARE(countMentions(withCsv->results->problems, ndjsonName, "ignored"), std::size_t(1));
        QCOMPARE(withCsv->results->tests.at(0).resourcesFile, "dfs_final/" + kTest + "-medianode.csv");
        fs::remove(csv);
        const auto without = followAndCompare(loader, root);
        QCOMPARE(countMentions(without->results->problems, ndjsonName, "ignored"), std::size_t(0));
        QCOMPARE(without->results->tests.at(0).resources.size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(FollowOtherFiles)
#include "test_follow_other_files.moc"
