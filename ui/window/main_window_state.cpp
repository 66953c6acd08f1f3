// MainWindow as a view of ExplorerState: one slot brings the panels, the timeline and the tool bar's controls up
// to date after any change, in one order, with the timeline redrawn once.
#include "ui/window/main_window.h"

#include "core/analysis/worker_counts.h"

#include "ui/panels/comparisons_panel.h"
#include "ui/panels/problems_panel.h"
#include "ui/panels/quality_panel.h"
#include "ui/panels/test_summary_panel.h"
#include "ui/panels/threshold_panel.h"
#include "ui/panels/user_inspector.h"
#include "ui/jobs/background_job.h"
#include "ui/state/explorer_state.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_rows_job.h"
#include "ui/timeline/timeline_series.h"
#include "ui/widgets/count_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QStandardItemModel>

#include <limits>
#include <set>

namespace loadscope {

RowSelection MainWindow::rowSelectionOfControls() const
{
    RowSelection selection;
    selection.role = static_cast<RoleFilter>(std::max(0, roleBox_->currentIndex()));
    selection.session = sessionBox_->currentData().toInt();
    selection.worker = workerBox_->currentData().toString();
    selection.onlyEverFailed = failedOnly_->isChecked();
    selection.order = static_cast<RowOrder>(std::max(0, orderBox_->currentIndex()));
    return selection;
}

void MainWindow::showState(int changes)
{
    using C = ExplorerState::Change;
    if (changes & C::Results) {
        qosJob_->cancel();
        qosCache_.clear();
        rowsJob_->clear();
        const auto& r = state_->results();
        problems_->setProblems(r ? r->root : QString(), r ? r->problems : std::vector<Problem>{});
    }
    showControls(changes);
    if (changes & C::Test)
        showTestInPanels();
    if (changes & C::Metric) {
        const TimelineMetric metric = state_->metric();
        if (metric.qoeMetric() == QoeMetric::Vmaf || metric.qoeMetric() == QoeMetric::Visqol) {
            const ThresholdKind kind = metric.qoeMetric() == QoeMetric::Vmaf ? ThresholdKind::Vmaf
                                                                             : ThresholdKind::Visqol;
            thresholds_->setKind(kind);
            comparisons_->setKind(kind);
        }
    }
    if (changes & (C::Results | C::Test)) {
        plot_->highlightTime(std::numeric_limits<double>::quiet_NaN()); // the old user's event marker goes too
        plot_->ruler().clear();                                         // and a span measured on the old test
    }
    if (changes & (C::Results | C::Test | C::Metric | C::Rows))
        refreshTimeline(); // also outlines the inspected user
    if (changes & C::InspectedUser) {
        const int user = state_->inspectedUser();
        inspector_->setUser(user >= 0 ? analysis() : nullptr, user);
        plot_->selectUser(user);
        quality_->selectUser(user);
        auto* dock = findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
        if (dock && user >= 0 && changes == C::InspectedUser) { // asked for: show it
            dock->show();
            dock->raise();
        }
    }
    if (changes & (C::Results | C::Test))
        updateTitle();
    if (changes & C::Results) {
        updateAnalysisActions();
        status_->setText(resultsStatus());
        if (!state_->results() || !state_->results()->firstLook)
            emit resultsShown();
    }
}

void MainWindow::showControls(int changes)
{
    using C = ExplorerState::Change;
    const QSignalBlocker blockTests(testBox_), blockMetrics(metricBox_), blockRoles(roleBox_),
        blockSessions(sessionBox_), blockWorkers(workerBox_), blockOrders(orderBox_), blockFailed(failedOnly_);
    if (changes & C::Results)
        fillTestBox();
    if (changes & (C::Results | C::Test)) {
        testBox_->setCurrentIndex(state_->testIndex());
        testBox_->setToolTip(testBox_->currentText());
        fillSessionBox();
        fillWorkerBox();
        fillUserSearch();
        offerMetrics();
    }
    if (changes & (C::Results | C::Test | C::Metric))
        metricBox_->setCurrentIndex(std::max(0, metricBox_->findData(state_->metric().key())));
    if (changes & (C::Results | C::Test | C::Rows)) {
        const RowSelection& rows = state_->rows();
        roleBox_->setCurrentIndex(static_cast<int>(rows.role));
        sessionBox_->setCurrentIndex(std::max(0, sessionBox_->findData(rows.session)));
        workerBox_->setCurrentIndex(std::max(0, workerBox_->findData(rows.worker)));
        failedOnly_->setChecked(rows.onlyEverFailed);
        orderBox_->setCurrentIndex(static_cast<int>(rows.order));
    }
}

QString MainWindow::resultsStatus() const
{
    const auto& results = state_->results();
    if (!results)
        return {};
    const auto count = [](qsizetype n, const QString& one, const QString& many) {
        return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
    };
    QString status = QStringLiteral("%1: %2, %3")
                         .arg(results->root, count(testBox_->count(), tr("test"), tr("tests")),
                              count(static_cast<qsizetype>(results->problems.size()), tr("problem"), tr("problems")));
    if (results->options.mode == AnalysisMode::NotebookCompatible)
        status += tr(" (notebook-compatible analysis)");
    return status;
}

void MainWindow::fillTestBox()
{
    testBox_->clear();
    const auto& results = state_->results();
    for (std::size_t i = 0; results && i < results->analyses.size(); ++i) {
        const TestAnalysis& a = *results->analyses[i];
        const TestSummary s = summariseTest(a);
        const TestInfo& info = results->results->tests[i].info;
        testBox_->addItem(QStringLiteral("%1 — %2 %3 · %4 users · %5 s · %6 failures · %7 reconnections")
                              .arg(QString::fromStdString(info.name), QString::fromStdString(info.server),
                                   QString::fromStdString(info.topology))
                              .arg(s.users)
                              .arg(a.duration, 0, 'f', 0)
                              .arg(s.failures.failures)
                              .arg(s.failures.reconnections),
                          QString::fromStdString(info.name));
        testBox_->setItemData(testBox_->count() - 1, testBox_->itemText(testBox_->count() - 1), Qt::ToolTipRole);
    }
    // A first look's other tests: listed, not selectable until the whole folder is in.
    auto* items = qobject_cast<QStandardItemModel*>(testBox_->model());
    for (std::size_t i = 0; results && i < results->pendingTests.size(); ++i) {
        testBox_->addItem(tr("%1 — loading…").arg(results->pendingTests[i]), results->pendingTests[i]);
        if (items)
            items->item(testBox_->count() - 1)->setEnabled(false);
    }
}

void MainWindow::offerMetrics()
{
    // Only what the test has: the connection quality where its events are, a QoE score where the cuts hold it.
    QStringList keys;
    for (const TimelineMetric& metric : TimelineMetric::menu())
        if (state_->offers(metric))
            keys << metric.key();
    QStringList listed;
    for (int i = 0; i < metricBox_->count(); ++i)
        listed << metricBox_->itemData(i).toString();
    if (keys != listed) {
        metricBox_->clear();
        for (const QString& key : keys)
            metricBox_->addItem(TimelineMetric::fromKey(key)->label(), key);
    }
    // A first look read without stats.json has no QoS yet: those metrics wait for the whole folder.
    if (auto* items = qobject_cast<QStandardItemModel*>(metricBox_->model()))
        for (int i = 0; i < metricBox_->count(); ++i) {
            const auto metric = TimelineMetric::fromKey(metricBox_->itemData(i).toString());
            items->item(i)->setEnabled(qosAvailable() || !metric || !needsStats(*metric));
        }
}

void MainWindow::fillWorkerBox()
{
    workerBox_->clear();
    workerBox_->addItem(tr("All workers"), QString());
    if (const TestAnalysis* a = analysis())
        for (const WorkerCount& w : countUsersByWorker(*a)) {
            const QString name = QString::fromStdString(w.worker);
            workerBox_->addItem(
                tr("%1 · %2 · %3 failed").arg(name, countText(w.users, tr("user"), tr("users"))).arg(w.usersFailed),
                name);
        }
    workerBox_->setEnabled(workerBox_->count() > 1);
}

void MainWindow::fillSessionBox()
{
    sessionBox_->clear();
    sessionBox_->addItem(tr("All sessions"), 0);
    if (const TestAnalysis* a = analysis()) {
        std::set<int> sessions;
        for (const UserTimeline& u : a->users)
            sessions.insert(u.key.session);
        for (int s : sessions)
            sessionBox_->addItem(tr("Session %1").arg(s), s);
    }
}

} // namespace loadscope
