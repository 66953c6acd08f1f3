#pragma once
// The Quality panel of one test: per-user quality attenuation of RTT and jitter (quality.csv's numbers) in a
// sortable table with the QoO of a chosen requirement, the CableLabs 256-bin histogram of the selected row (of the
// whole test when no row is selected) as a bar chart, the CableLabs percentile summary, and a requirement picker
// (the presets, or the editor's own requirement). Clicking a row emits userActivated so the main window can show
// that user on the timeline. A test without RTT / jitter samples shows an empty state.
#include "core/model/results.h"

#include <QWidget>

#include <array>
#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace loadscope {

class QualityTableModel;
class RequirementEditor;
struct QooRequirement;

class QualityPanel : public QWidget {
    Q_OBJECT
public:
    explicit QualityPanel(QWidget* parent = nullptr);
    // Shared with the panel's background job; nullptr clears the panel. Shows "computing…" until the rows are in.
    void setTest(std::shared_ptr<const TestData> test);

    QualityTableModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* view() const { return view_; }
    RequirementEditor* editor() const { return editor_; }
    QComboBox* requirementPicker() const { return picker_; }
    QComboBox* metricFilter() const { return metricFilter_; }
    QCheckBox* goCompatible() const { return goCompatible_; }
    QTableWidget* percentileTable() const { return percentiles_; }
    QChartView* histogramView() const { return chartView_; }

    // Selects the first visible row of that user (index into TestData::users), so the histogram shows it; for the
    // main window to follow the timeline. Does not emit userActivated. False when no visible row is that user's.
    bool selectUser(int userIndex);

    bool showsEmptyState() const;
    // What the histogram shows: its title and its 256 bin values (all 0 when nothing is shown).
    QString histogramTitle() const;
    const std::array<double, 256>& histogramBins() const { return bins_; }

signals:
    void userActivated(int userIndex); // an index into TestData::users

private:
    void pickRequirement(int pickerIndex);
    void useEditedRequirement(const QooRequirement& requirement);
    void refreshEmptyState();
    void showDistribution();
    int selectedSourceRow() const; // -1 when no row is selected

    std::shared_ptr<const TestData> test_;
    QualityTableModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* view_ = nullptr;
    QComboBox* picker_ = nullptr;
    QComboBox* metricFilter_ = nullptr;
    QCheckBox* goCompatible_ = nullptr;
    RequirementEditor* editor_ = nullptr;
    QChartView* chartView_ = nullptr;
    QTableWidget* percentiles_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* emptyLabel_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    std::array<double, 256> bins_{};
    int wantedUser_ = -1; // the user to select once the rows are in
};

} // namespace loadscope
