#include "core/load/json_scalar.h"

#include <charconv>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace loadscope {

namespace {

std::string_view trimTrailingSpace(std::string_view token)
{
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    return token;
}

// Exact powers of ten: every one up to 1e22 is a double.
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The common RTCStats spellings, digits with at most one fraction and no exponent, when their value is exact
// without from_chars: a mantissa of at most 2^53 and at most 22 fraction digits make both operands exact
// doubles, and one IEEE division rounds correctly, as from_chars does (Clinger's fast path). False for any
// other spelling, which from_chars then reads.
bool parsePlainDecimal(std::string_view body, bool negative, double& out)
{
    std::uint64_t mantissa = 0;
    std::size_t digits = 0;
    std::size_t fraction = 0;
    std::size_t i = 0;
    for (; i < body.size() && body[i] >= '0' && body[i] <= '9'; ++i, ++digits)
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(body[i] - '0');
    if (i < body.size() && body[i] == '.') {
        const std::size_t first = ++i;
        for (; i < body.size() && body[i] >= '0' && body[i] <= '9'; ++i, ++digits)
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(body[i] - '0');
        fraction = i - first;
        if (fraction == 0)
            return false;
    }
    constexpr std::uint64_t kExactMantissa = std::uint64_t{1} << 53;
    if (i != body.size() || digits > 19 || mantissa > kExactMantissa || fraction > 22)
        return false;
    // Integers (most RTCStats counters) need no division: the conversion of a mantissa up to 2^53 is exact.
    const double value = fraction == 0 ? static_cast<double>(mantissa)
                                       : static_cast<double>(mantissa) / kPowersOfTen[fraction];
    out = negative ? -value : value;
    return true;
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
    if (parsePlainDecimal(body, negative, out))
        return true;
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
#if defined(__SSE2__)
    // 16 bytes at a time: every reader's input ends in simdjson's padding (64 bytes), so 16 bytes from any place
    // up to the closing quote can be read.
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    for (;; end += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end));
        const int found = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (found != 0) {
            end += __builtin_ctz(static_cast<unsigned>(found));
            break;
        }
    }
#else
    while (*end != '"' && *end != '\\')
        ++end;
#endif
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
