#include "core/load/json_array_reader.h"

#include "core/load/json_scalar.h"

#include <string>

namespace loadscope {

namespace {

constexpr std::size_t kCancelPollInterval = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

const char* skipSpace(const char* p, const char* end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

// One past the closing quote of the string starting at `p`, or nullptr when the text ends inside it.
const char* endOfString(const char* p, const char* end)
{
    for (++p; p < end; ++p) {
        if (*p == '\\')
            ++p;
        else if (*p == '"')
            return p + 1;
    }
    return nullptr;
}

// One past the end of the JSON value starting at `p`, or nullptr when the text ends inside it. Only brackets
// and strings are followed; simdjson judges the rest when the slice is parsed.
const char* endOfValue(const char* p, const char* end)
{
    if (*p == '"')
        return endOfString(p, end);
    if (*p != '{' && *p != '[') {
        // At least one character, so a stray '}' is an item of its own and the caller's loop moves on.
        do
            ++p;
        while (p < end && *p != ',' && *p != ']' && *p != '}' && !isSpace(*p));
        return p;
    }
    int depth = 0;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            p = endOfString(p, end);
            if (!p)
                return nullptr;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return p + 1;
        }
        ++p;
    }
    return nullptr;
}

std::string brokenMessage(simdjson::error_code error)
{
    return std::string("malformed JSON object skipped (") + simdjson::error_message(error) + ")";
}

} // namespace

ArrayPrefix completeArrayPrefix(std::string_view text)
{
    ArrayPrefix prefix;
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* p = skipSpace(begin, end);
    if (p == end)
        return prefix;
    if (*p != '[') { // not an array at all: the reader says so
        prefix.closed = true;
        prefix.length = text.size();
        return prefix;
    }
    const char* complete = ++p;
    for (;;) {
        p = skipSpace(p, end);
        while (p < end && *p == ',')
            p = skipSpace(p + 1, end);
        if (p == end)
            break;
        if (*p == ']') {
            prefix.closed = true;
            prefix.length = text.size();
            return prefix;
        }
        const bool container = *p == '{' || *p == '[' || *p == '"';
        p = endOfValue(p, end);
        if (!p || (!container && p == end)) // a number at the very end may still be growing
            break;
        complete = p;
        ++prefix.items;
    }
    prefix.length = static_cast<std::size_t>(complete - begin);
    return prefix;
}

JsonArrayReader::JsonArrayReader(const FileBuffer& buffer, std::string file, ProblemList& problems)
    : buffer_(buffer), file_(std::move(file)), problems_(problems), lines_(buffer.text())
{
}

ArrayReadSummary JsonArrayReader::read(ArrayStrategy strategy, const ElementHandler& handler,
                                       const std::function<void()>& discard, const std::function<bool()>& cancelled)
{
    ArrayReadSummary summary;
    // A file cut at its size limit is never a whole document: going straight to the slices spares simdjson's
    // index of the whole file (4 bytes per structural character) and a pass that could only fail.
    if (strategy == ArrayStrategy::WholeDocument && !buffer_.cutAtLimit()) {
        ProblemList pending;
        if (readWholeDocument(handler, summary, pending, cancelled)) {
            problems_.append(pending);
            return summary;
        }
        if (discard)
            discard();
        summary = {};
    }
    readSplitFirst(handler, summary, cancelled);
    return summary;
}

bool JsonArrayReader::readWholeDocument(const ElementHandler& handler, ArrayReadSummary& summary, ProblemList& pending,
                                        const std::function<bool()>& cancelled)
{
    const std::string_view text = buffer_.text();
    simdjson::ondemand::document document;
    simdjson::padded_string_view view(text.data(), text.size(), buffer_.capacityFrom(text.data()));
    if (threadJsonParser().iterate(view).get(document))
        return false;
    simdjson::ondemand::array array;
    if (document.get_array().get(array))
        return false;
    for (auto item : array) {
        simdjson::ondemand::value value;
        if (item.get(value))
            return false;
        const char* at = nullptr;
        if (value.current_location().get(at))
            return false;
        ElementSite site(summary.elements, at, offsetOf(at), {}, file_, lines_, pending);
        simdjson::ondemand::object object;
        if (auto error = value.get_object().get(object)) {
            if (isBrokenDocument(error))
                return false;
            site.warn("item " + std::to_string(summary.elements + 1) + " is not a JSON object; skipped");
        } else if (handler(object, site) == ElementResult::Broken) {
            return false;
        }
        ++summary.elements;
        if (cancelled && summary.elements % kCancelPollInterval == 0 && cancelled()) {
            summary.cancelled = true;
            return true;
        }
    }
    // Anything after the closing bracket is for SplitFirst to report.
    return document.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

void JsonArrayReader::readSplitFirst(const ElementHandler& handler, ArrayReadSummary& summary,
                                     const std::function<bool()>& cancelled)
{
    const std::string_view text = buffer_.text();
    const char* const end = text.data() + text.size();
    const char* p = skipSpace(text.data(), end);
    if (p == end) {
        problems_.warn(file_, 0, "empty file");
        return;
    }
    if (*p != '[') {
        problems_.error(file_, lines_.lineOf(offsetOf(p)), "expected a JSON array");
        return;
    }
    ++p;
    for (;;) {
        p = skipSpace(p, end);
        while (p < end && *p == ',')
            p = skipSpace(p + 1, end);
        if (p == end) {
            summary.truncated = true;
            problems_.warn(file_, lines_.lineOf(offsetOf(p)),
                           "the array is not closed (file cut short, e.g. a test still running); read its " +
                               std::to_string(summary.elements) + " complete items");
            return;
        }
        if (*p == ']')
            break;
        const char* valueEnd = endOfValue(p, end);
        if (!valueEnd) {
            summary.truncated = true;
            problems_.warn(file_, lines_.lineOf(offsetOf(p)),
                           "the file ends inside an item (file cut short, e.g. a test still running); read the " +
                               std::to_string(summary.elements) + " complete items before it");
            return;
        }
        const std::string_view raw(p, static_cast<std::size_t>(valueEnd - p));
        ElementSite site(summary.elements, p, offsetOf(p), raw, file_, lines_, problems_);
        if (*p != '{') {
            site.warn("item " + std::to_string(summary.elements + 1) + " is not a JSON object; skipped");
        } else {
            simdjson::ondemand::document document;
            simdjson::ondemand::object object;
            simdjson::padded_string_view view(raw.data(), raw.size(), buffer_.capacityFrom(raw.data()));
            auto error = threadJsonParser().iterate(view).get(document);
            if (!error)
                error = document.get_object().get(object);
            if (error)
                site.error(brokenMessage(error));
            else if (handler(object, site) == ElementResult::Broken)
                site.error("malformed JSON object; skipped from the fault on");
        }
        ++summary.elements;
        p = valueEnd;
        if (cancelled && summary.elements % kCancelPollInterval == 0 && cancelled()) {
            summary.cancelled = true;
            return;
        }
    }
    if (skipSpace(p + 1, end) != end)
        problems_.warn(file_, lines_.lineOf(offsetOf(skipSpace(p + 1, end))),
                       "text after the end of the array ignored");
}

} // namespace loadscope
