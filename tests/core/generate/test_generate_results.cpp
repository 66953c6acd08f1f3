// Generated results folders read back with a JSON parser, a CSV split and the notebook's own log expressions:
// byte-identical for a seed, shaped as docs/results-format.md says, telling one consistent story per test.
#include "core/generate/results_generator.h"
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

namespace {

constexpr int kLogOffsetMinutes = 120;

GeneratedTestSpec spec(const char* name)
{
    return *parseTestSpec(name);
}

GeneratorOptions mainOptions()
{
    GeneratorOptions options;
    options.seed = 7;
    options.tests = {spec("kurento-2p"), spec("pion-8p"), spec("mediasoup-3p-10s"), spec("pion-3p-40s")};
    options.durationSeconds = 90;
    options.capacityScale = 0.8;
    options.crashes = {spec("pion-8p")};
    return options;
}

struct UserFolder {
    fs::path path;
    int session = 0, user = 0;
};

std::vector<UserFolder> userFolders(const fs::path& root, const std::string& test)
{
    static const std::regex sessionName(R"((?:LoadTestSession|s)(\d+))"), userName(R"((?:User|u)(\d+))");
    std::vector<UserFolder> users;
    std::smatch m;
    for (const auto& session : fs::directory_iterator(root / "stats" / test)) {
        const std::string s = session.path().filename().string();
        if (!std::regex_match(s, m, sessionName))
            continue;
        const int sessionNumber = std::stoi(m[1]);
        for (const auto& user : fs::directory_iterator(session.path())) {
            const std::string u = user.path().filename().string();
            if (std::regex_match(u, m, userName))
                users.push_back({user.path(), sessionNumber, std::stoi(m[1])});
        }
    }
    std::sort(users.begin(), users.end(),
              [](const UserFolder& a, const UserFolder& b) { return std::tie(a.session, a.user) < std::tie(b.session, b.user); });
    return users;
}

std::string eventName(const nlohmann::ordered_json& e)
{
    std::string name = e.at("event").get<std::string>();
    if (e.contains("connection"))
        name += "-" + e.at("connection").get<std::string>();
    return name;
}

std::vector<TimeNs> timesOf(const nlohmann::ordered_json& events, const std::string& name)
{
    std::vector<TimeNs> times;
    for (const auto& e : events)
        if (eventName(e) == name)
            times.push_back(parseTime(e.at("timestamp").get<std::string>()));
    return times;
}

bool isPublisher(const std::string& test, int user)
{
    return test.find("-8p") != std::string::npos || user <= (test.find("-2p") != std::string::npos ? 2 : 3);
}

void addTestRows()
{
    QTest::addColumn<QString>("test");
    for (const auto& s : mainOptions().tests)
        QTest::newRow(s.shortName().c_str()) << QString::fromStdString(s.name(ResultsLayout::Year2024));
}

} // namespace

class TestGenerateResults : public QObject {
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
            std::set<std::string> seen;   // report ids: the first sample of a stream has no rates
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
                        {&data["audio"]["inbound"], "inbound-rtp"}, {&data["audio"]["outbound"], "outbound-rtp"},
                        {&data["video"]["inbound"], "inbound-rtp"}, {&data["video"]["outbound"], "outbound-rtp"},
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

    void cpuStopsWhenTheMediaNodeCrashes_data()
    {
        addTestRows();
    }
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
        QVERIFY(log.unmatchedLines > 0);   // banner, stdout dumps, stack traces
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
        const fs::path out = fs::path(tmp_.path().toStdString()) / ("bad-" + std::to_string(which));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateResults(out, options, 1));
    }
};

QTEST_GUILESS_MAIN(TestGenerateResults)
#include "test_generate_results.moc"
