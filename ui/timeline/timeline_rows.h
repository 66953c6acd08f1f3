#pragma once
// The timeline's rows: per user, non-overlapping spans sorted by start, each with its state and colour. Built in
// the notebook's painting order (connected periods in indigo, then the metric's values, then the connecting and
// failed gaps on top; corrected mode's reconnections between the values and the gaps), then flattened so that
// drawing, hit tests and tooltips see one span per instant.
#include "core/analysis/qos_series.h"
#include "core/analysis/test_analysis.h"
#include "ui/timeline/timeline_metric.h"

#include <QRgb>
#include <QString>

#include <vector>

namespace loadscope {

enum class SpanState { Connecting, ConnectedNoData, Failed, Metric, Reconnecting };
QString spanStateName(SpanState state);

struct TimelineSpan {
    double start = 0, end = 0; // seconds from the test start
    SpanState state = SpanState::ConnectedNoData;
    double value = kNaN; // the metric's value for Metric spans
    QRgb colour = 0;
    double since = kNaN; // Metric spans: where the value's interval starts (before flattening cut it), seconds
};

struct TimelineRow {
    int userIndex = 0; // into TestAnalysis::users
    QString label;     // user-session, as the notebook labels rows
    int session = 0;
    bool publisher = false;
    QString worker; // the browser-emulator worker that created the user (connections.json, last join); "" unknown
    double firstFailure = kNaN;      // seconds; NaN when the user never failed (a reconnection is not a failure)
    double meanValue = kNaN;         // duration-weighted mean of the metric spans (for sorting)
    std::vector<TimelineSpan> spans; // sorted, non-overlapping
};

struct LayeredSpan {
    TimelineSpan span;
    int layer = 0; // higher layers cover lower ones; within a layer the later span wins
};

// Flattens painted spans into the visible pieces, merging touching pieces of the same span.
std::vector<TimelineSpan> flattenSpans(const std::vector<LayeredSpan>& painted);

// One row per user of `analysis`. `qos` (one series per user) is used for QoS metrics and may be null otherwise.
std::vector<TimelineRow> buildTimelineRows(const TestAnalysis& analysis, const TimelineMetric& metric,
                                           const std::vector<QosSeries>* qos);

} // namespace loadscope
