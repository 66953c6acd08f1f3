#pragma once
// QoE progression: mean VMAF and ViSQOL (0..5) per time bucket over all users, with the media node's CPU and
// memory on two more y axes on the right (the notebook's twin axes).
#include "ui/time_charts/time_chart.h"

namespace loadscope {

class QoeChart : public TimeChart {
    Q_OBJECT
public:
    explicit QoeChart(QWidget* parent = nullptr);
    void setAnalysis(const TestAnalysis* analysis); // nullptr clears

    QCPGraph* vmafGraph() const { return vmaf_; }
    QCPGraph* visqolGraph() const { return visqol_; }
    QCPGraph* cpuGraph() const { return cpu_; }
    QCPGraph* memoryGraph() const { return memory_; }
    QCPAxis* memoryAxis() const { return memoryAxis_; }

private:
    QCPGraph* vmaf_ = nullptr;
    QCPGraph* visqol_ = nullptr;
    QCPGraph* cpu_ = nullptr;
    QCPGraph* memory_ = nullptr;
    QCPAxis* memoryAxis_ = nullptr;
};

} // namespace loadscope
