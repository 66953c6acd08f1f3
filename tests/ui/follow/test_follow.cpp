// View ▸ Follow end to end: a generated folder written in steps (files cut inside objects and lines, the second
// session's users appearing at step 1) while the window follows it. Each update extends the timeline in place:
// more rows and spans, the zoom and the inspected user as the user left them, the status bar saying so; a view
// that reached the end grows with the data. The folder is never written to.
#include "core/generate/results_generator.h"
#include "tests/ui/fixture/borrowed.h"
#include "growing_copy.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "ui/state/follow_controller.h"
#include "ui/window/main_window.h"
#include "ui/panels/user_inspector.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loadscope;
using namespace loadscope::testing;
namespace fs = std::filesystem;

namespace {

constexpr int kSteps = 5;
constexpr int kWaitMilliseconds = 30000;

long spanCount(const TimelinePlot& plot)
{
    long spans = 0;
    for (int i = 0; i < plot.timeline()->rowCount(); ++i)
        spans += static_cast<long>(plot.timeline()->rowAtPosition(i)->spans.size());
    return spans;
}

QString inspectedLabel(MainWindow& window)
{
    const int user = window.inspector()->userIndex();
    const auto& analysis = *window.results()->analyses.at(static_cast<std::size_t>(window.currentTest()));
    if (user < 0)
        return {};
    const UserKey key = analysis.users.at(static_cast<std::size_t>(user)).key;
    return QStringLiteral("%1-%2").arg(key.user).arg(key.session);
}

} // namespace

class TestFollow : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    fs::path complete_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a scratch place
        QVERIFY(dir_.isValid());
        complete_ = fs::path(dir_.path().toStdString()) / "complete";
        generate::GeneratorOptions options;
        options.seed = 5;
        options.tests = {*generate::parseTestSpec("mediasoup-8p")};
        options.sessions = 2;
        options.durationSeconds = 60;
        generate::generateResults(complete_, options, 2);
    }

    void followExtendsTheTimelineInPlace()
    {
        const GrowingCopy copy(complete_, kSteps);
        const fs::path live = fs::path(dir_.path().toStdString()) / "live";
        copy.appendStep(live, 0);
        MainWindow window;
        window.resize(1500, 900);
        window.show();
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        window.openFolder(QString::fromStdString(live.string()));
        QVERIFY(shown.wait(kWaitMilliseconds));
        QVERIFY(loadscope::testing::settled());
        TimelinePlot& plot = *window.timelinePlot();
        const int rowsBefore = plot.timeline()->rowCount();
        const long spansBefore = spanCount(plot);
        QVERIFY(rowsBefore > 0);
        QVERIFY(window.inspectUserByLabel(QStringLiteral("2-1")));
        const double end = plot.xAxis->range().upper; // the whole data, as first shown
        const QCPRange zoomed(end * 0.2, end * 0.6);
        plot.xAxis->setRange(zoomed); // zoomed in on data before the end: must stay so

        QSignalSpy updated(window.followController(), &FollowController::updated);
        window.followAction()->setChecked(true);
        QVERIFY(window.followController()->following());
        QVERIFY(updated.wait(kWaitMilliseconds)); // the first read of the whole folder
        QVERIFY(loadscope::testing::settled());

        for (int step = 1; step < kSteps - 2; ++step) {
            copy.appendStep(live, step);
            const auto checksum = folderChecksum(live);
            window.followController()->checkNow();
            QVERIFY(updated.wait(kWaitMilliseconds));
            QVERIFY(loadscope::testing::settled());
            QCOMPARE(folderChecksum(live), checksum); // following only reads
        }
        QVERIFY(plot.timeline()->rowCount() > rowsBefore); // the second session's users joined
        QVERIFY(spanCount(plot) > spansBefore);
        QCOMPARE(plot.xAxis->range().lower, zoomed.lower);
        QCOMPARE(plot.xAxis->range().upper, zoomed.upper);
        QCOMPARE(inspectedLabel(window), QStringLiteral("2-1"));
        const auto* status = window.findChild<QLabel*>(QStringLiteral("followStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Following — updated")), qPrintable(status->text()));

        // A view that shows the end grows with the data; this step arrives through the watcher or the poll.
        plot.resetZoom();
        const double endBefore = plot.xAxis->range().upper;
        copy.appendStep(live, kSteps - 2);
        QVERIFY(updated.wait(kWaitMilliseconds));
        QVERIFY(loadscope::testing::settled());
        QVERIFY(plot.xAxis->range().upper > endBefore);
        QCOMPARE(plot.xAxis->range().lower, -5.0);
        if (const QByteArray shot = qgetenv("LOADSCOPE_FOLLOW_SCREENSHOT"); !shot.isEmpty())
            window.grab().save(QString::fromLocal8Bit(shot));
        copy.appendStep(live, kSteps - 1);
        window.followController()->checkNow();
        QVERIFY(updated.wait(kWaitMilliseconds));
        QVERIFY(loadscope::testing::settled());
        QCOMPARE(window.results()->analyses.at(0)->users.size(), std::size_t{16}); // 2 sessions of 8

        window.followAction()->setChecked(false);
        QVERIFY(!window.followController()->following());
        QVERIFY(!status->isVisible());
    }

    void openingAnotherFolderStopsFollowing()
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        window.openFolder(QString::fromStdString(complete_.string()));
        QVERIFY(shown.wait(kWaitMilliseconds));
        QVERIFY(loadscope::testing::settled());
        window.followAction()->setChecked(true);
        QVERIFY(window.followController()->following());
        window.openFolder(QString::fromStdString(complete_.string()));
        QVERIFY(!window.followController()->following());
        QVERIFY(shown.wait(kWaitMilliseconds));
        QVERIFY(loadscope::testing::settled());
    }

    void nothingToFollowBeforeAFolderIsShown()
    {
        MainWindow window;
        window.followAction()->setChecked(true);
        QVERIFY(!window.followAction()->isChecked());
        QVERIFY(!window.followController()->following());
    }
};

QTEST_MAIN(TestFollow)
#include "test_follow.moc"
