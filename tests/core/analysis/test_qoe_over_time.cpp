// QoE progression (the notebook's "simple line chart with QoE values"): bucket by segment midpoint, mean per
// bucket, ViSQOL failures averaged in notebook mode only. Expected values are worked out by hand in the comments;
// the floor-division values are CPython's (python3 -c "print(1.0 // 0.001)").
#include "core/analysis/qoe_over_time.h"
#include "test_data_builder.h"

#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

// Two publishers of a pion 2p test, both connected from 1 s to the end (100 s): they share [6, 100] (rule 6),
// 94 s, so each receiver's two cuts are 47 s long: [6, 53] and [53, 100], midpoints 29.5 and 76.5.
TestData twoUsersWithCuts()
{
    TestDataBuilder b("pion", "2p");
    b.bounds(0, 100);
    for (int t = 0; t <= 100; t += 10)
        b.cpu(t, 0.5);
    for (int user : {1, 2})
        b.event(1, user, 0, "connectionStart").event(1, user, 1, "LocalTrackPublished-local");
    b.cut(1, 1, 2, 0, 0.8, 0.6).cut(1, 1, 2, 1, 0.9, -0.25); // receiver 1: vmaf 4, 4.5; visqol 3, failed
    b.cut(1, 2, 1, 0, 0.6, 0.4).cut(1, 2, 1, 1, 0.7, 0.5);   // receiver 2: vmaf 3, 3.5; visqol 2, 2.5
    return b.data();
}

TestAnalysis analyse(const TestData& data, AnalysisMode mode)
{
    AnalysisOptions options;
    options.mode = mode;
    ProblemList problems;
    return analyseTest(data, options, problems);
}

} // namespace

class QoeOverTimeTest : public QObject {
    Q_OBJECT

private slots:
    void floorDivisionIsPythons_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("quotient");
        QTest::newRow("0.3 // 0.1") << 0.3 << 0.1 << 2.0;
        QTest::newRow("1.0 // 0.001") << 1.0 << 0.001 << 999.0;
        QTest::newRow("0.7 // 0.1") << 0.7 << 0.1 << 6.0;
        QTest::newRow("12.3456789 // 0.001") << 12.3456789 << 0.001 << 12345.0;
        QTest::newRow("29.5 // 1") << 29.5 << 1.0 << 29.0;
        QTest::newRow("-0.5 // 1") << -0.5 << 1.0 << -1.0;
    }
    void floorDivisionIsPythons()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, quotient);
        QCOMPARE(pythonFloorDivide(a, b), quotient);
    }

    void kurentoBucketsAreOneMillisecond()
    {
        TestInfo info;
        info.name = "loadtest-webrtc-2024-kurento-2p";
        QCOMPARE(qoeBucketSeconds(info), 0.001);
        info.name = "loadtest-webrtc-2024-mediasoup-8p";
        QCOMPARE(qoeBucketSeconds(info), 1.0);
    }

    void bucketsAverageTheSegmentsWhoseMidpointFallsInThem()
    {
        const TestData data = twoUsersWithCuts(); // the analysis points into it: it must outlive `a`
        const TestAnalysis a = analyse(data, AnalysisMode::Corrected);
        const QoeOverTime q = computeQoeOverTime(a);
        QCOMPARE(q.bucketSeconds, 1.0);
        QCOMPARE(q.vmaf.size(), std::size_t(2));
        QCOMPARE(q.vmaf[0].time, 29.0); // 29.5 // 1
        QCOMPARE(q.vmaf[0].count, 2L);
        QCOMPARE(q.vmaf[0].mean, 3.5); // (4 + 3) / 2
        QCOMPARE(q.vmaf[1].time, 76.0);
        QCOMPARE(q.vmaf[1].mean, 4.0); // (4.5 + 3.5) / 2
    }

    void visqolFailuresCountOnlyInNotebookMode()
    {
        const TestData data = twoUsersWithCuts();
        const QoeOverTime corrected = computeQoeOverTime(analyse(data, AnalysisMode::Corrected));
        QCOMPARE(corrected.visqol.size(), std::size_t(2));
        QCOMPARE(corrected.visqol[0].mean, 2.5); // (3 + 2) / 2
        QCOMPARE(corrected.visqol[1].count, 1L); // receiver 1's failed cut is no score
        QCOMPARE(corrected.visqol[1].mean, 2.5);

        const QoeOverTime notebook = computeQoeOverTime(analyse(data, AnalysisMode::NotebookCompatible));
        QCOMPARE(notebook.visqol.size(), std::size_t(2));
        QCOMPARE(notebook.visqol[0].mean, 2.5);
        QCOMPARE(notebook.visqol[1].count, 2L);
        QCOMPARE(notebook.visqol[1].mean, 0.625); // (-1.25 + 2.5) / 2
    }

    void aTestWithoutQoeHasNoBuckets()
    {
        TestDataBuilder b("kurento", "2p");
        b.bounds(0, 20).cpu(0, 0.1).event(1, 1, 0, "connectionStart");
        const QoeOverTime q = computeQoeOverTime(analyse(b.data(), AnalysisMode::Corrected));
        QCOMPARE(q.bucketSeconds, 0.001);
        QVERIFY(q.vmaf.empty());
        QVERIFY(q.visqol.empty());
        QVERIFY(computeQoeOverTime(TestAnalysis{}).vmaf.empty());
    }
};

QTEST_GUILESS_MAIN(QoeOverTimeTest)
#include "test_qoe_over_time.moc"
