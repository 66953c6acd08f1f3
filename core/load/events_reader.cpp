#include "core/load/events_reader.h"

#include "core/load/json_array_reader.h"
#include "core/load/json_scalar.h"
#include "core/load/livekit_events.h"
#include "core/load/load_limits.h"
#include "core/util/iso_time.h"

namespace loadscope {

namespace {

// Reads one string-valued field; false (with a problem) when it has another type.
bool readStringField(simdjson::ondemand::value& value, std::string_view key, std::string& out, bool& broken,
                     ElementSite& site, bool& wasNull)
{
    JsonScalar scalar;
    if (auto error = readScalar(value, scalar)) {
        broken = isBrokenDocument(error);
        return false;
    }
    wasNull = scalar.kind == JsonScalar::Kind::Null;
    if (scalar.kind == JsonScalar::Kind::String) {
        out.assign(scalar.text);
        return true;
    }
    if (wasNull)
        return true;
    site.warn("event skipped: `" + std::string(key) + "` is " + jsonKindName(scalar.kind) + ", expected a string");
    return false;
}

ElementResult readEvent(simdjson::ondemand::object& object, ElementSite& site, std::vector<Event>& out)
{
    // The inspector keeps each event's text: an absurd one is refused before anything is copied.
    if (site.raw().size() > limits::kMaxEventBytes) {
        site.warn("event skipped: " + std::to_string(site.raw().size()) + " bytes, over the limit of " +
                  limits::bytesText(limits::kMaxEventBytes) + " per event");
        return ElementResult::Skipped;
    }
    Event event;
    bool hasEvent = false, hasConnection = false, connectionIsNull = false;
    std::string timestampText, participantSid;
    bool hasTimestamp = false;
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return ElementResult::Broken;
        simdjson::ondemand::value value = field.value();
        bool broken = false, wasNull = false;
        if (key == "event") {
            if (!readStringField(value, key, event.event, broken, site, wasNull))
                return broken ? ElementResult::Broken : ElementResult::Skipped;
            hasEvent = !wasNull;
        } else if (key == "connection") {
            if (!readStringField(value, key, event.connection, broken, site, wasNull))
                return broken ? ElementResult::Broken : ElementResult::Skipped;
            hasConnection = true;
            connectionIsNull = wasNull;
        } else if (key == "connectionId") {
            if (!readStringField(value, key, event.connectionId, broken, site, wasNull))
                return broken ? ElementResult::Broken : ElementResult::Skipped;
        } else if (key == "participantSid") {
            if (!readStringField(value, key, participantSid, broken, site, wasNull))
                return broken ? ElementResult::Broken : ElementResult::Skipped;
        } else if (key == "timestamp" || key == "@timestamp") {
            if (!readStringField(value, key, timestampText, broken, site, wasNull))
                return broken ? ElementResult::Broken : ElementResult::Skipped;
            hasTimestamp = !wasNull;
        }
    }
    if (!hasEvent) {
        site.warn("event skipped: no `event` name");
        return ElementResult::Skipped;
    }
    if (!hasTimestamp) {
        site.warn("event skipped: no `timestamp`");
        return ElementResult::Skipped;
    }
    const auto parsed = parseTimestamp(timestampText);
    if (!parsed) {
        site.warn("event skipped: `timestamp` \"" + timestampText + "\" is not an ISO 8601 time");
        return ElementResult::Skipped;
    }
    event.time = parsed->time;
    // The notebook formats the name with an f-string, so a null connection reads "None".
    event.name = hasConnection ? event.event + "-" + (connectionIsNull ? std::string("None") : event.connection)
                               : event.event;
    attributeThroughParticipantSid(event, participantSid);
    event.raw.assign(site.raw());
    event.line = site.line();
    out.push_back(std::move(event));
    return ElementResult::Used;
}

} // namespace

void readEventsFile(const FileBuffer& buffer, const std::string& file, std::vector<Event>& out, ProblemList& problems,
                    std::size_t keptBefore)
{
    JsonArrayReader reader(buffer, file, problems);
    const std::size_t before = out.size();
    bool refusedTheRest = false;
    reader.read(
        ArrayStrategy::SplitFirst,
        [&](simdjson::ondemand::object& object, ElementSite& site) {
            if (keptBefore + out.size() - before < limits::kMaxEventsPerFile)
                return readEvent(object, site, out);
            if (!refusedTheRest)
                site.error("more than " + std::to_string(limits::kMaxEventsPerFile) +
                           " events, the limit per events.json; the rest of the file is refused");
            refusedTheRest = true;
            return ElementResult::Skipped;
        },
        [&out, before] { out.resize(before); });
}

} // namespace loadscope
