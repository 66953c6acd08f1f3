#include "ui/timeline/row_selection.h"

#include "core/analysis/worker_counts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <string>

namespace loadscope {

namespace {

// Each row's worker as its rank in the natural order of the names (NaN: no worker, last).
auto workerRanks(const std::vector<TimelineRow>& rows)
{
    std::vector<std::string> names;
    for (const TimelineRow& r : rows)
        if (!r.worker.isEmpty())
            names.push_back(r.worker.toStdString());
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return naturalLess(a, b); });
    names.erase(std::unique(names.begin(), names.end()), names.end());
    auto rank = std::make_shared<std::map<QString, double>>();
    for (std::size_t i = 0; i < names.size(); ++i)
        (*rank)[QString::fromStdString(names[i])] = static_cast<double>(i);
    return [rank](const TimelineRow& r) {
        const auto it = rank->find(r.worker);
        return it == rank->end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
    };
}

} // namespace

std::vector<int> selectRows(const std::vector<TimelineRow>& rows, const RowSelection& selection)
{
    std::vector<int> shown;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TimelineRow& row = rows[i];
        if (selection.role == RoleFilter::Publishers && !row.publisher)
            continue;
        if (selection.role == RoleFilter::Subscribers && row.publisher)
            continue;
        if (selection.session != 0 && row.session != selection.session)
            continue;
        if (selection.onlyEverFailed && std::isnan(row.firstFailure))
            continue;
        if (!selection.worker.isEmpty() && row.worker != selection.worker)
            continue;
        shown.push_back(static_cast<int>(i));
    }
    // NaN keys (never failed, no value) go last; ties keep the natural order.
    auto byKey = [&](auto key, bool ascending) {
        std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) {
            const double ka = key(rows[static_cast<std::size_t>(a)]);
            const double kb = key(rows[static_cast<std::size_t>(b)]);
            if (std::isnan(ka) || std::isnan(kb))
                return !std::isnan(ka) && std::isnan(kb);
            return ascending ? ka < kb : ka > kb;
        });
    };
    if (selection.order == RowOrder::FirstFailure)
        byKey([](const TimelineRow& r) { return r.firstFailure; }, true);
    else if (selection.order == RowOrder::MeanValue)
        byKey([](const TimelineRow& r) { return r.meanValue; }, true);
    else if (selection.order == RowOrder::Worker)
        byKey(workerRanks(rows), true);
    return shown;
}

} // namespace loadscope
