#pragma once
// Quality of Outcome over time: for each user, each second, the QoO of the round-trip times measured in the
// window that ends with that second — what the timeline colours connected segments by when asked for QoO.
#include "core/analysis/qos_series.h"
#include "core/quality/qoo.h"

#include <vector>

namespace loadscope {

inline constexpr double kRollingQooWindowSeconds = 10.0;

// One series per user (TestData::users order) of QosIntervals [s, s + 1) holding the QoO (0..100) of the
// remote-inbound roundTripTime samples (audio and video) timed in (s + 1 − window, s + 1], seconds from
// `testStart`. Seconds without a sample in the window have no interval. Non-positive and NaN RTTs are skipped,
// as in quality.csv.
std::vector<QosSeries> rollingQoo(const TestData& data, TimeNs testStart, const QooRequirement& requirement,
                                  double windowSeconds = kRollingQooWindowSeconds);

} // namespace loadscope
