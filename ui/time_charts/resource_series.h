#pragma once
// The media node's CPU and memory samples of a test as plot data, on the time axis every chart shares: seconds
// from the test start (the analysis keeps them from the CPU origin, the earliest event in notebook mode).
#include "core/analysis/test_analysis.h"

#include <QVector>

namespace loadscope {

struct ResourceSeries {
    QVector<double> times, cpu, memory;
};

ResourceSeries resourceSeries(const TestAnalysis* analysis); // empty for nullptr

} // namespace loadscope
