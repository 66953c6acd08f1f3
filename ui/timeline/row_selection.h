#pragma once
// Which timeline rows are shown and in what order: filters by role, session and failures; natural order (sessions,
// then users), by first failure, or by mean metric value.
#include "ui/timeline/timeline_rows.h"

#include <vector>

namespace loadscope {

enum class RoleFilter { All, Publishers, Subscribers };
enum class RowOrder { Natural, FirstFailure, MeanValue };

struct RowSelection {
    RoleFilter role = RoleFilter::All;
    int session = 0; // 0 = every session
    bool onlyEverFailed = false;
    RowOrder order = RowOrder::Natural;
};

// Indices into `rows`, top row first.
std::vector<int> selectRows(const std::vector<TimelineRow>& rows, const RowSelection& selection);

} // namespace loadscope
