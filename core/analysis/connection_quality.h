#pragma once
// LiveKit's own verdict on each user's connection over time: its `ConnectionQualityChanged` events (quality lost,
// poor, good, excellent), as a series the timeline colours like a QoS metric. No other tool shows it.
#include "core/analysis/qos_series.h"
#include "core/analysis/test_analysis.h"

#include <optional>
#include <string_view>

namespace loadscope {

// lost 0, poor 1, good 2, excellent 3; nullopt for anything else (LiveKit's "unknown").
std::optional<double> connectionQualityScore(std::string_view quality);
const char* connectionQualityName(double score); // the word for a score (rounded), "" when none

// One series per user (same order as analysis.users). A value holds from its event to the user's next quality
// change, or to the end of the connected interval it falls in (the test's end when it falls in none); a change to
// the same value continues the interval, and any other word (LiveKit's "unknown") gives a NaN value. Only the
// user's own quality counts: an event whose `participantSid` (the one field that survives the browser-emulator
// overwriting `participant`) names another participant is left out. Empty series for OpenVidu 2 tests.
std::vector<QosSeries> connectionQualitySeries(const TestAnalysis& analysis);

// Whether any user of a LiveKit test has a ConnectionQualityChanged event (stops at the first one found).
bool hasConnectionQualityEvents(const TestData& data);

} // namespace loadscope
