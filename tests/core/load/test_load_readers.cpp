// The loader's pieces on their own: number tokens as Python's json reads them, names of folders and files,
// test names, log lines, and the two JSON strategies giving the same rows.
#include "core/load/file_buffer.h"
#include "core/load/json_scalar.h"
#include "core/load/log_reader.h"
#include "core/load/qoe_reader.h"
#include "core/load/results_layout.h"
#include "core/load/stats_reader.h"
#include "load_fixtures.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <fstream>
#include <limits>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

FileBuffer bufferOf(const QTemporaryDir& dir, const std::string& name, const std::string& text)
{
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    std::string error;
    FileBuffer buffer = FileBuffer::read(path, error);
    if (!error.empty())
        qFatal("cannot read back %s", path.c_str());
    return buffer;
}

std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

class TestLoadReaders : public QObject {
    Q_OBJECT

private slots:
    void numberTokens_data()
    {
        // Expected values are what Python's json.loads gives for the same token.
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("decimal") << "0.1" << true << 0.1;
        QTest::newRow("integer") << "1718272800000" << true << 1718272800000.0;
        QTest::newRow("exponent") << "1.5e3" << true << 1500.0;
        QTest::newRow("negative") << "-2.25" << true << -2.25;
        QTest::newRow("trailing space of a raw token") << "7 " << true << 7.0;
        QTest::newRow("overflow is inf") << "1e400" << true << kInf;
        QTest::newRow("negative overflow") << "-1e400" << true << -kInf;
        QTest::newRow("underflow is zero") << "1e-400" << true << 0.0;
        QTest::newRow("Infinity") << "Infinity" << true << kInf;
        QTest::newRow("-Infinity") << "-Infinity" << true << -kInf;
        QTest::newRow("NaN") << "NaN" << true << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("C spelling inf") << "inf" << false << 0.0;
        QTest::newRow("C spelling nan") << "nan" << false << 0.0;
        QTest::newRow("plus sign") << "+1" << false << 0.0;
        QTest::newRow("hex") << "0x10" << false << 0.0;
        QTest::newRow("two dots") << "1.2.3" << false << 0.0;
        QTest::newRow("empty") << "" << false << 0.0;
    }
    void numberTokens()
    {
        QFETCH(QString, token);
        QFETCH(bool, valid);
        QFETCH(double, value);
        double parsed = 0.0;
        const std::string text = token.toStdString();
        QCOMPARE(parseNumberToken(text, parsed), valid);
        if (valid)
            QVERIFY2(sameNumber(parsed, value), text.c_str());
    }

    void folderNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("user");    // -1: not a user name
        QTest::addColumn<int>("session"); // -1: not a session name
        QTest::newRow("User12") << "User12" << 12 << -1;
        QTest::newRow("u3") << "u3" << 3 << -1;
        QTest::newRow("User03") << "User03" << 3 << -1;
        QTest::newRow("LoadTestSession7") << "LoadTestSession7" << -1 << 7;
        QTest::newRow("s2") << "s2" << -1 << 2;
        QTest::newRow("Userx") << "Userx" << -1 << -1;
        QTest::newRow("User4.lock") << "User4.lock" << -1 << -1;
        QTest::newRow("session") << "session" << -1 << -1;
    }
    void folderNames()
    {
        QFETCH(QString, name);
        QFETCH(int, user);
        QFETCH(int, session);
        QCOMPARE(parseUserName(name.toStdString()).value_or(-1), user);
        QCOMPARE(parseSessionName(name.toStdString()).value_or(-1), session);
    }

    void qoeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("session");
        QTest::addColumn<int>("receiver");
        QTest::addColumn<int>("sender");
        QTest::newRow("2024") << "v-LoadTestSession1-User2-User1_cuts.json" << true << 1 << 2 << 1;
        QTest::newRow("2026 short names") << "v-s3-u10-u4_cuts.json" << true << 3 << 10 << 4;
        QTest::newRow("too few parts") << "v-LoadTestSession1-User2_cuts.json" << false << 0 << 0 << 0;
        QTest::newRow("not numbered") << "notes_cuts.json" << false << 0 << 0 << 0;
    }
    void qoeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(int, session);
        QFETCH(int, receiver);
        QFETCH(int, sender);
        const auto parsed = parseQoeFileName(name.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->receiver.session, session);
            QCOMPARE(parsed->receiver.user, receiver);
            QCOMPARE(parsed->sender, sender);
        }
    }

    void testNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("topology");
        QTest::addColumn<bool>("liveKit");
        QTest::newRow("kurento 2p") << "loadtest-webrtc-2024-kurento-2p"
                                    << "kurento"
                                    << "2p" << false;
        QTest::newRow("mediasoup 3p-10s") << "loadtest-webrtc-2024-mediasoup-3p-10s"
                                          << "mediasoup"
                                          << "3p-10s" << false;
        QTest::newRow("pion 8p") << "loadtest-webrtc-2024-pion-8p"
                                 << "pion"
                                 << "8p" << true;
        QTest::newRow("pion 3p-40s") << "loadtest-webrtc-2024-pion-3p-40s"
                                     << "pion"
                                     << "3p-40s" << true;
        QTest::newRow("unknown server: the notebook's else branch is LiveKit") << "my-test"
                                                                               << ""
                                                                               << "" << true;
    }
    void testNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, server);
        QFETCH(QString, topology);
        QFETCH(bool, liveKit);
        const TestInfo info = testInfoFromName(name.toStdString());
        QCOMPARE(QString::fromStdString(info.server), server);
        QCOMPARE(QString::fromStdString(info.topology), topology);
        QCOMPARE(info.family == EventFamily::LiveKit, liveKit);
    }

    void logLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("problems"); // besides the two "no start / no end line" warnings
        QTest::newRow("failure, Spring Boot 2") << "2024-06-13 12:00:05.500 ERROR 1 --- [main] c.Client : Participant "
                                                   "User2 in session LoadTestSession1 failed 3 times"
                                                << 1 << 0;
        QTest::newRow("failure, short names")
            << "2024-06-13T12:00:05.500+02:00 ERROR 1 --- [main] c.Client : Participant u2 in session s1 failed 3 times"
            << 1 << 0;
        QTest::newRow("failure at WARN level is not one (the notebook wants ERROR)")
            << "2024-06-13 12:00:05.500  WARN 1 --- [main] c.Client : Participant User2 in session LoadTestSession1 "
               "failed 3 times"
            << 0 << 0;
        QTest::newRow("bad count") << "2024-06-13 12:00:05.500 ERROR 1 --- [main] c.Client : Participant User2 in "
                                      "session LoadTestSession1 failed x times"
                                   << 0 << 1;
        QTest::newRow("bad user") << "2024-06-13 12:00:05.500 ERROR 1 --- [main] c.Client : Participant Bob in session "
                                     "LoadTestSession1 failed 1 times"
                                  << 0 << 1;
        QTest::newRow("impossible time") << "2024-02-31x12:00:05.500 ERROR 1 --- x" << 0 << 0;
        QTest::newRow("time that does not parse") << "2024-06-13 12:0:05.500 ERROR 1 --- x" << 0 << 1;
        QTest::newRow("continuation line")
            << "\tat x.y.Z(Z.java:12) Participant User2 in session LoadTestSession1 failed 3 times" << 0 << 0;
    }
    void logLines()
    {
        QFETCH(QString, line);
        QFETCH(int, failures);
        QFETCH(int, problems);
        QTemporaryDir dir;
        const FileBuffer buffer = bufferOf(dir, "x.log", line.toStdString() + "\n");
        ProblemList list;
        const LogInfo info = readLogFile(buffer, "logs/x.log", list);
        QCOMPARE(static_cast<int>(info.failures.size()), failures);
        QCOMPARE(static_cast<int>(list.items().size()) - 2, problems);
        for (const Problem& p : list.items())
            QCOMPARE(p.file, std::string("logs/x.log"));
    }

    void lineOfOffset_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::newRow("start") << 0 << 1;
        QTest::newRow("on the first newline") << 3 << 1;
        QTest::newRow("after it") << 4 << 2;
        QTest::newRow("blank line") << 5 << 3;
        QTest::newRow("end") << 9 << 4;
    }
    void lineOfOffset()
    {
        QFETCH(int, offset);
        QFETCH(int, line);
        LineIndex lines("abc\n\n\nxyz");
        QCOMPARE(lines.lineOf(static_cast<std::size_t>(offset)), static_cast<long>(line));
    }

    void truncatedStatsGiveTheRowsOfTheCompleteRecords()
    {
        // The whole-document path reads the complete file; the cut file falls back to splitting. The rows of
        // the records both hold must be the same.
        const auto root = loadFixture("root2024");
        const std::string complete = readText(
            root / "stats/loadtest-webrtc-2024-kurento-2p/LoadTestSession1/User1/stats.json");
        const std::size_t lastRecord = complete.rfind("{\"webrtcStats\"");
        QTemporaryDir dir;
        const FileBuffer whole = bufferOf(dir, "whole.json", complete);
        const FileBuffer cut = bufferOf(dir, "cut.json", complete.substr(0, lastRecord + 100));
        const FileBuffer firstTwo = bufferOf(dir, "two.json", complete.substr(0, lastRecord - 1) + "]");
        ProblemList wholeProblems, cutProblems, twoProblems;
        QosTables fromWhole, fromCut, fromTwo;
        QVERIFY(readStatsFile(whole, "whole.json", 0, fromWhole, wholeProblems));
        QVERIFY(readStatsFile(cut, "cut.json", 0, fromCut, cutProblems));
        QVERIFY(readStatsFile(firstTwo, "two.json", 0, fromTwo, twoProblems));
        QVERIFY(twoProblems.empty());
        // Only the third record holds make_fixtures.py's NaN, -Infinity and 1e400 (issue 14: 3 problems).
        QCOMPARE(wholeProblems.items().size(), std::size_t{3});
        for (const Problem& problem : wholeProblems.items())
            QVERIFY(problem.message.find("not a finite JSON number") != std::string::npos);
        QCOMPARE(cutProblems.items().size(), std::size_t{1});
        const QosTable& a = fromCut.at(Direction::Inbound, MediaKind::Video);
        const QosTable& b = fromTwo.at(Direction::Inbound, MediaKind::Video);
        QCOMPARE(a.rows(), std::size_t{2});
        QCOMPARE(fromWhole.at(Direction::Inbound, MediaKind::Video).rows(), std::size_t{3});
        QCOMPARE(a.metricNames(), b.metricNames());
        QCOMPARE(a.recordTime(), b.recordTime());
        for (const auto& name : a.metricNames())
            for (std::size_t r = 0; r < a.rows(); ++r)
                QVERIFY(sameNumber((*a.column(name))[r], (*b.column(name))[r]));
    }

    void statsProblemsAreReportedOnceWithTheirLine_data()
    {
        // Record 2 has a number as timestamp (a problem the whole-document path reports itself); a cut-short
        // record 4 makes the reader start again with splitting, and the first report must not be doubled.
        QTest::addColumn<bool>("cutShort");
        QTest::addColumn<int>("problems");
        QTest::addColumn<int>("rows");
        QTest::newRow("whole document") << false << 1 << 2;
        QTest::newRow("falls back to splitting") << true << 2 << 2;
    }
    void statsProblemsAreReportedOnceWithTheirLine()
    {
        QFETCH(bool, cutShort);
        QFETCH(int, problems);
        QFETCH(int, rows);
        const std::string record =
            R"({"webrtcStats":[{"event":"stats","peerId":"P","data":{"audio":{"inbound":[{"jitter":0.5}]}}}],"timestamp":"2024-06-13T10:00:00Z"})";
        std::string text = "[" + record + ",\n" + R"({"webrtcStats":[],"timestamp":5})" + ",\n" + record;
        text += cutShort ? ",\n" + record.substr(0, 30) : "]";
        QTemporaryDir dir;
        const FileBuffer buffer = bufferOf(dir, "stats.json", text);
        ProblemList list;
        QosTables tables;
        QVERIFY(readStatsFile(buffer, "stats.json", 0, tables, list));
        QCOMPARE(static_cast<int>(list.items().size()), problems);
        QCOMPARE(list.items()[0].line, 2L);
        QVERIFY(list.items()[0].message.find("`timestamp` is a number") != std::string::npos);
        if (cutShort)
            QCOMPARE(list.items()[1].line, 4L);
        QCOMPARE(static_cast<int>(tables.at(Direction::Inbound, MediaKind::Audio).rows()), rows);
    }

    void nonFiniteStatsNumbersAreProblemsAndLeftOut_data()
    {
        // Issue 14, defect 1. Both JSON strategies: the whole document, and splitting (a cut-short last record).
        QTest::addColumn<bool>("cutShort");
        QTest::newRow("whole document") << false;
        QTest::newRow("falls back to splitting") << true;
    }
    void nonFiniteStatsNumbersAreProblemsAndLeftOut()
    {
        // NaN, Infinity, -Infinity and 1e400 are not JSON; the rows must be those of the same file without
        // these fields, and each value a problem on the line of its token (not of its record).
        QFETCH(bool, cutShort);
        const auto record = [](const std::string& report) {
            return R"({"webrtcStats":[{"event":"stats","peerId":"P","data":{"audio":{"inbound":[{)" + report +
                   R"(}]}}}],"timestamp":"2024-06-13T10:00:00Z"})";
        };
        const auto fileOf = [&](const std::vector<std::string>& reports) {
            std::string text = "[\n" + record(reports[0]);
            for (std::size_t i = 1; i < reports.size(); ++i)
                text += ",\n" + record(reports[i]);
            return text + (cutShort ? ",\n" + record("").substr(0, 40) : "\n]");
        };
        const std::string bad = fileOf({R"("jitter":0.5,"packetsLost":1,"packetsReceived":9)",
                                        R"("jitter":NaN,"packetsLost":2,"packetsReceived":8)",
                                        R"("jitter":Infinity,"packetsLost":3,"packetsReceived":7)",
                                        R"("jitter":-Infinity,"packetsLost":4,"packetsReceived":6)",
                                        "\"jitter\":0.125,\n\"packetsLost\":1e400,\"packetsReceived\":5",
                                        R"("jitter":0.25,"packetsLost":6,"packetsReceived":4)"});
        const std::string without = fileOf(
            {R"("jitter":0.5,"packetsLost":1,"packetsReceived":9)", R"("packetsLost":2,"packetsReceived":8)",
             R"("packetsLost":3,"packetsReceived":7)", R"("packetsLost":4,"packetsReceived":6)",
             "\"jitter\":0.125,\n\"packetsReceived\":5", R"("jitter":0.25,"packetsLost":6,"packetsReceived":4)"});
        QTemporaryDir dir;
        const FileBuffer badBuffer = bufferOf(dir, "bad.json", bad);
        const FileBuffer withoutBuffer = bufferOf(dir, "without.json", without);
        ProblemList problems, noProblems;
        QosTables fromBad, fromWithout;
        QVERIFY(readStatsFile(badBuffer, "User1/stats.json", 0, fromBad, problems));
        QVERIFY(readStatsFile(withoutBuffer, "without.json", 0, fromWithout, noProblems));
        QCOMPARE(noProblems.items().size(), std::size_t{cutShort ? 1u : 0u});

        const QosTable& a = fromBad.at(Direction::Inbound, MediaKind::Audio);
        const QosTable& b = fromWithout.at(Direction::Inbound, MediaKind::Audio);
        QCOMPARE(a.rows(), std::size_t{6});
        QCOMPARE(a.metricNames(), b.metricNames());
        for (const auto& name : a.metricNames())
            for (std::size_t r = 0; r < a.rows(); ++r)
                QVERIFY2(sameNumber((*a.column(name))[r], (*b.column(name))[r]), name.c_str());
        // The mean jitter of the finite values only, and no packet loss from an infinite count.
        double sum = 0.0;
        int count = 0;
        for (double v : *a.column("jitter"))
            if (!std::isnan(v))
                sum += v, ++count;
        QCOMPARE(sum / count, (0.5 + 0.125 + 0.25) / 3);
        QVERIFY(std::isnan((*a.column("packetLoss"))[4]));

        // Lines: "[" is 1, record k is line k + 1; the fifth record's packetsLost is on the line after it starts.
        const std::vector<std::pair<long, std::string>> expected = {{3, "`jitter` is NaN"},
                                                                    {4, "`jitter` is Infinity"},
                                                                    {5, "`jitter` is -Infinity"},
                                                                    {7, "`packetsLost` is 1e400"}};
        QCOMPARE(problems.items().size(), expected.size() + (cutShort ? 1 : 0));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const Problem& problem = problems.items()[i];
            QCOMPARE(problem.file, std::string("User1/stats.json"));
            QCOMPARE(problem.line, expected[i].first);
            QVERIFY2(problem.message.find(expected[i].second + ", not a finite JSON number") != std::string::npos,
                     problem.message.c_str());
        }
    }

    void statsFilesReadOneAfterAnotherKeepOnlyTheirOwnColumnsAndPeers()
    {
        // The reader parses into a scratch table it reuses from file to file: nothing of the first file (a
        // column, a peer, a row) may show in the second.
        const std::string firstText =
            R"([{"webrtcStats":[{"event":"stats","peerId":"A","data":{"audio":{"inbound":[{"jitter":0.5,"packetsLost":2,"packetsReceived":8}]}}}],"timestamp":"2024-06-13T10:00:00Z"}])";
        const std::string secondText =
            R"([{"webrtcStats":[{"event":"stats","peerId":"B","data":{"audio":{"inbound":[{"jitter":0.25}]}}}],"timestamp":"2024-06-13T10:00:00Z"}])";
        QTemporaryDir dir;
        const FileBuffer first = bufferOf(dir, "first.json", firstText);
        const FileBuffer second = bufferOf(dir, "second.json", secondText);
        ProblemList problems;
        QosTables a, b;
        QVERIFY(readStatsFile(first, "first.json", 0, a, problems));
        QVERIFY(readStatsFile(second, "second.json", 1, b, problems));
        QVERIFY(problems.empty());
        const QosTable& fromFirst = a.at(Direction::Inbound, MediaKind::Audio);
        const QosTable& fromSecond = b.at(Direction::Inbound, MediaKind::Audio);
        QCOMPARE(fromFirst.metricNames(),
                 (std::vector<std::string>{"jitter", "packetsLost", "packetsReceived", "packetLoss"}));
        QCOMPARE((*fromFirst.column("packetLoss"))[0], 0.25); // 2 / (0 + 8), the notebook's formula
        QCOMPARE(fromSecond.metricNames(), std::vector<std::string>{"jitter"});
        QCOMPARE(fromSecond.rows(), std::size_t{1});
        QCOMPARE(fromSecond.peers(), std::vector<std::string>{"B"});
        QCOMPARE(fromSecond.userIndex(), std::vector<int>{1});
        QCOMPARE((*fromSecond.column("jitter"))[0], 0.25);
        QVERIFY(fromSecond.column("packetsLost") == nullptr);
    }

    void qosTableKeepsItsValuesWhateverItsReservedRoom()
    {
        // Appending into a table with room reserved, or into one emptied for reuse, gives the table built fresh.
        QosTable one, two;
        one.addRow(0, 10, "P");
        one.set("jitter", 1.0);
        two.addRow(1, 20, "Q");
        two.set("rtt", 2.0);
        two.set("jitter", 3.0);
        QosTable fresh;
        fresh.append(one);
        fresh.append(two);
        QosTable reserved;
        reserved.reserveRows(2);
        reserved.addRow(7, 0, "X");
        reserved.set("other", 9.0);
        reserved.clearKeepingCapacity();
        QCOMPARE(reserved.rows(), std::size_t{0});
        QVERIFY(reserved.metricNames().empty() && reserved.peers().empty());
        reserved.append(one);
        reserved.append(two);
        for (const QosTable* t : {&fresh, &reserved}) {
            QCOMPARE(t->metricNames(), (std::vector<std::string>{"jitter", "rtt"}));
            QCOMPARE(t->peers(), (std::vector<std::string>{"P", "Q"}));
            QCOMPARE(t->userIndex(), (std::vector<int>{0, 1}));
            QCOMPARE((*t->column("jitter"))[1], 3.0);
            QVERIFY(std::isnan((*t->column("rtt"))[0]));
            QCOMPARE((*t->column("rtt"))[1], 2.0);
            QVERIFY(t->column("other") == nullptr);
        }
    }

    void fileBufferSkipsTheByteOrderMark()
    {
        QTemporaryDir dir;
        const FileBuffer buffer = bufferOf(dir, "bom.json", "\xEF\xBB\xBF[1]");
        QVERIFY(buffer.hadUtf8Bom());
        QCOMPARE(buffer.text(), std::string_view("[1]"));
        QCOMPARE(buffer.foreignEncoding(), std::string());
        const FileBuffer utf16 = bufferOf(dir, "utf16.json", std::string("\xFF\xFE[\0]\0", 6));
        QCOMPARE(utf16.foreignEncoding(), std::string("UTF-16 LE"));
    }
};

QTEST_GUILESS_MAIN(TestLoadReaders)
#include "test_load_readers.moc"
