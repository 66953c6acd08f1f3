// Rows of the timeline: painting order flattened (connected < metric < connecting/failed), per-user content from a
// hand-built analysis, filters and orders.
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/plot/colour_map.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/timeline_rows.h"

#include <QTest>

#include <cmath>

using namespace loadscope;
Q_DECLARE_METATYPE(std::vector<loadscope::LayeredSpan>)

namespace {

LayeredSpan painted(double start, double end, SpanState state, int layer, double value = kNaN)
{
    return {{start, end, state, value, static_cast<QRgb>(layer + 1)}, layer};
}

} // namespace

class TestTimelineRows : public QObject {
    Q_OBJECT
private slots:
    void flattenKeepsTopLayer_data()
    {
        QTest::addColumn<std::vector<LayeredSpan>>("input");
        QTest::addColumn<QString>("expected"); // start-end:layer pieces
        QTest::addRow("gap over connected") << std::vector<LayeredSpan>{painted(0, 10, SpanState::ConnectedNoData, 0),
                                                                        painted(4, 6, SpanState::Failed, 2)}
                                            << "0-4:0 4-6:2 6-10:0";
        QTest::addRow("metric inside connected, sticking out")
            << std::vector<LayeredSpan>{painted(2, 8, SpanState::ConnectedNoData, 0),
                                        painted(5, 12, SpanState::Metric, 1, 3.0)}
            << "2-5:0 5-12:1";
        QTest::addRow("empty and reversed spans vanish")
            << std::vector<LayeredSpan>{painted(3, 3, SpanState::Metric, 1), painted(5, 4, SpanState::Metric, 1),
                                        painted(0, 1, SpanState::Connecting, 2)}
            << "0-1:2";
        QTest::addRow("disjoint keep their hole")
            << std::vector<LayeredSpan>{painted(0, 1, SpanState::Connecting, 2),
                                        painted(2, 3, SpanState::ConnectedNoData, 0)}
            << "0-1:2 2-3:0";
        QTest::addRow("one span split by a higher one stays two pieces")
            << std::vector<LayeredSpan>{painted(0, 9, SpanState::Metric, 1, 1.0), painted(3, 4, SpanState::Failed, 2)}
            << "0-3:1 3-4:2 4-9:1";
        QTest::addRow("touching spans of one layer stay separate")
            << std::vector<LayeredSpan>{painted(0, 1, SpanState::Metric, 1, 1.0),
                                        painted(1, 2, SpanState::Metric, 1, 2.0)}
            << "0-1:1 1-2:1";
    }
    void flattenKeepsTopLayer()
    {
        QFETCH(std::vector<LayeredSpan>, input);
        QFETCH(QString, expected);
        QStringList got;
        for (const TimelineSpan& s : flattenSpans(input))
            got << QStringLiteral("%1-%2:%3").arg(s.start).arg(s.end).arg(int(s.colour) - 1);
        QCOMPARE(got.join(QLatin1Char(' ')), expected);
    }

    void rowsFollowTheAnalysis_data()
    {
        QTest::addColumn<int>("user");
        for (int u : {0, 1, 2, 5})
            QTest::addRow("user %d", u) << u;
    }
    void rowsFollowTheAnalysis()
    {
        QFETCH(int, user);
        const auto f = fixture::makeFixture(6);
        const auto rows = buildTimelineRows(*f.analysis, TimelineMetric::vmaf(), nullptr);
        QCOMPARE(rows.size(), std::size_t{6});
        const TimelineRow& row = rows[static_cast<std::size_t>(user)];
        QCOMPARE(row.userIndex, user);
        QCOMPARE(row.label, QStringLiteral("%1-%2").arg(1 + user % 4).arg(1 + user / 4));
        QCOMPARE(row.publisher, user % 2 == 0);
        // connecting from 0 to the success, magenta
        QCOMPARE(row.spans.front().state, SpanState::Connecting);
        QCOMPARE(row.spans.front().end, fixture::connectedAt(user));
        QCOMPARE(row.spans.front().colour, kConnectingColour);
        // the first QoE piece carries its VMAF and the notebook's colour for it
        const TimelineSpan& piece = row.spans[1];
        QCOMPARE(piece.state, SpanState::Metric);
        QCOMPARE(piece.value, fixture::vmafOf(user, 0));
        QCOMPARE(piece.colour, metricColour(fixture::vmafOf(user, 0), {0, 5, false}));
        bool sawFailure = false;
        for (const TimelineSpan& s : row.spans) {
            if (s.state == SpanState::Failed) {
                sawFailure = true;
                QCOMPARE(s.start, fixture::kFailTime);
                QCOMPARE(s.end, fixture::kReconnectTime);
            }
        }
        QCOMPARE(sawFailure, fixture::fails(user));
        QCOMPARE(std::isnan(row.firstFailure), !fixture::fails(user));
        for (std::size_t i = 1; i < row.spans.size(); ++i)
            QVERIFY(row.spans[i - 1].end <= row.spans[i].start);
    }

    void visqolUsesItsOwnSegments()
    {
        const auto f = fixture::makeFixture(3);
        const auto rows = buildTimelineRows(*f.analysis, TimelineMetric::at(1), nullptr);
        QCOMPARE(rows[0].spans[1].value, 2.5);
    }

    void qosMetricsUseTheSeries()
    {
        const auto f = fixture::makeFixture(2);
        std::vector<QosSeries> qos(2);
        qos[1] = {{10, 11, 0.25}, {11, 14, 0.05}};
        const auto rtt = *TimelineMetric::fromKey(QStringLiteral("rtt"));
        const auto rows = buildTimelineRows(*f.analysis, rtt, &qos);
        std::vector<TimelineSpan> metricSpans;
        for (const auto& s : rows[1].spans)
            if (s.state == SpanState::Metric)
                metricSpans.push_back(s);
        QCOMPARE(metricSpans.size(), std::size_t{2});
        QCOMPARE(metricSpans[0].value, 0.25);
        QCOMPARE(metricSpans[1].end, 14.0);
        QCOMPARE(metricSpans[1].colour, metricColour(0.05, {0, 0.5, true}));
        for (const auto& s : rows[0].spans) // no series: connected without data
            QVERIFY(s.state != SpanState::Metric);
    }

    void selectionFiltersAndOrders_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("session");
        QTest::addColumn<bool>("failedOnly");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<int>>("expected");
        QTest::addRow("all") << 0 << 0 << false << 0 << QList<int>{0, 1, 2, 3, 4, 5, 6};
        QTest::addRow("publishers") << 1 << 0 << false << 0 << QList<int>{0, 2, 4, 6};
        QTest::addRow("subscribers of session 2") << 2 << 2 << false << 0 << QList<int>{5};
        QTest::addRow("ever failed") << 0 << 0 << true << 0 << QList<int>{2, 5};
        QTest::addRow("by first failure") << 0 << 1 << false << 1 << QList<int>{2, 0, 1, 3};
    }
    void selectionFiltersAndOrders()
    {
        QFETCH(int, role);
        QFETCH(int, session);
        QFETCH(bool, failedOnly);
        QFETCH(int, order);
        QFETCH(QList<int>, expected);
        const auto f = fixture::makeFixture(7);
        const auto rows = buildTimelineRows(*f.analysis, TimelineMetric::vmaf(), nullptr);
        const RowSelection selection{static_cast<RoleFilter>(role), session, failedOnly, static_cast<RowOrder>(order),
                                     QString()};
        const auto shown = selectRows(rows, selection);
        QCOMPARE(QList<int>(shown.begin(), shown.end()), expected);
    }
};

QTEST_GUILESS_MAIN(TestTimelineRows)
#include "test_timeline_rows.moc"
