#include "core/analysis/media_while_failed.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace loadscope {

namespace {

struct Report {
    double time; // seconds from the test start
    double bytes;
};

// The user's inbound byte counters, per (kind, peer), in file order.
std::map<std::pair<int, std::uint32_t>, std::vector<Report>> inboundCounters(const TestAnalysis& a, int userIndex)
{
    std::map<std::pair<int, std::uint32_t>, std::vector<Report>> streams;
    for (MediaKind kind : kMediaKinds) {
        const QosTable& table = a.data->qos.at(Direction::Inbound, kind);
        const std::vector<double>* bytes = table.column("bytesReceived");
        if (!bytes)
            continue;
        for (std::size_t row = 0; row < table.rows(); ++row)
            if (table.userIndex()[row] == userIndex && !std::isnan((*bytes)[row]))
                streams[{static_cast<int>(kind), table.peer()[row]}].push_back(
                    {secondsBetween(a.start, table.recordTime()[row]), (*bytes)[row]});
    }
    return streams;
}

} // namespace

std::vector<MediaWhileFailed> mediaWhileFailed(const TestAnalysis& a, int userIndex)
{
    std::vector<MediaWhileFailed> out;
    if (!a.data || a.start == kNoTime)
        return out;
    const auto streams = inboundCounters(a, userIndex);
    for (const Segment& s : a.segments) {
        if (s.userIndex != userIndex || s.type != SegmentType::ConnectionFail)
            continue;
        double grown = 0;
        for (const auto& [stream, reports] : streams)
            for (std::size_t i = 1; i < reports.size(); ++i) {
                const Report& before = reports[i - 1];
                const Report& after = reports[i];
                if (before.time >= s.start && after.time <= s.end && after.bytes > before.bytes)
                    grown += after.bytes - before.bytes;
            }
        // Notebook mode writes each failed gap once per QoE pass: report it once.
        const bool seen = !out.empty() && std::any_of(out.begin(), out.end(), [&s](const MediaWhileFailed& m) {
            return m.start == s.start && m.end == s.end;
        });
        if (grown > 0 && !seen)
            out.push_back({s.start, s.end, grown});
    }
    return out;
}

} // namespace loadscope
