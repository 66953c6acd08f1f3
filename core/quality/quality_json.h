#pragma once
// The JSON report of one latency sample that `loadscope-cli quality-attenuation` prints. Numbers have
// round-trip precision; NaN and infinities are null.
#include <ostream>

namespace loadscope {

class SimpleQualityAttenuation;
struct QooRequirement;

// Percentile keys of the report's "percentiles" object, in order.
inline constexpr const char* kReportPercentiles[] = {"0",  "1",  "5",  "10",   "25",    "50", "75",
                                                     "90", "95", "99", "99.9", "99.99", "100"};

// `requirement` may be null: "qoo" is then null.
void writeQualityJson(std::ostream& out, SimpleQualityAttenuation& sample, const QooRequirement* requirement);

} // namespace loadscope
