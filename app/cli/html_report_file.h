#pragma once
// report --html: DIR/report.html from results already analysed (its figures drawn offscreen as PNG). Needs the
// GUI libraries; without them it returns why it cannot.
#include "core/pipeline/analysed_results.h"

#include <filesystem>
#include <string>

namespace loadscope::cli {

// Empty on success, else a message naming what failed. Progress on stderr.
std::string writeHtmlReportFile(const AnalysedResults& analysed, const AnalyseRequest& request,
                                const std::filesystem::path& out);

} // namespace loadscope::cli
