// Rules 9, 10 and 12 and the notebook-vs-corrected differences on a hand-built test; expected values follow
// the rules of notebook-semantics.md by hand.
#include "core/analysis/cpu_window.h"
#include "core/analysis/segment_builder.h"
#include "core/analysis/test_analysis.h"
#include "core/analysis/thresholds.h"
#include "test_data_builder.h"

#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

// Two kurento publishers of one session. CPU every 10 s from t = 0, value t/100. The first event is at t = 4,
// the log starts at t = 0: the notebook's CPU clock runs 4 s behind the segments' clock.
TestData twoUsers()
{
    TestDataBuilder b("kurento", "2p");
    b.bounds(0, 100).batches(1, 1);
    b.event(1, 1, 4, "connectionStart").event(1, 1, 6, "streamCreated-local");
    b.event(1, 2, 5, "connectionStart").event(1, 2, 8, "streamCreated-local");
    b.failure(1, 2, 40, 1);
    b.event(1, 2, 42, "connectionStart").event(1, 2, 47, "streamCreated-local");
    b.event(1, 1, 90, "streamDestroyed-local");
    for (int t = 0; t <= 110; t += 10)
        b.cpu(t, t / 100.0);
    return b.data();
}

TestAnalysis analyse(const TestData& data, AnalysisMode mode)
{
    ProblemList problems;
    AnalysisOptions options;
    options.mode = mode;
    return analyseTest(data, options, problems);
}

std::vector<const Segment*> ofType(const TestAnalysis& a, SegmentType type, int user)
{
    std::vector<const Segment*> out;
    for (const auto& s : a.segments)
        if (s.type == type && a.users[static_cast<std::size_t>(s.userIndex)].key.user == user)
            out.push_back(&s);
    return out;
}

} // namespace

class SegmentRules : public QObject {
    Q_OBJECT

private slots:
    void cpuWindowTakesSamplesInsideOrTheNearest_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("median");
        QTest::newRow("inside, bounds included") << 10.0 << 30.0 << 0.2 << 0.2;
        QTest::newRow("even count") << 10.0 << 40.0 << 0.25 << 0.25;
        QTest::newRow("none inside, nearer before") << 41.0 << 48.0 << 0.4 << 0.4;
        QTest::newRow("none inside, nearer after") << 43.0 << 49.0 << 0.5 << 0.5;
        QTest::newRow("none inside, tie goes after") << 42.0 << 48.0 << 0.5 << 0.5;
        QTest::newRow("before every sample") << -9.0 << -5.0 << 0.0 << 0.0;
        QTest::newRow("after every sample") << 200.0 << 300.0 << 1.1 << 1.1;
    }
    void cpuWindowTakesSamplesInsideOrTheNearest()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, mean);
        QFETCH(double, median);
        std::vector<ResourcePoint> points;
        for (int t = 0; t <= 110; t += 10)
            points.push_back({static_cast<double>(t), t / 100.0, 0.5});
        const CpuStats s = CpuWindow(points).stats(start, end);
        QCOMPARE(s.mean, mean);
        QCOMPARE(s.median, median);
    }

    void batchesFollowTheUsersOrder()
    {
        const Batches b{3, 2};
        QCOMPARE(batchOfUser(1, b), 0);
        QCOMPARE(batchOfUser(3, b), 0);
        QCOMPARE(batchOfUser(4, b), 1);
        QCOMPARE(batchOfUser(5, b), 1);
        QCOMPARE(batchOfUser(6, b), 2);
        QCOMPARE(batchOfUser(9, std::nullopt), 0);
    }

    void notebookCountsEveryConnectedPeriodTwiceInBothPasses()
    {
        const TestAnalysis a = analyse(twoUsers(), AnalysisMode::NotebookCompatible);
        // user 2: intervals [8,40] and [47,100] + gap rows [8,40] and [47,100]: 4 per pass, 2 passes
        QCOMPARE(ofType(a, SegmentType::ConnectionSuccess, 2).size(), std::size_t(8));
        QCOMPARE(ofType(a, SegmentType::ConnectionFail, 2).size(), std::size_t(2));
        const auto fails = ofType(a, SegmentType::ConnectionFail, 2);
        QCOMPARE(fails[0]->start, 40.0);
        QCOMPARE(fails[0]->end, 42.0);
        QCOMPARE(fails[0]->attempt, 1.0);
        const TestAnalysis c = analyse(twoUsers(), AnalysisMode::Corrected);
        QCOMPARE(ofType(c, SegmentType::ConnectionSuccess, 2).size(), std::size_t(2));
        QCOMPARE(ofType(c, SegmentType::ConnectionSuccess, 2)[1]->attempt, 1.0);
    }

    // The notebook measures CPU from the earliest event (t = 4) and segments from the log start (t = 0).
    void notebookShiftsCpuByTheTwoOrigins()
    {
        const TestAnalysis nb = analyse(twoUsers(), AnalysisMode::NotebookCompatible);
        const TestAnalysis c = analyse(twoUsers(), AnalysisMode::Corrected);
        const auto nbFail = ofType(nb, SegmentType::ConnectionFail, 2)[0]; // [40, 42]
        const auto cFail = ofType(c, SegmentType::ConnectionFail, 2)[0];
        QCOMPARE(cFail->cpu.median, 0.4);  // the sample at t = 40
        QCOMPARE(nbFail->cpu.median, 0.5); // CPU times 6, 16, 26, 36, 46: nearest to [40,42] is 46 → t = 50
        QCOMPARE(nb.cpuOrigin - nb.start, 4 * kNsPerSecond);
        QCOMPARE(c.cpuOrigin, c.start);
    }

    void batchesAndAttemptsOnRows()
    {
        const TestAnalysis a = analyse(twoUsers(), AnalysisMode::NotebookCompatible);
        QCOMPARE(ofType(a, SegmentType::ConnectionStart, 1)[0]->batch, 0);
        QCOMPARE(ofType(a, SegmentType::ConnectionStart, 2)[0]->batch, 1);
        const auto starts = ofType(a, SegmentType::ConnectionStart, 2);
        QCOMPARE(starts[1]->attempt, 1.0);
        QCOMPARE(starts[1]->end - starts[1]->start, 5.0);
    }

    // Notebook: a connection start counts when a later success row of the same attempt exists, and every row is
    // there once per QoE pass. Corrected: each start that led to a connected interval, once.
    void connectionStartThresholdsDifferByMode()
    {
        const TestAnalysis nb = analyse(twoUsers(), AnalysisMode::NotebookCompatible);
        const TestAnalysis c = analyse(twoUsers(), AnalysisMode::Corrected);
        const auto& nbFull = nb.thresholds[2].rows[0];
        const auto& cFull = c.thresholds[2].rows[0];
        QCOMPARE(nbFull.count, 6L); // 3 starts × 2 passes
        QCOMPARE(cFull.count, 3L);
        QCOMPARE(cFull.median, 3.0); // durations 2, 3, 5
        QCOMPARE(nbFull.median, 3.0);
        QCOMPARE(nb.thresholds[2].rows[7].label, std::string("0.95 < Median CPU"));
        QCOMPARE(c.thresholds[2].rows[7].label, std::string("0.95 <= Median CPU"));
    }

    void describeMatchesPandas()
    {
        const ThresholdRow r = describeValues("x", {1.0, 2.0, 4.0, std::nan(""), 7.0});
        QCOMPARE(r.count, 4L);
        QCOMPARE(r.median, 3.0);
        QCOMPARE(r.mean, 3.5);
        QCOMPARE(r.std, 2.6457513110645907); // pandas.Series([1,2,4,7]).std()
        QVERIFY(std::isnan(describeValues("one", {1.0}).std));
    }

    void progressionNeverDecrementsInNotebookMode()
    {
        const TestAnalysis nb = analyse(twoUsers(), AnalysisMode::NotebookCompatible);
        const TestAnalysis c = analyse(twoUsers(), AnalysisMode::Corrected);
        QCOMPARE(nb.progression.size(), std::size_t(12)); // 3 periods × 2 rows × 2 passes
        QCOMPARE(nb.progression.back().publishers, 12);
        QCOMPARE(nb.progression.back().streamsOut, 2 * 12 * 11);
        // Corrected: +1 at 6, +1 at 8, −1 at 40, +1 at 47.
        QCOMPARE(c.progression.size(), std::size_t(4));
        QCOMPARE(c.progression[2].time, 40.0);
        QCOMPARE(c.progression[2].publishers, 1);
        QCOMPARE(c.progression[3].publishers, 2);
        QCOMPARE(c.progression[3].streamsOut, 4);
        QCOMPARE(c.progression[3].streamsIn, 4);
    }

    void aCrashClipsConnectedTimeAtTheLastCpuSamplePlusTen()
    {
        TestData data = twoUsers();
        data.resources.resize(7); // samples up to t = 60: the node died
        const TestAnalysis nb = analyse(data, AnalysisMode::NotebookCompatible);
        const TestAnalysis c = analyse(data, AnalysisMode::Corrected);
        QVERIFY(c.crashed);
        QCOMPARE(c.clippedDuration, 70.0);
        QCOMPARE(c.users[1].connected.back().end, 70.0);
        // The notebook's gap rows still run to the log's end.
        QCOMPARE(ofType(nb, SegmentType::ConnectionSuccess, 2)[3]->end, 100.0);
        for (const auto& s : c.segments)
            QVERIFY(s.end <= 70.0);
    }
};

QTEST_GUILESS_MAIN(SegmentRules)
#include "test_segment_rules.moc"
