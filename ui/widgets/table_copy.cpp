#include "ui/widgets/table_copy.h"

#include "core/util/number_format.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

#include <set>

namespace loadscope {

namespace {

constexpr char kExactRole[] = "copyExactRole";

QString cellText(const QTableView& view, const QModelIndex& index)
{
    const QVariant exactRole = view.property(kExactRole);
    QVariant value = exactRole.isValid() ? index.data(exactRole.toInt()) : QVariant();
    if (!value.isValid())
        value = index.data(Qt::DisplayRole);
    QString text = value.typeId() == QMetaType::Double ? QString::fromStdString(formatNumber(value.toDouble()))
                                                       : value.toString();
    // One cell stays one cell in a spreadsheet.
    for (QChar c : {QLatin1Char('\t'), QLatin1Char('\n'), QLatin1Char('\r')})
        text.replace(c, QLatin1Char(' '));
    return text;
}

std::vector<int> shownColumns(const QTableView& view)
{
    std::vector<int> columns;
    const QHeaderView* header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view.isColumnHidden(logical))
            columns.push_back(logical);
    }
    return columns;
}

std::set<int> rowsToCopy(const QTableView& view, CopyRows which)
{
    std::set<int> rows;
    const QAbstractItemModel* model = view.model();
    if (which == CopyRows::Selected && view.selectionModel())
        for (const QModelIndex& index : view.selectionModel()->selectedIndexes())
            rows.insert(index.row());
    if (which == CopyRows::Selected && rows.empty() && view.currentIndex().isValid())
        rows.insert(view.currentIndex().row());
    if (rows.empty())
        for (int r = 0; r < model->rowCount(); ++r)
            rows.insert(r);
    return rows;
}

class CopyKey : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (!key->matches(QKeySequence::Copy))
            return false;
        // Claim Ctrl+C before any window shortcut, then copy on the key press.
        event->accept();
        if (event->type() == QEvent::KeyPress)
            QApplication::clipboard()->setText(tableText(*static_cast<QTableView*>(watched), CopyRows::Selected));
        return true;
    }
};

} // namespace

QString tableText(const QTableView& view, CopyRows which)
{
    const QAbstractItemModel* model = view.model();
    if (!model)
        return {};
    const std::vector<int> columns = shownColumns(view);
    QStringList line;
    for (int c : columns)
        line << model->headerData(c, Qt::Horizontal).toString();
    QString out = line.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int r : rowsToCopy(view, which)) {
        if (view.isRowHidden(r))
            continue;
        line.clear();
        for (int c : columns)
            line << cellText(view, model->index(r, c));
        out += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

QString currentCellText(const QTableView& view)
{
    return view.currentIndex().isValid() ? cellText(view, view.currentIndex()) : QString();
}

void enableTableCopy(QTableView* view, int exactRole)
{
    if (exactRole >= 0)
        view->setProperty(kExactRole, exactRole);
    view->installEventFilter(new CopyKey(view));
    auto* copy = new QAction(QObject::tr("Copy"), view);
    copy->setShortcut(QKeySequence::Copy); // shown in the menu; the key itself is handled by CopyKey
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(tableText(*view, CopyRows::Selected)); });
    auto* value = new QAction(QObject::tr("Copy value"), view);
    QObject::connect(value, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(currentCellText(*view)); });
    auto* all = new QAction(QObject::tr("Copy all"), view);
    QObject::connect(all, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(tableText(*view, CopyRows::All)); });
    view->addActions({copy, value, all});
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace loadscope
