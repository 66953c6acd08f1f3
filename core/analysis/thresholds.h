#pragma once
// Rule 10: statistics of a metric in the notebook's 8 bands of segment median CPU.
#include "core/analysis/test_analysis.h"

#include <string>
#include <vector>

namespace loadscope {

// Band labels in the notebook's order; corrected mode states what the bands really hold.
std::vector<std::string> thresholdLabels(AnalysisMode mode);

// count / median / mean / min / max / std (n − 1) of the non-NaN values, as pandas computes them.
ThresholdRow describeValues(std::string label, const std::vector<double>& values);

ThresholdTable computeThresholds(ThresholdKind kind, const std::vector<Segment>& segments,
                                 const std::vector<UserTimeline>& users, AnalysisMode mode);

} // namespace loadscope
