#pragma once
// The one policy value for every deliberate difference from the notebook (see docs/differences.md).
#include <optional>
#include <string_view>

namespace loadscope {

enum class AnalysisMode {
    Corrected,          // default: each known fault of the notebook fixed
    NotebookCompatible, // reproduces the notebook's numbers, quirks included
};

struct AnalysisOptions {
    AnalysisMode mode = AnalysisMode::Corrected;
    std::optional<int> logUtcOffsetMinutes; // --log-utc-offset; otherwise detected (corrected) or +02:00 (notebook)
};

// The names on the command lines (--mode) and in the GUI's settings: "corrected" | "notebook".
const char* analysisModeKey(AnalysisMode mode);
// "corrected", "notebook" or "notebook-compatible"; nullopt otherwise.
std::optional<AnalysisMode> parseAnalysisMode(std::string_view key);

} // namespace loadscope
