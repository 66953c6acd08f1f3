#include "core/analysis/batch_starts.h"

#include <cmath>
#include <map>

namespace loadscope {

std::vector<BatchStart> batchStarts(const TestAnalysis& analysis)
{
    std::map<int, BatchStart> batches;
    for (const UserTimeline& user : analysis.users) {
        BatchStart& b = batches.try_emplace(user.batch, BatchStart{user.batch, kNaN, 0}).first->second;
        ++b.users;
        for (const CombinedEvent& e : user.combined)
            if (e.kind == CombinedKind::Start && !(e.time >= b.time))
                b.time = e.time;
    }
    std::vector<BatchStart> result;
    for (const auto& [batch, start] : batches)
        if (!std::isnan(start.time))
            result.push_back(start);
    return result;
}

} // namespace loadscope
