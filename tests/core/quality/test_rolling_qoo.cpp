// Rolling QoO: per user and second, the QoO of the RTTs in the last 10 s. Expected scores by hand from the
// draft's formula: video conferencing p95 ROP 50 ms, CPUP 100 ms → 30 ms scores 100, 75 ms scores 50.
#include "core/quality/rolling_qoo.h"

#include <QtTest>

using namespace loadscope;

namespace {

constexpr TimeNs kStart = 1718272800LL * kNsPerSecond;

// One user; RTT samples at k + 0.5 s: `first` for k < 10, `second` for 10 <= k < 20 (video), none in audio.
TestData twoPhases(double first, double second)
{
    TestData data;
    data.users.push_back({{1, 1}, "", {}});
    QosTable& table = data.qos.at(Direction::RemoteInbound, MediaKind::Video);
    for (int k = 0; k < 20; ++k) {
        const TimeNs t = kStart + static_cast<TimeNs>((k + 0.5) * 1e9);
        table.addRow(0, t, "User1");
        table.set("roundTripTime", k < 10 ? first : second);
        table.set("timestamp", static_cast<double>(t / 1'000'000));
    }
    return data;
}

} // namespace

class RollingQoo : public QObject {
    Q_OBJECT

private slots:
    void scoresTheWindowEndingEachSecond()
    {
        const auto* requirement = findQooPreset("video-conferencing");
        QVERIFY(requirement);
        const auto series = rollingQoo(twoPhases(0.030, 0.075), kStart, *requirement);
        QCOMPARE(series.size(), std::size_t(1));
        QCOMPARE(series[0].size(), std::size_t(20)); // seconds 0..19
        QCOMPARE(series[0].front().start, 0.0);
        QCOMPARE(series[0].front().value, 100.0); // one sample of 30 ms
        QCOMPARE(series[0][9].value, 100.0);      // (0, 10]: ten samples of 30 ms
        QCOMPARE(series[0][19].value, 50.0);      // (10, 20]: ten samples of 75 ms
        QCOMPARE(series[0][19].end, 20.0);
        QVERIFY(series[0][12].value < 100.0); // the window mixes both
    }

    void badSamplesAreSkippedAndNoDataGivesNoInterval()
    {
        const auto* requirement = findQooPreset("video-conferencing");
        const auto none = rollingQoo(twoPhases(0.0, -1.0), kStart, *requirement);
        QVERIFY(none[0].empty());
        TestData empty;
        empty.users.push_back({{1, 2}, "", {}});
        QVERIFY(rollingQoo(empty, kStart, *requirement)[0].empty());
    }

    void slowRoundTripsScoreZero()
    {
        const auto series = rollingQoo(twoPhases(0.2, 0.2), kStart, *findQooPreset("video-conferencing"));
        QCOMPARE(series[0].back().value, 0.0);
    }
};

QTEST_GUILESS_MAIN(RollingQoo)
#include "test_rolling_qoo.moc"
