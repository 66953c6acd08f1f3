#include "core/load/batches_reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace loadscope {

namespace {

std::optional<int> wholeNumber(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    const double value = it->get<double>(); // exact for every int
    // Beyond int is not a participant count (and converting such a double to int is undefined).
    if (std::fabs(value) > std::numeric_limits<int>::max() || value != std::trunc(value))
        return std::nullopt;
    return static_cast<int>(value);
}

long lineOfByte(std::string_view text, std::size_t byte)
{
    byte = std::min(byte, text.size());
    return 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(byte), '\n'));
}

} // namespace

bool isCutShortJson(std::string_view text)
{
    try {
        const auto document = nlohmann::json::parse(text.begin(), text.end());
        return document.is_discarded(); // never: parse throws on errors
    } catch (const nlohmann::json::parse_error& error) {
        return error.byte > text.size(); // the parser ran out of input
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

std::map<std::string, Batches> readBatchesFile(const FileBuffer& buffer, const std::string& file, ProblemList& problems)
{
    std::map<std::string, Batches> batches;
    const std::string_view text = buffer.text();
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        problems.error(file, lineOfByte(text, error.byte > 0 ? error.byte - 1 : 0),
                       std::string("not valid JSON: ") + error.what());
        return batches;
    } catch (const nlohmann::json::exception& error) { // e.g. out_of_range: a number beyond a double
        problems.error(file, 0, std::string("not readable JSON: ") + error.what());
        return batches;
    }
    if (!document.is_object()) {
        problems.error(file, 1, "expected an object keyed by test name");
        return batches;
    }
    for (const auto& [test, entry] : document.items()) {
        const auto starting = entry.is_object() ? wholeNumber(entry, "startingParticipants") : std::nullopt;
        const auto size = entry.is_object() ? wholeNumber(entry, "batchSize") : std::nullopt;
        if (!starting || !size || *starting < 0 || *size <= 0) {
            problems.warn(file, 0,
                          "entry \"" + test +
                              "\" needs whole numbers startingParticipants >= 0 and batchSize > 0; ignored");
            continue;
        }
        batches[test] = {*starting, *size};
    }
    return batches;
}

} // namespace loadscope
