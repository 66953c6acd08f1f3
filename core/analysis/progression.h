#pragma once
// Rule 12: publishers, subscribers, streams in and streams out over time.
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

// Notebook: one point per connectionSuccess row in report order, counts never decremented, streams out of the
// row's session only. Corrected: one point per change in time order; a failure ends a connection; streams out
// summed over sessions.
std::vector<ProgressionPoint> computeProgression(const TestInfo& info, const std::vector<UserTimeline>& users,
                                                 const std::vector<Segment>& segments, double testEnd,
                                                 AnalysisMode mode);

} // namespace loadscope
