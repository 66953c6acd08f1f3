// A results root with one of each kind of damage (tests/data/load/malformed, made by make_fixtures.py): every
// damage gives its problem with the file and line, and everything valid around it still loads.
#include "core/load/results_loader.h"
#include "load_fixtures.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

const std::string kTest = "loadtest-webrtc-2024-mediasoup-8p";
const std::string kBrokenPion = "loadtest-webrtc-2024-pion-2p";
const std::string kSession = "stats/" + kTest + "/LoadTestSession1";
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TimeNs at(double secondsAfterTen) // 2024-06-13T10:00:00Z + seconds, as the fixture writes times
{
    return 1718272800LL * kNsPerSecond + static_cast<TimeNs>(std::llround(secondsAfterTen * 1000)) * 1'000'000;
}

} // namespace

class TestLoadRobustness : public QObject {
    Q_OBJECT

    Results results_;

    const TestData& test() { return *findTest(results_, kTest); }
    const UserEvents& user(int number)
    {
        const UserEvents* found = findUser(test(), 1, number);
        if (!found)
            qFatal("user %d not loaded", number);
        return *found;
    }

private slots:
    void initTestCase()
    {
        auto loaded = loadResults(loadFixture("malformed"));
        QVERIFY(loaded);
        results_ = std::move(*loaded);
        QVERIFY(findTest(results_, kTest));
    }

    void reportsProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("says");
        const auto row = [](const std::string& name, const std::string& file, int line, bool error,
                            const std::string& says) {
            QTest::newRow(name.c_str()) << QString::fromStdString(file) << line << error
                                        << QString::fromStdString(says);
        };
        const std::string events1 = kSession + "/User1/events.json";
        row("event with a number as timestamp", events1, 3, false, "`timestamp` is a number");
        row("event with an impossible date", events1, 5, false, "not an ISO 8601 time");
        row("event that is not valid JSON", events1, 6, true, "malformed JSON");
        row("events.json of a running test", events1, 9, false, "cut short");
        row("User1 without stats.json", kSession + "/User1/stats.json", 0, false, "missing");
        row("0-byte events.json", kSession + "/User2/events.json", 0, false, "empty file");
        row("missing stats.json", kSession + "/User2/stats.json", 0, false, "missing");
        row("duplicate user folder", kSession + "/User3", 0, false, "same user as " + kSession + "/User03");
        row("missing stats.json of the duplicate", kSession + "/User03/stats.json", 0, false, "missing");
        const std::string stats3 = kSession + "/User3/stats.json";
        row("stats record with a number as timestamp", stats3, 3, false, "`timestamp` is a number");
        row("stats record that is not UTF-8", stats3, 4, true, "UTF-8");
        row("stats.json of a running test", stats3, 6, false, "cut short");
        row("stats number NaN (not JSON)", stats3, 2, false, "`jitter` is NaN, not a finite JSON number");
        row("folder that is not a user", kSession + "/Userx", 0, false, "not a User<u>");
        row("stats list with a non-object", kSession + "/User5/stats.json", 1, false, "other than an RTCStats object");
        row("text after the stats array", kSession + "/User5/stats.json", 2, false, "text after the end");
        const std::string log = "logs/" + kTest + ".log";
        row("log line with an impossible time", log, 2, false, "does not parse");
        row("failure with a bad count", log, 3, false, "bad user, session or count");
        row("log without an end line", log, 0, false, "Saved result in");
        const std::string csv = "dfs_final/" + kTest + "-medianode.csv";
        row("CSV junk row", csv, 3, false, "row has 1 cells");
        row("CSV row with a bad time", csv, 4, false, "not an ISO 8601 time");
        row("CSV row with a bad number", csv, 5, false, "not a number");
        row("CSV rows out of order", csv, 7, false, "not in time order");
        row("QoE file with an odd name", "qoe/" + kTest + "/notes_cuts.json", 0, false, "name is not");
        row("QoE row with a string vmaf", "qoe/" + kTest + "/v-LoadTestSession1-User1-User2_cuts.json", 2, false,
            "`vmaf` is a string");
        row("batches.json without the test", "dfs_final/batches.json", 0, false, "no entry for test " + kTest);
        row("batches.json without the other test", "dfs_final/batches.json", 0, false,
            "no entry for test " + kBrokenPion);
        row("UTF-16 events.json", "stats/" + kBrokenPion + "/LoadTestSession1/User1/events.json", 0, true, "UTF-16");
        row("missing log", "logs/" + kBrokenPion + ".log", 0, false, "missing");
        row("missing CSV", "dfs_final/" + kBrokenPion + "-medianode.csv", 0, false, "missing");
        row("missing QoE folder", "qoe/" + kBrokenPion, 0, false, "no QoE cut files");
    }
    void reportsProblem()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(bool, error);
        QFETCH(QString, says);
        int matches = 0;
        for (const Problem& p : results_.problems)
            if (p.file == file.toStdString() && p.line == line && QString::fromStdString(p.message).contains(says)) {
                ++matches;
                QCOMPARE(p.severity == Severity::Error, error);
            }
        QCOMPARE(matches, 1);
    }

    void reportsNothingElse()
    {
        // One problem per row of reportsProblem_data, and one for each of the two reports of User3 whose
        // fractionLost is 1e400 (line 2) and whose jitterBufferDelay is -Infinity (line 5): *.lock folders and
        // stray files are ignored silently.
        if (results_.problems.size() != 35)
            for (const Problem& p : results_.problems)
                qInfo("%s:%ld %s", p.file.c_str(), p.line, p.message.c_str());
        QCOMPARE(results_.problems.size(), std::size_t{35});
        const auto count = [&](long line, const std::string& says) {
            return std::count_if(results_.problems.begin(), results_.problems.end(), [&](const Problem& p) {
                return p.file == kSession + "/User3/stats.json" && p.line == line &&
                       p.message.find(says) != std::string::npos;
            });
        };
        QCOMPARE(count(2, "`fractionLost` is 1e400, not a finite JSON number"), 2);
        QCOMPARE(count(5, "`jitterBufferDelay` is -Infinity, not a finite JSON number"), 2);
    }

    void validEventsAroundDamageStillLoad()
    {
        const auto& events = user(1).events;
        QCOMPARE(events.size(), std::size_t{4});
        const std::vector<std::string> names{"connectionStart", "streamCreated-local", "brandNewEvent",
                                             "streamPlaying-local"};
        const std::vector<long> lines{2, 4, 7, 8};
        for (std::size_t i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].name, names[i]);
            QCOMPARE(events[i].line, lines[i]);
        }
        QCOMPARE(events[3].time, at(5));
    }

    void emptyAndUnreadableFilesLeaveTheUser()
    {
        QVERIFY(user(2).events.empty());
        const TestData* pion = findTest(results_, kBrokenPion);
        QVERIFY(pion);
        QCOMPARE(pion->users.size(), std::size_t{1});
        QVERIFY(pion->users[0].events.empty());
        QVERIFY(!pion->log.present);
        QVERIFY(!pion->batches);
    }

    void duplicateUserFoldersAreMerged()
    {
        const auto& merged = user(3);
        QCOMPARE(merged.folder, kSession + "/User03");
        QCOMPARE(merged.events.size(), std::size_t{4}); // 3 (BOM + CRLF file) + 1 from User03, by time
        QCOMPARE(merged.events[0].name, std::string("connectionStart"));
        QCOMPARE(merged.events[1].line, 2L);
        QCOMPARE(merged.events[3].name, std::string("reconnected"));
        QCOMPARE(test().users.size(), std::size_t{4}); // User1, User2, User3 (+User03), User5
    }

    void statsRecordsAroundDamageStillLoad()
    {
        // Records 1, 2 and 5 of User3 survive (3: bad timestamp, 4: bad UTF-8, 6: cut short); then User5's 3 rows.
        const QosTable& inbound = test().qos.at(Direction::Inbound, MediaKind::Audio);
        QCOMPARE(inbound.rows(), std::size_t{6});
        QCOMPARE(inbound.recordTime()[0], at(2.003));
        QCOMPARE(inbound.recordTime()[1], at(4.003));
        QCOMPARE(inbound.recordTime()[2], at(8.003));
        // Numbers that are not JSON are left out (issue 14), the rest of their report loads.
        QVERIFY(std::isnan((*inbound.column("jitter"))[1]));            // NaN token
        QVERIFY(std::isnan((*inbound.column("jitterBufferDelay"))[2])); // -Infinity token
        QVERIFY(!std::isnan((*inbound.column("jitterBufferDelay"))[0]));
        const QosTable& remote = test().qos.at(Direction::RemoteInbound, MediaKind::Audio);
        QCOMPARE(remote.rows(), std::size_t{3});
        QVERIFY(std::isnan((*remote.column("fractionLost"))[1])); // 1e400 (inf in Python)
        QVERIFY(!std::isnan((*remote.column("fractionLost"))[0]));
    }

    void packetLossFollowsTheNotebook()
    {
        const QosTable& inbound = test().qos.at(Direction::Inbound, MediaKind::Audio);
        const auto& loss = *inbound.column("packetLoss");
        QVERIFY(std::isnan(loss[3])); // 0 / (0 + 0): Python raises, left missing
        QCOMPARE(loss[4], 0.5);       // 3 / (2 + 4)
        QVERIFY(std::isnan(loss[5])); // packetsLost alone: not computed
        QCOMPARE((*inbound.column("jitter"))[3], 0.5);
        QVERIFY(!inbound.column("flag")); // booleans, strings and objects are not numeric columns
        QVERIFY(!inbound.column("name"));
        QVERIFY(!inbound.column("nested"));
        QCOMPARE(inbound.peers()[inbound.peer()[3]], std::string("User9"));
        QCOMPARE(test().qos.at(Direction::Outbound, MediaKind::Audio).rows(),
                 std::size_t{3}); // null list: none from User5
    }

    void logAroundDamageStillLoads()
    {
        const LogInfo& log = test().log;
        QVERIFY(log.present);
        QCOMPARE(log.startLine, 1L);
        QCOMPARE(log.localEnd, kNoTime);
        QCOMPARE(log.failures.size(), std::size_t{1});
        QCOMPARE(log.failures[0].attempts, 4);
        QCOMPARE(log.failures[0].line, 5L);
        QCOMPARE(log.failures[0].localTime, at(2 * 3600 + 6.5)); // CRLF stripped; local 12:00:06.500
    }

    void csvAroundDamageStillLoads()
    {
        const auto& rows = test().resources;
        QCOMPARE(rows.size(), std::size_t{3});
        QCOMPARE(rows[0].time, at(0));
        QCOMPARE(rows[0].cpu, 0.25); // columns by header name: memory comes first in this file
        QCOMPARE(rows[0].memory, 0.5);
        QCOMPARE(rows[1].time, at(20));
        QVERIFY(std::isnan(rows[1].memory));
        QCOMPARE(rows[2].time, at(5)); // file order kept
        QVERIFY(std::isnan(rows[2].cpu));
    }

    void qoeAroundDamageStillLoads()
    {
        const auto& cuts = test().qoe;
        QCOMPARE(cuts.size(), std::size_t{2});
        QCOMPARE(cuts[0].cutIndex, 0);
        QCOMPARE(cuts[0].vmaf, 0.5);
        QCOMPARE(cuts[1].cutIndex, 2);
        QCOMPARE(cuts[1].row, 2);
        QVERIFY(std::isnan(cuts[1].vmaf)); // null
        QCOMPARE(cuts[1].visqol, 0.25);
        QCOMPARE(cuts[1].fileIndex, 0); // the odd-named file is not counted
        QCOMPARE(cuts[1].receiver.user, 1);
        QCOMPARE(cuts[1].sender, 2);
    }
};

QTEST_GUILESS_MAIN(TestLoadRobustness)
#include "test_load_robustness.moc"
