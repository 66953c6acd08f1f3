// Batch boundaries for the participants view: batches numbered as the notebook does (batches.json, users in
// (session, user) order) start at their first connectionStart. Expected values by hand.
#include "core/analysis/batch_starts.h"
#include "test_data_builder.h"

#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

class BatchStartsTest : public QObject {
    Q_OBJECT

private slots:
    void eachBatchStartsAtItsFirstConnectionStart()
    {
        TestDataBuilder b("kurento", "8p");
        b.bounds(0, 60).cpu(0, 0.1).cpu(60, 0.2).batches(2, 1);
        // Order: 1-1, 2-1 (batch 0), 3-1 (batch 1), 1-2 (batch 2, never starts).
        b.event(1, 1, 0.4, "connectionStart").event(1, 2, 0.2, "connectionStart");
        b.event(1, 3, 7.5, "connectionStart").event(1, 3, 9.0, "connectionStart");
        b.event(2, 1, 12.0, "streamCreated-local");
        ProblemList problems;
        const TestAnalysis a = analyseTest(b.data(), AnalysisOptions{}, problems);
        const auto starts = batchStarts(a);
        QCOMPARE(starts.size(), std::size_t(2));
        QCOMPARE(starts[0].batch, 0);
        QCOMPARE(starts[0].time, 0.2);
        QCOMPARE(starts[0].users, 2);
        QCOMPARE(starts[1].batch, 1);
        QCOMPARE(starts[1].time, 7.5);
        QCOMPARE(starts[1].users, 1);
    }

    void noUsersNoBatches() { QVERIFY(batchStarts(TestAnalysis{}).empty()); }
};

QTEST_GUILESS_MAIN(BatchStartsTest)
#include "test_batch_starts.moc"
