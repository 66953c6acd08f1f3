#include "ui/models/quality_table_model.h"

#include "core/util/number_format.h"
#include "ui/jobs/background_job.h"

#include <cmath>
#include <limits>

namespace loadscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isLatencyColumn(int column)
{
    return column == QualityTableModel::Minimum ||
           (column >= QualityTableModel::P50 && column <= QualityTableModel::StdDev) ||
           column == QualityTableModel::Pdv99;
}

using Row = QualityTableModel::Row;

// One row per user and metric with the digests behind them, scored with `requirement` (the heavy part).
QualityTableModel::Computed computeRows(const TestData& test, QualityMode mode, const QooRequirement& requirement)
{
    QualityTableModel::Computed out;
    for (std::size_t m = 0; m < qualityMetrics().size(); ++m) {
        out.scopes[m] = qualityScopes(test, qualityMetrics()[m], mode);
        for (std::size_t u = 0; u < test.users.size(); ++u) {
            SimpleQualityAttenuation& qa = out.scopes[m][u].digest;
            Row row;
            row.metricIndex = static_cast<int>(m);
            row.userIndex = static_cast<int>(u);
            row.values = {static_cast<double>(u),
                          static_cast<double>(m),
                          static_cast<double>(qa.samples()),
                          static_cast<double>(qa.losses()),
                          qa.minimum(),
                          qa.percentile(50),
                          qa.percentile(90),
                          qa.percentile(99),
                          qa.percentile(99.9),
                          qa.average(),
                          qa.standardDeviation(),
                          qa.rpm(),
                          qa.pdv(99),
                          kNaN};
            row.qoo = evaluateQoo(requirement, qa);
            row.values[QualityTableModel::Qoo] = row.qoo.overall.value_or(kNaN);
            out.rows.push_back(std::move(row));
        }
    }
    return out;
}

} // namespace

QualityTableModel::QualityTableModel(QObject* parent) : QAbstractTableModel(parent), job_(new BackgroundJob(this))
{
    requirement_ = qooPresets().front();
    connect(job_, &BackgroundJob::runningChanged, this, &QualityTableModel::computingChanged);
}

void QualityTableModel::setTest(std::shared_ptr<const TestData> test)
{
    test_ = std::move(test);
    rebuild();
}

bool QualityTableModel::computing() const
{
    return job_->running();
}

void QualityTableModel::setMode(QualityMode mode)
{
    if (mode == mode_)
        return;
    mode_ = mode;
    rebuild();
}

void QualityTableModel::setRequirement(const QooRequirement& requirement)
{
    requirement_ = requirement;
    ++requirementRevision_;
    scoreRows();
    if (!rows_.empty())
        emit dataChanged(index(0, Qoo), index(rowCount() - 1, Qoo));
    emit headerDataChanged(Qt::Horizontal, Qoo, Qoo);
}

void QualityTableModel::rebuild()
{
    beginResetModel(); // the previous test's numbers never show under the new one
    rows_.clear();
    for (auto& scopes : scopes_)
        scopes.clear();
    if (!test_)
        job_->cancel();
    else
        job_->start<Computed>(
            [test = test_, mode = mode_, requirement = requirement_,
             revision = requirementRevision_](const std::atomic<bool>&) {
                Computed computed = computeRows(*test, mode, requirement);
                computed.requirementRevision = revision;
                return computed;
            },
            [this](Computed computed) {
                beginResetModel();
                scopes_ = std::move(computed.scopes);
                rows_ = std::move(computed.rows);
                if (computed.requirementRevision != requirementRevision_)
                    scoreRows(); // the requirement changed while the digests were built
                endResetModel();
            });
    endResetModel();
}

void QualityTableModel::scoreRows()
{
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        rows_[i].qoo = evaluateQoo(requirement_, digestAt(static_cast<int>(i)));
        rows_[i].values[Qoo] = rows_[i].qoo.overall.value_or(kNaN);
    }
}

bool QualityTableModel::hasLatencySamples() const
{
    for (const Row& row : rows_)
        if (row.values[Samples] > row.values[Losses])
            return true;
    return false;
}

int QualityTableModel::userIndexAt(int row) const
{
    return rows_.at(static_cast<std::size_t>(row)).userIndex;
}

int QualityTableModel::metricIndexAt(int row) const
{
    return rows_.at(static_cast<std::size_t>(row)).metricIndex;
}

const QualityMetric& QualityTableModel::metricAt(int row) const
{
    return qualityMetrics()[static_cast<std::size_t>(metricIndexAt(row))];
}

SimpleQualityAttenuation& QualityTableModel::digestAt(int row)
{
    const Row& r = rows_.at(static_cast<std::size_t>(row));
    return scopes_[static_cast<std::size_t>(r.metricIndex)][static_cast<std::size_t>(r.userIndex)].digest;
}

SimpleQualityAttenuation* QualityTableModel::testDigest(int metricIndex)
{
    auto& scopes = scopes_.at(static_cast<std::size_t>(metricIndex));
    return scopes.empty() ? nullptr : &scopes.back().digest; // qualityScopes() puts the test last
}

double QualityTableModel::valueAt(int row, Column column) const
{
    return rows_.at(static_cast<std::size_t>(row)).values[static_cast<std::size_t>(column)];
}

int QualityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int QualityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    const double value = row.values[static_cast<std::size_t>(column)];
    switch (role) {
    case Qt::DisplayRole: return displayText(row, column);
    case kValueRole: return std::isnan(value) ? QVariant() : QVariant(value);
    case kUserIndexRole: return row.userIndex;
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return static_cast<int>(column <= Metric ? Qt::AlignLeft | Qt::AlignVCenter
                                                 : Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant QualityTableModel::displayText(const Row& row, int column) const
{
    const double value = row.values[static_cast<std::size_t>(column)];
    if (column == Id) {
        const UserKey& key = test_->users[static_cast<std::size_t>(row.userIndex)].key;
        return QStringLiteral("%1-%2").arg(key.user).arg(key.session); // quality.csv's "<user>-<session>"
    }
    if (column == Metric)
        return QString::fromLatin1(qualityMetrics()[static_cast<std::size_t>(row.metricIndex)].name);
    if (std::isnan(value))
        return QString();
    if (column == Samples || column == Losses)
        return static_cast<qlonglong>(value);
    if (isLatencyColumn(column))
        return QString::number(value * 1000.0, 'f', 3);
    return QString::number(value, 'f', column == Rpm ? 0 : 1);
}

QString QualityTableModel::toolTip(const Row& row, int column) const
{
    const double value = row.values[static_cast<std::size_t>(column)];
    if (column == Qoo) {
        QString text = tr("QoO against \"%1\"").arg(QString::fromStdString(requirement_.name));
        for (const auto& [name, term] : {std::pair{"latency", row.qoo.latency}, std::pair{"loss", row.qoo.loss},
                                         std::pair{"throughput", row.qoo.throughput}})
            if (term)
                text += tr("\n%1: %2").arg(QLatin1String(name), QString::fromStdString(formatNumber(*term)));
        for (const std::string& missing : row.qoo.missing)
            text += tr("\n%1: not measured").arg(QString::fromStdString(missing));
        return text;
    }
    if (column <= Losses || std::isnan(value))
        return {};
    return isLatencyColumn(column) ? tr("%1 s").arg(QString::fromStdString(formatNumber(value)))
                                   : QString::fromStdString(formatNumber(value));
}

QVariant QualityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == Qoo)
        return tr("Quality of Outcome (draft-ietf-ippm-qoo) against \"%1\"")
            .arg(QString::fromStdString(requirement_.name));
    if (role != Qt::DisplayRole)
        return {};
    static const char* const kTitles[ColumnCount] = {
        QT_TR_NOOP("user"),       QT_TR_NOOP("metric"),    QT_TR_NOOP("n"),           QT_TR_NOOP("losses"),
        QT_TR_NOOP("min (ms)"),   QT_TR_NOOP("p50 (ms)"),  QT_TR_NOOP("p90 (ms)"),    QT_TR_NOOP("p99 (ms)"),
        QT_TR_NOOP("p99.9 (ms)"), QT_TR_NOOP("mean (ms)"), QT_TR_NOOP("stddev (ms)"), QT_TR_NOOP("RPM"),
        QT_TR_NOOP("PDV99 (ms)"), QT_TR_NOOP("QoO")};
    if (section == Qoo)
        return tr("QoO %1").arg(QString::fromStdString(requirement_.name));
    return tr(kTitles[section]);
}

} // namespace loadscope
