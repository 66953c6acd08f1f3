// The timeline's crash and first-failure markers, and the crosshair shared by the timeline and the charts under
// it: on the hand-built fixture (its failure time and CPU ramp are known: analysis_fixture.h), offscreen.
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/plot/crosshair.h"
#include "ui/time_charts/chart_views.h"
#include "ui/time_charts/qoe_chart.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/timeline_plot.h"

#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace loadscope;

namespace {

struct Shown {
    fixture::Fixture f;
    QWidget window;
    TimelinePlot* plot = nullptr;
    ChartViews* views = nullptr;
};

// The fixture on a timeline with the chart views under it, as the main window shows them.
std::unique_ptr<Shown> show(const fixture::Fixture& f)
{
    auto s = std::make_unique<Shown>();
    s->f = f;
    s->plot = new TimelinePlot;
    s->views = new ChartViews;
    s->views->linkTimeAxis(s->plot->xAxis);
    auto* layout = new QVBoxLayout(&s->window);
    layout->addWidget(s->views->belowTimeline(s->plot));
    s->window.resize(1200, 900);
    const TimelineMetric metric = TimelineMetric::vmaf();
    auto rows = std::make_shared<const std::vector<TimelineRow>>(buildTimelineRows(*f.analysis, metric, nullptr));
    s->plot->setTimeline(f.analysis.get(), rows, selectRows(*rows, {}), metric, QStringLiteral("fixture"));
    s->views->setAnalysis(f.analysis.get());
    s->window.show();
    s->plot->replot();
    return s;
}

// The fixture's media node stops reporting after `last` s: what the analysis makes of a crash (test_analysis.h:
// clipped to the last CPU sample + 10 s, crashed when that is before the log's end).
fixture::Fixture crashedAt(double last)
{
    fixture::Fixture f = fixture::makeFixture(9);
    std::erase_if(f.analysis->resources, [last](const ResourcePoint& p) { return p.time > last; });
    f.analysis->clippedDuration = last + 10;
    f.analysis->crashed = true;
    return f;
}

} // namespace

class TestMarkersCrosshair : public QObject {
    Q_OBJECT

private slots:
    void firstFailureIsMarkedAtTheEarliestFailure()
    {
        auto s = show(fixture::makeFixture(9)); // users 2, 5, 8 fail at kFailTime
        QCOMPARE(s->plot->markers().firstFailureTime(), fixture::kFailTime);
        QCOMPARE(s->plot->markers().firstFailureText(), QStringLiteral("first failure 30.0 s"));
        QVERIFY(std::isnan(s->plot->markers().crashTime()));
        QVERIFY(s->plot->markers().crashText().isEmpty());
    }

    void noFailureNoMarker()
    {
        auto s = show(fixture::makeFixture(2)); // users 0 and 1 never fail
        QVERIFY(std::isnan(s->plot->markers().firstFailureTime()));
        QVERIFY(s->plot->markers().firstFailureText().isEmpty());
    }

    void crashIsMarkedAtTheLastCpuSample()
    {
        auto s = show(crashedAt(40));
        QCOMPARE(s->plot->markers().crashTime(), 40.0);
        QCOMPARE(s->plot->markers().crashText(), QStringLiteral("media node crash 40.0 s"));
    }

    void closeMarkersLabelsDoNotOverlap()
    {
        // A crash 2 s after the first failure (30 s): a few pixels apart, each label far wider than that.
        auto s = show(crashedAt(32));
        QVERIFY(QTest::qWaitForWindowExposed(&s->window));
        s->plot->replot();
        const QRectF crash = s->plot->markers().crashLabelRect(), failure = s->plot->markers().firstFailureLabelRect();
        QVERIFY(crash.width() > s->plot->xAxis->coordToPixel(32) - s->plot->xAxis->coordToPixel(30));
        QVERIFY2(!crash.intersects(failure), qPrintable(QStringLiteral("crash %1,%2 %3x%4; failure %5,%6 %7x%8")
                                                            .arg(crash.x())
                                                            .arg(crash.y())
                                                            .arg(crash.width())
                                                            .arg(crash.height())
                                                            .arg(failure.x())
                                                            .arg(failure.y())
                                                            .arg(failure.width())
                                                            .arg(failure.height())));
        const QRect area = s->plot->axisRect()->rect();
        QVERIFY(area.contains(crash.toRect()) && area.contains(failure.toRect())); // inside the plot area
    }

    void markersFollowTheTest()
    {
        auto s = show(crashedAt(40));
        const fixture::Fixture calm = fixture::makeFixture(2);
        const TimelineMetric metric = TimelineMetric::vmaf();
        auto rows = std::make_shared<const std::vector<TimelineRow>>(
            buildTimelineRows(*calm.analysis, metric, nullptr));
        s->plot->setTimeline(calm.analysis.get(), rows, selectRows(*rows, {}), metric, QStringLiteral("calm"));
        QVERIFY(std::isnan(s->plot->markers().crashTime()));
        QVERIFY(std::isnan(s->plot->markers().firstFailureTime()));
    }

    void mouseOverTheTimelineDrawsTheLineEverywhere()
    {
        auto s = show(fixture::makeFixture(9));
        QVERIFY(QTest::qWaitForWindowExposed(&s->window));
        Crosshair* crosshair = s->views->crosshair();
        const int y = s->plot->axisRect()->center().y();
        const int x = static_cast<int>(std::lround(s->plot->xAxis->coordToPixel(22.0)));
        QTest::mouseMove(s->plot, QPoint(x, y));
        QVERIFY(std::abs(crosshair->position() - 22.0) < 0.2); // within a pixel's width of time
        QVERIFY(crosshair->lineShown(s->plot));
        for (TimeChart* chart : s->views->charts())
            QVERIFY2(crosshair->lineShown(chart), qPrintable(chart->title()));
        // The timeline lists its own graphs: the fixture's CPU is t / 100, so linear between samples.
        const QString text = crosshair->labelText(s->plot);
        QVERIFY2(text.contains(QStringLiteral("CPU: %1").arg(crosshair->position() / 100.0, 0, 'g', 4)),
                 qPrintable(text));
        QVERIFY(crosshair->labelText(s->views->qoeChart()).isEmpty()); // the label only where the mouse is
    }

    void chartListsItsValuesAtTheMouse()
    {
        auto s = show(fixture::makeFixture(9));
        Crosshair* crosshair = s->views->crosshair();
        QoeChart* qoe = s->views->qoeChart();
        crosshair->showAt(17.5, qoe);
        const QString text = crosshair->labelText(qoe);
        QVERIFY2(text.startsWith(QStringLiteral("t = 17.50 s")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CPU: 0.175")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ViSQOL: 2.5")), qPrintable(text)); // every ViSQOL piece is 2.5
        QVERIFY(text.contains(QStringLiteral("VMAF: ")));
    }

    void leavingHidesItAndItCanBeTurnedOff()
    {
        auto s = show(fixture::makeFixture(9));
        Crosshair* crosshair = s->views->crosshair();
        crosshair->showAt(10, s->plot);
        QVERIFY(crosshair->lineShown(s->views->qoeChart()));
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(s->plot, &leave);
        QVERIFY(!crosshair->lineShown(s->views->qoeChart()));
        QVERIFY(!crosshair->lineShown(s->plot));
        crosshair->setEnabled(false);
        crosshair->showAt(10, s->plot);
        QVERIFY(!crosshair->lineShown(s->plot));
    }

    void valueAtInterpolatesAndStopsAtTheEnds()
    {
        QCustomPlot plot;
        QCPGraph* g = plot.addGraph();
        g->setData({0, 10, 20}, {1, 3, std::nan("")});
        QCOMPARE(Crosshair::valueAt(g, 5), 2.0);
        QCOMPARE(Crosshair::valueAt(g, 10), 3.0);
        QVERIFY(std::isnan(Crosshair::valueAt(g, 15))); // beside a gap
        QVERIFY(std::isnan(Crosshair::valueAt(g, -1)));
        QVERIFY(std::isnan(Crosshair::valueAt(g, 21)));
    }
};

QTEST_MAIN(TestMarkersCrosshair)
#include "test_markers_crosshair.moc"
