#pragma once
// The comparisons.csv rows of one test and kind as a table: CPU < 0.9 vs >= 0.9 and < 0.95 vs >= 0.95, each raw
// and clean (IQR outliers removed), with every column of comparisons.csv. A statistic that cannot be computed is
// an empty cell whose tooltip says why; a variant the report skips (an empty group) is a row of empty cells.
// The statistics are computed off the GUI thread (BackgroundJob): the model is empty and computing() until
// rowsReady(); it shares ownership of the analysis, so the worker never reads freed results.
#include "core/analysis/test_analysis.h"
#include "core/report/threshold_comparisons.h"
#include "core/stats/group_comparison.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace loadscope {

class BackgroundJob;

class ComparisonsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        CsvTextRole = Qt::UserRole + 1, // the cell exactly as comparisons.csv writes it
        NumberRole,                     // the double (or count); invalid for an empty cell
    };
    static constexpr int kLabelColumns = 5; // test, kind, variant, x, y

    explicit ComparisonsModel(QObject* parent = nullptr);
    void setAnalysis(std::shared_ptr<const TestAnalysis> analysis);
    void setKind(ThresholdKind kind);
    ThresholdKind kind() const { return kind_; }
    bool computing() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(std::size_t caseIndex, ComparisonVariant variant) const; // -1 when there are no rows
    bool isComputed(int row) const;                                    // false for a variant the report skips
    QString rowProblem(int row) const; // why the variant was skipped; empty when computed

    struct Row {
        QStringList labels; // test, kind, variant, x, y
        QStringList cells;  // statistic columns as comparisons.csv text
        std::optional<stats::ComparisonRow> values;
        QString problem; // why `values` is missing
    };

signals:
    void computingChanged(bool computing);
    void rowsReady(); // the rows of the current analysis and kind are in

private:
    void rebuild();
    QString emptyCellReason(const Row& row, int statColumn) const;

    BackgroundJob* job_ = nullptr;
    std::shared_ptr<const TestAnalysis> analysis_;
    ThresholdKind kind_ = ThresholdKind::Vmaf;
    std::vector<Row> rows_;
};

} // namespace loadscope
