#include "ui/timeline/timeline_series.h"

#include "core/analysis/connection_quality.h"
#include "core/quality/rolling_qoo.h"

namespace loadscope {

std::vector<QosSeries> timelineSeries(const TestAnalysis& a, const TimelineMetric& metric)
{
    if (metric.isConnectionQuality())
        return connectionQualitySeries(a);
    if (metric.isExtraQoe())
        return qoeScoreSeries(a, *metric.qoeScore());
    if (!a.data || metric.isQoe())
        return {};
    if (metric.isRollingQoo())
        return rollingQoo(*a.data, a.start, *findQooPreset("video-conferencing"));
    return averageQosPerSecond(*a.data, a.start, metric.qosMetric());
}

} // namespace loadscope
