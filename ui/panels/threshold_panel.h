#pragma once
// The notebook's threshold statistics of the current test: 8 bands of median CPU with count, median, mean, min,
// max and std of VMAF, ViSQOL or the connection-start duration. Sortable, copyable (Ctrl+C, ui/widgets/table_copy.h),
// exportable as CSV with thresholds.csv's columns (test and metric first).
#include "core/analysis/test_analysis.h"

#include <QWidget>

class QComboBox;
class QStandardItemModel;
class QTableView;

namespace loadscope {

class ThresholdPanel : public QWidget {
    Q_OBJECT
public:
    explicit ThresholdPanel(QWidget* parent = nullptr);
    void setAnalysis(const TestAnalysis* analysis);
    void setKind(ThresholdKind kind);
    ThresholdKind kind() const;
    const QStandardItemModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    void copySelection() const; // the selected rows (all when none) with a header line, tab-separated
    QString csv() const;        // test,metric,threshold,count,median,mean,min,max,std for the shown metric
    bool exportCsv(const QString& path, QString* error) const;
    void exportInteractively(); // the save dialog, then exportCsv

private:
    void refill();

    const TestAnalysis* analysis_ = nullptr;
    QComboBox* kindBox_ = nullptr;
    QStandardItemModel* model_ = nullptr;
    QTableView* view_ = nullptr;
};

} // namespace loadscope
