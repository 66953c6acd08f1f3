#include "core/load/results_report_reader.h"

#include "core/util/iso_time.h"
#include "core/util/text_lines.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <iomanip>
#include <sstream>

namespace loadscope {

namespace {

constexpr std::string_view kHeading = "----- Test Case Report ";
constexpr std::string_view kDuration = "Test duration";
constexpr TimeNs kSameStart = 60 * kNsPerSecond;
constexpr double kDurationTolerance = 2.0; // seconds: the report rounds down to whole seconds

std::optional<int> number(std::string_view text)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::vector<std::string_view> words(std::string_view text)
{
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = text.find_first_not_of(' ', at);
        if (start == std::string_view::npos)
            break;
        const std::size_t end = std::min(text.find(' ', start), text.size());
        out.push_back(text.substr(start, end - start));
        at = end;
    }
    return out;
}

// "0h 10m 0s " → 600.
std::optional<double> parseDuration(std::string_view text)
{
    const auto parts = words(text);
    if (parts.size() != 3)
        return std::nullopt;
    double total = 0;
    constexpr std::array<std::pair<char, double>, 3> kUnits{{{'h', 3600.0}, {'m', 60.0}, {'s', 1.0}}};
    for (std::size_t i = 0; i < 3; ++i) {
        if (parts[i].size() < 2 || parts[i].back() != kUnits[i].first)
            return std::nullopt;
        const auto n = number(parts[i].substr(0, parts[i].size() - 1));
        if (!n || *n < 0)
            return std::nullopt;
        total += *n * kUnits[i].second;
    }
    return total;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::optional<TimeNs> parseJavaDate(std::string_view text)
{
    static constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto parts = words(text); // EEE MMM dd HH:mm:ss zzz yyyy
    if (parts.size() != 6 || parts[3].size() != 8 || parts[3][2] != ':' || parts[3][5] != ':')
        return std::nullopt;
    unsigned month = 0;
    for (std::size_t m = 0; m < kMonths.size(); ++m)
        if (parts[1] == kMonths[m])
            month = static_cast<unsigned>(m + 1);
    const auto day = number(parts[2]);
    const auto year = number(parts[5]);
    const auto hour = number(parts[3].substr(0, 2));
    const auto minute = number(parts[3].substr(3, 2));
    const auto second = number(parts[3].substr(6, 2));
    if (month == 0 || !day || !year || !hour || !minute || !second || *day < 1 || *day > 31 || *hour < 0 ||
        *hour > 23 || *minute < 0 || *minute > 59 || *second < 0 || *second > 60)
        return std::nullopt;
    const long long days = daysFromCivil(*year, month, static_cast<unsigned>(*day));
    return timeFromSeconds(days * 86400 + *hour * 3600LL + *minute * 60LL + *second); // nullopt for a year beyond
}

bool isResultsReportName(std::string_view name)
{
    return name == "results.txt" || (name.starts_with("results-") && name.ends_with(".txt"));
}

std::vector<TestCaseReport> readResultsReport(const FileBuffer& buffer, const std::string& file, ProblemList& problems)
{
    std::vector<TestCaseReport> blocks;
    forEachLine(buffer.text(), [&](std::string_view raw, long lineNumber) {
        const std::string_view line = trimmed(raw);
        if (line.starts_with(kHeading)) {
            TestCaseReport& block = blocks.emplace_back();
            block.line = lineNumber;
            std::string_view date = line.substr(kHeading.size());
            if (const std::size_t dashes = date.rfind(" -----"); dashes != std::string_view::npos)
                date = date.substr(0, dashes);
            block.startText.assign(date);
            if (const auto parsed = parseJavaDate(date))
                block.localStart = *parsed;
            else
                problems.warn(file, lineNumber, "test case report date \"" + block.startText + "\" is not read");
            return;
        }
        const std::size_t colon = line.find(":\t");
        if (blocks.empty() || colon == std::string_view::npos)
            return; // the closing dashes, blank lines, user start times
        const std::string label(line.substr(0, colon));
        const std::string_view value = trimmed(line.substr(colon + 2));
        blocks.back().values[label] = std::string(value);
        if (label == kDuration) {
            blocks.back().durationSeconds = parseDuration(value);
            if (!blocks.back().durationSeconds)
                problems.warn(file, lineNumber, "test duration \"" + std::string(value) + "\" is not <h>h <m>m <s>s");
        }
    });
    return blocks;
}

void checkReportsAgainstLog(const std::vector<std::pair<std::string, std::vector<TestCaseReport>>>& reports,
                            const LogInfo& log, const std::string& logFile, ProblemList& problems)
{
    if (log.localStart == kNoTime || log.localEnd == kNoTime)
        return;
    const double logSeconds = secondsBetween(log.localStart, log.localEnd);
    for (const auto& [file, blocks] : reports)
        for (const TestCaseReport& block : blocks) {
            if (block.localStart == kNoTime || std::llabs(block.localStart - log.localStart) > kSameStart ||
                !block.durationSeconds)
                continue;
            if (std::fabs(*block.durationSeconds - logSeconds) <= kDurationTolerance)
                continue;
            std::ostringstream text;
            text << std::fixed << std::setprecision(1) << "test duration " << *block.durationSeconds
                 << " s disagrees with " << logFile << ": " << logSeconds << " s from its line " << log.startLine
                 << " to line " << log.endLine;
            problems.warn(file, block.line, text.str());
        }
}

} // namespace loadscope
