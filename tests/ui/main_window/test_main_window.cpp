// The main window end to end: a generated results folder opened through the background loader (one test with a
// damaged file), the test selector, the metric switch, a click on a row opening the inspector for that user.
#include "core/generate/results_generator.h"
#include "tests/ui/fixture/borrowed.h"
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "ui/window/main_window.h"
#include "ui/panels/comparisons_panel.h"
#include "ui/panels/problems_panel.h"
#include "ui/panels/quality_panel.h"
#include "ui/state/results_loader_job.h"
#include "ui/panels/test_summary_panel.h"
#include "ui/panels/threshold_panel.h"
#include "ui/panels/user_inspector.h"
#include "ui/plot/plot_export_action.h"
#include "ui/widgets/save_dialog.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace loadscope;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    generate::GenerationSummary generated_;
    QString damagedFile_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a scratch place
        QVERIFY(dir_.isValid());
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("kurento-2p"), *generate::parseTestSpec("pion-3p-10s")};
        options.durationSeconds = 60;
        options.force = true;
        generated_ = generate::generateResults(dir_.path().toStdString(), options, 1);
        QCOMPARE(generated_.tests.size(), std::size_t{2});
        // Damage one user's events: the folder must still open and say which file is wrong.
        damagedFile_ = QStringLiteral("stats/%1/LoadTestSession1/User1/events.json")
                           .arg(QString::fromStdString(generated_.tests[0]));
        QFile file(dir_.filePath(damagedFile_));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[{\"event\": \"connectionStart\", \"timestamp\": ");
    }

    void opensAFolderWithProblemsThroughTheLoader()
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        window.openFolder(dir_.path());
        QVERIFY(window.loaderJob()->running());
        QVERIFY(shown.wait(60000));
        QVERIFY(loadscope::testing::settled()); // the timeline's rows come from a background job
        QCOMPARE(window.testSelector()->count(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(window.testSelector()->itemData(i).toString(), QString::fromStdString(generated_.tests[i]));
        QVERIFY(window.problemsPanel()->count() > 0);
        bool named = false;
        for (int row = 0; row < window.problemsPanel()->count(); ++row)
            named = named || window.problemsPanel()->pathOfRow(row).endsWith(damagedFile_);
        QVERIFY(named);
        QVERIFY(window.timelinePlot()->timeline()->rowCount() > 0);
        QVERIFY(window.windowTitle().contains(QString::fromStdString(generated_.tests[0])));
        // Save dialogs keep out of the open folder and suggest test, figure and metric.
        QCOMPARE(openResultsFolder(), dir_.path());
        QCOMPARE(exportNameParts(window.timelinePlot()),
                 QStringList({QString::fromStdString(generated_.tests[0]), QStringLiteral("timeline"),
                              window.currentMetric().key()}));
    }

    void cancelStopsTheLoad()
    {
        MainWindow window;
        QSignalSpy cancelled(&window, &MainWindow::loadCancelled);
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        window.openFolder(dir_.path());
        window.loaderJob()->cancel();
        QCOMPARE(cancelled.count(), 1);
        QTest::qWait(200);
        QCOMPARE(shown.count(), 0); // the stopped load never replaces what is shown
    }

    void testSelectorSwitchesEverything()
    {
        const fixture::TwoTests two = fixture::makeTwoTests(4, 9);
        MainWindow window;
        window.setResults(wrapResults(QStringLiteral("/fixture"), two.results, two.analyses));
        QVERIFY(loadscope::testing::settled());
        QCOMPARE(window.testSelector()->count(), 2);
        QCOMPARE(window.timelinePlot()->timeline()->rowCount(), 4);
        QCOMPARE(window.summaryPanel()->valueOf(QStringLiteral("Users")), QStringLiteral("4"));
        window.selectTest(1);
        QVERIFY(loadscope::testing::settled());
        QCOMPARE(window.timelinePlot()->timeline()->rowCount(), 9);
        QCOMPARE(window.summaryPanel()->valueOf(QStringLiteral("Users")), QStringLiteral("9"));
        QCOMPARE(window.summaryPanel()->valueOf(QStringLiteral("Failures")), QStringLiteral("3"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("test-b")));
        QVERIFY(window.selectTestByName(QStringLiteral("test-a")));
        QVERIFY(loadscope::testing::settled());
        QCOMPARE(window.timelinePlot()->timeline()->rowCount(), 4);
        QVERIFY(!window.selectTestByName(QStringLiteral("nope")));
    }

    // The quality and comparisons docks follow the test; a click in the quality table inspects that user.
    void qualityPanelClickInspectsTheUser()
    {
        auto f = fixture::makeFixture(5);
        MainWindow window;
        window.setResults(wrapResults(QStringLiteral("/fixture"), f.results, {f.analysis}));
        QVERIFY(loadscope::testing::settled());
        auto* quality = window.findChild<QualityPanel*>();
        auto* comparisons = window.findChild<ComparisonsPanel*>();
        QVERIFY(quality && comparisons);
        emit quality->userActivated(3);
        QCOMPARE(window.inspector()->userIndex(), 3);
        window.setResults(nullptr); // the panels let go of the old results first
        QCOMPARE(window.inspector()->userIndex(), -1);
    }

    void metricSwitchRecoloursTheTimeline()
    {
        auto f = fixture::makeFixture(3);
        MainWindow window;
        window.setResults(wrapResults(QStringLiteral("/fixture"), f.results, {f.analysis}));
        QVERIFY(loadscope::testing::settled());
        const TimelinePlottable* timeline = window.timelinePlot()->timeline();
        QCOMPARE(timeline->spanAt(0, fixture::connectedAt(0) + 1)->value, fixture::vmafOf(0, 0));
        window.metricSelector()->setCurrentIndex(1); // ViSQOL
        QCOMPARE(window.currentMetric().key(), QStringLiteral("visqol"));
        QVERIFY(loadscope::testing::settled());
        QCOMPARE(timeline->spanAt(0, fixture::connectedAt(0) + 1)->value, 2.5);
        QCOMPARE(window.thresholdPanel()->kind(), ThresholdKind::Visqol);
        window.selectMetric(*TimelineMetric::fromKey(QStringLiteral("rtt")));
        QVERIFY(loadscope::testing::settled());
        // the fixture has no QoS samples: connected periods show as connected without data
        QCOMPARE(timeline->spanAt(0, fixture::connectedAt(0) + 1)->state, SpanState::ConnectedNoData);
        QVERIFY(window.timelinePlot()
                    ->tooltipAt(window.timelinePlot()->pixelOf(0, 20))
                    .contains(QStringLiteral("connected, no data")));
    }

    void clickingARowOpensTheInspector()
    {
        auto f = fixture::makeFixture(6);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.setResults(wrapResults(QStringLiteral("/fixture"), f.results, {f.analysis}));
        QVERIFY(loadscope::testing::settled());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelinePlot* plot = window.timelinePlot();
        plot->replot();
        QTest::mouseClick(plot, Qt::LeftButton, {}, plot->pixelOf(5, 20));
        QCOMPARE(window.inspector()->userIndex(), 5);
        QVERIFY(window.inspector()->heading().contains(QStringLiteral("User 2-2")));
        QCOMPARE(window.inspector()->events()->rowCount(), 2);
        QCOMPARE(window.inspector()->failures()->rowCount(), 1); // user 5 fails once at 30 s
        QCOMPARE(window.inspector()->failures()->index(0, 2).data().toInt(), 2);
        QVERIFY(window.inspector()->segments()->rowCount() > 3);
        QVERIFY(window.inspector()->cuts()->rowCount() >= 1);
        // selecting the second event (the success) marks its time
        QTableView* events = window.inspector()->eventsView();
        events->selectRow(1);
        QCOMPARE(events->model()->index(1, 0).data().toDouble(), fixture::connectedAt(5));
    }

    void aSmallScreenLeavesTheTimelineItsRoom()
    {
        // 1366x768 on first start: the bottom docks' contents scroll inside them instead of taking a third of the
        // height (the inspector's minimum alone was ~260 px and left the timeline ~80 px of rows).
        auto f = fixture::makeFixture(12);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.setResults(wrapResults(QStringLiteral("/fixture"), f.results, {f.analysis}));
        QVERIFY(loadscope::testing::settled());
        window.inspectUser(3);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50); // the first-start dock sizes are applied once the window has its size
        auto* inspectorDock = window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        QVERIFY(inspectorDock && inspectorDock->isVisible());
        QVERIFY2(inspectorDock->height() <= 768 / 4, qPrintable(QString::number(inspectorDock->height())));
        const int rowsHeight = window.timelinePlot()->axisRect()->height();
        QVERIFY2(rowsHeight >= 150, qPrintable(QString::number(rowsHeight)));
    }

    void aNarrowWindowNeverCutsTheToolbarsBoxes()
    {
        // At 1366 px the toolbar squeezed the session box to "All sessio"; now what does not fit goes to its »
        // menu, and every box shown is as wide as it asks to be (the test box alone may shorten its long text).
        auto two = fixture::makeTwoTests(8, 12);
        for (const int width : {1366, 1500, 1920}) {
            MainWindow window;
            window.resize(width, 768);
            window.show();
            window.setResults(wrapResults(QStringLiteral("/fixture"), two.results, two.analyses));
            QVERIFY(loadscope::testing::settled());
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* bar = window.findChild<QToolBar*>(QStringLiteral("timelineToolBar"));
            QVERIFY(bar);
            int checked = 0;
            for (QComboBox* box : bar->findChildren<QComboBox*>()) {
                if (!box->isVisible() || box == window.testSelector())
                    continue;
                ++checked;
                QVERIFY2(box->width() >= box->sizeHint().width(),
                         qPrintable(QStringLiteral("%1 px: '%2' is %3 px of %4")
                                        .arg(width)
                                        .arg(box->currentText())
                                        .arg(box->width())
                                        .arg(box->sizeHint().width())));
            }
            QVERIFY2(checked >= 4, qPrintable(QString::number(checked))); // metric, role, session, worker, order
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
