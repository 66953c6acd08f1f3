// The stats reader reads each record once, in the order the writers put its fields: `webrtcStats` first, then
// `timestamp` (OpenVidu pages) or, since 2026, `@timestamp` (LiveKit pages) — docs/results-format.md. Rows are
// tagged with the record's time after the fact, and a record that turns out to have no usable time is taken
// back whole: its rows, the columns and peers only it brought, and the problems met inside it.
#include "core/load/file_buffer.h"
#include "core/load/stats_reader.h"
#include "core/util/iso_time.h"

#include <QtTest/QtTest>

#include <cmath>
#include <string>
#include <vector>

using namespace loadscope;

namespace {

// One record of one inbound-audio report for `peer`; `fields` are extra report fields, `time` the record's
// time fields as written (any order, any spelling).
std::string record(const std::string& peer, const std::string& fields, const std::string& time)
{
    const std::string stats = R"("webrtcStats":[{"event":"stats","peerId":")" + peer +
                              R"(","data":{"audio":{"inbound":[{"jitter":0.5)" + fields + "}]}}}]";
    return "{" + stats + (time.empty() ? "" : "," + time) + R"(,"user":"User1","session":"S1"})";
}

TimeNs timeOf(const char* iso)
{
    return parseTimestamp(iso)->time;
}

struct Read {
    QosTables tables;
    ProblemList problems;
    const QosTable& audio() const { return tables.at(Direction::Inbound, MediaKind::Audio); }
};

Read readRecords(const std::vector<std::string>& records)
{
    std::string text = "[";
    for (std::size_t i = 0; i < records.size(); ++i)
        text += (i ? ",\n" : "") + records[i];
    text += "]";
    Read read;
    readStatsFile(FileBuffer::fromBytes(text), "stats.json", 0, read.tables, read.problems);
    return read;
}

} // namespace

class StatsRecordsTest : public QObject {
    Q_OBJECT
private slots:
    void rowsTakeTheTimeThatFollowsThem_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("expected");
        QTest::newRow("OpenVidu: timestamp after webrtcStats") << R"("timestamp":"2024-06-13T10:00:02.001Z")"
                                                               << "2024-06-13T10:00:02.001Z";
        QTest::newRow("LiveKit 2026: @timestamp after webrtcStats") << R"("@timestamp":"2026-03-01T08:00:04.500Z")"
                                                                    << "2026-03-01T08:00:04.500Z";
        QTest::newRow("timestamp wins over @timestamp after it")
            << R"("timestamp":"2024-06-13T10:00:02Z","@timestamp":"2024-06-13T11:00:00Z")"
            << "2024-06-13T10:00:02Z";
        QTest::newRow("timestamp wins over @timestamp before it")
            << R"("@timestamp":"2024-06-13T11:00:00Z","timestamp":"2024-06-13T10:00:02Z")"
            << "2024-06-13T10:00:02Z";
    }
    void rowsTakeTheTimeThatFollowsThem()
    {
        QFETCH(QString, time);
        QFETCH(QString, expected);
        const Read read = readRecords(
            {record("User2", "", time.toStdString()), record("User3", "", time.toStdString())});
        QVERIFY(read.problems.empty());
        QCOMPARE(read.audio().rows(), std::size_t{2});
        const TimeNs want = timeOf(expected.toUtf8().constData());
        QCOMPARE(read.audio().recordTime(), (std::vector<TimeNs>{want, want}));
    }

    void eachRecordTagsOnlyItsOwnRows()
    {
        // Two reports in the first record, one in the second: the second's time must not reach back.
        const std::string two =
            R"({"webrtcStats":[{"event":"stats","peerId":"A","data":{"audio":{"inbound":[{"jitter":1},{"jitter":2}]}}}],)"
            R"("timestamp":"2024-06-13T10:00:00Z"})";
        const Read read = readRecords({two, record("B", "", R"("timestamp":"2024-06-13T10:00:02Z")")});
        const TimeNs first = timeOf("2024-06-13T10:00:00Z"), second = timeOf("2024-06-13T10:00:02Z");
        QCOMPARE(read.audio().recordTime(), (std::vector<TimeNs>{first, first, second}));
        QCOMPARE(*read.audio().column("jitter"), (std::vector<double>{1, 2, 0.5}));
    }

    void aRecordWithoutTimeIsTakenBackWhole_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("message");
        QTest::newRow("no timestamp") << ""
                                      << "stats record skipped: no `timestamp`";
        QTest::newRow("a number") << R"("timestamp":5)"
                                  << "stats record skipped: `timestamp` is a number";
        QTest::newRow("not a time") << R"("timestamp":"yesterday")"
                                    << "stats record skipped: `timestamp` is not an ISO 8601 time";
        QTest::newRow("null @timestamp") << R"("@timestamp":null)"
                                         << "stats record skipped: `@timestamp` is null";
    }
    void aRecordWithoutTimeIsTakenBackWhole()
    {
        QFETCH(QString, time);
        QFETCH(QString, message);
        // The middle record brings a peer and a column no other record has, and a NaN (a problem of its own).
        const std::string good = R"("timestamp":"2024-06-13T10:00:00Z")";
        const Read read = readRecords({record("A", R"(,"packetsLost":1)", good),
                                       record("Lonely", R"(,"onlyHere":7,"packetsReceived":NaN)", time.toStdString()),
                                       record("B", R"(,"packetsLost":3)", good)});
        QCOMPARE(read.problems.items().size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(read.problems.items()[0].message), message);
        QCOMPARE(read.problems.items()[0].line, 2L);
        const QosTable& audio = read.audio();
        QCOMPARE(audio.rows(), std::size_t{2});
        QCOMPARE(audio.peers(), (std::vector<std::string>{"A", "B"}));
        QCOMPARE(audio.peer(), (std::vector<std::uint32_t>{0, 1}));
        QCOMPARE(audio.metricNames(), (std::vector<std::string>{"jitter", "packetsLost"}));
        QVERIFY(audio.column("onlyHere") == nullptr);
        QCOMPARE(*audio.column("packetsLost"), (std::vector<double>{1, 3}));
        const TimeNs t = timeOf("2024-06-13T10:00:00Z");
        QCOMPARE(audio.recordTime(), (std::vector<TimeNs>{t, t}));
    }

    void problemsInsideAGoodRecordKeepTheirLine()
    {
        // The NaN is on line 3 of a record that starts on line 2 and whose time comes on line 4.
        const std::string text = "[" + record("A", "", R"("timestamp":"2024-06-13T10:00:00Z")") +
                                 ",\n{\"webrtcStats\":[{\"event\":\"stats\",\"peerId\":\"B\",\"data\":{\"audio\":"
                                 "{\"inbound\":[{\"jitter\":1,\n\"packetsLost\":NaN}]}}}],\n"
                                 "\"timestamp\":\"2024-06-13T10:00:02Z\"}]";
        ProblemList problems;
        QosTables tables;
        QVERIFY(readStatsFile(FileBuffer::fromBytes(text), "stats.json", 0, tables, problems));
        QCOMPARE(problems.items().size(), std::size_t{1});
        QCOMPARE(problems.items()[0].line, 3L);
        QVERIFY(problems.items()[0].message.find("`packetsLost` is NaN") != std::string::npos);
        QCOMPARE(tables.at(Direction::Inbound, MediaKind::Audio).rows(), std::size_t{2});
    }

    void webrtcStatsThatIsNoArrayIsSaidOnce()
    {
        const Read read = readRecords(
            {R"({"webrtcStats":{"a":1},"timestamp":"2024-06-13T10:00:00Z"})", R"({"webrtcStats":{"a":1}})"});
        QCOMPARE(read.problems.items().size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(read.problems.items()[0].message),
                 QStringLiteral("stats record skipped: `webrtcStats` is not an array"));
        // Without a time, that is what the record is skipped for.
        QCOMPARE(QString::fromStdString(read.problems.items()[1].message),
                 QStringLiteral("stats record skipped: no `timestamp`"));
        QCOMPARE(read.audio().rows(), std::size_t{0});
    }
};

QTEST_APPLESS_MAIN(StatsRecordsTest)
#include "test_stats_records.moc"
