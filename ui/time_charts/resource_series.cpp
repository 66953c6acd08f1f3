#include "ui/time_charts/resource_series.h"

namespace loadscope {

ResourceSeries resourceSeries(const TestAnalysis* analysis)
{
    ResourceSeries series;
    if (!analysis)
        return series;
    const double offset = analysis->start != kNoTime && analysis->cpuOrigin != kNoTime
                              ? secondsBetween(analysis->start, analysis->cpuOrigin)
                              : 0.0;
    for (const ResourcePoint& p : analysis->resources) {
        series.times.append(p.time + offset);
        series.cpu.append(p.cpu);
        series.memory.append(p.memory);
    }
    return series;
}

} // namespace loadscope
