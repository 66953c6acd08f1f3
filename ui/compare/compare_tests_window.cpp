#include "ui/compare/compare_tests_window.h"

#include "ui/compare/summary_matrix.h"
#include "ui/models/table_model.h"
#include "ui/widgets/save_dialog.h"
#include "ui/widgets/table_copy.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace loadscope {

namespace {

QString folderName(const LoadedResults* results) // what the exports' suggested names start with
{
    return results ? QFileInfo(results->root).fileName() : QString();
}

} // namespace

CompareTestsWindow::CompareTestsWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("compareTestsWindow"));
    setWindowTitle(tr("Compare tests"));
    matrix_ = makeTableModel(summaryMatrixHeaders(), this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(matrix_);
    view_ = new QTableView(this);
    view_->setModel(proxy);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder); // the root's order until a header is clicked
    view_->setAlternatingRowColors(true);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setResizeContentsPrecision(100); // not every row of a 2,000-user test
    enableTableCopy(view_);
    auto* exportCsv = new QPushButton(tr("Export matrix as CSV…"), this);
    connect(exportCsv, &QPushButton::clicked, this, &CompareTestsWindow::exportMatrixInteractively);

    tests_ = new QListWidget(this);
    connect(tests_, &QListWidget::itemChanged, this, &CompareTestsWindow::updateChart);
    quantityBox_ = new QComboBox(this);
    for (const auto& spec : compareQuantities())
        quantityBox_->addItem(QString::fromLatin1(spec.label), static_cast<int>(spec.quantity));
    layoutBox_ = new QComboBox(this);
    layoutBox_->addItem(tr("Overlaid"), static_cast<int>(CompareLayout::Overlaid));
    layoutBox_->addItem(tr("Stacked"), static_cast<int>(CompareLayout::Stacked));
    chart_ = new CompareChart(this);
    connect(quantityBox_, &QComboBox::currentIndexChanged, this,
            [this] { chart_->setQuantity(static_cast<CompareQuantity>(quantityBox_->currentData().toInt())); });
    connect(layoutBox_, &QComboBox::currentIndexChanged, this,
            [this] { chart_->setCompareLayout(static_cast<CompareLayout>(layoutBox_->currentData().toInt())); });
    auto* exportChart = new QPushButton(tr("Export chart…"), this);
    connect(exportChart, &QPushButton::clicked, this, &CompareTestsWindow::exportChartInteractively);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(view_);
    auto* topButtons = new QHBoxLayout;
    topButtons->addStretch();
    topButtons->addWidget(exportCsv);
    topLayout->addLayout(topButtons);

    auto* controls = new QWidget(this);
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addWidget(new QLabel(tr("Tests:"), controls));
    controlsLayout->addWidget(tests_, 1);
    controlsLayout->addWidget(new QLabel(tr("Quantity:"), controls));
    controlsLayout->addWidget(quantityBox_);
    controlsLayout->addWidget(new QLabel(tr("Layout:"), controls));
    controlsLayout->addWidget(layoutBox_);
    controlsLayout->addWidget(exportChart);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(controls);
    bottom->addWidget(chart_);
    bottom->setStretchFactor(1, 1);
    controls->setMinimumWidth(330); // room for a whole test name

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    resize(1400, 900);
}

void CompareTestsWindow::setResults(std::shared_ptr<const LoadedResults> results)
{
    results_ = std::move(results);
    const QSignalBlocker block(tests_);
    tests_->clear();
    matrix_->removeRows(0, matrix_->rowCount());
    if (results_) {
        fillSummaryMatrix(*matrix_, *results_);
        for (const auto& analysis : results_->analyses) {
            if (!analysis || !analysis->data)
                continue;
            auto* item = new QListWidgetItem(QString::fromStdString(analysis->data->info.name), tests_);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    updateChart();
}

void CompareTestsWindow::setTestChecked(const QString& name, bool checked)
{
    for (auto* item : tests_->findItems(name, Qt::MatchExactly))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void CompareTestsWindow::setQuantity(CompareQuantity quantity)
{
    quantityBox_->setCurrentIndex(quantityBox_->findData(static_cast<int>(quantity)));
}

void CompareTestsWindow::setCompareLayout(CompareLayout layout)
{
    layoutBox_->setCurrentIndex(layoutBox_->findData(static_cast<int>(layout)));
}

void CompareTestsWindow::updateChart()
{
    std::vector<ComparedTest> chosen;
    if (results_)
        for (const auto& analysis : results_->analyses) {
            if (!analysis || !analysis->data)
                continue;
            const QString name = QString::fromStdString(analysis->data->info.name);
            const auto items = tests_->findItems(name, Qt::MatchExactly);
            if (!items.isEmpty() && items.front()->checkState() == Qt::Checked)
                chosen.push_back({name, analysis.get()});
        }
    chart_->setTests(std::move(chosen));
}

QString CompareTestsWindow::exportMatrixCsv(const QString& path) const
{
    QString error;
    return writeTextFile(path, modelToCsv(*matrix_), &error) ? QString() : error;
}

QString CompareTestsWindow::exportChart(const QString& path, const ExportSize& size) const
{
    return exportPlot(*chart_, path, exportFormatFromPath(path), size);
}

void CompareTestsWindow::exportMatrixInteractively()
{
    const QString path = askSavePath(this, tr("Export summary matrix"), SaveKind::Table,
                                     {folderName(results_.get()), QStringLiteral("summary")});
    if (path.isEmpty())
        return;
    if (const QString error = exportMatrixCsv(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

void CompareTestsWindow::exportChartInteractively()
{
    const QString path = askSavePath(this, tr("Export chart"), SaveKind::Figure,
                                     {folderName(results_.get()), QStringLiteral("compare"),
                                      quantityBox_->currentText(), layoutBox_->currentText()});
    if (path.isEmpty())
        return;
    if (const QString error = exportChart(path, {chart_->width(), chart_->height(), 1.0}); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace loadscope
