#pragma once
// Rule 9: a user's segments — connected intervals, QoE pieces and the gaps between combined events — each with
// the CPU statistics of its window.
#include "core/analysis/cpu_window.h"
#include "core/analysis/test_analysis.h"
#include "core/analysis/time_base.h"

#include <optional>
#include <vector>

namespace loadscope {

// The batch of the n-th user (1-based, sessions then users ascending) from batches.json.
int batchOfUser(int ordinal, const std::optional<Batches>& batches);

struct SegmentInputs {
    const std::vector<UserTimeline>& users;
    const std::vector<PlacedCut>& cuts;
    const CpuWindow& cpu;
    const TimeBase& base;
    AnalysisMode mode;
};

// Notebook mode: the vmaf pass then the visqol pass, each with every user's rows (as connection_stats_global).
// Corrected mode: one pass, each period once, clipped at a crash.
std::vector<Segment> buildSegments(const SegmentInputs& in);

} // namespace loadscope
