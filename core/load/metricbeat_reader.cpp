#include "core/load/metricbeat_reader.h"

#include "core/load/json_scalar.h"
#include "core/util/iso_time.h"
#include "core/util/text_lines.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace loadscope {

namespace {

enum Field { Timestamp, Cpu, Memory, ActualMemory, Role, kFieldCount };
constexpr std::array<std::string_view, kFieldCount> kPaths{"@timestamp", "system.cpu.total.norm.pct",
                                                           "system.memory.used.pct", "system.memory.actual.used.pct",
                                                           "fields.node_role"};
constexpr std::string_view kMediaNodeRole = "medianode";
constexpr std::string_view kSourceWrapper = "_source"; // an Elasticsearch export's hit: the document is in it
constexpr int kMaxDepth = 8;                           // deeper than any wanted key
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The wanted fields one document holds; a JsonScalar's text is valid while its document lives.
struct Fields {
    std::array<JsonScalar, kFieldCount> values{};
    std::array<bool, kFieldCount> present{};
};

// One CPU and/or memory document (NaN: not in it).
struct Document {
    TimeNs time = kNoTime;
    double cpu = kNaN;
    double memory = kNaN;
};

// The index of the wanted field spelled `path`, or -1; `leadsToOne` when `path` is the start of one.
int wantedField(std::string_view path, bool& leadsToOne)
{
    leadsToOne = false;
    for (std::size_t i = 0; i < kPaths.size(); ++i) {
        if (kPaths[i] == path)
            return static_cast<int>(i);
        if (kPaths[i].size() > path.size() && kPaths[i].starts_with(path) && kPaths[i][path.size()] == '.')
            leadsToOne = true;
    }
    return -1;
}

// Reads the wanted fields of `object`, whose keys follow `prefix` (a dot between), nested or dotted alike.
simdjson::error_code collect(simdjson::ondemand::object& object, const std::string& prefix, int depth, Fields& fields)
{
    for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key))
            return error;
        const std::string path = prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
        simdjson::ondemand::value value;
        if (auto error = field.value().get(value))
            return error;
        const bool unwrap = depth == 0 && key == kSourceWrapper;
        bool leads = false;
        if (const int wanted = unwrap ? -1 : wantedField(path, leads); wanted >= 0) {
            if (auto error = readScalar(value, fields.values[static_cast<std::size_t>(wanted)]))
                return error;
            fields.present[static_cast<std::size_t>(wanted)] = true;
        } else if ((leads || unwrap) && depth < kMaxDepth) {
            simdjson::ondemand::object inner;
            if (auto error = value.get_object().get(inner)) {
                if (isBrokenDocument(error))
                    return error;
                continue; // not an object: nothing wanted in it
            }
            if (auto error = collect(inner, unwrap ? std::string() : path, depth + 1, fields))
                return error;
        }
    }
    return simdjson::SUCCESS;
}

class NdjsonReader {
public:
    NdjsonReader(const FileBuffer& buffer, const std::string& file, ProblemList& problems)
        : buffer_(buffer), file_(file), problems_(problems)
    {
    }

    std::vector<Document> read()
    {
        forEachLine(buffer_.text(), [this](std::string_view line, long number) { readLine(trimmed(line), number); });
        return std::move(documents_);
    }

    std::size_t otherRoles() const { return otherRoles_; }
    const std::string& otherRole() const { return otherRole_; }

private:
    static std::string_view trimmed(std::string_view line)
    {
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        return line;
    }

    void readLine(std::string_view line, long number)
    {
        if (line.empty())
            return;
        if (line.front() != '{') {
            problems_.warn(file_, number, "not a JSON object (one Metricbeat document per line expected); skipped");
            return;
        }
        Fields fields;
        simdjson::ondemand::document document;
        simdjson::ondemand::object object;
        simdjson::padded_string_view view(line.data(), line.size(), buffer_.capacityFrom(line.data()));
        auto error = threadJsonParser().iterate(view).get(document);
        if (!error)
            error = document.get_object().get(object);
        if (!error)
            error = collect(object, {}, 0, fields);
        if (!error && document.current_location().error() != simdjson::OUT_OF_BOUNDS)
            error = simdjson::TRAILING_CONTENT; // text after the object
        if (error) {
            problems_.error(file_, number,
                            std::string("not valid JSON (") + simdjson::error_message(error) + "); skipped");
            return;
        }
        use(fields, number);
    }

    // NaN when absent or null, nullopt when not a number (then the line gets a problem).
    std::optional<double> percentOf(const Fields& fields, Field which, long number)
    {
        const JsonScalar& value = fields.values[which];
        if (!fields.present[which] || value.kind == JsonScalar::Kind::Null)
            return kNaN;
        if (value.kind == JsonScalar::Kind::Number)
            return value.number;
        problems_.warn(file_, number,
                       std::string(kPaths[which]) + " is " + jsonKindName(value.kind) + ", not a number; skipped");
        return std::nullopt;
    }

    static bool holds(const Fields& fields, Field which)
    {
        return fields.present[which] && fields.values[which].kind != JsonScalar::Kind::Null;
    }

    void use(const Fields& fields, long number)
    {
        if (!holds(fields, Cpu) && !holds(fields, Memory) && !holds(fields, ActualMemory))
            return; // another metricset (load, network, process...)
        if (holds(fields, Role) && fields.values[Role].text != kMediaNodeRole) {
            if (otherRoles_++ == 0)
                otherRole_.assign(fields.values[Role].text);
            return;
        }
        const JsonScalar& stamp = fields.values[Timestamp];
        const auto time = stamp.kind == JsonScalar::Kind::String ? parseTimestamp(stamp.text) : std::nullopt;
        if (!time) {
            problems_.warn(file_, number,
                           holds(fields, Timestamp)
                               ? "@timestamp \"" + std::string(stamp.text) + "\" is not an ISO 8601 time; skipped"
                               : std::string("no @timestamp; skipped"));
            return;
        }
        const auto cpu = percentOf(fields, Cpu, number);
        const auto memory = percentOf(fields, holds(fields, Memory) ? Memory : ActualMemory, number);
        if (cpu && memory)
            documents_.push_back({time->time, *cpu, *memory});
    }

    const FileBuffer& buffer_;
    const std::string& file_;
    ProblemList& problems_;
    std::vector<Document> documents_;
    std::size_t otherRoles_ = 0;
    std::string otherRole_; // the first one met
};

// Time order, then a CPU and a memory document of the same period into one row (at the CPU document's time).
std::vector<ResourceSample> mergePeriods(std::vector<Document> documents)
{
    std::stable_sort(documents.begin(), documents.end(),
                     [](const Document& a, const Document& b) { return a.time < b.time; });
    std::vector<ResourceSample> rows;
    TimeNs periodStart = kNoTime;
    for (const Document& d : documents) {
        ResourceSample* last = rows.empty() ? nullptr : &rows.back();
        const bool samePeriod = last && d.time - periodStart < kMetricbeatSamePeriodNs &&
                                (std::isnan(last->cpu) || std::isnan(d.cpu)) &&
                                (std::isnan(last->memory) || std::isnan(d.memory));
        if (!samePeriod) {
            rows.push_back({d.time, d.cpu, d.memory});
            periodStart = d.time;
            continue;
        }
        if (!std::isnan(d.cpu)) {
            last->cpu = d.cpu;
            last->time = d.time;
        }
        if (!std::isnan(d.memory))
            last->memory = d.memory;
    }
    return rows;
}

} // namespace

std::vector<ResourceSample> readMetricbeatNdjson(const FileBuffer& buffer, const std::string& file,
                                                 ProblemList& problems)
{
    const std::string_view text = buffer.text();
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        problems.warn(file, 0, "empty file: no Metricbeat documents");
        return {};
    }
    if (text[first] == '[') {
        problems.error(file, 1, "a JSON array, not one Metricbeat document per line (NDJSON); not read");
        return {};
    }
    NdjsonReader reader(buffer, file, problems);
    std::vector<ResourceSample> rows = mergePeriods(reader.read());
    if (rows.empty() && reader.otherRoles() > 0)
        problems.warn(file, 0,
                      "no document of fields.node_role medianode: " + std::to_string(reader.otherRoles()) +
                          " CPU / memory documents of other nodes (" + reader.otherRole() + "...) skipped");
    else if (rows.empty())
        problems.warn(file, 0,
                      "no CPU or memory document (system.cpu.total.norm.pct, system.memory.used.pct): CPU is missing");
    return rows;
}

} // namespace loadscope
