#pragma once
// Rules 5 and 6: connected intervals per user and the intersections of users of the same session.
#include "core/analysis/test_analysis.h"

#include <map>
#include <utility>
#include <vector>

namespace loadscope {

// From each success to the first failure after it, else to `duration` (the clipped test duration).
std::vector<Interval> connectedIntervals(const std::vector<CombinedEvent>& combined, double duration);

// Every pair of intervals, intersected, start + 5 s (recording starts 5 s after connecting); kept if start < end.
std::vector<Interval> intersectIntervals(const std::vector<Interval>& a, const std::vector<Interval>& b);

// Intersections of every pair of users of the same session, keyed (receiver index, sender index); symmetric.
using PairIntersections = std::map<std::pair<int, int>, std::vector<Interval>>;
PairIntersections sessionIntersections(const std::vector<UserTimeline>& users);

} // namespace loadscope
