#pragma once
// The Comparisons panel of the current test and metric: the comparisons.csv rows (both thresholds and variants)
// in a table, and for the chosen threshold and variant box plots, violin plots and a CPU-median scatter of group X
// (CPU below the threshold) vs group Y, each group labelled with its n. Every chart exports to PNG or SVG from
// its context menu. When a group is empty the charts give way to a message saying which group and why. While the
// statistics are computed (off the GUI thread) the table is empty and the charts say "Computing…".
#include "ui/models/comparisons_model.h"

#include <QWidget>

#include <array>

class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace loadscope {

enum class ComparisonChart { Box, Violin, Scatter };

class ComparisonsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonsPanel(QWidget* parent = nullptr);
    void setAnalysis(std::shared_ptr<const TestAnalysis> analysis); // shared; nullptr clears the panel
    void setKind(ThresholdKind kind);
    void setThreshold(std::size_t caseIndex); // index into kComparisonCases (0: 0.9, 1: 0.95)
    void setVariant(ComparisonVariant variant);
    ThresholdKind kind() const;
    std::size_t threshold() const;
    ComparisonVariant variant() const;

    const ComparisonsModel* model() const { return model_; }
    QTableView* table() const { return table_; }
    QChartView* chartView(ComparisonChart chart) const { return views_[static_cast<std::size_t>(chart)]; }
    bool showsEmptyState() const;
    QString emptyStateText() const;
    QString exportChart(ComparisonChart chart, const QString& path); // "" on success, else the message
    // Qt Charts lays out a scatter point by point (about a second for a few thousand segments): the explorer tells
    // the panel when its dock tab is out of sight, and the charts are drawn when it comes back, not on every switch.
    void setOnScreen(bool onScreen);

private:
    void refreshCharts();
    void preferComputedThreshold();
    void showEmptyState(const QString& text);
    void addExportActions(QChartView* view);

    std::shared_ptr<const TestAnalysis> analysis_;
    ComparisonsModel* model_ = nullptr;
    QComboBox* kindBox_ = nullptr;
    QComboBox* thresholdBox_ = nullptr;
    QComboBox* variantBox_ = nullptr;
    QTableView* table_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* emptyState_ = nullptr;
    std::array<QChartView*, 3> views_{};
    bool onScreen_ = true;
    bool chartsStale_ = false; // the charts were not drawn while out of sight
};

} // namespace loadscope
