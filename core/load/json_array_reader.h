#pragma once
// Walks the objects of a file that holds one JSON array (events.json, stats.json, QoE cut files) and hands
// each to a handler, surviving what real result folders contain: an unterminated array (a test still running),
// a broken object in the middle, bytes that are not UTF-8, NaN tokens.
//
// Two strategies share the handler:
//  - WholeDocument: simdjson on-demand over the whole file, no extra pass. Used for the big stats.json files.
//    On the first sign of broken JSON the partial result is discarded (via `discard`) and the file is re-read
//    with SplitFirst, so both strategies give the same result.
//  - SplitFirst: a string-aware bracket scan cuts the array into object slices; each slice is parsed on its
//    own (in place, inside the padded file buffer). A broken slice costs only itself, and the handler can see
//    its raw text.
#include "core/load/file_buffer.h"
#include "core/load/json_scalar.h"
#include "core/model/problem.h"

#include <simdjson.h>

#include <functional>
#include <string>
#include <string_view>

namespace loadscope {

// What the handler knows about the element it is given, and where it reports problems (with the line).
class ElementSite {
public:
    // `start` is where the element's text begins in the file buffer, `offset` its byte offset in the file.
    ElementSite(std::size_t index, const char* start, std::size_t offset, std::string_view raw, const std::string& file,
                LineIndex& lines, ProblemList& problems)
        : index_(index), start_(start), offset_(offset), raw_(raw), file_(file), lines_(lines), problems_(problems)
    {
    }
    std::size_t index() const { return index_; }         // 0-based position in the array
    long line() const { return lines_.lineOf(offset_); } // 1-based line where the object starts
    std::string_view raw() const { return raw_; }        // the object's text; empty with WholeDocument
    void warn(std::string message) { problems_.warn(file_, line(), std::move(message)); }
    // A problem on the line of `at`, a place inside the element's text (e.g. a token simdjson points to).
    void warnAt(const char* at, std::string message)
    {
        problems_.warn(file_, lines_.lineOf(offset_ + static_cast<std::size_t>(at - start_)), std::move(message));
    }
    void error(std::string message) { problems_.error(file_, line(), std::move(message)); }

private:
    std::size_t index_;
    const char* start_;
    std::size_t offset_;
    std::string_view raw_;
    const std::string& file_;
    LineIndex& lines_;
    ProblemList& problems_;
};

enum class ElementResult { Used, Skipped, Broken }; // Broken: the JSON text itself is bad (see isBrokenDocument)

using ElementHandler = std::function<ElementResult(simdjson::ondemand::object&, ElementSite&)>;

// Reads each field of `object` as a scalar (json_scalar.h) and hands it to `visit(key, scalar)`, which returns Used
// to go on or Skipped to drop the element. Broken when the JSON text itself is bad.
template <typename Visit>
ElementResult forEachScalarField(simdjson::ondemand::object& object, Visit&& visit)
{
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return ElementResult::Broken;
        simdjson::ondemand::value value = field.value();
        JsonScalar scalar;
        if (auto error = readScalar(value, scalar))
            return isBrokenDocument(error) ? ElementResult::Broken : ElementResult::Skipped;
        if (const ElementResult r = visit(key, scalar); r != ElementResult::Used)
            return r;
    }
    return ElementResult::Used;
}

enum class ArrayStrategy { WholeDocument, SplitFirst };

struct ArrayReadSummary {
    std::size_t elements = 0; // objects handed to the handler
    bool truncated = false;   // the array was not closed (the warning is already in the problem list)
    bool cancelled = false;
};

// Live follow: how much of a growing array's `text` (from its '[') is complete.
struct ArrayPrefix {
    std::size_t length = 0; // ends after the last complete item (after the '[' when none yet; 0 before it)
    std::size_t items = 0;  // complete items in it
    bool closed = false;    // the ']' was reached: then `length` is the whole text, for the reader to judge
};
ArrayPrefix completeArrayPrefix(std::string_view text);

class JsonArrayReader {
public:
    // `file` is the name used in problems (root-relative). Problems go to `problems`.
    JsonArrayReader(const FileBuffer& buffer, std::string file, ProblemList& problems);

    // `discard` must undo everything the handler did (called before a WholeDocument read falls back).
    // `cancelled` is polled every few hundred elements.
    ArrayReadSummary read(ArrayStrategy strategy, const ElementHandler& handler, const std::function<void()>& discard,
                          const std::function<bool()>& cancelled = {});

private:
    bool readWholeDocument(const ElementHandler& handler, ArrayReadSummary& summary, ProblemList& pending,
                           const std::function<bool()>& cancelled);
    void readSplitFirst(const ElementHandler& handler, ArrayReadSummary& summary,
                        const std::function<bool()>& cancelled);
    std::size_t offsetOf(const char* at) const { return static_cast<std::size_t>(at - buffer_.begin()); }

    const FileBuffer& buffer_;
    std::string file_;
    ProblemList& problems_;
    LineIndex lines_;
};

} // namespace loadscope
