// The timeline's rows computed in the background (TimelineRowsJob): the same rows and colours as building them on
// the spot, the fixture's known values in them, kept per test and metric, and a superseded request dropped.
#include "tests/ui/fixture/analysis_fixture.h"
#include "tests/ui/fixture/borrowed.h"
#include "ui/timeline/timeline_rows_job.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace loadscope;

namespace {

// Rows as the GUI thread used to build them: the reference the job's rows must equal.
bool sameRows(const std::vector<TimelineRow>& a, const std::vector<TimelineRow>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t r = 0; r < a.size(); ++r) {
        const TimelineRow &x = a[r], &y = b[r];
        if (x.userIndex != y.userIndex || x.label != y.label || x.spans.size() != y.spans.size())
            return false;
        for (std::size_t s = 0; s < x.spans.size(); ++s) {
            const TimelineSpan &p = x.spans[s], &q = y.spans[s];
            if (p.start != q.start || p.end != q.end || p.state != q.state || p.colour != q.colour ||
                !(p.value == q.value || (std::isnan(p.value) && std::isnan(q.value))))
                return false;
        }
    }
    return true;
}

// A QoS series per user: user u has value 10 * u from 5 s to 15 s (hand-made, what averageQosPerSecond gives).
std::shared_ptr<const std::vector<QosSeries>> handMadeQos(int users)
{
    auto series = std::make_shared<std::vector<QosSeries>>(static_cast<std::size_t>(users));
    for (int u = 0; u < users; ++u)
        (*series)[static_cast<std::size_t>(u)].push_back({5.0, 15.0, 10.0 * u});
    return series;
}

TimelineRowsPtr waitForRows(TimelineRowsJob& job, std::shared_ptr<const TestAnalysis> analysis,
                            const TimelineMetric& metric, std::shared_ptr<const std::vector<QosSeries>> qos)
{
    if (auto rows = job.rows(analysis, metric, qos))
        return rows;
    if (!testing::settled())
        return nullptr;
    return job.rows(analysis, metric, qos);
}

} // namespace

class TestTimelineRowsJob : public QObject {
    Q_OBJECT
private slots:
    void rowsAndColoursEqualTheSynchronousOnes()
    {
        const auto f = fixture::makeFixture(7);
        TimelineRowsJob job;
        const TimelineMetric vmaf = TimelineMetric::vmaf();
        QSignalSpy ready(&job, &TimelineRowsJob::ready);
        QVERIFY(!job.rows(f.analysis, vmaf, nullptr)); // never on the spot: computed in the background
        QVERIFY(job.running());
        QVERIFY(testing::settled());
        QCOMPARE(ready.count(), 1);
        const TimelineRowsPtr rows = job.rows(f.analysis, vmaf, nullptr);
        QVERIFY(rows);
        QVERIFY(sameRows(*rows, buildTimelineRows(*f.analysis, vmaf, nullptr)));
        // The fixture's own numbers: user 3's first piece has VMAF vmafOf(3, 0), coloured by the VMAF scale.
        QCOMPARE(rows->size(), std::size_t{7});
        const TimelineRow& row = (*rows)[3];
        const auto metricSpan = std::find_if(row.spans.begin(), row.spans.end(),
                                             [](const TimelineSpan& s) { return s.state == SpanState::Metric; });
        QVERIFY(metricSpan != row.spans.end());
        QCOMPARE(metricSpan->value, fixture::vmafOf(3, 0));
        QCOMPARE(metricSpan->colour, vmaf.colourOf(fixture::vmafOf(3, 0)));
        QCOMPARE(metricSpan->start, fixture::connectedAt(3));

        // A QoS metric: coloured by the series handed in (user 2: 20 from 5 s to 15 s).
        const TimelineMetric qosMetric = TimelineMetric::at(2);
        QVERIFY(!qosMetric.isQoe());
        const auto qos = handMadeQos(7);
        const TimelineRowsPtr qosRows = waitForRows(job, f.analysis, qosMetric, qos);
        QVERIFY(qosRows);
        QVERIFY(sameRows(*qosRows, buildTimelineRows(*f.analysis, qosMetric, qos.get())));
        bool found = false;
        for (const TimelineSpan& s : (*qosRows)[2].spans)
            if (s.state == SpanState::Metric && s.start == 5.0 && s.end == 15.0) {
                found = true;
                QCOMPARE(s.value, 20.0);
                QCOMPARE(s.colour, qosMetric.colourOf(20.0));
            }
        QVERIFY(found);
    }

    void keptPerTestAndMetric()
    {
        const auto two = fixture::makeTwoTests(4, 9);
        TimelineRowsJob job;
        const TimelineMetric vmaf = TimelineMetric::vmaf(), visqol = TimelineMetric::at(1);
        const auto a = waitForRows(job, two.analyses[0], vmaf, nullptr);
        const auto b = waitForRows(job, two.analyses[1], vmaf, nullptr);
        const auto c = waitForRows(job, two.analyses[0], visqol, nullptr);
        QVERIFY(a && b && c);
        QCOMPARE(a->size(), std::size_t{4});
        QCOMPARE(b->size(), std::size_t{9});
        // Back to each: at once, the very same rows, nothing computed.
        QCOMPARE(job.rows(two.analyses[0], vmaf, nullptr), a);
        QCOMPARE(job.rows(two.analyses[1], vmaf, nullptr), b);
        QCOMPARE(job.rows(two.analyses[0], visqol, nullptr), c);
        QVERIFY(!job.running());
        job.clear(); // new results: computed again
        QVERIFY(!job.rows(two.analyses[0], vmaf, nullptr));
        QVERIFY(testing::settled());
    }

    void aSupersededRequestIsDropped()
    {
        const auto two = fixture::makeTwoTests(4, 9);
        TimelineRowsJob job;
        QSignalSpy ready(&job, &TimelineRowsJob::ready);
        const TimelineMetric vmaf = TimelineMetric::vmaf();
        QVERIFY(!job.rows(two.analyses[0], vmaf, nullptr)); // test a asked for, then test b before a arrived
        QVERIFY(!job.rows(two.analyses[1], vmaf, nullptr));
        QVERIFY(testing::settled());
        QCOMPARE(ready.count(), 1);                         // only b's arrival
        QVERIFY(job.rows(two.analyses[1], vmaf, nullptr));  // b kept
        QVERIFY(!job.rows(two.analyses[0], vmaf, nullptr)); // a's stale result never kept
        QVERIFY(testing::settled());
        // Asking for kept rows while others compute drops the computation: its late result replaces nothing.
        QVERIFY(!job.rows(two.analyses[0], TimelineMetric::at(1), nullptr));
        QVERIFY(job.rows(two.analyses[1], vmaf, nullptr));
        QVERIFY(!job.running());
        QVERIFY(testing::settled());
        QCOMPARE(ready.count(), 2); // a's VMAF; the dropped ViSQOL never arrived
        QVERIFY(!job.rows(two.analyses[0], TimelineMetric::at(1), nullptr));
        QVERIFY(testing::settled());
    }
};

QTEST_MAIN(TestTimelineRowsJob)
#include "test_timeline_rows_job.moc"
