#include "core/load/json_scalar.h"

#include <charconv>
#include <cerrno>
#include <cstdlib>
#include <limits>
#include <string>

namespace loadscope {

namespace {

std::string_view trimTrailingSpace(std::string_view token)
{
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

} // namespace

bool parseNumberToken(std::string_view token, double& out)
{
    token = trimTrailingSpace(token);
    if (token.empty())
        return false;
    const bool negative = token.front() == '-';
    const std::string_view body = negative ? token.substr(1) : token;
    if (body == "NaN") {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (body == "Infinity") {
        out = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return true;
    }
    if (body.empty() || body.front() < '0' || body.front() > '9')
        return false; // from_chars would accept "inf" and "nan" spellings JSON does not have
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), out);
    if (end != token.data() + token.size())
        return false;
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves `out` alone here; strtod gives Python's answer (±HUGE_VAL = inf, or 0).
        const std::string copy(token);
        out = std::strtod(copy.c_str(), nullptr);
        return true;
    }
    return ec == std::errc();
}

simdjson::error_code readScalar(simdjson::ondemand::value& value, JsonScalar& out)
{
    const std::string_view token = value.raw_json_token();
    out.text = token;
    out.kind = JsonScalar::Kind::Invalid;
    if (token.empty())
        return simdjson::TAPE_ERROR;
    switch (token.front()) {
    case '"': {
        if (auto error = value.get_string().get(out.text))
            return error;
        out.kind = JsonScalar::Kind::String;
        return simdjson::SUCCESS;
    }
    case '{':
    case '[': out.kind = JsonScalar::Kind::Container; return simdjson::SUCCESS;
    case 'n':
        if (trimTrailingSpace(token) == "null")
            out.kind = JsonScalar::Kind::Null;
        return simdjson::SUCCESS;
    case 't':
    case 'f': {
        const auto word = trimTrailingSpace(token);
        if (word == "true" || word == "false") {
            out.kind = JsonScalar::Kind::Bool;
            out.number = word == "true" ? 1.0 : 0.0;
        }
        return simdjson::SUCCESS;
    }
    default:
        if (parseNumberToken(token, out.number))
            out.kind = JsonScalar::Kind::Number;
        return simdjson::SUCCESS;
    }
}

simdjson::error_code fieldKey(simdjson::ondemand::field& field, std::string_view& key)
{
    // Stage 1 has checked that every string is closed, so the scan stops at the key's closing quote.
    const char* start = field.key().raw();
    const char* end = start;
    while (*end != '"' && *end != '\\')
        ++end;
    if (*end == '"') {
        key = std::string_view(start, static_cast<std::size_t>(end - start));
        return simdjson::SUCCESS;
    }
    return field.unescaped_key().get(key);
}

bool isBrokenDocument(simdjson::error_code error)
{
    switch (error) {
    case simdjson::SUCCESS:
    case simdjson::INCORRECT_TYPE:
    case simdjson::NO_SUCH_FIELD:
    case simdjson::NUMBER_OUT_OF_RANGE:
    case simdjson::NUMBER_ERROR:
    case simdjson::INDEX_OUT_OF_BOUNDS: return false;
    default: return true;
    }
}

const char* jsonKindName(JsonScalar::Kind kind)
{
    switch (kind) {
    case JsonScalar::Kind::Number: return "a number";
    case JsonScalar::Kind::String: return "a string";
    case JsonScalar::Kind::Null: return "null";
    case JsonScalar::Kind::Bool: return "a boolean";
    case JsonScalar::Kind::Container: return "an object or array";
    case JsonScalar::Kind::Invalid: return "not valid JSON";
    }
    return "";
}

simdjson::ondemand::parser& threadJsonParser()
{
    thread_local simdjson::ondemand::parser parser;
    return parser;
}

} // namespace loadscope
