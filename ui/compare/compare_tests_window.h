#pragma once
// View ▸ Compare tests: every test of the loaded root side by side. Top: the summary matrix (sortable, exportable
// as CSV). Bottom: a checkable list of tests, a quantity and a layout, and the chart of that quantity for the
// checked tests (overlaid or stacked; PNG / SVG / PDF export).
#include "ui/compare/compare_chart.h"
#include "ui/plot/plot_exporter.h"
#include "ui/state/loaded_results.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QListWidget;
class QStandardItemModel;
class QTableView;

namespace loadscope {

class CompareTestsWindow : public QWidget {
    Q_OBJECT
public:
    explicit CompareTestsWindow(QWidget* parent = nullptr);

    void setResults(std::shared_ptr<const LoadedResults> results); // all tests checked, matrix refilled
    void setTestChecked(const QString& name, bool checked);
    void setQuantity(CompareQuantity quantity);
    void setCompareLayout(CompareLayout layout);

    QStandardItemModel* matrix() const { return matrix_; }
    QTableView* matrixView() const { return view_; }
    QListWidget* testList() const { return tests_; }
    QComboBox* quantityBox() const { return quantityBox_; }
    QComboBox* layoutBox() const { return layoutBox_; }
    CompareChart* chart() const { return chart_; }

    // "" on success, else a message naming the file.
    QString exportMatrixCsv(const QString& path) const;
    QString exportChart(const QString& path, const ExportSize& size) const;

private:
    void updateChart();
    void exportMatrixInteractively();
    void exportChartInteractively();

    std::shared_ptr<const LoadedResults> results_;
    QStandardItemModel* matrix_ = nullptr;
    QTableView* view_ = nullptr;
    QListWidget* tests_ = nullptr;
    QComboBox* quantityBox_ = nullptr;
    QComboBox* layoutBox_ = nullptr;
    CompareChart* chart_ = nullptr;
};

} // namespace loadscope
