#pragma once
// CPU statistics of a time window (the notebook's calc_stats): the samples inside [start, end], or when there are
// none the samples at the single nearest time before or after. Binary search over times sorted once.
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

class CpuWindow {
public:
    // `points` sorted by time; only those with a CPU value are used.
    explicit CpuWindow(const std::vector<ResourcePoint>& points);
    bool empty() const { return times_.empty(); }
    CpuStats stats(double start, double end) const;

private:
    std::vector<double> times_;
    std::vector<double> cpu_;
};

} // namespace loadscope
