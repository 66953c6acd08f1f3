// Generated folders tell one consistent story: byte-identical per seed, log failures matching the retries in the
// events, CPU following the load and stopping at a crash, the 2026 layout, and refusals of bad requests.
#include "core/generate/results_generator.h"
#include "generated_fixture.h"
#include "generated_folder.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>

using namespace loadscope;
using namespace loadscope::generate;
using namespace loadscope::testing;
namespace fs = std::filesystem;

class TestGeneratedStory : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    fs::path main_, again_, otherSeed_, layout2026_;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        const fs::path root = tmp_.path().toStdString();
        main_ = root / "main";
        again_ = root / "again";
        otherSeed_ = root / "other-seed";
        layout2026_ = root / "layout-2026";
        auto options = mainOptions();
        const auto summary = generateResults(main_, options, 1);
        QCOMPARE(summary.tests.size(), std::size_t{4});
        QVERIFY(summary.bytes > 0);
        generateResults(again_, options, 3);
        options.seed = 8;
        generateResults(otherSeed_, options, 2);
        GeneratorOptions layout;
        layout.tests = {spec("kurento-2p"), spec("pion-8p")};
        layout.durationSeconds = 60;
        layout.layout = ResultsLayout::Year2026;
        generateResults(layout2026_, layout, 1);
    }

    void sameSeedGivesTheSameBytes()
    {
        const auto first = readTree(main_), second = readTree(again_);
        QCOMPARE(first.size(), second.size());
        for (const auto& [path, bytes] : first) {
            const auto it = second.find(path);
            QVERIFY2(it != second.end(), path.c_str());
            QVERIFY2(it->second == bytes, path.c_str());
        }
    }

    void anotherSeedGivesOtherBytes()
    {
        const auto first = readTree(main_), other = readTree(otherSeed_);
        for (const char* path : {"stats/loadtest-webrtc-2024-kurento-2p/LoadTestSession1/User1/stats.json",
                                 "stats/loadtest-webrtc-2024-kurento-2p/LoadTestSession1/User1/events.json",
                                 "logs/loadtest-webrtc-2024-pion-3p-40s.log",
                                 "dfs_final/loadtest-webrtc-2024-mediasoup-3p-10s-medianode.csv"}) {
            QVERIFY2(first.count(path) && other.count(path), path);
            QVERIFY2(first.at(path) != other.at(path), path);
        }
    }

    void cpuStopsWhenTheMediaNodeCrashes_data() { addTestRows(); }
    void cpuStopsWhenTheMediaNodeCrashes()
    {
        QFETCH(QString, test);
        const bool crashed = test.endsWith("pion-8p");
        const auto rows = readCsv(main_ / "dfs_final" / (test.toStdString() + "-medianode.csv"));
        const auto log = readControllerLog(main_ / "logs" / (test.toStdString() + ".log"), kLogOffsetMinutes);
        const TimeNs lastCpu = parseTime(rows.back()[0]);
        if (!crashed) {
            QVERIFY2(lastCpu > log.end, "rows after the test");
            return;
        }
        QVERIFY2(lastCpu + 10 * kNsPerSecond < log.end, "the rows stop well before the test's end");
        // Users lose the media node: failures are logged after the last CPU sample.
        const auto after = std::count_if(log.failures.begin(), log.failures.end(),
                                         [&](const LoggedFailure& f) { return f.utc > lastCpu; });
        QVERIFY(after > 0);
    }

    void crashLeavesLockFoldersBehind_data() { addTestRows(); }
    void crashLeavesLockFoldersBehind()
    {
        QFETCH(QString, test);
        int locks = 0;
        for (const auto& u : userFolders(main_, test.toStdString()))
            locks += fs::is_directory(u.path / "stats.json.lock");
        QCOMPARE(locks > 0, test.endsWith("pion-8p"));
    }

    void qualityDropsUnderLoad()
    {
        const auto meanVmaf = [&](const char* test) {
            double sum = 0;
            int count = 0;
            for (const auto& entry : fs::directory_iterator(main_ / "qoe" / test))
                for (const auto& cut : readJson(entry.path())) {
                    sum += cut["vmaf"].get<double>();
                    ++count;
                }
            return sum / count;
        };
        const auto meanVideoJitter = [&](const char* test) {
            double sum = 0;
            int count = 0;
            for (const auto& u : userFolders(main_, test))
                for (const auto& record : readJson(u.path / "stats.json"))
                    for (const auto& entry : record["webrtcStats"])
                        if (entry.value("event", "") == "stats")
                            for (const auto& report : entry["data"]["video"]["inbound"]) {
                                sum += report["jitter"].get<double>();
                                ++count;
                            }
            return sum / count;
        };
        // kurento-2p never leaves a low CPU; pion-3p-40s spends most of its time above 0.95.
        QVERIFY(meanVmaf("loadtest-webrtc-2024-kurento-2p") > meanVmaf("loadtest-webrtc-2024-pion-3p-40s") + 0.1);
        QVERIFY(meanVideoJitter("loadtest-webrtc-2024-kurento-2p") <
                meanVideoJitter("loadtest-webrtc-2024-pion-3p-40s"));
    }

    void loadDecidesTheCpu()
    {
        const auto maxCpu = [&](const char* test) {
            double highest = 0;
            const auto rows = readCsv(main_ / "dfs_final" / (std::string(test) + "-medianode.csv"));
            for (std::size_t i = 1; i < rows.size(); ++i)
                highest = std::max(highest, std::stod(rows[i][1]));
            return highest;
        };
        QVERIFY(maxCpu("loadtest-webrtc-2024-kurento-2p") < 0.8);
        QVERIFY(maxCpu("loadtest-webrtc-2024-pion-3p-40s") > 0.95);
    }

    void failuresInTheLogMatchRetriesInTheEvents_data() { addTestRows(); }
    void failuresInTheLogMatchRetriesInTheEvents()
    {
        QFETCH(QString, test);
        const auto log = readControllerLog(main_ / "logs" / (test.toStdString() + ".log"), kLogOffsetMinutes);
        QVERIFY(log.start != kNoTime && log.end != kNoTime && log.start < log.end);
        for (const auto& u : userFolders(main_, test.toStdString())) {
            std::vector<LoggedFailure> mine;
            for (const auto& f : log.failures)
                if (f.session == u.session && f.user == u.user)
                    mine.push_back(f);
            const auto starts = timesOf(nlohmann::ordered_json::parse(readText(u.path / "events.json")),
                                        "connectionStart");
            QVERIFY(mine.size() + 1 == starts.size() || mine.size() == starts.size());
            for (std::size_t i = 0; i < mine.size(); ++i) {
                QCOMPARE(mine[i].attempts, static_cast<int>(i + 1));
                QVERIFY(mine[i].utc > starts[i]);
                if (i + 1 < starts.size())
                    QVERIFY2(mine[i].utc < starts[i + 1], "the retry follows the logged failure");
                QVERIFY(mine[i].utc > log.start && mine[i].utc < log.end);
            }
        }
    }

    void loadedTestsRetryAndLightOnesDoNot()
    {
        const auto failures = [&](const char* test) {
            return readControllerLog(main_ / "logs" / (std::string(test) + ".log"), kLogOffsetMinutes).failures;
        };
        QVERIFY(failures("loadtest-webrtc-2024-kurento-2p").empty());
        const auto loaded = failures("loadtest-webrtc-2024-pion-3p-40s");
        QVERIFY(!loaded.empty());
        QVERIFY(std::any_of(loaded.begin(), loaded.end(), [](const LoggedFailure& f) { return f.attempts >= 2; }));
    }

    void liveKitUsersReconnectUnderLoad()
    {
        int pairs = 0;
        for (const auto& u : userFolders(main_, "loadtest-webrtc-2024-pion-3p-40s")) {
            const auto events = nlohmann::ordered_json::parse(readText(u.path / "events.json"));
            const auto reconnecting = timesOf(events, "Reconnecting"), reconnected = timesOf(events, "Reconnected");
            for (TimeNs t : reconnected)
                pairs += std::any_of(reconnecting.begin(), reconnecting.end(), [&](TimeNs r) { return r < t; });
        }
        QVERIFY(pairs > 0);
        for (const auto& u : userFolders(main_, "loadtest-webrtc-2024-kurento-2p"))
            QVERIFY(readText(u.path / "events.json").find("econnect") == std::string::npos);
    }

    void controllerLogHasNoiseAndTheTestBounds()
    {
        const auto log = readControllerLog(main_ / "logs" / "loadtest-webrtc-2024-pion-3p-40s.log", kLogOffsetMinutes);
        QVERIFY(log.unmatchedLines > 0); // banner, stdout dumps, stack traces
        const std::string text = readText(main_ / "logs" / "loadtest-webrtc-2024-pion-3p-40s.log");
        QVERIFY(text.find("Starting test with N:M session typology") != std::string::npos);
        QVERIFY(text.find("Saved result in a /") != std::string::npos);
        QVERIFY(text.find("results.txt") != std::string::npos);
        // Local time at +02:00: the start line reads two hours ahead of the first event (UTC).
        const auto first = userFolders(main_, "loadtest-webrtc-2024-pion-3p-40s").front();
        const auto events = nlohmann::ordered_json::parse(readText(first.path / "events.json"));
        const TimeNs firstEvent = parseTime(events.front()["timestamp"].get<std::string>());
        QVERIFY(firstEvent > log.start && firstEvent - log.start < 30 * kNsPerSecond);
    }

    void layout2026UsesShortFoldersAndIsoLogTimes()
    {
        const auto users = userFolders(layout2026_, "loadtest-webrtc-2026-pion-8p");
        QCOMPARE(users.size(), std::size_t{8});
        QCOMPARE(users.front().path.parent_path().filename().string(), std::string("s1"));
        QCOMPARE(users.front().path.filename().string(), std::string("u1"));
        const auto records = readJson(users.front().path / "stats.json");
        QVERIFY(!records.empty());
        QVERIFY(records[0].contains("@timestamp") && !records[0].contains("timestamp"));
        const std::string text = readText(layout2026_ / "logs" / "loadtest-webrtc-2026-pion-8p.log");
        QVERIFY(text.find("Saved result in /") != std::string::npos);
        QVERIFY(text.find("Saved result in a ") == std::string::npos);
        QVERIFY(text.find("session topology") != std::string::npos);
        QVERIFY(std::regex_search(text, std::regex(R"(\n2026-03-10T\d\d:\d\d:\d\d\.\d{3}\+02:00  INFO )")));
        const auto log = readControllerLog(layout2026_ / "logs" / "loadtest-webrtc-2026-pion-8p.log", 0);
        QVERIFY(log.start != kNoTime && log.end - log.start == 60 * kNsPerSecond);
    }

    void refusesANonEmptyFolderUnlessForced()
    {
        const fs::path out = fs::path(tmp_.path().toStdString()) / "occupied";
        fs::create_directories(out);
        std::ofstream(out / "keep.txt") << "mine";
        GeneratorOptions options;
        options.tests = {spec("kurento-2p")};
        options.durationSeconds = 30;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, generateResults(out, options, 1));
        QVERIFY(!fs::exists(out / "stats"));
        options.force = true;
        generateResults(out, options, 1);
        QVERIFY(fs::exists(out / "stats" / "loadtest-webrtc-2024-kurento-2p"));
        QCOMPARE(readText(out / "keep.txt"), std::string("mine"));
    }

    void rejectsOptionsThatMakeNoSense_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("duplicate test") << 0;
        QTest::newRow("crash of a test not generated") << 1;
        QTest::newRow("duration too short") << 2;
        QTest::newRow("non-positive capacity") << 3;
        QTest::newRow("duration too long") << 4;
        QTest::newRow("too many sessions") << 5;
    }
    void rejectsOptionsThatMakeNoSense()
    {
        QFETCH(int, which);
        GeneratorOptions options;
        options.tests = {spec("kurento-2p")};
        options.durationSeconds = 30;
        if (which == 0)
            options.tests.push_back(spec("kurento-2p"));
        if (which == 1)
            options.crashes = {spec("pion-8p")};
        if (which == 2)
            options.durationSeconds = 10;
        if (which == 3)
            options.capacityScale = 0;
        if (which == 4)
            options.durationSeconds = 1e9;
        if (which == 5)
            options.sessions = 100000;
        const fs::path out = fs::path(tmp_.path().toStdString()) / ("bad-" + std::to_string(which));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateResults(out, options, 1));
    }
};

QTEST_GUILESS_MAIN(TestGeneratedStory)
#include "test_generated_story.moc"
