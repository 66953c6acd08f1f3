#pragma once
// Stretches without stats records while a user is connected (issue 16, "Stats gaps"). The browser-emulator posts a
// stats record every 2 s (results-format.md, "stats.json"); before 2024-08-12 its worker refused posts over 100 kB,
// so records went missing when many peers were connected. A stretch of a connected interval with no record for
// more than twice the period is a gap: "no stats", not "connected, no data".
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

inline constexpr double kStatsPeriodSeconds = 2.0;
inline constexpr double kStatsGapSeconds = 2 * kStatsPeriodSeconds; // longer than this is a gap

struct StatsGapCount {
    int gaps = 0;
    double seconds = 0; // their total length
};

// The gaps of one user (index into analysis.users), sorted: within each of its connected intervals, the stretches
// between the interval's start, its stats records (times of the rows of its QoS tables) and the interval's end
// that last longer than kStatsGapSeconds. Empty when the test has no QoS rows at all (stats not loaded).
std::vector<Interval> statsGapsOfUser(const TestAnalysis& analysis, int user);

// statsGapsOfUser for every user at once (same order as analysis.users), counted.
std::vector<StatsGapCount> statsGapCounts(const TestAnalysis& analysis);

} // namespace loadscope
