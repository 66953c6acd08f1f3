// MainWindow's View ▸ Follow: follow the folder shown while a running test writes it, and show each update in
// place — the test, the row filters, the inspected user and the timeline's zoom stay as the user left them.
#include "ui/window/main_window.h"

#include "ui/timeline/timeline_plot.h"
#include "ui/panels/comparisons_panel.h"
#include "ui/state/explorer_state.h"
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
        const auto& results = state_->results();
        if (on && !results) {
            followAction_->setChecked(false); // nothing shown, nothing to follow
            return;
        }
        followStatus_->setVisible(on);
        if (!on) {
            follow_->stop();
            return;
        }
        followStatus_->setText(tr("Following — reading…"));
        follow_->start(results->root, results->options);
    });
    connect(follow_, &FollowController::updated, this, &MainWindow::applyFollowedResults);
}

void MainWindow::applyFollowedResults(std::shared_ptr<const LoadedResults> results)
{
    plot_->keepZoomOnNextTimeline();
    state_->updateResults(std::move(results)); // the test, session and inspected user stay
    followStatus_->setText(tr("Following — updated %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace loadscope
