#pragma once
// QoE progression: mean VMAF and ViSQOL (0..5) per time bucket over all users, with the media node's CPU and
// memory on two more y axes on the right (the notebook's twin axes).
#include "core/analysis/qoe_over_time.h"
#include "ui/time_charts/time_chart.h"

#include <memory>

namespace loadscope {

class BackgroundJob;

class QoeChart : public TimeChart {
    Q_OBJECT
public:
    explicit QoeChart(QWidget* parent = nullptr);
    void setAnalysis(const TestAnalysis* analysis); // nullptr clears; computes the series here (figures, tests)
    // The explorer's way: the time range and CPU at once, the series computed in a BackgroundJob ("Computing…"
    // until they arrive); `analysis` is kept alive until then.
    void showAnalysis(std::shared_ptr<const TestAnalysis> analysis);
    bool computing() const;

    QCPGraph* vmafGraph() const { return vmaf_; }
    QCPGraph* visqolGraph() const { return visqol_; }
    QCPGraph* cpuGraph() const { return cpu_; }
    QCPGraph* memoryGraph() const { return memory_; }
    QCPAxis* memoryAxis() const { return memoryAxis_; }

private:
    void showSeries(const TestAnalysis* analysis, const QoeOverTime& qoe);

    BackgroundJob* job_ = nullptr;
    QCPGraph* vmaf_ = nullptr;
    QCPGraph* visqol_ = nullptr;
    QCPGraph* cpu_ = nullptr;
    QCPGraph* memory_ = nullptr;
    QCPAxis* memoryAxis_ = nullptr;
};

} // namespace loadscope
