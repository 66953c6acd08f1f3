#pragma once
// The notebook's threshold statistics of the current test: 8 bands of median CPU with count, median, mean, min,
// max and std of VMAF, ViSQOL or the connection-start duration. Sortable, copyable (Ctrl+C), exportable as CSV.
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
    void copySelection() const;
    bool exportCsv(const QString& path, QString* error) const;

private:
    void refill();

    const TestAnalysis* analysis_ = nullptr;
    QComboBox* kindBox_ = nullptr;
    QStandardItemModel* model_ = nullptr;
    QTableView* view_ = nullptr;
};

} // namespace loadscope
