// MainWindow's "jump to user" box: type a row's label (`user-session`, completed from the current test's users),
// press Enter, and that user is inspected and its row scrolled into view, zooming rows in if they are too thin.
#include "ui/window/main_window.h"

#include "ui/state/explorer_state.h"
#include "ui/timeline/timeline_plot.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolBar>

namespace loadscope {
namespace {

QString labelOf(const UserTimeline& user)
{
    return QStringLiteral("%1-%2").arg(user.key.user).arg(user.key.session);
}

} // namespace

void MainWindow::buildUserSearch(QToolBar* bar)
{
    userSearch_ = new QLineEdit(this);
    userSearch_->setObjectName(QStringLiteral("userSearch"));
    userSearch_->setPlaceholderText(tr("Jump to user-session"));
    userSearch_->setClearButtonEnabled(true);
    userSearch_->setToolTip(tr("Type a row's label, e.g. 12-3 (user 12 of session 3), and press Enter (Ctrl+J)"));
    userSearch_->setMaximumWidth(180);
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    userSearch_->setCompleter(completer);
    auto* focus = new QAction(this);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(focus, &QAction::triggered, userSearch_, [this] {
        userSearch_->setFocus();
        userSearch_->selectAll();
    });
    addAction(focus);
    bar->addSeparator();
    bar->addWidget(userSearch_);
    connect(userSearch_, &QLineEdit::returnPressed, this, [this] {
        const QString label = userSearch_->text().trimmed();
        if (label.isEmpty())
            return;
        if (!inspectUserByLabel(label))
            status_->setText(tr("No user %1 in this test").arg(label));
        else if (plot_->positionOfUser(state_->inspectedUser()) < 0)
            status_->setText(tr("User %1 is hidden by the row filters").arg(label));
    });
}

void MainWindow::fillUserSearch()
{
    QStringList labels;
    if (const TestAnalysis* a = analysis())
        for (const UserTimeline& user : a->users)
            labels << labelOf(user);
    static_cast<QStringListModel*>(userSearch_->completer()->model())->setStringList(labels);
}

bool MainWindow::inspectUserByLabel(const QString& label)
{
    const TestAnalysis* a = analysis();
    for (std::size_t i = 0; a && i < a->users.size(); ++i)
        if (labelOf(a->users[i]) == label) {
            inspectUser(static_cast<int>(i));
            plot_->scrollToUser(static_cast<int>(i)); // false when filtered out: nothing to scroll to
            return true;
        }
    return false;
}

} // namespace loadscope
