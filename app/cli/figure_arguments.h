#pragma once
// --format png svg pdf and --size WxH, as the figures command and report --html read them.
#include "ui/plot/plot_exporter.h"

#include <optional>
#include <string>
#include <vector>

namespace loadscope::cli {

std::optional<ExportFormat> parseFigureFormat(const std::string& text); // png | svg | pdf
std::optional<ExportSize> parseFigureSize(const std::string& text);     // WxH, each 16..20000

} // namespace loadscope::cli
