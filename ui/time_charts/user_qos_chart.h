#pragma once
// One user's own QoS over time for the inspector: a combo box picks direction x kind x metric, the plot shows the
// user's per-second means (as the timeline colours them: averageQosPerSecond) as steps. The test-wide mean
// (the QoS view's line) is drawn in grey behind it for comparison.
#include "core/analysis/test_analysis.h"

#include <QWidget>

class QComboBox;
class QCPGraph;
class QCustomPlot;

namespace loadscope {

class UserQosChart : public QWidget {
    Q_OBJECT
public:
    explicit UserQosChart(QWidget* parent = nullptr);

    void setUser(const TestAnalysis* analysis, int userIndex); // -1 or nullptr clears
    bool select(Direction direction, MediaKind kind, const QString& column);

    QComboBox* metricBox() const { return metric_; }
    QCustomPlot* plot() const { return plot_; }
    QCPGraph* userGraph() const { return user_; }
    QCPGraph* testMeanGraph() const { return testMean_; }

private:
    void rebuild();

    const TestAnalysis* analysis_ = nullptr;
    int userIndex_ = -1;
    QComboBox* metric_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPGraph* user_ = nullptr;
    QCPGraph* testMean_ = nullptr;
};

} // namespace loadscope
