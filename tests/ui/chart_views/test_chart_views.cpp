// The chart views under the timeline (QoE, QoS, participants) and the inspector's per-user QoS, offscreen, on the
// bundled sample (real QoS samples, batches.json) and the hand-built fixture: their data is the core's, their
// axes are linked to the timeline's, their controls work, and they export.
#include "core/analysis/batch_starts.h"
#include "core/analysis/qoe_over_time.h"
#include "core/analysis/qos_series.h"
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/time_charts/chart_views.h"
#include "ui/time_charts/participants_chart.h"
#include "ui/time_charts/qoe_chart.h"
#include "ui/time_charts/qos_view.h"
#include "ui/time_charts/user_qos_chart.h"
#include "ui/plot/x_axis_link.h"
#include "ui/plot/plot_exporter.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/state/loaded_results.h"
#include "ui/window/main_window.h"
#include "ui/panels/user_inspector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontMetricsF>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loadscope;

namespace {

const QString kPion = QStringLiteral("loadtest-webrtc-2024-pion-3p-10s");
const QString kKurento = QStringLiteral("loadtest-webrtc-2024-kurento-2p");

std::vector<double> keys(const QCPGraph* graph)
{
    std::vector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.push_back(it->key);
    return out;
}

std::vector<double> values(const QCPGraph* graph)
{
    std::vector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.push_back(it->value);
    return out;
}

// The window x of the left and right edges of a plot's (first) axis rect.
std::pair<int, int> plotAreaEdges(QCustomPlot* plot)
{
    QWidget* window = plot->window();
    return {plot->mapTo(window, QPoint(plot->axisRect()->left(), 0)).x(),
            plot->mapTo(window, QPoint(plot->axisRect()->right(), 0)).x()};
}

QString misaligned(TimelinePlot* timeline, ChartViews* views)
{
    const auto expected = plotAreaEdges(timeline);
    QString out;
    for (TimeChart* chart : views->charts())
        if (chart->isVisible() && plotAreaEdges(chart) != expected)
            out += QStringLiteral("%1: %2..%3 vs timeline %4..%5; ")
                       .arg(chart->title())
                       .arg(plotAreaEdges(chart).first)
                       .arg(plotAreaEdges(chart).second)
                       .arg(expected.first)
                       .arg(expected.second);
    return out;
}

} // namespace

class TestChartViews : public QObject {
    Q_OBJECT
    std::shared_ptr<const LoadedResults> sample_;
    QTemporaryDir dir_;

    const TestAnalysis* sampleTest(const QString& name) const
    {
        for (std::size_t i = 0; i < sample_->results->tests.size(); ++i)
            if (QString::fromStdString(sample_->results->tests[i].info.name) == name)
                return sample_->analyses[i].get();
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        sample_ = loadAndAnalyse(QStringLiteral(LOADSCOPE_SOURCE_DIR "/resources/sample"), {}, nullptr, {});
        QVERIFY(sample_);
        QVERIFY(sampleTest(kPion) && sampleTest(kKurento));
    }

    void linkedAxesFollowEachOther()
    {
        QCustomPlot a, b, c;
        XAxisLink link;
        a.xAxis->setRange(10, 20);
        link.add(a.xAxis);
        link.add(b.xAxis); // takes the range of the axes already linked
        QCOMPARE(b.xAxis->range(), QCPRange(10, 20));
        {
            QCustomPlot gone;
            link.add(gone.xAxis);
            QCOMPARE(link.size(), 3);
        }
        QCOMPARE(link.size(), 2); // a destroyed plot leaves the link
        link.add(c.xAxis);
        b.xAxis->setRange(-3, 4.5);
        QCOMPARE(a.xAxis->range(), QCPRange(-3, 4.5));
        QCOMPARE(c.xAxis->range(), QCPRange(-3, 4.5));
        c.xAxis->scaleRange(0.5); // what the wheel does
        QCOMPARE(a.xAxis->range(), c.xAxis->range());
        QCOMPARE(b.xAxis->range(), c.xAxis->range());
    }

    void qoeChartDrawsTheBucketMeansWithCpuAndMemoryOnTheirOwnAxes()
    {
        const TestAnalysis* a = sampleTest(kPion);
        QoeChart chart;
        chart.resize(900, 400);
        chart.setAnalysis(a);
        const QoeOverTime expected = computeQoeOverTime(*a);
        QVERIFY(!expected.vmaf.empty());
        QCOMPARE(keys(chart.vmafGraph()).size(), expected.vmaf.size());
        for (std::size_t i = 0; i < expected.vmaf.size(); ++i) {
            QCOMPARE(keys(chart.vmafGraph())[i], expected.vmaf[i].time);
            QCOMPARE(values(chart.vmafGraph())[i], expected.vmaf[i].mean);
        }
        QCOMPARE(keys(chart.visqolGraph()).size(), expected.visqol.size());
        // Three y axes: QoE on the left, CPU and memory on two right axes.
        QCOMPARE(chart.axisRect()->axes(QCPAxis::atRight).size(), 2);
        QCOMPARE(chart.cpuGraph()->valueAxis(), chart.yAxis2);
        QCOMPARE(chart.memoryGraph()->valueAxis(), chart.memoryAxis());
        QCOMPARE(chart.cpuGraph()->dataCount(), static_cast<int>(a->resources.size()));
        QCOMPARE(chart.memoryAxis()->range().upper, 1.01);
        QVERIFY(chart.title().contains(kPion));
        QVERIFY(chart.title().contains(QStringLiteral("1 s")));

        chart.setAnalysis(sampleTest(kKurento));
        QVERIFY(chart.title().contains(QStringLiteral("1 ms"))); // Kurento's buckets, as the notebook
        chart.setAnalysis(nullptr);
        QCOMPARE(chart.vmafGraph()->dataCount(), 0);
    }

    void qosViewOffersTheDirectionsMetricsAndEditableThresholds()
    {
        const TestAnalysis* a = sampleTest(kPion);
        QosView view;
        view.resize(1000, 450);
        view.setAnalysis(a);
        // Starts on inbound video jitter with the notebook's 0.03 s line.
        QCOMPARE(view.metricBox()->currentData().toString(), QStringLiteral("jitter"));
        QVERIFY(view.thresholdCheck()->isChecked());
        QCOMPARE(view.chart()->threshold(), 0.03);
        QVERIFY(view.chart()->thresholdLine()->visible());
        QCOMPARE(view.chart()->thresholdLine()->point1->value(), 0.03);

        view.directionBox()->setCurrentIndex(view.directionBox()->findData(static_cast<int>(Direction::Outbound)));
        QCOMPARE(view.metricBox()->count(), 2); // bitrate and packet rate, as the notebook's lists
        QVERIFY(!view.thresholdCheck()->isChecked());
        QVERIFY(!view.chart()->thresholdLine()->visible());

        QVERIFY(view.select(Direction::RemoteInbound, MediaKind::Video, QStringLiteral("roundTripTime")));
        QCOMPARE(view.chart()->threshold(), 0.25);
        view.thresholdBox()->setValue(0.1); // an edit moves the line...
        QCOMPARE(view.chart()->thresholdLine()->point1->value(), 0.1);
        QVERIFY(view.select(Direction::RemoteInbound, MediaKind::Video, QStringLiteral("jitter")));
        QCOMPARE(view.chart()->threshold(), 0.03);
        QVERIFY(view.select(Direction::RemoteInbound, MediaKind::Video, QStringLiteral("roundTripTime")));
        QCOMPARE(view.chart()->threshold(), 0.1); // ...and is remembered for that metric
        view.thresholdCheck()->setChecked(false);
        QVERIFY(std::isnan(view.chart()->threshold()));
        QVERIFY(!view.select(Direction::Outbound, MediaKind::Video, QStringLiteral("roundTripTime")));

        // The band holds the mean; the graphs carry the core's buckets.
        const QosOverTime& series = view.chart()->series();
        QVERIFY(series.buckets.size() > 10);
        QCOMPARE(view.chart()->meanGraph()->dataCount(), static_cast<int>(series.buckets.size()));
        const auto mean = values(view.chart()->meanGraph());
        const auto low = values(view.chart()->minGraph());
        const auto high = values(view.chart()->maxGraph());
        for (std::size_t i = 0; i < mean.size(); ++i)
            QVERIFY(low[i] <= mean[i] && mean[i] <= high[i]);
        QVERIFY(view.chart()->yAxis->label().contains(QStringLiteral("(s)")));
    }

    void participantsChartStepsThroughTheProgressionAndMarksBatches()
    {
        const TestAnalysis* a = sampleTest(kPion);
        ParticipantsChart chart;
        chart.resize(900, 400);
        chart.setAnalysis(a);
        QVERIFY(!a->progression.empty());
        // A zero point at 0 s, one point per change, and the last counts held to the end of the test.
        QCOMPARE(chart.publishersGraph()->dataCount(), static_cast<int>(a->progression.size()) + 2);
        QCOMPARE(values(chart.publishersGraph()).front(), 0.0);
        QCOMPARE(values(chart.publishersGraph()).back(), double(a->progression.back().publishers));
        QCOMPARE(values(chart.streamsOutGraph()).back(), double(a->progression.back().streamsOut));
        QCOMPARE(keys(chart.subscribersGraph()).back(), a->duration);
        QCOMPARE(chart.streamsInGraph()->valueAxis(), chart.yAxis2);
        QCOMPARE(chart.batchLines().size(), 1); // batches.json starts all 13 users at once

        const TestAnalysis* kurento = sampleTest(kKurento); // 2 users, then batches of 2
        chart.setAnalysis(kurento);
        const auto batches = batchStarts(*kurento);
        QCOMPARE(batches.size(), std::size_t(2));
        QCOMPARE(chart.batchLines().size(), 2);
        QCOMPARE(chart.batchLines().back()->point1->key(), batches.back().time);
        QVERIFY(batches.back().time > batches.front().time);
    }

    void batchLabelsNeverOverprint()
    {
        // Every user its own batch, joining 0.5 s apart: at 900 px for 70 s the labels would overlap.
        auto f = fixture::makeFixture(40);
        for (std::size_t u = 0; u < f.analysis->users.size(); ++u) {
            f.analysis->users[u].batch = static_cast<int>(u);
            f.analysis->users[u].combined.front().time = 0.5 * static_cast<double>(u); // its connectionStart
        }
        ParticipantsChart chart;
        chart.resize(900, 300);
        chart.setAnalysis(f.analysis.get());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto drawn = [&chart] {
            // Each drawn label's text rectangle, measured here: left-aligned at its position, bottom up.
            QList<QRectF> rects;
            for (const QCPItemText* label : chart.batchLabels())
                if (label->visible()) {
                    const QFontMetricsF metrics(label->font());
                    const QPointF at = label->position->pixelPosition();
                    const double width = metrics.horizontalAdvance(label->text()) + label->padding().left() +
                                         label->padding().right();
                    const double height = metrics.height() + label->padding().top() + label->padding().bottom();
                    rects << QRectF(at.x(), at.y() - height, width, height);
                }
            return rects;
        };
        const auto disjoint = [](const QList<QRectF>& rects) {
            for (qsizetype i = 0; i < rects.size(); ++i)
                for (qsizetype j = i + 1; j < rects.size(); ++j)
                    if (rects[i].intersects(rects[j]))
                        return false;
            return true;
        };
        chart.replot();
        QCOMPARE(chart.batchLabels().size(), 40);
        QCOMPARE(chart.batchLines().size(), 40); // every batch keeps its line
        const auto whole = drawn();
        QVERIFY2(whole.size() >= 2 && whole.size() < 40, qPrintable(QString::number(whole.size())));
        QVERIFY(disjoint(whole));
        QCOMPARE(chart.drawnBatchLabelRects().size(), whole.size());
        // Zoomed in, more of them fit, still apart.
        chart.xAxis->setRange(0, 12);
        chart.replot();
        const auto zoomed = drawn();
        QVERIFY(zoomed.size() > whole.size());
        QVERIFY(disjoint(zoomed));
    }

    void legendsSitOutsideThePlotArea()
    {
        ChartViews views;
        views.resize(1000, 450);
        views.setAnalysis(sampleTest(kPion));
        views.show();
        QVERIFY(QTest::qWaitForWindowExposed(&views));
        for (int tab = 0; tab < views.count(); ++tab) {
            views.setCurrentIndex(tab);
            TimeChart* chart = views.charts()[tab];
            chart->replot();
            QVERIFY(chart->legend->visible() && chart->legend->itemCount() > 0);
            const QRect legend = chart->legend->outerRect();
            QVERIFY2(!legend.intersects(chart->axisRect()->rect()), qPrintable(chart->title()));
            QVERIFY(legend.bottom() <= chart->axisRect()->top()); // above the plot area, under the title
        }
    }

    void chartsExportPictureAndCsv()
    {
        ChartViews views;
        views.resize(1000, 450);
        views.setAnalysis(sampleTest(kPion));
        for (TimeChart* chart : views.charts()) {
            const QString base = dir_.filePath(chart->metaObject()->className());
            QCOMPARE(chart->exportCsv(base + ".csv"), QString());
            QFile csv(base + ".csv");
            QVERIFY(csv.open(QIODevice::ReadOnly));
            QCOMPARE(csv.readLine().trimmed(), QByteArray("series,time,value"));
            QVERIFY(csv.readAll().count('\n') > 10);
            for (const QString& suffix : {QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf")}) {
                QCOMPARE(exportPlot(*chart, base + suffix, exportFormatFromPath(base + suffix), {800, 400, 1.0}),
                         QString());
                QVERIFY(QFileInfo(base + suffix).size() > 1000);
            }
        }
        QCOMPARE(exportPlot(*views.qoeChart(), dir_.filePath("missing/x.png"), ExportFormat::Png, {}).isEmpty(), false);
        const QString csv = views.qosView()->chart()->dataCsv();
        QVERIFY(csv.contains(QStringLiteral("\nmean,")) && csv.contains(QStringLiteral("\nmax,")) &&
                csv.contains(QStringLiteral("\nmin,")) && csv.contains(QStringLiteral("\nCPU,")));
        // Numbers as the CLI prints them: the shortest text that reads back as the plotted double (no
        // 0.10000000000000001). The shortest is found here by trying each precision of printf's %g in turn.
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int checked = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(QLatin1Char(','));
            for (qsizetype c = cells.size() - 2; c < cells.size(); ++c) {
                if (cells[c].isEmpty())
                    continue;
                bool ok = false;
                const double value = cells[c].toDouble(&ok);
                QVERIFY2(ok, qPrintable(lines[i]));
                QString shortest;
                for (int precision = 1; precision <= 17 && shortest.isEmpty(); ++precision)
                    if (QString::number(value, 'g', precision).toDouble() == value)
                        shortest = QString::number(value, 'g', precision);
                QVERIFY2(cells[c].size() <= shortest.size(), qPrintable(cells[c] + " vs " + shortest));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
        const QCPGraph* first = views.qosView()->chart()->graph(0);
        const QStringList firstRow = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(firstRow.at(firstRow.size() - 2).toDouble(), first->data()->constBegin()->key);
    }

    void theMainWindowLinksTimelineAndChartsAndKeepsTheZoom()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.setResults(sample_);
        QVERIFY(window.selectTestByName(kPion));
        TimelinePlot* timeline = window.timelinePlot();
        ChartViews* views = window.chartViews();
        QVERIFY(views);
        QCOMPARE(views->qoeChart()->xAxis->range(), timeline->xAxis->range());
        timeline->xAxis->setRange(12, 34); // zooming the timeline zooms every chart
        for (TimeChart* chart : views->charts())
            QCOMPARE(chart->xAxis->range(), QCPRange(12, 34));
        views->participantsChart()->xAxis->setRange(1, 7); // and back
        QCOMPARE(timeline->xAxis->range(), QCPRange(1, 7));
        QCOMPARE(views->qosView()->chart()->xAxis->range(), QCPRange(1, 7));
        // A chart that is redrawn for another metric keeps the shared zoom.
        views->qosView()->select(Direction::Inbound, MediaKind::Audio, QStringLiteral("bitrate"));
        QCOMPARE(views->qosView()->chart()->xAxis->range(), QCPRange(1, 7));

        QVERIFY(window.selectTestByName(kKurento)); // another test: all follow the timeline's new range
        QVERIFY(views->qoeChart()->title().contains(kKurento));
        for (TimeChart* chart : views->charts())
            QCOMPARE(chart->xAxis->range(), timeline->xAxis->range());
        QVERIFY(views->showView(QStringLiteral("participants")));
        QCOMPARE(views->currentWidget(), views->participantsChart());
        QVERIFY(!views->showView(QStringLiteral("nonsense")));
    }

    void plotAreasLineUpWithTheTimeline()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setResults(sample_);
        QVERIFY(window.selectTestByName(kPion));
        TimelinePlot* timeline = window.timelinePlot();
        ChartViews* views = window.chartViews();
        // Their natural plot areas differ (row labels and a colour scale vs value axes), so this needs aligning;
        // each tab lines up when it is shown.
        for (const QString& view : ChartViews::viewKeys()) {
            QVERIFY(views->showView(view));
            QTRY_VERIFY2(misaligned(timeline, views).isEmpty(), qPrintable(view + ": " + misaligned(timeline, views)));
        }
        QVERIFY(plotAreaEdges(timeline).first > 0);

        window.resize(1200, 800); // narrower (the window's minimum is ~1130): right edges move, still together
        QTRY_VERIFY2(misaligned(timeline, views).isEmpty(), qPrintable(misaligned(timeline, views)));
        QCOMPARE(window.width(), 1200);             // aligning does not make the window wider
        QVERIFY(window.selectTestByName(kKurento)); // other row labels and tick labels
        QVERIFY(views->showView(QStringLiteral("qos")));
        QTRY_VERIFY2(misaligned(timeline, views).isEmpty(), qPrintable(misaligned(timeline, views)));
        // A time is straight above the same time: x of 10 s on the timeline = x of 10 s on the chart.
        const int x = timeline->mapTo(&window, QPoint(int(timeline->xAxis->coordToPixel(10)), 0)).x();
        QCustomPlot* qos = views->qosView()->chart();
        QCOMPARE(qos->mapTo(&window, QPoint(int(qos->xAxis->coordToPixel(10)), 0)).x(), x);
    }

    void theInspectorShowsTheUsersOwnSeriesForTheChosenMetric()
    {
        const TestAnalysis* a = sampleTest(kPion);
        UserInspector inspector;
        inspector.resize(900, 300);
        int user = -1;
        const std::vector<QosSeries> series = averageQosPerSecond(*a->data, a->start, QosMetric::RoundTripTime);
        for (std::size_t u = 0; u < series.size() && user < 0; ++u)
            if (!series[u].empty())
                user = static_cast<int>(u);
        QVERIFY(user >= 0);
        inspector.setUser(a, user);
        UserQosChart* chart = inspector.qosChart();
        QVERIFY(chart->select(Direction::RemoteInbound, MediaKind::Video, QStringLiteral("roundTripTime")));
        const QosSeries& mine = series[static_cast<std::size_t>(user)];
        // One step per second of the user's own samples, and one point to end the last step on.
        QCOMPARE(chart->userGraph()->dataCount(), static_cast<int>(mine.size()) + 1);
        QCOMPARE(keys(chart->userGraph()).front(), mine.front().start);
        QCOMPARE(values(chart->userGraph()).front(), mine.front().value);
        QCOMPARE(keys(chart->userGraph()).back(), mine.back().end);
        QVERIFY(chart->testMeanGraph()->dataCount() > 0);
        QVERIFY(chart->plot()->yAxis->label().contains(QStringLiteral("Round-trip time (s)")));
        inspector.setUser(nullptr, -1);
        QCOMPARE(chart->userGraph()->dataCount(), 0);
    }
};

QTEST_MAIN(TestChartViews)
#include "test_chart_views.moc"
