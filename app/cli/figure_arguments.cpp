#include "figure_arguments.h"

#include <charconv>

namespace loadscope::cli {

std::optional<ExportFormat> parseFigureFormat(const std::string& text)
{
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf})
        if (text == exportFormatSuffix(f))
            return f;
    return std::nullopt;
}

std::optional<ExportSize> parseFigureSize(const std::string& text)
{
    const auto x = text.find('x');
    if (x == std::string::npos)
        return std::nullopt;
    auto number = [](const char* first, const char* last) -> std::optional<int> {
        int value = 0;
        auto [end, ec] = std::from_chars(first, last, value);
        if (ec != std::errc() || end != last || value < 16 || value > 20000)
            return std::nullopt;
        return value;
    };
    const auto w = number(text.data(), text.data() + x);
    const auto h = number(text.data() + x + 1, text.data() + text.size());
    if (!w || !h)
        return std::nullopt;
    return ExportSize{*w, *h, 1.0};
}

} // namespace loadscope::cli
