// ExplorerState: what a new folder, a grown folder (follow), a test switch and an inspection change, and that the
// old results outlive every view of them. MainWindow as a view of it: after a switch the quality and comparisons
// tables never show the previous test's numbers, they fill in from background jobs, a QoS colouring says it is
// computing until its series are in, and the inspected user's event marker does not leak into the next test.
#include "tests/ui/fixture/analysis_fixture.h"
#include "tests/ui/fixture/borrowed.h"
#include "ui/models/comparisons_model.h"
#include "ui/models/quality_table_model.h"
#include "ui/panels/comparisons_panel.h"
#include "ui/panels/quality_panel.h"
#include "ui/state/explorer_state.h"
#include "ui/panels/user_inspector.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "ui/widgets/settings_writes.h"
#include "ui/window/main_window.h"

#include <QLineEdit>

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

// Two tests, "test-a" with `usersA` users and "test-b" with `usersB`, as the loader would hand them over.
std::shared_ptr<const LoadedResults> twoTests(int usersA, int usersB, bool bFirst = false)
{
    const fixture::TwoTests two = fixture::makeTwoTests(usersA, usersB, bFirst);
    return wrapResults(QStringLiteral("/fixture"), two.results, two.analyses);
}

QString labelOf(const ExplorerState& state, int user)
{
    const UserKey& key = state.analysis()->users.at(static_cast<std::size_t>(user)).key;
    return QStringLiteral("%1-%2").arg(key.user).arg(key.session);
}

const QCPItemStraightLine* eventMarker(const TimelinePlot& plot)
{
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* line = qobject_cast<QCPItemStraightLine*>(plot.item(i)))
            return line;
    return nullptr;
}

} // namespace

class TestExplorerState : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theMetricsOfferedFollowTheCurrentTest()
    {
        // What a test offers is found once per test's tables and kept: a switch must not keep the last answer.
        fixture::TwoTests two = fixture::makeTwoTests(3, 3);
        QoeCut cut;
        cut.vmaf = 0.8;
        cut.visqol = 0.5;
        cut.extra["msssim"] = 0.9;
        two.results->tests[1].qoe.push_back(cut); // only test-b's cuts hold MS-SSIM
        ExplorerState state;
        state.showResults(wrapResults(QStringLiteral("/fixture"), two.results, two.analyses));
        const TimelineMetric msssim = *TimelineMetric::fromKey(QStringLiteral("msssim"));
        QVERIFY(!state.offers(msssim));
        state.selectTest(1);
        QVERIFY(state.offers(msssim));
        state.selectMetric(msssim);
        QCOMPARE(state.metric().key(), QStringLiteral("msssim"));
        state.selectTest(0); // test-a has none: back to VMAF
        QVERIFY(!state.offers(msssim));
        QCOMPARE(state.metric().key(), QStringLiteral("vmaf"));
        state.selectTest(1);
        QVERIFY(state.offers(msssim));
    }

    void aNewFolderStartsAtItsFirstTestWithNobodyInspected()
    {
        ExplorerState state;
        QSignalSpy changed(&state, &ExplorerState::changed);
        state.showResults(twoTests(4, 9));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state.testIndex(), 0);
        QCOMPARE(state.analysis()->users.size(), std::size_t{4});
        QCOMPARE(state.testData()->info.name, std::string("test-a"));
        state.selectTest(1);
        RowSelection rows;
        rows.session = 1;
        rows.onlyEverFailed = true;
        state.selectRows(rows);
        state.inspectUser(5);
        QCOMPARE(state.inspectedUser(), 5);
        state.showResults(twoTests(3, 3));
        QCOMPARE(state.testIndex(), 0);
        QCOMPARE(state.inspectedUser(), -1);
        QCOMPARE(state.rows().session, 0);    // sessions belong to the old folder
        QVERIFY(state.rows().onlyEverFailed); // how the user likes rows filtered stays
        state.inspectUser(7);                 // no such user in a 3-user test
        QCOMPARE(state.inspectedUser(), -1);
        state.selectTest(5); // no such test
        QCOMPARE(state.testIndex(), 0);
    }

    void aTestSwitchShowsEverySessionAndNobody()
    {
        ExplorerState state;
        state.showResults(twoTests(4, 9));
        RowSelection rows;
        rows.session = 1;
        state.selectRows(rows);
        state.inspectUser(2);
        QSignalSpy changed(&state, &ExplorerState::changed);
        state.selectTest(1);
        QCOMPARE(changed.count(), 1);
        const auto what = changed.at(0).at(0).value<ExplorerState::Changes>();
        QVERIFY(what.testFlag(ExplorerState::Test) && what.testFlag(ExplorerState::Rows) &&
                what.testFlag(ExplorerState::InspectedUser) && !what.testFlag(ExplorerState::Results));
        QCOMPARE(state.rows().session, 0);
        QCOMPARE(state.inspectedUser(), -1);
    }

    void aGrownFolderKeepsTheTestAndTheUserByName()
    {
        ExplorerState state;
        state.showResults(twoTests(4, 9));
        state.selectTest(1);
        state.inspectUser(6);
        const QString inspected = labelOf(state, 6);
        state.updateResults(twoTests(5, 12, /*bFirst=*/true)); // test-b is now first, with more users
        QCOMPARE(state.testIndex(), 0);
        QCOMPARE(state.testData()->info.name, std::string("test-b"));
        QVERIFY(state.inspectedUser() >= 0);
        QCOMPARE(labelOf(state, state.inspectedUser()), inspected);
    }

    void theOldResultsOutliveEveryViewOfThem()
    {
        ExplorerState state;
        state.showResults(twoTests(4, 9));
        std::weak_ptr<const LoadedResults> old = state.results();
        bool aliveDuringChange = false;
        connect(&state, &ExplorerState::changed, this, [&] { aliveDuringChange = !old.expired(); });
        state.showResults(twoTests(2, 2));
        QVERIFY(aliveDuringChange);
        QVERIFY(old.expired()); // and are freed right after
        // A panel that kept the analysis keeps it alive on its own.
        std::shared_ptr<const TestAnalysis> kept = state.analysis();
        state.showResults(nullptr);
        QCOMPARE(kept->users.size(), std::size_t{2});
        QCOMPARE(state.testIndex(), -1);
        QVERIFY(!state.analysis());
    }

    void aSwitchNeverShowsThePreviousTestsNumbers()
    {
        MainWindow window;
        window.setResults(twoTests(4, 9));
        QVERIFY(settled());
        auto* quality = window.findChild<QualityPanel*>();
        auto* comparisons = window.findChild<ComparisonsPanel*>();
        QCOMPARE(quality->model()->rowCount(), 2 * 4); // rtt and jitter rows of each user
        QCOMPARE(comparisons->model()->index(0, 0).data().toString(), QStringLiteral("test-a"));
        window.selectTest(1);
        // At once: no row of the old test; the rows and the computed tables come when their jobs deliver.
        QCOMPARE(window.timelinePlot()->timeline()->rowCount(), 0);
        QCOMPARE(quality->model()->rowCount(), 0);
        QVERIFY(quality->model()->computing());
        QCOMPARE(comparisons->model()->rowCount(), 0);
        QVERIFY(comparisons->showsEmptyState());
        QVERIFY(comparisons->emptyStateText().startsWith(QStringLiteral("Computing")));
        QVERIFY(settled());
        QCOMPARE(window.timelinePlot()->timeline()->rowCount(), 9);
        QCOMPARE(quality->model()->rowCount(), 2 * 9);
        for (int row = 0; row < comparisons->model()->rowCount(); ++row)
            QCOMPARE(comparisons->model()->index(row, 0).data().toString(), QStringLiteral("test-b"));
        QVERIFY(comparisons->model()->rowCount() > 0);
    }

    void aQosColouringSaysItIsComputingUntilItsSeriesAreIn()
    {
        MainWindow window;
        window.setResults(twoTests(4, 9));
        QVERIFY(settled());
        window.selectMetric(*TimelineMetric::fromKey(QStringLiteral("rtt")));
        const auto title = [&] {
            return static_cast<QCPTextElement*>(window.timelinePlot()->plotLayout()->element(0, 0))->text();
        };
        QVERIFY2(title().contains(QStringLiteral("computing")), qPrintable(title()));
        QVERIFY(settled());
        QVERIFY2(!title().contains(QStringLiteral("computing")), qPrintable(title()));
        QCOMPARE(window.currentMetric().key(), QStringLiteral("rtt"));
    }

    // Jump to user-session: the box inspects the user and scrolls its row into view, even among 2,000 rows.
    void theSearchBoxJumpsToAUser()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.setResults(twoTests(2000, 9));
        QVERIFY(settled());
        ExplorerState& state = *window.state();
        const int target = 1700;
        const QString label = labelOf(state, target);
        QVERIFY(window.timelinePlot()->visibleRows().last < window.timelinePlot()->positionOfUser(target));
        window.userSearch()->setText(label);
        QTest::keyClick(window.userSearch(), Qt::Key_Return);
        QCOMPARE(state.inspectedUser(), target);
        QCOMPARE(window.inspector()->userIndex(), target);
        const RowSpan shown = window.timelinePlot()->visibleRows();
        const int position = window.timelinePlot()->positionOfUser(target);
        QVERIFY2(shown.first <= position && position <= shown.last,
                 qPrintable(QStringLiteral("%1 not in %2..%3").arg(position).arg(shown.first).arg(shown.last)));
        window.userSearch()->setText(QStringLiteral("99999-1"));
        QTest::keyClick(window.userSearch(), Qt::Key_Return);
        QCOMPARE(state.inspectedUser(), target); // an unknown label changes nothing
    }

    // Ctrl+click twice measures a time span on the timeline, with the CPU at both ends; it leaves with its test.
    void ctrlClicksMeasureATimeSpan()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.setResults(twoTests(4, 9));
        QVERIFY(settled());
        TimelinePlot* plot = window.timelinePlot();
        plot->replot();
        const QPoint from = plot->pixelOf(0, 10.0), to = plot->pixelOf(0, 40.0);
        QTest::mouseClick(plot, Qt::LeftButton, Qt::ControlModifier, from);
        QVERIFY(!plot->ruler().span());
        QTest::mouseClick(plot, Qt::LeftButton, Qt::ControlModifier, to);
        QVERIFY(plot->ruler().span());
        const double pixelSeconds = plot->xAxis->range().size() / plot->xAxis->axisRect()->width();
        QVERIFY2(std::abs(*plot->ruler().span() - 30.0) <= 2 * pixelSeconds,
                 qPrintable(QString::number(*plot->ruler().span())));
        // The fixture's CPU is t / 100: the label says so at both ends.
        QVERIFY2(plot->ruler().text().contains(QStringLiteral("CPU 0.1")), qPrintable(plot->ruler().text()));
        QVERIFY2(plot->ruler().text().contains(QStringLiteral("→ 0.4")), qPrintable(plot->ruler().text()));
        QCOMPARE(window.inspector()->userIndex(), -1); // a measuring click inspects nobody
        window.selectTest(1);
        QVERIFY(!plot->ruler().span());
    }

    // Opening a folder that is not a results folder keeps what was open and says why; it never enters Open Recent.
    void aNonResultsFolderKeepsWhatWasOpen()
    {
        QTemporaryDir notResults;
        QVERIFY(notResults.isValid());
        MainWindow window;
        window.setResults(twoTests(4, 9));
        const auto shown = window.results();
        QSignalSpy refused(&window, &MainWindow::openRefused);
        window.openFolder(notResults.path());
        QVERIFY(refused.wait(30000));
        QCOMPARE(window.results(), shown);
        QCOMPARE(window.testSelector()->count(), 2);
        QVERIFY(!refused.at(0).at(1).toString().isEmpty());
        bool said = false;
        for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
            said = said || label->text().contains(QStringLiteral("was not opened"));
        QVERIFY(said);
        waitForSettingsWrites();
        QVERIFY(!QSettings().value(QStringLiteral("recentFolders")).toStringList().contains(notResults.path()));
        QCOMPARE(MainWindow::lastOpenedFolder().contains(notResults.path()), false);
    }

    // A folder that opened heads Open Recent, in this window at once and in the next one (written off the GUI
    // thread: the window waits for the write when it goes).
    void anOpenedFolderHeadsOpenRecent()
    {
        QString root;
        const auto firstRecent = [](const MainWindow& window) {
            for (const QMenu* menu : window.findChildren<QMenu*>())
                if (menu->title()
                        .remove(QLatin1Char('&'))
                        .compare(QStringLiteral("Open recent"), Qt::CaseInsensitive) == 0)
                    return menu->actions().isEmpty() ? QStringLiteral("(empty)") : menu->actions().front()->text();
            return QStringLiteral("(no menu)");
        };
        {
            MainWindow window;
            QSignalSpy shown(&window, &MainWindow::resultsShown);
            window.openFolder(MainWindow::bundledSamplePath());
            QVERIFY(shown.wait(30000));
            QVERIFY(BackgroundJob::waitUntilIdle());
            root = window.results()->root;
            QCOMPARE(firstRecent(window), root);
        }
        QCOMPARE(QSettings().value(QStringLiteral("recentFolders")).toStringList().value(0), root);
        QCOMPARE(MainWindow::lastOpenedFolder(), root);
        MainWindow next;
        QCOMPARE(firstRecent(next), root);
    }

    // The keyboard pans and zooms time (rows have Ctrl+ and the page keys); the charts below follow the timeline.
    void theKeyboardPansAndZoomsTime()
    {
        MainWindow window;
        window.setResults(twoTests(4, 9));
        QVERIFY(settled());
        TimelinePlot* plot = window.timelinePlot();
        const QCPRange before = plot->xAxis->range();
        QTest::keyClick(plot, Qt::Key_Right);
        QVERIFY(std::abs(plot->xAxis->range().lower - (before.lower + 0.1 * before.size())) < 1e-9);
        QVERIFY(std::abs(plot->xAxis->range().size() - before.size()) < 1e-9);
        QTest::keyClick(plot, Qt::Key_Minus);
        QVERIFY(std::abs(plot->xAxis->range().size() - 1.5 * before.size()) < 1e-9);
        const int rowsShown = plot->visibleRows().count();
        QTest::keyClick(plot, Qt::Key_Plus);
        QVERIFY(std::abs(plot->xAxis->range().size() - before.size()) < 1e-9);
        QCOMPARE(plot->visibleRows().count(), rowsShown); // time only
        QVERIFY(plot->canZoomBack());
    }

    void theInspectedUsersMarkerStaysWithItsTest()
    {
        MainWindow window;
        window.setResults(twoTests(4, 9));
        window.inspectUser(1);
        window.timelinePlot()->highlightTime(12.5); // as a click on one of the user's events does
        const QCPItemStraightLine* marker = eventMarker(*window.timelinePlot());
        QVERIFY(marker && marker->visible());
        window.selectTest(1);
        QVERIFY(!marker->visible());
        QCOMPARE(window.inspector()->userIndex(), -1);
    }
};

QTEST_MAIN(TestExplorerState)
#include "test_explorer_state.moc"
