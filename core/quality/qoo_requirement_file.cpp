#include "core/quality/qoo_requirement_file.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace loadscope {
namespace {

// Thrown inside the parser only; carries the JSON path of the offending value.
struct SchemaError : std::runtime_error {
    SchemaError(const std::string& where, const std::string& what) : std::runtime_error(where + ": " + what) {}
};

void rejectUnknownKeys(const nlohmann::json& object, const std::string& where, const std::set<std::string>& known)
{
    for (const auto& item : object.items())
        if (!known.count(item.key())) {
            std::string list;
            for (const auto& k : known)
                list += (list.empty() ? "" : ", ") + k;
            throw SchemaError(where, "unknown key \"" + item.key() + "\" (expected: " + list + ")");
        }
}

double requiredNumber(const nlohmann::json& object, const std::string& where, const std::string& key)
{
    const auto it = object.find(key);
    if (it == object.end())
        throw SchemaError(where, "missing \"" + key + "\"");
    if (!it->is_number())
        throw SchemaError(where + "." + key, "must be a number, not " + std::string(it->type_name()));
    const double value = it->get<double>();
    if (!std::isfinite(value) || value < 0)
        throw SchemaError(where + "." + key, "must be a finite number >= 0");
    return value;
}

void requireOrdered(double rop, double cpup, const std::string& where, const std::string& unit)
{
    if (!(cpup > rop))
        throw SchemaError(where, "the critical point (cpup_" + unit +
                                     ") must be worse (larger) than the optimum (rop_" + unit + ")");
}

QooLatencyPoint latencyPoint(const nlohmann::json& item, const std::string& where)
{
    if (!item.is_object())
        throw SchemaError(where, "must be an object {\"percentile\", \"rop_ms\", \"cpup_ms\"}");
    rejectUnknownKeys(item, where, {"percentile", "rop_ms", "cpup_ms"});
    QooLatencyPoint point{requiredNumber(item, where, "percentile"), requiredNumber(item, where, "rop_ms"),
                          requiredNumber(item, where, "cpup_ms")};
    if (point.percentile > 100)
        throw SchemaError(where + ".percentile", "must be between 0 and 100");
    requireOrdered(point.ropMs, point.cpupMs, where, "ms");
    return point;
}

QooRequirement requirementFrom(const nlohmann::json& root, const std::string& defaultName)
{
    if (!root.is_object())
        throw SchemaError("$", "the requirement must be a JSON object");
    rejectUnknownKeys(root, "$", {"name", "latency", "loss", "min_throughput_mbps"});
    QooRequirement requirement;
    requirement.name = defaultName;
    if (const auto name = root.find("name"); name != root.end()) {
        if (!name->is_string())
            throw SchemaError("$.name", "must be a string");
        requirement.name = name->get<std::string>();
    }
    if (const auto latency = root.find("latency"); latency != root.end()) {
        if (!latency->is_array())
            throw SchemaError("$.latency", "must be an array of {\"percentile\", \"rop_ms\", \"cpup_ms\"}");
        for (std::size_t i = 0; i < latency->size(); ++i)
            requirement.latency.push_back(latencyPoint((*latency)[i], "$.latency[" + std::to_string(i) + "]"));
    }
    if (const auto loss = root.find("loss"); loss != root.end()) {
        if (!loss->is_object())
            throw SchemaError("$.loss", "must be an object {\"rop_percent\", \"cpup_percent\"}");
        rejectUnknownKeys(*loss, "$.loss", {"rop_percent", "cpup_percent"});
        QooLossRequirement term{requiredNumber(*loss, "$.loss", "rop_percent"),
                                requiredNumber(*loss, "$.loss", "cpup_percent")};
        if (term.cpupPercent > 100)
            throw SchemaError("$.loss.cpup_percent", "must be between 0 and 100");
        requireOrdered(term.ropPercent, term.cpupPercent, "$.loss", "percent");
        requirement.loss = term;
    }
    if (root.contains("min_throughput_mbps"))
        requirement.minThroughputMbps = requiredNumber(root, "$", "min_throughput_mbps");
    if (requirement.latency.empty() && !requirement.loss && !requirement.minThroughputMbps)
        throw SchemaError("$", "no requirement: give \"latency\", \"loss\" or \"min_throughput_mbps\"");
    return requirement;
}

} // namespace

QooRequirementParse parseQooRequirement(std::string_view json, const std::string& sourceName)
{
    QooRequirementParse result;
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json.begin(), json.end());
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann's message names the line and column ("syntax error while parsing value - ... at line 3, ...").
        result.error = sourceName + ": not valid JSON: " + e.what();
        return result;
    }
    try {
        result.requirement = requirementFrom(root, std::filesystem::path(sourceName).stem().string());
    } catch (const SchemaError& e) {
        result.error = sourceName + ": " + e.what();
    }
    return result;
}

QooRequirementParse loadQooRequirementFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {std::nullopt, path + ": cannot open the requirement file"};
    std::ostringstream text;
    text << in.rdbuf();
    return parseQooRequirement(text.str(), path);
}

} // namespace loadscope
