#pragma once
// Which timeline rows are shown and in what order: filters by role, session, browser-emulator worker and failures;
// natural order (sessions, then users), by first failure, by mean metric value, or by worker (grouped, workers in
// natural order of their names, users without one last; an overloaded worker shows as a band of failed or poorly
// coloured rows).
#include "ui/timeline/timeline_rows.h"

#include <vector>

namespace loadscope {

enum class RoleFilter { All, Publishers, Subscribers };
enum class RowOrder { Natural, FirstFailure, MeanValue, Worker };

struct RowSelection {
    RoleFilter role = RoleFilter::All;
    int session = 0; // 0 = every session
    bool onlyEverFailed = false;
    RowOrder order = RowOrder::Natural;
    QString worker; // "" = every worker
};

// Indices into `rows`, top row first.
std::vector<int> selectRows(const std::vector<TimelineRow>& rows, const RowSelection& selection);

} // namespace loadscope
