#pragma once
// The Quality panel's table: one row per user of a test and metric (rtt rows, then jitter rows, users in
// TestData::users order), with the quality-attenuation numbers of quality.csv and the QoO of a chosen requirement.
// The digests come from core/quality/quality_scopes.h, the code path quality.csv uses, so the numbers are the same.
//
// Roles: Qt::DisplayRole is for people (latencies in ms, rounded); kValueRole is the exact number in quality.csv's
// unit (seconds, counts, 0..100), an invalid QVariant where quality.csv has an empty cell. Sort on kValueRole.
// The digests are built off the GUI thread (BackgroundJob): the model is empty and computing() until it resets
// with the rows; it shares ownership of the test, so the worker never reads freed results.
#include "core/model/results.h"
#include "core/quality/qoo.h"
#include "core/quality/quality_scopes.h"

#include <QAbstractTableModel>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace loadscope {

class BackgroundJob;

class QualityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Metric,
        Samples,
        Losses,
        Minimum,
        P50,
        P90,
        P99,
        P999,
        Mean,
        StdDev,
        Rpm,
        Pdv99,
        Qoo,
        ColumnCount
    };
    static constexpr int kValueRole = Qt::UserRole;
    static constexpr int kUserIndexRole = Qt::UserRole + 1; // int: the row's index into TestData::users

    explicit QualityTableModel(QObject* parent = nullptr);

    void setTest(std::shared_ptr<const TestData> test); // nullptr empties the model
    bool computing() const;
    void setMode(QualityMode mode);
    QualityMode mode() const { return mode_; }
    void setRequirement(const QooRequirement& requirement); // recomputes only the QoO column
    const QooRequirement& requirement() const { return requirement_; }

    bool hasLatencySamples() const; // false for no test, or a test without RTT / jitter samples
    int userIndexAt(int row) const;
    const QualityMetric& metricAt(int row) const;
    int metricIndexAt(int row) const; // index into qualityMetrics()
    // The digests behind a row and behind the whole test (for the histogram and the percentile summary). Queries
    // of a t-digest are not const (they fold pending samples), hence the non-const references.
    SimpleQualityAttenuation& digestAt(int row);
    SimpleQualityAttenuation* testDigest(int metricIndex); // nullptr without a test
    double valueAt(int row, Column column) const;          // the kValueRole number; NaN for an empty cell

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Row {
        int metricIndex = 0;
        int userIndex = 0;
        std::array<double, ColumnCount> values{}; // Id: the user index; Metric: the metric index
        QooScore qoo;
    };
    using Scopes = std::array<std::vector<QualityScopeDigest>, 2>;
    struct Computed {
        Scopes scopes;
        std::vector<Row> rows;
        int requirementRevision = 0; // of the requirement the rows were scored with
    };

signals:
    void computingChanged(bool computing);

private:
    void rebuild();
    void scoreRows();
    QVariant displayText(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;

    BackgroundJob* job_ = nullptr;
    std::shared_ptr<const TestData> test_;
    QualityMode mode_ = QualityMode::Corrected;
    QooRequirement requirement_;
    int requirementRevision_ = 0; // counts setRequirement calls
    // Per metric: the scopes of qualityScopes() (users first, so scope i is user i for i < users.size()).
    Scopes scopes_;
    std::vector<Row> rows_;
};

} // namespace loadscope
