#include "ui/panels/threshold_panel.h"

#include "core/util/csv_writer.h"
#include "ui/models/table_model.h"
#include "ui/widgets/save_dialog.h"
#include "ui/widgets/table_copy.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <sstream>

namespace loadscope {

ThresholdPanel::ThresholdPanel(QWidget* parent) : QWidget(parent)
{
    kindBox_ = new QComboBox(this);
    kindBox_->addItem(tr("VMAF"), static_cast<int>(ThresholdKind::Vmaf));
    kindBox_->addItem(tr("ViSQOL"), static_cast<int>(ThresholdKind::Visqol));
    kindBox_->addItem(tr("Connection-start duration"), static_cast<int>(ThresholdKind::ConnectionStart));
    auto* copy = new QPushButton(tr("Copy"), this);
    auto* save = new QPushButton(tr("Export CSV…"), this);
    model_ = makeTableModel({tr("Band"), tr("Count"), tr("Median"), tr("Mean"), tr("Min"), tr("Max"), tr("Std")}, this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model_);
    view_ = new QTableView(this);
    view_->setModel(proxy);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder); // the notebook's band order until a header is clicked
    view_->verticalHeader()->setVisible(false);
    view_->horizontalHeader()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(kindBox_, 1);
    top->addWidget(copy);
    top->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(view_);

    connect(kindBox_, &QComboBox::currentIndexChanged, this, &ThresholdPanel::refill);
    enableTableCopy(view_);
    connect(copy, &QPushButton::clicked, this, &ThresholdPanel::copySelection);
    connect(save, &QPushButton::clicked, this, &ThresholdPanel::exportInteractively);
}

void ThresholdPanel::exportInteractively()
{
    const QString test = analysis_ && analysis_->data ? QString::fromStdString(analysis_->data->info.name) : QString();
    const QString path = askSavePath(this, tr("Export thresholds"), SaveKind::Table,
                                     {test, QStringLiteral("thresholds"), QLatin1String(thresholdKindName(kind()))});
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ThresholdPanel::setAnalysis(const TestAnalysis* analysis)
{
    analysis_ = analysis;
    refill();
}

void ThresholdPanel::setKind(ThresholdKind kind)
{
    kindBox_->setCurrentIndex(kindBox_->findData(static_cast<int>(kind)));
}

ThresholdKind ThresholdPanel::kind() const
{
    return static_cast<ThresholdKind>(kindBox_->currentData().toInt());
}

void ThresholdPanel::refill()
{
    model_->removeRows(0, model_->rowCount());
    if (!analysis_)
        return;
    for (const ThresholdTable& table : analysis_->thresholds) {
        if (table.kind != kind())
            continue;
        for (const ThresholdRow& r : table.rows)
            appendTableRow(model_,
                           {QString::fromStdString(r.label), qlonglong(r.count), numberOrBlank(r.median),
                            numberOrBlank(r.mean), numberOrBlank(r.min), numberOrBlank(r.max), numberOrBlank(r.std)});
    }
    view_->resizeColumnsToContents();
}

void ThresholdPanel::copySelection() const
{
    QApplication::clipboard()->setText(tableText(*view_, CopyRows::Selected));
}

QString ThresholdPanel::csv() const
{
    // thresholds.csv's columns (loadscope-cli report), the metric named as there: one file says what it holds.
    std::ostringstream out;
    CsvWriter w(out, {"test", "metric", "threshold", "count", "median", "mean", "min", "max", "std"});
    for (const ThresholdTable& table : analysis_ ? analysis_->thresholds : std::vector<ThresholdTable>{}) {
        if (table.kind != kind())
            continue;
        for (const ThresholdRow& r : table.rows) {
            w.cell(analysis_->data ? analysis_->data->info.name : std::string()).cell(thresholdKindName(table.kind));
            w.cell(r.label).integer(r.count).number(r.median).number(r.mean).number(r.min).number(r.max).number(r.std);
            w.endRow();
        }
    }
    return QString::fromStdString(out.str());
}

bool ThresholdPanel::exportCsv(const QString& path, QString* error) const
{
    return writeTextFile(path, csv(), error);
}

} // namespace loadscope
