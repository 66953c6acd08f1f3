#include "core/load/resource_csv_reader.h"

#include "core/load/json_scalar.h"
#include "core/util/iso_time.h"
#include "core/util/text_lines.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace loadscope {

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"')
        text = text.substr(1, text.size() - 2);
    return text;
}

// Splits on commas outside double quotes (Elasticsearch exports quote nothing, but a hand edit may).
std::vector<std::string_view> splitCsvLine(std::string_view line)
{
    std::vector<std::string_view> cells;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ',' && !quoted) {
            cells.push_back(trim(line.substr(start, i - start)));
            start = i + 1;
        }
    }
    cells.push_back(trim(line.substr(start)));
    return cells;
}

// pandas reads an empty cell as NaN; anything else must be a number.
std::optional<double> parseCell(std::string_view cell)
{
    if (cell.empty() || cell == "NaN" || cell == "nan" || cell == "NA" || cell == "null")
        return std::numeric_limits<double>::quiet_NaN();
    double value = 0.0;
    if (parseNumberToken(cell, value))
        return value;
    return std::nullopt;
}

int columnOf(const std::vector<std::string_view>& header, std::string_view name)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return static_cast<int>(i);
    return -1;
}

} // namespace

std::vector<ResourceSample> readResourceCsv(const FileBuffer& buffer, const std::string& file, ProblemList& problems)
{
    std::vector<ResourceSample> rows;
    std::vector<std::string_view> lines;
    forEachLine(buffer.text(), [&lines](std::string_view line, long) { lines.push_back(line); });
    if (lines.empty() || trim(lines.front()).empty()) {
        problems.error(file, lines.empty() ? 0 : 1, "no header line (expected @timestamp,cpu,memory)");
        return rows;
    }
    const auto header = splitCsvLine(lines.front());
    const int timeColumn = columnOf(header, "@timestamp");
    const int cpuColumn = columnOf(header, "cpu");
    const int memoryColumn = columnOf(header, "memory");
    if (timeColumn < 0) {
        problems.error(file, 1, "no @timestamp column in the header");
        return rows;
    }
    if (cpuColumn < 0)
        problems.warn(file, 1, "no cpu column in the header: CPU is missing");
    if (memoryColumn < 0)
        problems.warn(file, 1, "no memory column in the header: memory is missing");
    const int needed = std::max({timeColumn, cpuColumn, memoryColumn}) + 1;
    bool warnedOrder = false;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const long lineNumber = static_cast<long>(i) + 1;
        if (trim(lines[i]).empty())
            continue; // pandas skips blank lines
        const auto cells = splitCsvLine(lines[i]);
        if (static_cast<int>(cells.size()) < needed) {
            problems.warn(file, lineNumber,
                          "row has " + std::to_string(cells.size()) + " cells, expected " +
                              std::to_string(header.size()) + "; skipped");
            continue;
        }
        const auto time = parseTimestamp(cells[static_cast<std::size_t>(timeColumn)]);
        if (!time) {
            problems.warn(file, lineNumber,
                          "\"" + std::string(cells[static_cast<std::size_t>(timeColumn)]) +
                              "\" is not an ISO 8601 time; row skipped");
            continue;
        }
        const auto cpu = cpuColumn < 0 ? parseCell({}) : parseCell(cells[static_cast<std::size_t>(cpuColumn)]);
        const auto memory = memoryColumn < 0 ? parseCell({}) : parseCell(cells[static_cast<std::size_t>(memoryColumn)]);
        if (!cpu || !memory) {
            problems.warn(file, lineNumber, "cpu or memory is not a number; row skipped");
            continue;
        }
        if (!warnedOrder && !rows.empty() && time->time < rows.back().time) {
            problems.warn(
                file, lineNumber,
                "rows are not in time order; file order kept (the notebook takes the last row as the end of the data)");
            warnedOrder = true;
        }
        rows.push_back({time->time, *cpu, *memory});
    }
    return rows;
}

} // namespace loadscope
