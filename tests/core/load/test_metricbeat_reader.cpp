// The media node's Metricbeat export (results-format.md, "Media-node metrics"): one document per line, CPU and
// memory in separate documents a few ms apart, keys nested or dotted, other nodes' and other metricsets'
// documents beside them; and which media-node file a load reads when a test has several.
#include "core/load/file_buffer.h"
#include "core/load/metricbeat_reader.h"
#include "core/load/results_loader.h"
#include "core/util/iso_time.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace loadscope;
namespace fs = std::filesystem;

namespace {

// 2024-06-13 10:00:00 UTC plus `ms` milliseconds.
TimeNs at(long long ms)
{
    return (daysFromCivil(2024, 6, 13) * 86400 + 10 * 3600) * kNsPerSecond + ms * 1'000'000;
}

// What Metricbeat's system module writes (trimmed): the cpu and memory metricsets, nested.
std::string cpuDocument(const char* time, const char* pct, const char* role = "medianode")
{
    return std::string(R"({"@timestamp":")") + time +
           R"(","@metadata":{"beat":"metricbeat","type":"_doc","version":"7.17.0"},"event":{"dataset":"system.cpu",)"
           R"("module":"system","duration":116709},"metricset":{"name":"cpu","period":5000},"system":{"cpu":)"
           R"({"cores":4,"total":{"pct":1.6,"norm":{"pct":)" +
           pct + R"(}},"idle":{"pct":2.4,"norm":{"pct":0.6}}}},"fields":{"node_role":")" + role +
           R"("},"host":{"name":"media-node-1"}})";
}

std::string memoryDocument(const char* time, const char* used, const char* actual)
{
    return std::string(R"({"@timestamp":")") + time +
           R"(","metricset":{"name":"memory","period":5000},"system":{"memory":{"total":8589934592,"used":{"bytes":)"
           R"(4294967296,"pct":)" +
           used + R"(},"actual":{"used":{"bytes":3221225472,"pct":)" + actual +
           R"(}}}},"fields":{"node_role":"medianode"}})";
}

std::vector<ResourceSample> read(const std::string& text, ProblemList& problems)
{
    return readMetricbeatNdjson(FileBuffer::fromBytes(text), "dfs_final/t-medianode.ndjson", problems);
}

bool sameRow(const ResourceSample& row, TimeNs time, double cpu, double memory)
{
    const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    return row.time == time && same(row.cpu, cpu) && same(row.memory, memory);
}

std::string describe(const ProblemList& problems)
{
    std::string text;
    for (const Problem& p : problems.items())
        text += p.file + ":" + std::to_string(p.line) + " " + p.message + "\n";
    return text;
}

void writeFile(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class MetricbeatReader : public QObject {
    Q_OBJECT

private slots:
    void cpuAndMemoryDocumentsOfAPeriodMakeOneRow()
    {
        ProblemList problems;
        const auto rows = read(cpuDocument("2024-06-13T10:00:00.000Z", "0.4") + "\n" +
                                   memoryDocument("2024-06-13T10:00:00.004Z", "0.5", "0.375") + "\n" +
                                   cpuDocument("2024-06-13T10:00:05.001Z", "0.45") + "\n" +
                                   memoryDocument("2024-06-13T10:00:05.007Z", "0.51", "0.38") + "\n",
                               problems);
        QVERIFY2(problems.empty(), describe(problems).c_str());
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(sameRow(rows[0], at(0), 0.4, 0.5)); // used.pct, the CSV's memory column, before actual.used.pct
        QVERIFY(sameRow(rows[1], at(5001), 0.45, 0.51));
    }

    void dottedAndMixedKeysReadAsNested()
    {
        ProblemList problems;
        const std::string text =
            R"({"@timestamp":"2024-06-13T10:00:00.000Z","system.cpu.total.norm.pct":0.25,"fields.node_role":"medianode"})"
            "\n"
            R"({"@timestamp":"2024-06-13T10:00:00.003Z","system.memory":{"actual.used":{"pct":0.3}},"fields":{"node_role":"medianode"}})"
            "\n"
            R"({"@timestamp":"2024-06-13T10:00:05.000Z","system.cpu":{"total.norm":{"pct":0.5}},"system.memory.used.pct":0.31})"
            "\n";
        const auto rows = read(text, problems);
        QVERIFY2(problems.empty(), describe(problems).c_str());
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(sameRow(rows[0], at(0), 0.25, 0.3));    // actual.used.pct when it is the only memory value
        QVERIFY(sameRow(rows[1], at(5000), 0.5, 0.31)); // no node_role: kept
    }

    void aCpuOnlyAndAMemoryOnlyPeriodKeepTheOtherValueMissing()
    {
        ProblemList problems;
        const auto rows = read(cpuDocument("2024-06-13T10:00:00.000Z", "0.4") + "\n" +
                                   memoryDocument("2024-06-13T10:00:05.000Z", "0.5", "0.375") + "\n",
                               problems);
        QVERIFY2(problems.empty(), describe(problems).c_str());
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(sameRow(rows[0], at(0), 0.4, kNaN));
        QVERIFY(sameRow(rows[1], at(5000), kNaN, 0.5));
    }

    void otherNodesAndOtherMetricsetsAreSkippedWithoutAWord()
    {
        ProblemList problems;
        const std::string load =
            R"({"@timestamp":"2024-06-13T10:00:00.002Z","metricset":{"name":"load"},"system":{"load":{"1":0.5}},"fields":{"node_role":"medianode"}})";
        const auto rows = read(cpuDocument("2024-06-13T10:00:00.001Z", "0.9", "browseremulator") + "\n" + load + "\n" +
                                   cpuDocument("2024-06-13T10:00:00.000Z", "0.4") + "\n",
                               problems);
        QVERIFY2(problems.empty(), describe(problems).c_str());
        QCOMPARE(rows.size(), std::size_t(1));
        QVERIFY(sameRow(rows[0], at(0), 0.4, kNaN));

        ProblemList onlyOthers;
        QVERIFY(read(cpuDocument("2024-06-13T10:00:00.000Z", "0.9", "browseremulator") + "\n", onlyOthers).empty());
        QCOMPARE(onlyOthers.items().size(), std::size_t(1));
        QVERIFY(onlyOthers.items()[0].message.find("browseremulator") != std::string::npos);
    }

    void aBrokenLineIsReportedWithItsNumberAndTheRestRead()
    {
        ProblemList problems;
        const std::string text = cpuDocument("2024-06-13T10:00:00.000Z", "0.4") + "\n" +
                                 R"({"@timestamp":"2024-06-13T10:00:05.000Z","system":{"cpu":)" + "\n" + // cut
                                 "\n" + cpuDocument("2024-06-13T10:00:10.000Z", "0.5") + " trailing\n" +
                                 R"({"system.cpu.total.norm.pct":0.6})" + "\n" +
                                 R"({"@timestamp":"yesterday","system.cpu.total.norm.pct":0.6})" + "\n" +
                                 R"({"@timestamp":"2024-06-13T10:00:15.000Z","system.cpu.total.norm.pct":"high"})" +
                                 "\n[1, 2]\n" + cpuDocument("2024-06-13T10:00:20.000Z", "0.7") + "\r\n";
        const auto rows = read(text, problems);
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(sameRow(rows[0], at(0), 0.4, kNaN));
        QVERIFY(sameRow(rows[1], at(20000), 0.7, kNaN));
        const auto& found = problems.items();
        QCOMPARE(found.size(), std::size_t(6));
        const std::vector<long> lines{2, 4, 5, 6, 7, 8};
        for (std::size_t i = 0; i < found.size(); ++i) {
            QCOMPARE(found[i].file, std::string("dfs_final/t-medianode.ndjson"));
            QCOMPARE(found[i].line, lines[i]);
        }
        QCOMPARE(found[0].severity, Severity::Error);
        QVERIFY(found[0].message.find("not valid JSON") != std::string::npos);
        QVERIFY(found[2].message.find("no @timestamp") != std::string::npos);
        QVERIFY(found[3].message.find("\"yesterday\"") != std::string::npos);
        QVERIFY(found[4].message.find("is a string, not a number") != std::string::npos);
        QVERIFY(found[5].message.find("not a JSON object") != std::string::npos);
    }

    void anElasticsearchExportIsReadThroughItsSource()
    {
        ProblemList problems;
        const std::string hit = R"({"_index":"metricbeat-7.17.0","_id":"x","_source":)" +
                                cpuDocument("2024-06-13T10:00:00.000Z", "0.4") + "}\n";
        const auto rows = read(hit, problems);
        QVERIFY2(problems.empty(), describe(problems).c_str());
        QCOMPARE(rows.size(), std::size_t(1));
        QVERIFY(sameRow(rows[0], at(0), 0.4, kNaN));
    }

    void documentsOutOfOrderAreSorted()
    {
        ProblemList problems;
        const auto rows = read(cpuDocument("2024-06-13T10:00:05.000Z", "0.5") + "\n" +
                                   memoryDocument("2024-06-13T10:00:00.006Z", "0.3", "0.2") + "\n" +
                                   cpuDocument("2024-06-13T10:00:00.000Z", "0.4") + "\n",
                               problems);
        QVERIFY2(problems.empty(), describe(problems).c_str());
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(sameRow(rows[0], at(0), 0.4, 0.3));
        QVERIFY(sameRow(rows[1], at(5000), 0.5, kNaN));
    }

    void aJsonArrayOrAnEmptyFileIsOneProblem()
    {
        ProblemList array;
        QVERIFY(read("[" + cpuDocument("2024-06-13T10:00:00.000Z", "0.4") + "]\n", array).empty());
        QCOMPARE(array.items().size(), std::size_t(1));
        QCOMPARE(array.items()[0].severity, Severity::Error);
        ProblemList empty;
        QVERIFY(read(" \n\n", empty).empty());
        QCOMPARE(empty.items().size(), std::size_t(1));
    }

    // A results folder: the CSV wins over the export, which is read when it is alone (.ndjson before .json).
    void aLoadReadsTheCsvFirstThenTheExport()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const std::string test = "loadtest-webrtc-2024-kurento-2p";
        writeFile(root / "stats" / test / "LoadTestSession1" / "User1" / "events.json", "[]");
        const fs::path csv = root / "dfs_final" / (test + "-medianode.csv");
        const fs::path ndjson = root / "dfs_final" / (test + "-medianode.ndjson");
        const fs::path json = root / "dfs_final" / (test + "-medianode.json");
        writeFile(csv, "@timestamp,cpu,memory\n2024-06-13T10:00:00.000Z,0.1,0.2\n");
        writeFile(ndjson, cpuDocument("2024-06-13T10:00:00.000Z", "0.4") + "\n");
        writeFile(json, cpuDocument("2024-06-13T10:00:00.000Z", "0.6") + "\n");

        const auto mentions = [](const Results& results, const std::string& file, const std::string& words) {
            return std::any_of(results.problems.begin(), results.problems.end(), [&](const Problem& p) {
                return p.file == file && p.message.find(words) != std::string::npos;
            });
        };
        const std::string ndjsonName = "dfs_final/" + test + "-medianode.ndjson";
        const std::string jsonName = "dfs_final/" + test + "-medianode.json";
        auto all = loadResults(root);
        QVERIFY(all);
        QCOMPARE(all->tests.at(0).resources.size(), std::size_t(1));
        QCOMPARE(all->tests.at(0).resources[0].cpu, 0.1);
        QCOMPARE(all->tests.at(0).resourcesFile, "dfs_final/" + test + "-medianode.csv");
        QVERIFY(mentions(*all, ndjsonName,
                         "ignored: the media node's metrics are read from dfs_final/" + test + "-medianode.csv"));
        QVERIFY(mentions(*all, jsonName, "ignored"));

        fs::remove(csv);
        auto exports = loadResults(root);
        QVERIFY(exports);
        QCOMPARE(exports->tests.at(0).resources.at(0).cpu, 0.4);
        QCOMPARE(exports->tests.at(0).resourcesFile, ndjsonName);
        QVERIFY(mentions(*exports, jsonName, "read from " + ndjsonName));

        fs::remove(ndjson);
        auto jsonOnly = loadResults(root);
        QVERIFY(jsonOnly);
        QCOMPARE(jsonOnly->tests.at(0).resources.at(0).cpu, 0.6);
        QVERIFY(!mentions(*jsonOnly, jsonName, "ignored"));

        fs::remove(json);
        auto none = loadResults(root);
        QVERIFY(none);
        QVERIFY(mentions(*none, "dfs_final/" + test + "-medianode.csv", "missing"));
    }
};

QTEST_GUILESS_MAIN(MetricbeatReader)
#include "test_metricbeat_reader.moc"
