// QoS per test over time (the notebook's mean line with its min-max band): 1 s buckets by Python's round (half to
// even), from the table's first sample (notebook) or from the test start (corrected). Expected values by hand.
#include "core/analysis/qos_over_time.h"
#include "test_data_builder.h"

#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

constexpr double kStartMs = 1718272800000.0; // kBase in ms: the test start below

struct Row {
    int user;
    double ms; // after the test start
    double bitrate;
};

// Six inbound video reports of two users (input order shuffled on purpose).
TestData bitrateFixture()
{
    TestData data;
    data.users = {UserEvents{{1, 1}, "", {}}, UserEvents{{1, 2}, "", {}}};
    QosTable& table = data.qos.at(Direction::Inbound, MediaKind::Video);
    for (const Row& r : {Row{0, 3400, 300}, Row{0, 2300, 0}, Row{1, 2500, 200}, Row{0, 2600, 100}, Row{0, 3500, 500},
                         Row{1, 4400, 700}}) {
        table.addRow(r.user, at(r.ms / 1000), "peer");
        table.set("timestamp", kStartMs + r.ms);
        table.set("bitrate", r.bitrate);
    }
    return data;
}

} // namespace

class QosOverTimeTest : public QObject {
    Q_OBJECT

private slots:
    void notebookBucketsCountFromTheFirstSample()
    {
        const QosOverTime q = computeQosOverTime(bitrateFixture(), kBase, Direction::Inbound, MediaKind::Video,
                                                 "bitrate", AnalysisMode::NotebookCompatible);
        QVERIFY(q.hasColumn);
        QCOMPARE(q.originSeconds, 2.3);
        // From 2300 ms: 0, 0.3, 1.1, 1.2, 0.2, 2.1 s → rounded 0, 0, 1, 1, 0, 2; the zero bitrate counts.
        QCOMPARE(q.buckets.size(), std::size_t(3));
        QCOMPARE(q.buckets[0].key, 0.0);
        QCOMPARE(q.buckets[0].time, 2.3);
        QCOMPARE(q.buckets[0].count, 3L);
        QCOMPARE(q.buckets[0].mean, 100.0); // (0 + 100 + 200) / 3
        QCOMPARE(q.buckets[0].min, 0.0);
        QCOMPARE(q.buckets[0].max, 200.0);
        QCOMPARE(q.buckets[1].mean, 400.0); // (300 + 500) / 2
        QCOMPARE(q.buckets[2].key, 2.0);
        QCOMPARE(q.buckets[2].mean, 700.0);
    }

    void correctedBucketsCountFromTheTestStartWithoutZeroBitrates()
    {
        const QosOverTime q = computeQosOverTime(bitrateFixture(), kBase, Direction::Inbound, MediaKind::Video,
                                                 "bitrate", AnalysisMode::Corrected);
        QCOMPARE(q.originSeconds, 0.0);
        // 2.3 s (0 b/s, left out), 2.5 → 2 (half to even), 2.6 → 3, 3.4 → 3, 3.5 → 4, 4.4 → 4.
        QCOMPARE(q.buckets.size(), std::size_t(3));
        QCOMPARE(q.buckets[0].time, 2.0);
        QCOMPARE(q.buckets[0].count, 1L);
        QCOMPARE(q.buckets[0].mean, 200.0);
        QCOMPARE(q.buckets[1].time, 3.0);
        QCOMPARE(q.buckets[1].mean, 200.0); // (100 + 300) / 2
        QCOMPARE(q.buckets[2].time, 4.0);
        QCOMPARE(q.buckets[2].mean, 600.0); // (500 + 700) / 2
        QCOMPARE(q.buckets[2].min, 500.0);
        QCOMPARE(q.buckets[2].max, 700.0);
    }

    void packetLossDiffersByMode()
    {
        TestData data;
        data.users = {UserEvents{{1, 1}, "", {}}};
        QosTable& table = data.qos.at(Direction::Inbound, MediaKind::Audio);
        table.addRow(0, at(1), "peer");
        table.set("timestamp", kStartMs + 1000);
        table.set("packetsLost", 10);
        table.set("packetsReceived", 90);
        table.set("packetLoss", 10.0 / 90.0); // as the loader stores it: lost / (sent + received)
        const auto notebook = computeQosOverTime(data, kBase, Direction::Inbound, MediaKind::Audio, "packetLoss",
                                                 AnalysisMode::NotebookCompatible);
        const auto corrected = computeQosOverTime(data, kBase, Direction::Inbound, MediaKind::Audio, "packetLoss",
                                                  AnalysisMode::Corrected);
        QCOMPARE(notebook.buckets.at(0).mean, 10.0 / 90.0);
        QCOMPARE(corrected.buckets.at(0).mean, 0.1); // lost / (received + lost)
    }

    void aMissingColumnOrTableGivesNoBuckets()
    {
        const TestData data = bitrateFixture();
        const auto jitter = computeQosOverTime(data, kBase, Direction::Inbound, MediaKind::Video, "jitter",
                                               AnalysisMode::Corrected);
        QVERIFY(!jitter.hasColumn);
        QVERIFY(jitter.buckets.empty());
        const auto audio = computeQosOverTime(data, kBase, Direction::Inbound, MediaKind::Audio, "bitrate",
                                              AnalysisMode::NotebookCompatible);
        QVERIFY(audio.buckets.empty());
        const auto noStart = computeQosOverTime(data, kNoTime, Direction::Inbound, MediaKind::Video, "bitrate",
                                                AnalysisMode::Corrected);
        QVERIFY(noStart.buckets.empty());
    }
};

QTEST_GUILESS_MAIN(QosOverTimeTest)
#include "test_qos_over_time.moc"
