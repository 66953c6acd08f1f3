#include "ui/timeline/row_selection.h"

#include <algorithm>
#include <cmath>

namespace loadscope {

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
    return shown;
}

} // namespace loadscope
