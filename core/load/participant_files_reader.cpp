#include "core/load/participant_files_reader.h"

#include "core/load/json_array_reader.h"
#include "core/load/json_scalar.h"
#include "core/load/load_limits.h"
#include "core/load/log_reader.h"
#include "core/util/iso_time.h"

#include <algorithm>
#include <map>

namespace loadscope {

namespace {

// The string fields of one object (other types are left out); Broken when the JSON text is bad.
ElementResult stringFields(simdjson::ondemand::object& object, std::map<std::string, std::string, std::less<>>& out)
{
    return forEachScalarField(object, [&out](std::string_view key, const JsonScalar& scalar) {
        if (scalar.kind == JsonScalar::Kind::String)
            out[std::string(key)] = std::string(scalar.text);
        return ElementResult::Used;
    });
}

std::string valueOr(const std::map<std::string, std::string, std::less<>>& fields, std::string_view a,
                    std::string_view b = {})
{
    if (auto it = fields.find(a); it != fields.end())
        return it->second;
    if (auto it = fields.find(b); !b.empty() && it != fields.end())
        return it->second;
    return {};
}

TimeNs timeOf(const std::map<std::string, std::string, std::less<>>& fields, ElementSite& site)
{
    const std::string text = valueOr(fields, "timestamp", "@timestamp");
    if (text.empty())
        return kNoTime;
    if (const auto parsed = parseTimestamp(text))
        return parsed->time;
    site.warn("`timestamp` \"" + text + "\" is not an ISO 8601 time");
    return kNoTime;
}

template <typename Handler>
void readObjects(const FileBuffer& buffer, const std::string& file, ProblemList& problems, Handler&& handler,
                 const std::function<void()>& discard)
{
    JsonArrayReader reader(buffer, file, problems);
    reader.read(
        ArrayStrategy::SplitFirst,
        [&](simdjson::ondemand::object& object, ElementSite& site) {
            if (site.raw().size() > limits::kMaxEventBytes) {
                site.warn("record skipped: " + std::to_string(site.raw().size()) + " bytes, over the limit of " +
                          limits::bytesText(limits::kMaxEventBytes) + " per record");
                return ElementResult::Skipped;
            }
            std::map<std::string, std::string, std::less<>> fields;
            if (const ElementResult r = stringFields(object, fields); r != ElementResult::Used)
                return r;
            return handler(fields, site);
        },
        discard);
}

} // namespace

void readErrorsFile(const FileBuffer& buffer, const std::string& file, std::vector<BrowserError>& out,
                    ProblemList& problems)
{
    const std::size_t before = out.size();
    readObjects(
        buffer, file, problems,
        [&](const auto& fields, ElementSite& site) {
            BrowserError e;
            e.time = timeOf(fields, site);
            e.kind = valueOr(fields, "event", "name");
            e.message = valueOr(fields, "message", "reason");
            e.raw.assign(site.raw());
            e.line = site.line();
            out.push_back(std::move(e));
            return ElementResult::Used;
        },
        [&out, before] { out.resize(before); });
}

void readConnectionsFile(const FileBuffer& buffer, const std::string& file, std::vector<JoinRecord>& out,
                         ProblemList& problems)
{
    const std::size_t before = out.size();
    readObjects(
        buffer, file, problems,
        [&](const auto& fields, ElementSite& site) {
            JoinRecord j;
            j.worker = valueOr(fields, "worker_name");
            if (j.worker.empty()) {
                site.warn("join record skipped: no `worker_name`");
                return ElementResult::Skipped;
            }
            j.time = timeOf(fields, site);
            j.participant = valueOr(fields, "new_participant_id");
            j.session = valueOr(fields, "new_participant_session");
            j.line = site.line();
            out.push_back(std::move(j));
            return ElementResult::Used;
        },
        [&out, before] { out.resize(before); });
}

std::vector<JoinRecord> joinsOfUser(const std::vector<JoinRecord>& joins, const UserKey& key)
{
    std::vector<JoinRecord> mine;
    bool anyNamed = false;
    for (const JoinRecord& j : joins) {
        const auto user = parseUserName(j.participant);
        const auto session = parseSessionName(j.session);
        anyNamed = anyNamed || (user && session);
        if (user && session && UserKey{*session, *user} == key)
            mine.push_back(j);
    }
    return anyNamed ? mine : joins;
}

} // namespace loadscope
