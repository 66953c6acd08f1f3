#include "core/quality/latency_sample_file.h"

#include <charconv>
#include <string_view>

namespace loadscope {
namespace {

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

} // namespace

LatencySampleRead readLatencySamples(std::istream& in, const std::string& sourceName)
{
    LatencySampleRead result;
    std::string line;
    long lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        const std::string_view text = trimmed(line);
        if (text.empty() || text.front() == '#')
            continue;
        double value = 0.0;
        // from_chars accepts "nan" and "inf" too; they reach addSample, which decides (NaN per quality mode).
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size()) {
            result.error = sourceName + ":" + std::to_string(lineNumber) + ": not a number: \"" + std::string(text) +
                           "\"";
            return result;
        }
        result.samples.push_back({value, lineNumber});
    }
    if (in.bad())
        result.error = sourceName + ": read error after line " + std::to_string(lineNumber);
    return result;
}

} // namespace loadscope
