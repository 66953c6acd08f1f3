#include "model_comparison.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace loadscope::testing {

namespace {

bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

std::string compareEvents(const UserEvents& a, const UserEvents& b)
{
    if (a.key != b.key || a.folder != b.folder)
        return "user " + a.folder + " vs " + b.folder;
    if (a.events.size() != b.events.size())
        return a.folder + ": " + std::to_string(a.events.size()) + " events vs " + std::to_string(b.events.size());
    for (std::size_t i = 0; i < a.events.size(); ++i) {
        const Event& x = a.events[i];
        const Event& y = b.events[i];
        if (std::tie(x.time, x.name, x.event, x.connection, x.connectionId, x.raw, x.line, x.fileIndex) !=
            std::tie(y.time, y.name, y.event, y.connection, y.connectionId, y.raw, y.line, y.fileIndex))
            return a.folder + ": event " + std::to_string(i) + " differs";
    }
    return {};
}

std::string compareQos(const QosTable& a, const QosTable& b, const std::string& where)
{
    if (a.rows() != b.rows())
        return where + ": " + std::to_string(a.rows()) + " rows vs " + std::to_string(b.rows());
    if (a.userIndex() != b.userIndex() || a.recordTime() != b.recordTime())
        return where + ": user or time of a row differs";
    for (std::size_t r = 0; r < a.rows(); ++r)
        if (a.peers()[a.peer()[r]] != b.peers()[b.peer()[r]])
            return where + ": peer of row " + std::to_string(r) + " differs";
    if (a.metricNames() != b.metricNames())
        return where + ": columns differ";
    for (const std::string& metric : a.metricNames()) {
        const auto& x = *a.column(metric);
        const auto& y = *b.column(metric);
        if (!std::equal(x.begin(), x.end(), y.begin(), y.end(), same))
            return where + ": column " + metric + " differs";
    }
    return {};
}

std::string compareTest(const TestData& a, const TestData& b)
{
    const std::string& name = a.info.name;
    if (a.info.name != b.info.name || a.info.server != b.info.server || a.info.topology != b.info.topology)
        return "test " + a.info.name + " vs " + b.info.name;
    if (a.users.size() != b.users.size())
        return name + ": " + std::to_string(a.users.size()) + " users vs " + std::to_string(b.users.size());
    for (std::size_t u = 0; u < a.users.size(); ++u)
        if (std::string d = compareEvents(a.users[u], b.users[u]); !d.empty())
            return d;
    for (std::size_t t = 0; t < a.qos.tables.size(); ++t)
        if (std::string d = compareQos(a.qos.tables[t], b.qos.tables[t], name + " QoS table " + std::to_string(t));
            !d.empty())
            return d;
    if (a.log.present != b.log.present || a.log.localStart != b.log.localStart || a.log.localEnd != b.log.localEnd ||
        a.log.startLine != b.log.startLine || a.log.endLine != b.log.endLine ||
        a.log.zoneOffsetMinutes != b.log.zoneOffsetMinutes)
        return name + ": log bounds differ";
    if (a.log.failures.size() != b.log.failures.size())
        return name + ": " + std::to_string(a.log.failures.size()) + " failures vs " +
               std::to_string(b.log.failures.size());
    for (std::size_t i = 0; i < a.log.failures.size(); ++i) {
        const Failure& x = a.log.failures[i];
        const Failure& y = b.log.failures[i];
        if (x.key != y.key || x.localTime != y.localTime || x.attempts != y.attempts || x.line != y.line)
            return name + ": failure " + std::to_string(i) + " differs";
    }
    if (a.resources.size() != b.resources.size())
        return name + ": " + std::to_string(a.resources.size()) + " CPU rows vs " + std::to_string(b.resources.size());
    for (std::size_t i = 0; i < a.resources.size(); ++i)
        if (a.resources[i].time != b.resources[i].time || !same(a.resources[i].cpu, b.resources[i].cpu) ||
            !same(a.resources[i].memory, b.resources[i].memory))
            return name + ": CPU row " + std::to_string(i) + " differs";
    if (a.qoe.size() != b.qoe.size())
        return name + ": " + std::to_string(a.qoe.size()) + " QoE rows vs " + std::to_string(b.qoe.size());
    for (std::size_t i = 0; i < a.qoe.size(); ++i) {
        const QoeCut& x = a.qoe[i];
        const QoeCut& y = b.qoe[i];
        if (x.receiver != y.receiver || x.sender != y.sender || x.cutIndex != y.cutIndex || !same(x.vmaf, y.vmaf) ||
            !same(x.visqol, y.visqol) || x.fileIndex != y.fileIndex || x.row != y.row ||
            x.extra.size() != y.extra.size())
            return name + ": QoE row " + std::to_string(i) + " differs";
    }
    if (a.batches.has_value() != b.batches.has_value() ||
        (a.batches && (a.batches->startingParticipants != b.batches->startingParticipants ||
                       a.batches->batchSize != b.batches->batchSize)))
        return name + ": batches differ";
    return {};
}

std::vector<std::tuple<std::string, long, int, std::string>> sortedProblems(const Results& r)
{
    std::vector<std::tuple<std::string, long, int, std::string>> out;
    for (const Problem& p : r.problems)
        out.emplace_back(p.file, p.line, static_cast<int>(p.severity), p.message);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::string firstDifference(const Results& a, const Results& b)
{
    if (a.tests.size() != b.tests.size())
        return std::to_string(a.tests.size()) + " tests vs " + std::to_string(b.tests.size());
    for (std::size_t t = 0; t < a.tests.size(); ++t)
        if (std::string d = compareTest(a.tests[t], b.tests[t]); !d.empty())
            return d;
    const auto pa = sortedProblems(a), pb = sortedProblems(b);
    if (pa != pb) {
        std::string text = "problems differ:";
        for (const auto& p : pa)
            if (std::find(pb.begin(), pb.end(), p) == pb.end())
                text += "\n  only first: " + std::get<0>(p) + ":" + std::to_string(std::get<1>(p)) + " " +
                        std::get<3>(p);
        for (const auto& p : pb)
            if (std::find(pa.begin(), pa.end(), p) == pa.end())
                text += "\n  only second: " + std::get<0>(p) + ":" + std::to_string(std::get<1>(p)) + " " +
                        std::get<3>(p);
        return text;
    }
    return {};
}

} // namespace loadscope::testing
