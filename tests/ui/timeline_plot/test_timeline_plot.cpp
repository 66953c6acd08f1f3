// The timeline chart: tooltips' content, click → user, zoom history, and the plottable's merging in pixel space.
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"

#include <QSignalSpy>
#include <QTest>

using namespace loadscope;

namespace {

struct Shown {
    fixture::Fixture f;
    std::unique_ptr<TimelinePlot> plot;
};

Shown showFixture(int users, const RowSelection& selection = {}, TimelineMetric metric = TimelineMetric::vmaf())
{
    Shown s{fixture::makeFixture(users), std::make_unique<TimelinePlot>()};
    auto rows = std::make_shared<const std::vector<TimelineRow>>(buildTimelineRows(*s.f.analysis, metric, nullptr));
    auto order = selectRows(*rows, selection);
    s.plot->resize(1000, 600);
    s.plot->setTimeline(s.f.analysis.get(), rows, order, metric, QStringLiteral("fixture"));
    s.plot->replot();
    return s;
}

// A plottable alone on a plot, with one hand-made row.
struct Bare {
    QCustomPlot plot;
    TimelinePlottable* timeline = nullptr;
    explicit Bare(std::vector<TimelineSpan> spans)
    {
        plot.resize(600, 200);
        timeline = new TimelinePlottable(plot.xAxis, plot.yAxis);
        TimelineRow row;
        row.spans = std::move(spans);
        timeline->setRows(std::make_shared<const std::vector<TimelineRow>>(std::vector<TimelineRow>{row}), {0});
        plot.xAxis->setRange(0, 10);
        plot.yAxis->setRange(-0.5, 0.5);
        plot.replot();
    }
};

} // namespace

class TestTimelinePlot : public QObject {
    Q_OBJECT
private slots:
    void tooltipDescribesTheSpan_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("failed user 2 at 31 s")
            << 2 << 31.0
            << QStringList{QStringLiteral("User 3-1 (publisher)"), QStringLiteral("State: failed"),
                           QStringLiteral("From 30.00 s to 33.00 s (3.00 s)"), QStringLiteral("CPU at 31.")};
        QTest::addRow("connecting user 1")
            << 1 << 0.5
            << QStringList{QStringLiteral("User 2-1 (subscriber)"), QStringLiteral("State: connecting"),
                           QStringLiteral("From 0.00 s to 1.50 s")};
        QTest::addRow("first VMAF piece of user 4")
            << 4 << fixture::connectedAt(4) + 2.5
            << QStringList{QStringLiteral("User 1-2"), QStringLiteral("State: connected"),
                           QStringLiteral("VMAF (0..5): %1").arg(fixture::vmafOf(4, 0), 0, 'f', 3)};
    }
    void tooltipDescribesTheSpan()
    {
        QFETCH(int, position);
        QFETCH(double, seconds);
        QFETCH(QStringList, expected);
        auto s = showFixture(6);
        const QString tip = s.plot->tooltipAt(s.plot->pixelOf(position, seconds));
        for (const QString& part : expected)
            QVERIFY2(tip.contains(part), qPrintable(tip));
    }

    void tooltipCpuIsInterpolated()
    {
        auto s = showFixture(3);
        // fixture CPU is t / 100 at every 5 s; in between the line is straight
        QCOMPARE(s.plot->cpuAt(12.5), 0.125);
        QVERIFY(std::isnan(s.plot->cpuAt(-1)));
    }

    void tooltipIsEmptyOutsideRows()
    {
        auto s = showFixture(3);
        QVERIFY(s.plot->tooltipAt(QPoint(2, 2)).isEmpty());
        // between two rows' bars
        const QPoint a = s.plot->pixelOf(0, 20), b = s.plot->pixelOf(1, 20);
        QVERIFY(s.plot->tooltipAt(QPoint(a.x(), (a.y() + b.y()) / 2)).isEmpty());
    }

    void clickPicksTheUserOfTheRow_data()
    {
        QTest::addColumn<bool>("subscribersOnly");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("user");
        QTest::addRow("natural order") << false << 3 << 3;
        QTest::addRow("subscribers only") << true << 1 << 3;
    }
    void clickPicksTheUserOfTheRow()
    {
        QFETCH(bool, subscribersOnly);
        QFETCH(int, position);
        QFETCH(int, user);
        RowSelection selection;
        selection.role = subscribersOnly ? RoleFilter::Subscribers : RoleFilter::All;
        auto s = showFixture(6, selection);
        QSignalSpy clicked(s.plot.get(), &TimelinePlot::userClicked);
        QTest::mouseClick(s.plot.get(), Qt::LeftButton, {}, s.plot->pixelOf(position, 20));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().front().toInt(), user);
    }

    void wheelZoomsXOnlyAndBackRestores()
    {
        auto s = showFixture(6);
        const QCPRange x = s.plot->xAxis->range(), y = s.plot->yAxis->range();
        QVERIFY(!s.plot->canZoomBack());
        const QPoint at = s.plot->pixelOf(2, 20);
        QWheelEvent wheel(at, s.plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(s.plot.get(), &wheel);
        QVERIFY(s.plot->xAxis->range().size() < x.size());
        QCOMPARE(s.plot->yAxis->range(), y);
        QVERIFY(s.plot->canZoomBack());
        QVERIFY(s.plot->zoomBack());
        QCOMPARE(s.plot->xAxis->range(), x);
        QVERIFY(!s.plot->canZoomBack());
    }

    void shiftDragZoomsToTheRubberBand()
    {
        auto s = showFixture(6);
        const QCPRange y = s.plot->yAxis->range();
        const QPoint from = s.plot->pixelOf(1, 10), to = s.plot->pixelOf(3, 30);
        auto send = [&](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, s.plot->mapToGlobal(at), Qt::LeftButton, buttons, Qt::ShiftModifier);
            QApplication::sendEvent(s.plot.get(), &event);
        };
        send(QEvent::MouseButtonPress, from, Qt::LeftButton);
        send(QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        send(QEvent::MouseMove, to, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to, Qt::NoButton);
        QVERIFY(std::abs(s.plot->xAxis->range().lower - 10) < 0.2);
        QVERIFY(std::abs(s.plot->xAxis->range().upper - 30) < 0.2);
        QCOMPARE(s.plot->yAxis->range(), y); // x only without Ctrl
        QVERIFY(s.plot->zoomBack());
        QVERIFY(s.plot->xAxis->range().lower < 0);
    }

    void sameColourNeighboursDrawAsOne()
    {
        std::vector<TimelineSpan> spans;
        for (int i = 0; i < 100; ++i)
            spans.push_back({i * 0.1, (i + 1) * 0.1, SpanState::Metric, 1.0, qRgb(0, 128, 0)});
        Bare bare(spans);
        QCOMPARE(bare.timeline->drawnRectangles(), 1L);
    }

    void subPixelSpansFoldIntoTheirPixels()
    {
        // 20,000 alternating spans over a ~500 px wide axis: at most one rectangle per pixel column.
        std::vector<TimelineSpan> spans;
        for (int i = 0; i < 20000; ++i)
            spans.push_back(
                {i * 0.0005, (i + 1) * 0.0005, SpanState::Metric, 1.0, i % 2 ? qRgb(255, 0, 0) : qRgb(0, 0, 255)});
        Bare bare(spans);
        QVERIFY(bare.timeline->drawnRectangles() > 0);
        QVERIFY2(bare.timeline->drawnRectangles() <= bare.plot.axisRect()->width() + 2,
                 qPrintable(QString::number(bare.timeline->drawnRectangles())));
    }

    void onlyVisibleSpansAreDrawn()
    {
        std::vector<TimelineSpan> spans;
        for (int i = 0; i < 100; ++i)
            spans.push_back({double(i), i + 1.0, SpanState::Metric, 1.0, i % 2 ? qRgb(255, 0, 0) : qRgb(0, 0, 255)});
        Bare bare(spans);
        bare.plot.xAxis->setRange(40.5, 44.5); // touches spans 40..44
        bare.plot.replot();
        QCOMPARE(bare.timeline->drawnRectangles(), 5L);
    }

    void rowsSharingAPixelLineArePaintedOnce()
    {
        QCustomPlot plot;
        plot.resize(400, 200);
        auto* timeline = new TimelinePlottable(plot.xAxis, plot.yAxis);
        std::vector<TimelineRow> rows(2000);
        std::vector<int> order;
        for (int i = 0; i < 2000; ++i) {
            rows[static_cast<std::size_t>(i)].spans = {{0, 10, SpanState::Failed, kNaN, qRgb(255, 0, 0)}};
            order.push_back(i);
        }
        timeline->setRows(std::make_shared<const std::vector<TimelineRow>>(rows), order);
        plot.xAxis->setRange(0, 10);
        plot.yAxis->setRange(-0.5, 1999.5);
        plot.replot();
        QVERIFY(timeline->drawnRectangles() > 0);
        QVERIFY2(timeline->drawnRectangles() <= plot.axisRect()->height() + 2,
                 qPrintable(QString::number(timeline->drawnRectangles())));
    }

    void tinySpanStillShowsOnePixel()
    {
        Bare bare({{5.0, 5.000001, SpanState::Failed, kNaN, qRgb(255, 0, 0)}});
        QCOMPARE(bare.timeline->drawnRectangles(), 1L);
        const QImage image = bare.plot.toPixmap(600, 200).toImage();
        const int x = static_cast<int>(std::lround(bare.plot.xAxis->coordToPixel(5.0)));
        const int y = static_cast<int>(std::lround(bare.plot.yAxis->coordToPixel(0.0)));
        bool red = false;
        for (int dx = -1; dx <= 1; ++dx)
            red = red || image.pixel(x + dx, y) == qRgb(255, 0, 0);
        QVERIFY(red);
    }
};

QTEST_MAIN(TestTimelinePlot)
#include "test_timeline_plot.moc"
