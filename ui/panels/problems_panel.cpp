#include "ui/panels/problems_panel.h"

#include "ui/models/table_model.h"
#include "ui/widgets/table_copy.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace loadscope {

ProblemsPanel::ProblemsPanel(QWidget* parent) : QWidget(parent)
{
    model_ = makeTableModel({tr("File"), tr("Line"), tr("Severity"), tr("Message")}, this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model_);
    view_ = new QTableView(this);
    view_->setModel(proxy);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->setVisible(false);
    view_->setToolTip(tr("Double-click a problem to copy its file's path"));
    enableTableCopy(view_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    connect(view_, &QTableView::doubleClicked, this, [this, proxy](const QModelIndex& index) {
        const QString path = pathOfRow(proxy->mapToSource(index).row());
        QApplication::clipboard()->setText(path);
        emit pathCopied(path);
    });
}

void ProblemsPanel::setProblems(const QString& root, const std::vector<Problem>& problems)
{
    root_ = root;
    model_->removeRows(0, model_->rowCount());
    for (const Problem& p : problems)
        appendTableRow(model_,
                       {QString::fromStdString(p.file), p.line > 0 ? QVariant(qlonglong(p.line)) : QVariant(QString()),
                        QString::fromLatin1(severityName(p.severity)), QString::fromStdString(p.message)});
    view_->resizeColumnsToContents();
}

int ProblemsPanel::count() const
{
    return model_->rowCount();
}

QString ProblemsPanel::pathOfRow(int row) const
{
    const QString file = model_->index(row, 0).data().toString();
    if (file.isEmpty() || QDir::isAbsolutePath(file) || root_.isEmpty())
        return file;
    return QDir(root_).filePath(file);
}

} // namespace loadscope
