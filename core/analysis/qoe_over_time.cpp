#include "core/analysis/qoe_over_time.h"

#include "core/analysis/pandas_csv_number.h"

#include <cmath>
#include <map>

namespace loadscope {

double qoeBucketSeconds(const TestInfo& info)
{
    // The notebook tests the folder name ("kurento" in index_list_name), not the parsed server.
    return info.name.find("kurento") != std::string::npos ? 0.001 : 1.0;
}

double pythonFloorDivide(double a, double b)
{
    // CPython's float_floor_div (and NumPy's npy_divmod): divide the exact remainder out, then floor, nudging up
    // when the quotient is just below a whole number.
    double mod = std::fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0 && ((b < 0) != (mod < 0)))
        div -= 1.0;
    if (div == 0.0)
        return std::copysign(0.0, a / b);
    double floored = std::floor(div);
    if (div - floored > 0.5)
        floored += 1.0;
    return floored;
}

QoeOverTime computeQoeOverTime(const TestAnalysis& analysis)
{
    QoeOverTime result;
    if (analysis.data)
        result.bucketSeconds = qoeBucketSeconds(analysis.data->info);
    const bool notebook = analysis.mode == AnalysisMode::NotebookCompatible;
    auto asRead = [notebook](double x) { return notebook ? pandasCsvRoundTrip(x) : x; };
    struct Sum {
        double sum = 0;
        long count = 0;
    };
    std::map<double, Sum> vmaf, visqol;
    for (const Segment& s : analysis.segments) {
        if (s.type != SegmentType::Qoe || std::isnan(s.qoe))
            continue;
        const double midpoint = (asRead(s.start) + asRead(s.end)) / 2;
        const double bucket = pythonFloorDivide(midpoint, result.bucketSeconds) * result.bucketSeconds;
        Sum& sum = (s.metric == QoeMetric::Vmaf ? vmaf : visqol)[bucket];
        sum.sum += asRead(s.qoe);
        ++sum.count;
    }
    auto toSeries = [](const std::map<double, Sum>& sums) {
        std::vector<TimeBucketMean> series;
        series.reserve(sums.size());
        for (const auto& [time, sum] : sums)
            series.push_back({time, sum.sum / static_cast<double>(sum.count), sum.count});
        return series;
    };
    result.vmaf = toSeries(vmaf);
    result.visqol = toSeries(visqol);
    return result;
}

} // namespace loadscope
