#include "core/load/stats_reader.h"

#include "core/load/json_array_reader.h"
#include "core/load/json_scalar.h"
#include "core/util/iso_time.h"

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace loadscope {

namespace {

using simdjson::ondemand::object;
using simdjson::ondemand::value;

// Per-record state of the walk: where rows go, what they are tagged with, and the problems met in the record,
// which count only once its time is known to be good (a record without one is skipped whole, as before rows).
struct RecordContext {
    QosTables& tables;
    int userIndex;
    std::string_view peerId;
    ElementSite* site = nullptr;
    bool warnedNonObject = false;
    std::vector<std::pair<const char*, std::string>> warnings; // place in the text (nullptr: the record's line)

    void warn(std::string message) { warnings.emplace_back(nullptr, std::move(message)); }
    void warnAt(const char* at, std::string message) { warnings.emplace_back(at, std::move(message)); }
    void reportWarnings()
    {
        for (auto& [at, message] : warnings)
            at ? site->warnAt(at, std::move(message)) : site->warn(std::move(message));
    }
};

// NaN, Infinity, -Infinity and numbers beyond a double (1e400) are not JSON, though some serialisers write
// them: each is a problem on its own line and the value is left out, so it cannot change a statistic.
void warnNotFinite(std::string_view key, std::string_view token, RecordContext& context)
{
    const std::string_view spelled = token.substr(0, token.find_last_not_of(" \t\r\n") + 1);
    context.warnAt(token.data(), "`" + std::string(key) + "` is " + std::string(spelled) +
                                     ", not a finite JSON number; the value is left out");
}

// A string value, which a report leaves out: one without escapes is not unescaped (it cannot fail to be), one
// with escapes is, so that a bad escape still breaks the document.
simdjson::error_code skipString(value& fieldValue, std::string_view token)
{
    if (token.find('\\') == std::string_view::npos)
        return simdjson::SUCCESS;
    std::string_view unescaped;
    return fieldValue.get_string().get(unescaped);
}

// The number a report field holds, if it is one to keep: a finite number, or NaN for null (bitrate and
// packetRate are null when NaN). Not-finite spellings are reported and left out; strings, booleans and
// containers are no columns. The value's token is read once: most fields are plain numbers.
simdjson::error_code reportNumber(value& fieldValue, std::string_view key, RecordContext& context,
                                  std::optional<double>& number)
{
    const std::string_view token = fieldValue.raw_json_token();
    if (token.empty())
        return simdjson::TAPE_ERROR;
    const char first = token.front();
    if (first == '"')
        return skipString(fieldValue, token);
    double parsed = 0;
    if (first == '-' || (first >= '0' && first <= '9')) {
        if (!parseNumberToken(token, parsed))
            return simdjson::SUCCESS;
    } else {
        JsonScalar scalar; // NaN, Infinity, null, booleans, containers
        if (auto error = readScalar(fieldValue, scalar))
            return error;
        if (scalar.kind == JsonScalar::Kind::Null)
            number = std::numeric_limits<double>::quiet_NaN();
        if (scalar.kind != JsonScalar::Kind::Number)
            return simdjson::SUCCESS;
        parsed = scalar.number;
    }
    if (!std::isfinite(parsed))
        warnNotFinite(key, token, context);
    else
        number = parsed;
    return simdjson::SUCCESS;
}

// One RTCStats report → one row; every numeric field a column, plus the notebook's packetLoss.
simdjson::error_code readReport(object& report, QosTable& table, RecordContext& context)
{
    table.addRow(context.userIndex, kNoTime, context.peerId); // the record's time comes after
    std::optional<double> lost, sent, received;
    for (auto item : report) {
        simdjson::ondemand::field* field;
        std::string_view key;
        if (auto error = openField(item, field, key))
            return error;
        std::optional<double> value;
        if (auto error = reportNumber(field->value(), key, context, value))
            return error;
        if (!value)
            continue;
        const double number = *value;
        table.set(key, number);
        if (key == "packetsLost")
            lost = number;
        else if (key == "packetsSent")
            sent = number;
        else if (key == "packetsReceived")
            received = number;
    }
    // packetsLost / (packetsSent(0) + packetsReceived(0)); Python would raise on 0/0, so that stays missing.
    if (lost && (sent || received)) {
        const double denominator = sent.value_or(0.0) + received.value_or(0.0);
        if (denominator != 0.0)
            table.set("packetLoss", *lost / denominator);
    }
    return simdjson::SUCCESS;
}

simdjson::error_code readReportList(value& list, QosTable& table, RecordContext& context)
{
    simdjson::ondemand::array array;
    if (auto error = list.get_array().get(array))
        return isBrokenDocument(error) ? error : simdjson::SUCCESS; // null or missing list: no rows
    for (auto item : array) {
        value element;
        if (auto error = item.get(element))
            return error;
        object report;
        if (auto error = element.get_object().get(report)) {
            if (isBrokenDocument(error))
                return error;
            if (!context.warnedNonObject)
                context.warn("a stats list holds something other than an RTCStats object; ignored");
            context.warnedNonObject = true;
            continue;
        }
        if (auto error = readReport(report, table, context))
            return error;
    }
    return simdjson::SUCCESS;
}

// {"inbound": [...], "outbound": [...]} of one media kind.
simdjson::error_code readKind(value& kindValue, MediaKind kind, bool remote, RecordContext& context)
{
    object lists;
    if (auto error = kindValue.get_object().get(lists))
        return isBrokenDocument(error) ? error : simdjson::SUCCESS;
    for (auto item : lists) {
        simdjson::ondemand::field* field;
        std::string_view key;
        if (auto error = openField(item, field, key))
            return error;
        const bool inbound = key == "inbound";
        if (!inbound && key != "outbound")
            continue;
        const Direction direction = remote ? (inbound ? Direction::RemoteInbound : Direction::RemoteOutbound)
                                           : (inbound ? Direction::Inbound : Direction::Outbound);
        value& list = field->value();
        if (auto error = readReportList(list, context.tables.at(direction, kind), context))
            return error;
    }
    return simdjson::SUCCESS;
}

// `data` of a stats entry: audio, video, and remote.{audio,video}.
simdjson::error_code readData(value& dataValue, bool remote, RecordContext& context)
{
    object data;
    if (auto error = dataValue.get_object().get(data))
        return isBrokenDocument(error) ? error : simdjson::SUCCESS;
    for (auto item : data) {
        simdjson::ondemand::field* field;
        std::string_view key;
        if (auto error = openField(item, field, key))
            return error;
        value& child = field->value();
        simdjson::error_code error = simdjson::SUCCESS;
        if (key == "audio")
            error = readKind(child, MediaKind::Audio, remote, context);
        else if (key == "video")
            error = readKind(child, MediaKind::Video, remote, context);
        else if (key == "remote" && !remote)
            error = readData(child, true, context);
        if (error)
            return error;
    }
    return simdjson::SUCCESS;
}

// One webrtcStats entry; only event == "stats" with a `data` counts.
simdjson::error_code readEntry(object& entry, RecordContext& context)
{
    value field;
    std::string_view eventName;
    if (auto error = entry.find_field_unordered("event").get(field))
        return isBrokenDocument(error) ? error : simdjson::SUCCESS;
    if (field.get_string().get(eventName) || eventName != "stats")
        return simdjson::SUCCESS;
    std::string_view peerId;
    if (auto error = entry.find_field_unordered("peerId").get(field)) {
        if (isBrokenDocument(error))
            return error;
        context.warn("stats entry skipped: no `peerId`");
        return simdjson::SUCCESS;
    }
    if (auto error = field.get_string().get(peerId)) {
        if (isBrokenDocument(error))
            return error;
        context.warn("stats entry skipped: `peerId` is not a string");
        return simdjson::SUCCESS;
    }
    // The peer id lives in the parser's string buffer until the document ends; rows copy it when interned.
    context.peerId = peerId;
    if (auto error = entry.find_field_unordered("data").get(field))
        return isBrokenDocument(error) ? error : simdjson::SUCCESS;
    return readData(field, false, context);
}

// `webrtcStats` of a record: its entries' rows, not yet tagged with the record's time. Broken, Used, or Skipped
// when it is no array (`notArray` says so, to be reported once the record's time is known).
ElementResult readEntries(value& list, RecordContext& context, bool& notArray)
{
    simdjson::ondemand::array entries;
    if (auto error = list.get_array().get(entries)) {
        notArray = !isBrokenDocument(error);
        return notArray ? ElementResult::Skipped : ElementResult::Broken;
    }
    for (auto item : entries) {
        value entryValue;
        if (item.get(entryValue))
            return ElementResult::Broken;
        object entry;
        if (auto error = entryValue.get_object().get(entry)) {
            if (isBrokenDocument(error))
                return ElementResult::Broken;
            continue;
        }
        if (isBrokenDocument(readEntry(entry, context)))
            return ElementResult::Broken;
    }
    return ElementResult::Used;
}

// The record's time from `timestamp`, as written (`name`: `timestamp`, or in 2026 LiveKit pages `@timestamp`), or
// the reason it has none.
std::optional<TimeNs> recordTime(const std::optional<JsonScalar>& timestamp, std::string_view name, std::string& why)
{
    if (!timestamp) {
        why = "no `timestamp`";
        return std::nullopt;
    }
    if (timestamp->kind == JsonScalar::Kind::String)
        if (const auto parsed = parseTimestamp(timestamp->text))
            return parsed->time;
    why = "`" + std::string(name) + "` is " +
          (timestamp->kind == JsonScalar::Kind::String ? "not an ISO 8601 time" : jsonKindName(timestamp->kind));
    return std::nullopt;
}

// One record, read in one pass in the order it is written: `webrtcStats` first, its rows, then `timestamp`,
// which then tags them; a record whose time is missing or bad is taken back whole.
ElementResult readRecord(object& record, ElementSite& site, QosTables& tables, int userIndex)
{
    std::array<QosTable::Mark, 8> start;
    for (std::size_t t = 0; t < tables.tables.size(); ++t)
        start[t] = tables.tables[t].mark();
    RecordContext context{tables, userIndex, {}, &site, false, {}};
    std::optional<JsonScalar> timestamp, atTimestamp;
    ElementResult stats = ElementResult::Skipped; // no `webrtcStats`: skipped without a word, as it always was
    bool sawStats = false, statsNotArray = false;
    for (auto item : record) {
        simdjson::ondemand::field* field;
        std::string_view key;
        if (openField(item, field, key))
            return ElementResult::Broken;
        std::optional<JsonScalar>* time = key == "timestamp"    ? &timestamp
                                          : key == "@timestamp" ? &atTimestamp
                                                                : nullptr;
        if (time && !*time) {
            JsonScalar scalar;
            if (readScalar(field->value(), scalar))
                return ElementResult::Broken;
            *time = scalar;
        } else if (key == "webrtcStats" && !sawStats) {
            sawStats = true;
            stats = readEntries(field->value(), context, statsNotArray);
            if (stats == ElementResult::Broken)
                return stats;
        }
    }
    std::string why;
    const std::optional<TimeNs> time = timestamp ? recordTime(timestamp, "timestamp", why)
                                                 : recordTime(atTimestamp, "@timestamp", why);
    if (!time || stats != ElementResult::Used) {
        for (std::size_t t = 0; t < tables.tables.size(); ++t)
            tables.tables[t].rollBack(start[t]);
        if (!time)
            site.warn("stats record skipped: " + why);
        else if (statsNotArray)
            site.warn("stats record skipped: `webrtcStats` is not an array");
        return ElementResult::Skipped;
    }
    for (std::size_t t = 0; t < tables.tables.size(); ++t)
        tables.tables[t].setRecordTimeFrom(start[t].rows, *time);
    context.reportWarnings();
    return ElementResult::Used;
}

} // namespace

bool readStatsFile(const FileBuffer& buffer, const std::string& file, int userIndex,
                   const std::function<void(const QosTables&)>& deliver, ProblemList& problems,
                   const std::function<bool()>& cancelled)
{
    // Rows go first into this thread's scratch tables, whose columns keep their memory from file to file:
    // growing fresh vectors row by row cost more (allocation, page faults, copies) than parsing the numbers.
    thread_local QosTables scratch;
    const auto clearScratch = [] {
        for (auto& table : scratch.tables)
            table.clearKeepingCapacity();
    };
    clearScratch();
    JsonArrayReader reader(buffer, file, problems);
    const auto summary = reader.read(
        ArrayStrategy::WholeDocument,
        [userIndex](object& record, ElementSite& site) { return readRecord(record, site, scratch, userIndex); },
        clearScratch, cancelled);
    if (!summary.cancelled)
        deliver(scratch);
    clearScratch();
    return !summary.cancelled;
}

bool readStatsFile(const FileBuffer& buffer, const std::string& file, int userIndex, QosTables& out,
                   ProblemList& problems, const std::function<bool()>& cancelled)
{
    const auto copyOut = [&out](const QosTables& parsed) {
        for (std::size_t t = 0; t < out.tables.size(); ++t) {
            if (out.tables[t].rows() == 0)
                out.tables[t] = parsed.tables[t]; // an exact-size copy
            else
                out.tables[t].append(parsed.tables[t]);
        }
    };
    return readStatsFile(buffer, file, userIndex, copyOut, problems, cancelled);
}

} // namespace loadscope
