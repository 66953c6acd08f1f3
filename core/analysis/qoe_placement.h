#pragma once
// Rules 7 and 8: QoE fragments placed in time inside the receiver/sender intersections, and a receiver's
// QoE sub-intervals (every fragment bound splits time; each piece gets the mean of its overlapping fragments).
#include "core/analysis/connected_intervals.h"
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

// Places every cut of `data.qoe`; a cut whose pair has no intersection keeps NaN bounds.
// `userIndexOf` maps a UserKey to an index into users (−1 when absent).
std::vector<PlacedCut> placeQoeCuts(const TestData& data, const std::vector<UserTimeline>& users,
                                    const PairIntersections& intersections);

struct QoePiece {
    double start = 0, end = 0;
    double value = kNaN;
};

// Every fragment bound splits time; each piece between two bounds gets the mean of the fragments over it (none: no
// piece). `fragments` in any order.
std::vector<QoePiece> meanOfOverlaps(std::vector<QoePiece> fragments);

// The QoE sub-intervals of one receiver for one metric. Corrected mode leaves ViSQOL failures (< 0) out.
std::vector<QoePiece> qoeSubIntervals(const std::vector<PlacedCut>& cuts, int receiverIndex, QoeMetric metric,
                                      AnalysisMode mode);

// numpy.round(x, 5): rint(x * 1e5) / 1e5.
double roundTo5Decimals(double x);

} // namespace loadscope
