#include "core/analysis/cpu_window.h"

#include <algorithm>
#include <cmath>

namespace loadscope {

namespace {

double medianOf(std::vector<double> values)
{
    const std::size_t n = values.size();
    const auto mid = values.begin() + static_cast<long>(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (n % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2; // numpy: mean of the two middle values
}

} // namespace

CpuWindow::CpuWindow(const std::vector<ResourcePoint>& points)
{
    for (const auto& p : points)
        if (!std::isnan(p.cpu)) {
            times_.push_back(p.time);
            cpu_.push_back(p.cpu);
        }
}

CpuStats CpuWindow::stats(double start, double end) const
{
    CpuStats s;
    if (times_.empty())
        return s;
    auto first = std::lower_bound(times_.begin(), times_.end(), start);
    auto last = std::upper_bound(times_.begin(), times_.end(), end);
    if (first >= last) {
        // None inside: the nearest sample time before start or after end (ties go to the later one, as the
        // notebook's strict '<'), with every sample at that time.
        auto before = std::lower_bound(times_.begin(), times_.end(), start); // first >= start
        auto after = std::upper_bound(times_.begin(), times_.end(), end);    // first > end
        double pick;
        if (before == times_.begin())
            pick = *after;
        else if (after == times_.end())
            pick = *(before - 1);
        else
            pick = (start - *(before - 1) < *after - end) ? *(before - 1) : *after;
        first = std::lower_bound(times_.begin(), times_.end(), pick);
        last = std::upper_bound(times_.begin(), times_.end(), pick);
    }
    const auto from = static_cast<std::size_t>(first - times_.begin());
    const auto to = static_cast<std::size_t>(last - times_.begin());
    std::vector<double> values(cpu_.begin() + static_cast<long>(from), cpu_.begin() + static_cast<long>(to));
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / static_cast<double>(values.size());
    s.start = values.front();
    s.end = values.back();
    s.min = *std::min_element(values.begin(), values.end());
    s.max = *std::max_element(values.begin(), values.end());
    s.median = medianOf(std::move(values));
    return s;
}

} // namespace loadscope
