#pragma once
// The one policy value for every deliberate difference from the notebook (see docs/differences.md).
#include <optional>

namespace loadscope {

enum class AnalysisMode {
    Corrected,           // default: each known fault of the notebook fixed
    NotebookCompatible,  // reproduces the notebook's numbers, quirks included
};

struct AnalysisOptions {
    AnalysisMode mode = AnalysisMode::Corrected;
    std::optional<int> logUtcOffsetMinutes;  // --log-utc-offset; otherwise detected (corrected) or +02:00 (notebook)
};

} // namespace loadscope
