#include "core/analysis/thresholds.h"

#include "core/analysis/pandas_csv_number.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace loadscope {

namespace {

struct Row {
    double cpuMedian, value;
};

using Band = std::function<bool(double)>;

const std::vector<Band>& bands()
{
    static const std::vector<Band> b{
        [](double) { return true; },
        [](double c) { return c < 0.8; },
        [](double c) { return c < 0.9; },
        [](double c) { return c < 0.95; },
        [](double c) { return c >= 0.8 && c < 0.9; },
        [](double c) { return c >= 0.9; },
        [](double c) { return c >= 0.9 && c < 0.95; },
        [](double c) { return c >= 0.95; },
    };
    return b;
}

// numpy's median: the middle value, or the mean of the two middle values; linear time (nth_element).
double median(std::vector<double> v)
{
    const std::size_t n = v.size();
    const auto upper = v.begin() + static_cast<long>(n / 2);
    std::nth_element(v.begin(), upper, v.end());
    if (n % 2)
        return *upper;
    const double lower = *std::max_element(v.begin(), upper);
    return (lower + *upper) / 2;
}

// Notebook: a connectionStart row counts when the same user has a connectionSuccess row of the same attempt
// starting later (NaN attempts never match). Corrected: the attempt itself succeeded — a connected interval
// begins exactly where this connecting period ends.
class StartSuccessIndex {
public:
    StartSuccessIndex(const std::vector<Segment>& segments, const std::vector<UserTimeline>& users, AnalysisMode mode)
        : users_(users), mode_(mode), successes_(users.size())
    {
        for (const auto& s : segments)
            if (s.type == SegmentType::ConnectionSuccess && static_cast<std::size_t>(s.userIndex) < users.size())
                successes_[static_cast<std::size_t>(s.userIndex)].push_back(&s);
    }

    bool leadsToSuccess(const Segment& start) const
    {
        const auto u = static_cast<std::size_t>(start.userIndex);
        if (mode_ == AnalysisMode::Corrected) {
            const auto& connected = users_[u].connected;
            return std::any_of(connected.begin(), connected.end(),
                               [&](const Interval& i) { return i.start == start.end; });
        }
        const double startTime = pandasCsvRoundTrip(start.start);
        return std::any_of(successes_[u].begin(), successes_[u].end(), [&](const Segment* s) {
            return s->attempt == start.attempt && pandasCsvRoundTrip(s->start) > startTime;
        });
    }

private:
    const std::vector<UserTimeline>& users_;
    AnalysisMode mode_;
    std::vector<std::vector<const Segment*>> successes_;
};

std::vector<Row> rowsOf(ThresholdKind kind, const std::vector<Segment>& segments,
                        const std::vector<UserTimeline>& users, AnalysisMode mode)
{
    std::vector<Row> rows;
    const StartSuccessIndex index(segments, users, mode);
    // The notebook computes these from its connection_stats table written to CSV and read back.
    const auto asRead = [mode](double x) {
        return mode == AnalysisMode::NotebookCompatible ? pandasCsvRoundTrip(x) : x;
    };
    for (const auto& s : segments) {
        if (kind == ThresholdKind::ConnectionStart) {
            if (s.type == SegmentType::ConnectionStart && index.leadsToSuccess(s))
                rows.push_back({asRead(s.cpu.median), asRead(s.end - s.start)});
        } else if (s.type == SegmentType::Qoe &&
                   s.metric == (kind == ThresholdKind::Vmaf ? QoeMetric::Vmaf : QoeMetric::Visqol)) {
            rows.push_back({asRead(s.cpu.median), asRead(s.qoe)});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.cpuMedian < b.cpuMedian; });
    return rows;
}

} // namespace

std::vector<std::string> thresholdLabels(AnalysisMode mode)
{
    if (mode == AnalysisMode::NotebookCompatible)
        return {"Full test",
                "Median CPU < 0.8",
                "Median CPU < 0.9",
                "Median CPU < 0.95",
                "0.8 <= Median CPU < 0.9",
                "0.9 <= Median CPU <= 1",
                "0.9 < Median CPU <= 0.95",
                "0.95 < Median CPU"};
    return {"Full test",
            "Median CPU < 0.8",
            "Median CPU < 0.9",
            "Median CPU < 0.95",
            "0.8 <= Median CPU < 0.9",
            "0.9 <= Median CPU",
            "0.9 <= Median CPU < 0.95",
            "0.95 <= Median CPU"};
}

ThresholdRow describeValues(std::string label, const std::vector<double>& values)
{
    ThresholdRow row;
    row.label = std::move(label);
    std::vector<double> v;
    for (double x : values)
        if (!std::isnan(x))
            v.push_back(x);
    row.count = static_cast<long>(v.size());
    if (v.empty())
        return row;
    double sum = 0;
    for (double x : v)
        sum += x;
    row.mean = sum / static_cast<double>(v.size());
    row.min = *std::min_element(v.begin(), v.end());
    row.max = *std::max_element(v.begin(), v.end());
    if (v.size() > 1) {
        double squares = 0;
        for (double x : v)
            squares += (x - row.mean) * (x - row.mean);
        row.std = std::sqrt(squares / static_cast<double>(v.size() - 1));
    }
    row.median = median(std::move(v));
    return row;
}

ThresholdTable computeThresholds(ThresholdKind kind, const std::vector<Segment>& segments,
                                 const std::vector<UserTimeline>& users, AnalysisMode mode)
{
    ThresholdTable table;
    table.kind = kind;
    const auto rows = rowsOf(kind, segments, users, mode);
    const auto labels = thresholdLabels(mode);
    for (std::size_t b = 0; b < bands().size(); ++b) {
        std::vector<double> values, cpu;
        for (const auto& r : rows)
            if (bands()[b](r.cpuMedian)) {
                values.push_back(r.value);
                cpu.push_back(r.cpuMedian);
            }
        table.rows.push_back(describeValues(labels[b], values));
        table.values.push_back(std::move(values));
        table.cpuMedians.push_back(std::move(cpu));
    }
    return table;
}

} // namespace loadscope
