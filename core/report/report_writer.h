#pragma once
// Writes the report's CSV files (the contract other checks read) for analysed tests.
#include "core/analysis/test_analysis.h"

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace loadscope {

void writeSegmentsCsv(std::ostream& out, const std::vector<TestAnalysis>& tests);
void writeThresholdsCsv(std::ostream& out, const std::vector<TestAnalysis>& tests);
void writeProgressionCsv(std::ostream& out, const std::vector<TestAnalysis>& tests);
void writeQosSummaryCsv(std::ostream& out, const std::vector<TestAnalysis>& tests);
void writeProblemsCsv(std::ostream& out, const std::vector<Problem>& problems);

// Writes `name` in `dir` through a temporary file renamed into place, so a reader never sees half a file.
// Throws std::runtime_error naming the file when it cannot be written.
void writeFileAtomically(const std::filesystem::path& dir, const std::string& name,
                         const std::function<void(std::ostream&)>& write);

} // namespace loadscope
