// Copying from tables: Ctrl+C copies the selected rows (a header line, tab-separated, shown columns in view order,
// numbers as the shortest round trip), the context menu copies a value or all rows; every table of the window,
// its docks and Compare tests has it.
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/compare/compare_tests_window.h"
#include "ui/models/table_model.h"
#include "ui/panels/threshold_panel.h"
#include "ui/widgets/table_copy.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace loadscope;

namespace {

QAction* actionNamed(QWidget* widget, const QString& text)
{
    for (QAction* a : widget->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

class TestTableCopy : public QObject {
    Q_OBJECT
    QStandardItemModel* model_ = nullptr;
    QTableView* view_ = nullptr;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        view_ = new QTableView;
        model_ = makeTableModel(
            {QStringLiteral("Name"), QStringLiteral("Value"), QStringLiteral("Note"), QStringLiteral("Hidden")}, view_);
        appendTableRow(model_, {QStringLiteral("a"), 0.1 + 0.2, QStringLiteral("x\ty"), 1});
        appendTableRow(model_, {QStringLiteral("b"), 2.5, QStringLiteral("two\nlines"), 2});
        appendTableRow(model_, {QStringLiteral("c"), 1e-7, QString(), 3});
        auto* proxy = new QSortFilterProxyModel(view_);
        proxy->setSourceModel(model_);
        view_->setModel(proxy);
        view_->setSelectionBehavior(QAbstractItemView::SelectRows);
        view_->setColumnHidden(3, true);
        enableTableCopy(view_);
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_));
        QApplication::clipboard()->clear();
    }

    void cleanup() { delete view_; }

    void ctrlCCopiesTheSelectedRowsWithAHeader()
    {
        view_->selectionModel()->select(view_->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view_->selectionModel()->select(view_->model()->index(0, 1),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view_->setFocus();
        QTest::keyClick(view_, Qt::Key_C, Qt::ControlModifier);
        // Rows in view order, every shown column, one line each; a tab or newline in a cell becomes a space.
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Name\tValue\tNote\n"
                                                                   "a\t0.30000000000000004\tx y\n"
                                                                   "c\t1e-07\t\n"));
    }

    void copiesInTheSortedOrderAndTheMovedColumns()
    {
        view_->sortByColumn(1, Qt::DescendingOrder);
        view_->horizontalHeader()->moveSection(2, 0);
        view_->selectAll();
        QTest::keyClick(view_, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Note\tName\tValue\n"
                                                                   "two lines\tb\t2.5\n"
                                                                   "x y\ta\t0.30000000000000004\n"
                                                                   "\tc\t1e-07\n"));
    }

    void theContextMenuCopiesAValueOrEverything()
    {
        QCOMPARE(view_->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction* all = actionNamed(view_, QStringLiteral("Copy all"));
        QAction* value = actionNamed(view_, QStringLiteral("Copy value"));
        QVERIFY(actionNamed(view_, QStringLiteral("Copy")));
        QVERIFY(all && value);
        all->trigger();
        QCOMPARE(QApplication::clipboard()->text().count(QLatin1Char('\n')), 4); // header + three rows
        view_->setCurrentIndex(view_->model()->index(1, 1));
        value->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("2.5"));
    }

    void anExactRoleIsCopiedInsteadOfTheRoundedText()
    {
        QTableView view;
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("p")});
        model.setData(model.index(0, 0), QStringLiteral("0.123"), Qt::DisplayRole);
        model.setData(model.index(0, 0), QStringLiteral("0.12345678901"), Qt::UserRole + 1);
        view.setModel(&model);
        enableTableCopy(&view, Qt::UserRole + 1);
        QCOMPARE(tableText(view, CopyRows::All), QStringLiteral("p\n0.12345678901\n"));
    }

    void thePanelsCopyButtonCopiesTheSameRows()
    {
        auto f = fixture::makeFixture(3);
        ThresholdPanel panel;
        panel.setAnalysis(f.analysis.get());
        panel.view()->selectRow(1);
        panel.copySelection();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("Band\tCount\tMedian\tMean\tMin\tMax\tStd\nband 1\t2\t3.1\t3.1\t1\t4.9\t0.5\n"));
    }

    void everyTableOfTheWindowCanCopy()
    {
        MainWindow window;
        CompareTestsWindow compare;
        QList<QTableView*> tables = window.findChildren<QTableView*>() + compare.findChildren<QTableView*>();
        QVERIFY(tables.size() >= 10); // quality, percentiles, comparisons, thresholds, problems, six inspector tabs…
        for (QTableView* table : tables) {
            QVERIFY2(actionNamed(table, QStringLiteral("Copy all")), qPrintable(table->metaObject()->className()));
            QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        }
    }
};

QTEST_MAIN(TestTableCopy)
#include "test_table_copy.moc"
