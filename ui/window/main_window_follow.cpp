// MainWindow's View ▸ Follow: follow the folder shown while a running test writes it, and show each update in
// place — the test, the row filters, the inspected user and the timeline's zoom stay as the user left them.
#include "ui/window/main_window.h"

#include "ui/timeline/timeline_plot.h"
#include "ui/panels/comparisons_panel.h"
#include "ui/state/follow_controller.h"
#include "ui/panels/problems_panel.h"
#include "ui/panels/quality_panel.h"
#include "ui/panels/user_inspector.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTime>

#include <optional>

namespace loadscope {

void MainWindow::buildFollowAction(QMenu* view)
{
    follow_ = new FollowController(this);
    followAction_ = view->addAction(tr("&Follow the running test"));
    followAction_->setCheckable(true);
    followAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    followAction_->setStatusTip(tr("Watch the folder and show what a running test adds to it"));
    followStatus_ = new QLabel(this);
    followStatus_->setObjectName(QStringLiteral("followStatus"));
    followStatus_->setStyleSheet(QStringLiteral("QLabel { color: #0a7d32; font-weight: bold; padding: 0 6px; }"));
    followStatus_->hide();
    statusBar()->addPermanentWidget(followStatus_);
    connect(followAction_, &QAction::toggled, this, [this](bool on) {
        if (on && !results_) {
            followAction_->setChecked(false); // nothing shown, nothing to follow
            return;
        }
        followStatus_->setVisible(on);
        if (!on) {
            follow_->stop();
            return;
        }
        followStatus_->setText(tr("Following — reading…"));
        follow_->start(results_->root, results_->options);
    });
    connect(follow_, &FollowController::updated, this, &MainWindow::applyFollowedResults);
}

void MainWindow::applyFollowedResults(std::shared_ptr<const LoadedResults> results)
{
    const QString test = testBox_->currentData().toString();
    const QVariant session = sessionBox_->currentData();
    std::optional<UserKey> inspected;
    if (const TestAnalysis* a = analysis();
        a && inspector_->userIndex() >= 0 && static_cast<std::size_t>(inspector_->userIndex()) < a->users.size())
        inspected = a->users[static_cast<std::size_t>(inspector_->userIndex())].key;

    // The panels keep pointers into the results: let go before the old ones are freed.
    quality_->setTest(nullptr);
    comparisons_->setAnalysis(nullptr);
    results_ = std::move(results);
    qosCache_.clear();
    problems_->setProblems(results_->root, results_->problems);
    {
        const QSignalBlocker blockTests(testBox_), blockSessions(sessionBox_);
        fillTestBox();
        testBox_->setCurrentIndex(testBox_->count() > 0 ? std::max(0, testBox_->findData(test)) : -1);
        refreshRowFilters();
        sessionBox_->setCurrentIndex(std::max(0, sessionBox_->findData(session)));
    }
    showTestInPanels();
    // New users may come before the inspected one: find it again by its key, not by its old row.
    int user = -1;
    const TestAnalysis* a = analysis();
    for (std::size_t i = 0; a && inspected && i < a->users.size(); ++i)
        if (a->users[i].key == *inspected)
            user = static_cast<int>(i);
    inspector_->setUser(user >= 0 ? a : nullptr, user);
    quality_->selectUser(user);
    plot_->keepZoomOnNextTimeline();
    refreshTimeline();
    updateTitle();
    status_->setText(resultsStatus());
    followStatus_->setText(tr("Following — updated %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace loadscope
