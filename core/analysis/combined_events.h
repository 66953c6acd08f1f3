#pragma once
// Rule 4 of notebook-semantics.md: per user, connectionStart ∪ successes ∪ failures, sorted by time, with
// consecutive successes collapsed to the first.
#include "core/analysis/analysis_mode.h"
#include "core/analysis/test_analysis.h"
#include "core/analysis/time_base.h"

#include <vector>

namespace loadscope {

// Publisher if the topology is 8p or the user number is ≤ 3 (2p tests: users 1–2 publish).
bool isPublisher(const TestInfo& info, int user);

// Combined events of every user of `data` (same order as data.users), times in seconds from `base.start`.
// Log failures count when they fall within [first event, last event], as the notebook filters them.
std::vector<std::vector<CombinedEvent>> combineEvents(const TestData& data, const TimeBase& base, AnalysisMode mode);

} // namespace loadscope
