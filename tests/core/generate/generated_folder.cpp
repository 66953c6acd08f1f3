#include "generated_folder.h"

#include "core/util/iso_time.h"

#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace loadscope::testing {

std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + path.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::map<std::string, std::string> readTree(const std::filesystem::path& root)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
        if (entry.is_regular_file())
            files[std::filesystem::relative(entry.path(), root).generic_string()] = readText(entry.path());
    return files;
}

nlohmann::json readJson(const std::filesystem::path& path)
{
    try {
        return nlohmann::json::parse(readText(path));
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(path.string() + ": " + e.what());
    }
}

std::vector<std::vector<std::string>> readCsv(const std::filesystem::path& path)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(readText(path));
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cells;
        std::size_t from = 0;
        for (std::size_t comma; (comma = line.find(',', from)) != std::string::npos; from = comma + 1)
            cells.push_back(line.substr(from, comma - from));
        cells.push_back(line.substr(from));
        rows.push_back(std::move(cells));
    }
    return rows;
}

TimeNs parseTime(const std::string& text, int offsetMinutes)
{
    const auto parsed = parseTimestamp(text);
    if (!parsed)
        return kNoTime;
    if (parsed->hasOffset)
        return parsed->time;
    return parsed->time - static_cast<TimeNs>(offsetMinutes) * 60 * kNsPerSecond;
}

ControllerLogFacts readControllerLog(const std::filesystem::path& path, int offsetMinutes)
{
    // The same expressions as the notebook's cell In [5], plus the prefix check.
    static const std::regex failed(
        R"((.*) ERROR .* Participant User(\d+) in session LoadTestSession(\d+) failed (\d+) times)");
    static const std::regex start(R"((.*) INFO .* Starting test with .*)");
    static const std::regex end(R"((.*) INFO .* Saved result in .*)");
    static const std::regex prefix(
        R"(^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\.\d{3}(\+\d\d:\d\d)? +(INFO|WARN|ERROR|DEBUG) \d+ --- \[.{15}\] .{40} : )");
    ControllerLogFacts facts;
    std::istringstream in(readText(path));
    std::smatch m;
    for (std::string line; std::getline(in, line);) {
        if (!std::regex_search(line, prefix))
            ++facts.unmatchedLines;
        if (std::regex_search(line, m, failed)) {
            facts.failures.push_back(
                {std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[4]), parseTime(m[1].str(), offsetMinutes)});
        } else if (facts.start == kNoTime && std::regex_search(line, m, start)) {
            facts.start = parseTime(m[1].str().substr(0, m[1].str().find_last_not_of(' ') + 1), offsetMinutes);
        } else if (facts.end == kNoTime && std::regex_search(line, m, end)) {
            facts.end = parseTime(m[1].str().substr(0, m[1].str().find_last_not_of(' ') + 1), offsetMinutes);
        }
    }
    return facts;
}

} // namespace loadscope::testing
