#include "ui/models/comparisons_model.h"

#include "core/stats/comparison_csv.h"
#include "ui/jobs/background_job.h"

#include <QColor>

#include <sstream>

namespace loadscope {

namespace {

// The statistic cells exactly as comparisons.csv writes them. core/stats only exposes the row as CSV, so the row
// is written with empty labels and split: numbers never contain commas, so the split is exact.
QStringList csvCells(const stats::ComparisonRow& row)
{
    std::ostringstream out;
    CsvWriter csv(out, stats::comparisonCsvHeader());
    stats::writeComparisonRow(csv, {}, row);
    const QStringList lines = QString::fromStdString(out.str()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList cells = lines.value(1).trimmed().split(QLatin1Char(','));
    return cells.mid(ComparisonsModel::kLabelColumns);
}

// Each problem of a ComparisonRow starts with the test it belongs to ("shapiro_x: ...", "pearson: ..."); a
// column belongs to that test when its name, without a leading p_, is the test's name or continues it.
bool problemConcernsColumn(const QString& problem, const QString& column)
{
    const QString test = problem.section(QLatin1Char(':'), 0, 0);
    QString key = column.startsWith(QLatin1String("p_")) ? column.mid(2) : column;
    if (key == QLatin1String("mwu") || key == QLatin1String("rank_biserial"))
        key = QStringLiteral("u"); // the Mann-Whitney U test's p-value and effect size
    return key == test || key.startsWith(test + QLatin1Char('_'));
}

QString statColumnName(int statColumn)
{
    return QString::fromStdString(stats::comparisonColumns().at(static_cast<std::size_t>(statColumn)));
}

// Both cases and variants of one test and kind: the statistics of comparisons.csv (the heavy part, off the GUI
// thread). Empty when the test has no values of that kind.
std::vector<ComparisonsModel::Row> comparisonRows(const TestAnalysis* analysis, ThresholdKind kind)
{
    std::vector<ComparisonsModel::Row> rows;
    const ThresholdTable* table = thresholdTableOf(analysis, kind);
    if (!table)
        return rows;
    const QString test = analysis->data ? QString::fromStdString(analysis->data->info.name) : QString();
    for (const ComparisonCase& c : kComparisonCases) {
        const stats::GroupComparison comparison = compareThresholdCase(*table, c, analysis->mode);
        for (ComparisonVariant variant : {ComparisonVariant::Raw, ComparisonVariant::Clean}) {
            ComparisonsModel::Row row;
            row.labels = {test, QString::fromLatin1(thresholdKindName(kind)),
                          QString::fromLatin1(comparisonVariantName(variant)), QString::fromLatin1(c.x),
                          QString::fromLatin1(c.y)};
            row.values = variant == ComparisonVariant::Raw ? comparison.raw : comparison.clean;
            if (row.values)
                row.cells = csvCells(*row.values);
            else
                row.problem = QString::fromStdString(comparison.problem);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

} // namespace

ComparisonsModel::ComparisonsModel(QObject* parent) : QAbstractTableModel(parent), job_(new BackgroundJob(this))
{
    connect(job_, &BackgroundJob::runningChanged, this, &ComparisonsModel::computingChanged);
}

void ComparisonsModel::setAnalysis(std::shared_ptr<const TestAnalysis> analysis)
{
    analysis_ = std::move(analysis);
    rebuild();
}

bool ComparisonsModel::computing() const
{
    return job_->running();
}

void ComparisonsModel::setKind(ThresholdKind kind)
{
    kind_ = kind;
    rebuild();
}

void ComparisonsModel::rebuild()
{
    beginResetModel(); // the previous test's numbers never show under the new one
    rows_.clear();
    endResetModel();
    if (!analysis_) {
        job_->cancel();
        emit rowsReady();
        return;
    }
    job_->start<std::vector<Row>>(
        [analysis = analysis_, kind = kind_](const std::atomic<bool>&) { return comparisonRows(analysis.get(), kind); },
        [this](std::vector<Row> rows) {
            beginResetModel();
            rows_ = std::move(rows);
            endResetModel();
            emit rowsReady();
        });
}

int ComparisonsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ComparisonsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kLabelColumns + static_cast<int>(stats::comparisonColumns().size());
}

int ComparisonsModel::rowOf(std::size_t caseIndex, ComparisonVariant variant) const
{
    if (rows_.empty() || caseIndex >= kComparisonCases.size())
        return -1;
    return static_cast<int>(caseIndex) * 2 + (variant == ComparisonVariant::Clean ? 1 : 0);
}

bool ComparisonsModel::isComputed(int row) const
{
    return row >= 0 && row < rowCount() && rows_[static_cast<std::size_t>(row)].values.has_value();
}

QString ComparisonsModel::rowProblem(int row) const
{
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)].problem : QString();
}

QString ComparisonsModel::emptyCellReason(const Row& row, int statColumn) const
{
    if (!row.values)
        return QStringLiteral("Not computed: %1").arg(row.problem);
    const QString column = statColumnName(statColumn);
    QStringList reasons;
    for (const std::string& p : row.values->problems) {
        const QString problem = QString::fromStdString(p);
        if (problemConcernsColumn(problem, column))
            reasons << problem;
    }
    if (reasons.isEmpty() && column.startsWith(QLatin1String("std_")))
        reasons << QStringLiteral("a standard deviation needs at least 2 values");
    if (reasons.isEmpty())
        reasons << QStringLiteral("not computable for these groups");
    return QStringLiteral("No %1: %2").arg(column, reasons.join(QStringLiteral("\n")));
}

QVariant ComparisonsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && !row.values)
        return QColor(Qt::gray); // a variant the report skips: greyed, its tooltip says why
    if (index.column() < kLabelColumns) {
        if (role == Qt::DisplayRole || role == CsvTextRole)
            return row.labels.value(index.column());
        if (role == Qt::ToolTipRole && !row.values)
            return emptyCellReason(row, 0);
        return {};
    }
    const int stat = index.column() - kLabelColumns;
    const QString text = row.cells.value(stat);
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    switch (role) {
    case Qt::DisplayRole:
        // Six significant digits keep 39 columns readable; the tooltip and CsvTextRole hold the exact text.
        return isNumber ? QVariant(QString::number(number, 'g', 6)) : QVariant(QString());
    case CsvTextRole: return text;
    case NumberRole: return isNumber ? QVariant(number) : QVariant();
    case Qt::ToolTipRole:
        return isNumber ? QVariant(QStringLiteral("%1 = %2").arg(statColumnName(stat), text))
                        : QVariant(emptyCellReason(row, stat));
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant ComparisonsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QString::fromStdString(stats::comparisonCsvHeader().at(static_cast<std::size_t>(section)));
}

} // namespace loadscope
