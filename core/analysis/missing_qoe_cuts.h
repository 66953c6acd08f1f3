#pragma once
// The receiver/sender pairs of a test that should have a QoE cuts file and have none. Since 2026 a recording whose
// alignment failed once leaves no file at all (results-format.md, "QoE cuts"), so a missing file is a rejected
// recording, not a pair without QoE. A pair should have one when the test has cuts files at all, the sender is a
// publisher of the receiver's session and the two were connected together (recording starts 5 s after both are,
// connected_intervals.h) for at least one padded fragment (5 s plus 1 s of padding on each side).
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

inline constexpr double kPaddedFragmentSeconds = 7.0; // 1 s + the default 5 s fragment + 1 s

struct MissingQoeCuts {
    int receiverIndex = 0; // into TestAnalysis::users
    int senderIndex = 0;
    double recordableSeconds = 0; // the pair's connected time together, from 5 s after both connected
};

// Sorted by (receiver, sender). Empty when the test has no cut at all (QoE was not measured).
std::vector<MissingQoeCuts> missingQoeCuts(const TestAnalysis& a);
// The same for one receiver only (the inspector's user): its session's pairs only, cheap on any test.
std::vector<MissingQoeCuts> missingQoeCutsOfReceiver(const TestAnalysis& a, int receiverIndex);

} // namespace loadscope
