#pragma once
// Writes one flat JSON object field by field straight into an OutputFile (keys are plain identifiers).
#include "core/generate/output_file.h"

#include <string_view>

namespace loadscope::generate {

class JsonObject {
public:
    explicit JsonObject(OutputFile& out) : out_(out) { out_.put('{'); }
    JsonObject(const JsonObject&) = delete;
    JsonObject& operator=(const JsonObject&) = delete;

    JsonObject& number(std::string_view key, double value)
    {
        key_(key).number(value);
        return *this;
    }
    JsonObject& integer(std::string_view key, long long value)
    {
        key_(key).integer(value);
        return *this;
    }
    JsonObject& string(std::string_view key, std::string_view value)
    {
        key_(key).quoted(value);
        return *this;
    }
    JsonObject& boolean(std::string_view key, bool value)
    {
        key_(key).text(value ? "true" : "false");
        return *this;
    }
    JsonObject& epochMs(std::string_view key, TimeNs t)
    {
        key_(key).epochMilliseconds(t);
        return *this;
    }
    // A value the caller writes itself right after this call (a nested object or array).
    OutputFile& nested(std::string_view key) { return key_(key); }
    void close() { out_.put('}'); }

private:
    OutputFile& key_(std::string_view key)
    {
        if (!first_)
            out_.put(',');
        first_ = false;
        return out_.put('"').text(key).text("\":");
    }

    OutputFile& out_;
    bool first_ = true;
};

} // namespace loadscope::generate
