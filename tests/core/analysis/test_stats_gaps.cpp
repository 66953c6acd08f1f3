// Stats gaps (issue 16): while a user is connected, a stretch without stats records longer than twice the 2 s
// period (results-format.md, "stats.json": one record every 2 s) is a gap. Expected values by hand from the
// records below.
#include "core/analysis/stats_gaps.h"
#include "test_data_builder.h"

#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

void addRecords(TestData& data, int userIndex, const std::vector<double>& seconds, Direction direction)
{
    QosTable& table = data.qos.at(direction, MediaKind::Video);
    for (double t : seconds) {
        table.addRow(userIndex, at(t), "User9");
        table.set("bytesReceived", 1000 * t);
    }
}

std::vector<double> every2s(double from, double to)
{
    std::vector<double> t;
    for (double s = from; s <= to + 1e-9; s += 2)
        t.push_back(s);
    return t;
}

// Two publishers of an 8p kurento test running 0–60 s: User1 connects at 2 s, User2 at 31 s, both to the end.
TestData twoUsers()
{
    TestDataBuilder b("kurento", "8p");
    b.bounds(0, 60)
        .event(1, 1, 1, "connectionStart")
        .event(1, 1, 2, "streamCreated-local")
        .event(1, 2, 30, "connectionStart")
        .event(1, 2, 31, "streamCreated-local");
    for (double t = 0; t <= 60; t += 5)
        b.cpu(t, 0.5);
    return b.data();
}

} // namespace

class StatsGaps : public QObject {
    Q_OBJECT

private slots:
    void stretchesLongerThanTwicethePeriodWhileConnected()
    {
        TestData data = twoUsers();
        // User1: records every 2 s but none from 6.5 to 16.5 s (a gap of 10 s); 16.5 → 20.5 s is 4 s exactly,
        // not longer than twice the period: no gap. The same time in two tables is one record.
        std::vector<double> first{2.5, 4.5, 6.5, 16.5};
        for (double t : every2s(20.5, 58.5))
            first.push_back(t);
        addRecords(data, 0, first, Direction::Inbound);
        addRecords(data, 0, {2.5, 4.5}, Direction::Outbound);
        // User2: a record at 10 s while not connected (ignored), then records from 40 s: 31 → 40 s is a gap.
        std::vector<double> second{10};
        for (double t : every2s(40, 58))
            second.push_back(t);
        addRecords(data, 1, second, Direction::Inbound);

        const TestAnalysis a = analyse(data);
        QCOMPARE(a.users[0].connected.size(), std::size_t(1));
        QCOMPARE(a.users[0].connected[0].start, 2.0);
        const auto gaps = statsGapsOfUser(a, 0);
        QCOMPARE(gaps.size(), std::size_t(1));
        QCOMPARE(gaps[0].start, 6.5);
        QCOMPARE(gaps[0].end, 16.5);
        const auto late = statsGapsOfUser(a, 1);
        QCOMPARE(late.size(), std::size_t(1));
        QCOMPARE(late[0].start, 31.0);
        QCOMPARE(late[0].end, 40.0);

        const auto counts = statsGapCounts(a);
        QCOMPARE(counts.size(), std::size_t(2));
        QCOMPARE(counts[0].gaps, 1);
        QCOMPARE(counts[0].seconds, 10.0);
        QCOMPARE(counts[1].gaps, 1);
        QCOMPARE(counts[1].seconds, 9.0);
    }

    void noRecordsAtTheEndIsAGapToTheConnectionsEnd()
    {
        TestData data = twoUsers();
        addRecords(data, 0, every2s(2.5, 40.5), Direction::Inbound); // then nothing until the end (60 s)
        const auto gaps = statsGapsOfUser(analyse(data), 0);
        QCOMPARE(gaps.size(), std::size_t(1));
        QCOMPARE(gaps[0].start, 40.5);
        QCOMPARE(gaps[0].end, 60.0);
    }

    void withoutAnyStatsThereIsNothingToSay()
    {
        const TestData data = twoUsers(); // QoS not loaded: no rows at all (the analysis points into it: a local)
        const TestAnalysis a = analyse(data);
        QVERIFY(statsGapsOfUser(a, 0).empty());
        QCOMPARE(statsGapCounts(a)[0].gaps, 0);
        QVERIFY(statsGapsOfUser(a, 7).empty()); // no such user
    }
};

QTEST_APPLESS_MAIN(StatsGaps)
#include "test_stats_gaps.moc"
