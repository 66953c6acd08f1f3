// Generated files read back with a JSON parser and a CSV split: each has the shape docs/results-format.md gives.
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

class TestGeneratedFileShapes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    fs::path main_;

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        main_ = fs::path(tmp_.path().toStdString()) / "main";
        const auto summary = generateResults(main_, mainOptions(), 2);
        QCOMPARE(summary.tests.size(), std::size_t{4});
    }

    void eventsFilesAreOrderedArraysOfEvents_data() { addTestRows(); }
    void eventsFilesAreOrderedArraysOfEvents()
    {
        QFETCH(QString, test);
        const auto users = userFolders(main_, test.toStdString());
        QVERIFY(!users.empty());
        for (const auto& u : users) {
            const auto events = nlohmann::ordered_json::parse(readText(u.path / "events.json"));
            QVERIFY(events.is_array() && !events.empty());
            TimeNs previous = kNoTime;
            for (const auto& e : events) {
                QCOMPARE(e.begin().key(), std::string("event"));
                QCOMPARE((--e.end()).key(), std::string("timestamp"));
                QCOMPARE(e.at("participant").get<std::string>(), "User" + std::to_string(u.user));
                QCOMPARE(e.at("session").get<std::string>(), "LoadTestSession" + std::to_string(u.session));
                const std::string stamp = e.at("timestamp").get<std::string>();
                QVERIFY2(stamp.size() == 24 && stamp.back() == 'Z', stamp.c_str());
                const TimeNs t = parseTime(stamp);
                QVERIFY(t != kNoTime && t >= previous);
                previous = t;
                if (e.contains("connection"))
                    QVERIFY(e["connection"] == "local" || e["connection"] == "remote");
            }
            QCOMPARE(eventName(events.front()), std::string("connectionStart"));
        }
    }

    void statsFilesHaveTheDocumentedShape_data() { addTestRows(); }
    void statsFilesHaveTheDocumentedShape()
    {
        QFETCH(QString, test);
        int reports = 0, nonStatsEntries = 0;
        for (const auto& u : userFolders(main_, test.toStdString())) {
            const auto records = readJson(u.path / "stats.json");
            QVERIFY(records.is_array());
            std::set<std::string> seen; // report ids: the first sample of a stream has no rates
            TimeNs previous = kNoTime;
            for (const auto& record : records) {
                QCOMPARE(record.at("user").get<std::string>(), "User" + std::to_string(u.user));
                QCOMPARE(record.at("session").get<std::string>(), "LoadTestSession" + std::to_string(u.session));
                const TimeNs t = parseTime(record.at("timestamp").get<std::string>());
                QVERIFY(t != kNoTime);
                if (previous != kNoTime)
                    QVERIFY2(t - previous >= 2 * kNsPerSecond, "records are at least 2 s apart");
                previous = t;
                for (const auto& entry : record.at("webrtcStats")) {
                    if (entry.value("event", "") != "stats") {
                        ++nonStatsEntries;
                        continue;
                    }
                    QVERIFY(entry.contains("peerId") && entry.contains("connectionId"));
                    const auto& data = entry.at("data");
                    QVERIFY(data.contains("connection"));
                    const std::pair<const nlohmann::json*, const char*> places[] = {
                        {&data["audio"]["inbound"], "inbound-rtp"},
                        {&data["audio"]["outbound"], "outbound-rtp"},
                        {&data["video"]["inbound"], "inbound-rtp"},
                        {&data["video"]["outbound"], "outbound-rtp"},
                        {&data["remote"]["audio"]["inbound"], "remote-inbound-rtp"},
                        {&data["remote"]["video"]["inbound"], "remote-inbound-rtp"},
                        {&data["remote"]["audio"]["outbound"], "remote-outbound-rtp"},
                        {&data["remote"]["video"]["outbound"], "remote-outbound-rtp"}};
                    for (const auto& [list, type] : places) {
                        QVERIFY(list->is_array());
                        for (const auto& report : *list) {
                            ++reports;
                            QCOMPARE(report.at("type").get<std::string>(), std::string(type));
                            QVERIFY(report.at("timestamp").is_number());
                            const std::string id = report.at("id").get<std::string>();
                            const bool first = seen.insert(id).second;
                            if (std::string(type) == "inbound-rtp" || std::string(type) == "outbound-rtp") {
                                QVERIFY2(report.size() >= 20 && report.size() <= 40, id.c_str());
                                QCOMPARE(report.contains("bitrate"), !first);
                                QCOMPARE(report.contains("packetRate"), !first);
                            }
                            if (report.contains("packetsLost")) {
                                QVERIFY(report.at("packetsLost").is_number_integer());
                                const long long sent = report.value("packetsSent", 0LL);
                                const long long received = report.value("packetsReceived", 0LL);
                                QVERIFY2(sent + received > 0, id.c_str());
                            }
                            if (report.contains("jitter"))
                                QVERIFY(report["jitter"].get<double>() >= 0 && report["jitter"].get<double>() < 1);
                            if (report.contains("fractionLost"))
                                QVERIFY(report["fractionLost"].get<double>() >= 0 &&
                                        report["fractionLost"].get<double>() <= 1);
                        }
                    }
                }
            }
        }
        QVERIFY(reports > 0);
        QVERIFY(nonStatsEntries > 0);
    }

    void mediaNodeCsvHasTheDocumentedShape_data() { addTestRows(); }
    void mediaNodeCsvHasTheDocumentedShape()
    {
        QFETCH(QString, test);
        const auto rows = readCsv(main_ / "dfs_final" / (test.toStdString() + "-medianode.csv"));
        QVERIFY(rows.size() > 10);
        QCOMPARE(rows[0], (std::vector<std::string>{"@timestamp", "cpu", "memory"}));
        const auto log = readControllerLog(main_ / "logs" / (test.toStdString() + ".log"), kLogOffsetMinutes);
        TimeNs previous = kNoTime;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), std::size_t{3});
            const TimeNs t = parseTime(rows[i][0]);
            QVERIFY(t != kNoTime);
            if (previous != kNoTime) {
                QVERIFY(t - previous >= 5 * kNsPerSecond);
                QVERIFY(t - previous < 6 * kNsPerSecond);
            }
            previous = t;
            const double cpu = std::stod(rows[i][1]);
            QVERIFY(cpu >= 0.0 && cpu <= 1.0);
            if (!rows[i][2].empty())
                QVERIFY(std::stod(rows[i][2]) > 0.0 && std::stod(rows[i][2]) < 1.0);
        }
        QVERIFY2(parseTime(rows[1][0]) < log.start, "rows before the test");
    }

    void qoeFilesHaveTheDocumentedShape_data() { addTestRows(); }
    void qoeFilesHaveTheDocumentedShape()
    {
        QFETCH(QString, test);
        static const std::regex name(R"(v-LoadTestSession(\d+)-User(\d+)-User(\d+)_cuts\.json)");
        int files = 0;
        for (const auto& entry : fs::directory_iterator(main_ / "qoe" / test.toStdString())) {
            ++files;
            std::smatch m;
            const std::string fileName = entry.path().filename().string();
            QVERIFY2(std::regex_match(fileName, m, name), fileName.c_str());
            QVERIFY(m[2] != m[3]);
            QVERIFY(isPublisher(test.toStdString(), std::stoi(m[3])));
            QVERIFY(fs::is_directory(main_ / "stats" / test.toStdString() / ("LoadTestSession" + m[1].str()) /
                                     ("User" + m[2].str())));
            const auto cuts = readJson(entry.path());
            QVERIFY(cuts.is_array() && !cuts.empty());
            int previous = -1;
            for (const auto& cut : cuts) {
                const int index = cut.at("cut_index").get<int>();
                QVERIFY(index > previous);
                previous = index;
                const double vmaf = cut.at("vmaf").get<double>(), visqol = cut.at("visqol").get<double>();
                QVERIFY(vmaf >= 0.0 && vmaf <= 1.0);
                QVERIFY((visqol >= 0.0 && visqol <= 1.0) || visqol == -0.25);
            }
        }
        QVERIFY(files > 0);
    }

    void qoeHasAlignmentGapsAndViSqolFailures()
    {
        int gaps = 0, visqolFailures = 0;
        for (const auto& entry : fs::recursive_directory_iterator(main_ / "qoe")) {
            if (!entry.is_regular_file())
                continue;
            int expected = 0;
            for (const auto& cut : readJson(entry.path())) {
                gaps += cut["cut_index"].get<int>() != expected;
                expected = cut["cut_index"].get<int>() + 1;
                visqolFailures += cut["visqol"].get<double>() == -0.25;
            }
        }
        QVERIFY(gaps > 0);
        QVERIFY(visqolFailures > 0);
    }

    void batchesListEveryTest()
    {
        const auto batches = readJson(main_ / "dfs_final" / "batches.json");
        QCOMPARE(batches.size(), std::size_t{4});
        for (const auto& s : mainOptions().tests) {
            const auto& b = batches.at(s.name(ResultsLayout::Year2024));
            QVERIFY(b.at("startingParticipants").get<int>() >= 1);
            QVERIFY(b.at("batchSize").get<int>() >= 1);
        }
    }

    void eventNamesFollowTheFamily_data() { addTestRows(); }
    void eventNamesFollowTheFamily()
    {
        QFETCH(QString, test);
        const bool liveKit = test.contains("pion");
        std::set<std::string> names;
        for (const auto& u : userFolders(main_, test.toStdString())) {
            const auto events = nlohmann::ordered_json::parse(readText(u.path / "events.json"));
            for (const auto& e : events)
                names.insert(eventName(e));
            if (liveKit && isPublisher(test.toStdString(), u.user)) {
                // Audio and video: LocalTrackPublished twice per connection that got through.
                const auto published = timesOf(events, "LocalTrackPublished-local").size();
                QVERIFY(published > 0 && published % 2 == 0);
            }
            if (!liveKit && isPublisher(test.toStdString(), u.user))
                QVERIFY(!timesOf(events, "streamCreated-local").empty());
        }
        const std::set<std::string> openVidu = {"streamCreated-local", "streamPlaying-local", "streamCreated-remote",
                                                "streamPlaying-remote", "connectionCreated-local"};
        const std::set<std::string> liveKitNames = {"LocalTrackPublished-local", "TrackSubscribed-remote",
                                                    "SignalConnected-local", "Connected-local"};
        const auto& expected = liveKit ? liveKitNames : openVidu;
        const auto& foreign = liveKit ? openVidu : liveKitNames;
        for (const auto& n : expected)
            QVERIFY2(names.count(n), n.c_str());
        for (const auto& n : foreign)
            QVERIFY2(!names.count(n), n.c_str());
        QVERIFY(names.count("connectionStart"));
    }
};

QTEST_GUILESS_MAIN(TestGeneratedFileShapes)
#include "test_generated_file_shapes.moc"
