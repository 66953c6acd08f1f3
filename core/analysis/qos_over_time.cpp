#include "core/analysis/qos_over_time.h"

#include "core/analysis/qos_series.h"
#include "core/analysis/qos_summary.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace loadscope {

namespace {

struct Sample {
    double seconds = 0; // from the bucket origin
    double value = kNaN;
};

bool keepsOnlyPositive(std::string_view column)
{
    return column == "bitrate" || column == "packetRate";
}

std::vector<double> columnValues(const QosTable& table, std::string_view column, AnalysisMode mode)
{
    if (column == "packetLoss" && mode == AnalysisMode::Corrected) {
        const auto* lost = table.column("packetsLost");
        if (!lost)
            return {};
        const auto* received = table.column("packetsReceived");
        const auto* sent = table.column("packetsSent");
        std::vector<double> values(table.rows(), kNaN);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = correctedPacketLoss((*lost)[i], received ? (*received)[i] : kNaN, sent ? (*sent)[i] : kNaN);
        return values;
    }
    const auto* values = table.column(column);
    return values ? *values : std::vector<double>{};
}

// Report times in ms since the epoch: the report's own `timestamp`, else the record's time.
std::vector<double> reportMilliseconds(const QosTable& table)
{
    std::vector<double> ms(table.rows(), kNaN);
    const auto* timestamps = table.column("timestamp");
    for (std::size_t i = 0; i < ms.size(); ++i) {
        if (timestamps && !std::isnan((*timestamps)[i]))
            ms[i] = (*timestamps)[i];
        else if (table.recordTime()[i] != kNoTime)
            ms[i] = static_cast<double>(table.recordTime()[i]) / 1e6;
    }
    return ms;
}

} // namespace

QosOverTime computeQosOverTime(const TestData& data, TimeNs testStart, Direction direction, MediaKind kind,
                               std::string_view column, AnalysisMode mode)
{
    QosOverTime result;
    const QosTable& table = data.qos.at(direction, kind);
    const std::vector<double> values = columnValues(table, column, mode);
    result.hasColumn = !values.empty();
    if (!result.hasColumn || testStart == kNoTime)
        return result;
    const bool notebook = mode == AnalysisMode::NotebookCompatible;
    const std::vector<double> ms = reportMilliseconds(table);
    double earliest = kNaN;
    for (double t : ms)
        if (!std::isnan(t) && !(t >= earliest))
            earliest = t;
    if (std::isnan(earliest))
        return result;
    result.originSeconds = notebook ? secondsBetween(testStart, millisecondsToNs(earliest)) : 0.0;
    const bool positiveOnly = !notebook && keepsOnlyPositive(column);

    struct Accumulator {
        double sum = 0, min = kNaN, max = kNaN;
        long count = 0;
    };
    std::map<double, Accumulator> buckets;
    for (std::size_t i = 0; i < ms.size(); ++i) {
        if (std::isnan(ms[i]))
            continue;
        const double seconds = notebook ? (ms[i] - earliest) / 1000
                                        : secondsBetween(testStart, millisecondsToNs(ms[i]));
        const double value = values[i];
        if (positiveOnly && !(value > 0))
            continue;
        Accumulator& a = buckets[std::nearbyint(seconds)]; // half to even, as Python's round(x, 0)
        if (std::isnan(value))
            continue; // the bucket exists (pandas keeps the group) but the sample has no value
        a.sum += value;
        a.min = a.count == 0 ? value : std::min(a.min, value);
        a.max = a.count == 0 ? value : std::max(a.max, value);
        ++a.count;
    }
    result.buckets.reserve(buckets.size());
    for (const auto& [key, a] : buckets)
        result.buckets.push_back({key + 0.0, result.originSeconds + key,
                                  a.count > 0 ? a.sum / static_cast<double>(a.count) : kNaN, a.min, a.max, a.count});
    return result;
}

} // namespace loadscope
