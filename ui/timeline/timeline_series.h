#pragma once
// The per-user series behind a timeline metric that is not drawn from the notebook's QoE segments: a QoS metric's
// per-second means, the rolling QoO, LiveKit's connection quality, or a cuts file's other QoE score. One place for
// the window's background job and the headless figures.
#include "core/analysis/qos_series.h"
#include "core/analysis/test_analysis.h"
#include "ui/timeline/timeline_metric.h"

#include <vector>

namespace loadscope {

// Whether `metric`'s rows need timelineSeries() (false for VMAF and ViSQOL, which come from the segments).
inline bool needsSeries(const TimelineMetric& metric)
{
    return !metric.isQoe();
}

// Whether `metric`'s series come from stats.json (the QoS metrics and the rolling QoO; not the QoE scores of the
// cuts files nor the connection quality of the events): a first look, read without stats.json, has none yet.
inline bool needsStats(const TimelineMetric& metric)
{
    return needsSeries(metric) && !metric.isExtraQoe() && !metric.isConnectionQuality();
}

// One series per user of `a` (TestAnalysis::users order); empty series where a user has no value. May take seconds
// on a large test: call it off the GUI thread.
std::vector<QosSeries> timelineSeries(const TestAnalysis& a, const TimelineMetric& metric);

} // namespace loadscope
