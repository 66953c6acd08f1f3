#pragma once
// Reading one JSON value leniently with simdjson on-demand: numbers are parsed from the token text so the
// notebook's Python reader is matched (NaN, Infinity, -Infinity are numbers; 1e400 is inf), and a value of an
// unexpected type is reported as such rather than as a broken document.
#include <simdjson.h>

#include <string_view>

namespace loadscope {

struct JsonScalar {
    enum class Kind { Number, String, Null, Bool, Container, Invalid };
    Kind kind = Kind::Invalid;
    double number = 0.0;   // Kind::Number
    std::string_view text; // Kind::String (unescaped, valid while the document lives); the token otherwise
};

// Classifies and reads `value` without consuming containers. Returns an error only when the document
// itself is broken (the caller then gives up on the element).
simdjson::error_code readScalar(simdjson::ondemand::value& value, JsonScalar& out);

// The text of a number token as a double: NaN / Infinity / -Infinity, overflow to ±inf, underflow to 0.
bool parseNumberToken(std::string_view token, double& out);

// The key of `field` without copying it: a view into the document when it has no escapes (RTCStats keys never
// do), else the unescaped copy simdjson makes. Call once per field, before reading its value.
simdjson::error_code fieldKey(simdjson::ondemand::field& field, std::string_view& key);

// The field an object iteration gives (`for (auto item : object)`) and its key (as fieldKey), left in `item`:
// copying it out (`std::move(item).get(field)`) stalls on a store-to-load forward, which took a fifth of the
// stats reader's time. `field` points into `item`.
inline simdjson::error_code openField(simdjson::simdjson_result<simdjson::ondemand::field>& item,
                                      simdjson::ondemand::field*& field, std::string_view& key)
{
    if (auto error = item.error())
        return error;
    field = &item.value_unsafe();
    return fieldKey(*field, key);
}

// Type errors and missing fields leave the document usable; anything else means the JSON text is broken.
bool isBrokenDocument(simdjson::error_code error);

const char* jsonKindName(JsonScalar::Kind kind);

// One on-demand parser per loader thread: it keeps its buffers between files instead of reallocating them.
// A document it iterates is valid until the same thread iterates the next one.
simdjson::ondemand::parser& threadJsonParser();

} // namespace loadscope
