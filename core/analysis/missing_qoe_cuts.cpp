#include "core/analysis/missing_qoe_cuts.h"

#include "core/analysis/connected_intervals.h"

#include <set>

namespace loadscope {

namespace {

using PairsWithFile = std::set<std::pair<UserKey, int>>; // (receiver, sender user number)

PairsWithFile pairsWithFile(const TestData& data)
{
    PairsWithFile pairs;
    for (const QoeCut& cut : data.qoe)
        pairs.insert({cut.receiver, cut.sender});
    return pairs;
}

void addMissingOfReceiver(const TestAnalysis& a, const PairsWithFile& withFile, int receiver,
                          std::vector<MissingQoeCuts>& out)
{
    const UserTimeline& r = a.users[static_cast<std::size_t>(receiver)];
    for (std::size_t sender = 0; sender < a.users.size(); ++sender) {
        const UserTimeline& s = a.users[sender];
        if (s.key.session != r.key.session || static_cast<int>(sender) == receiver || !s.publisher ||
            withFile.count({r.key, s.key.user}) > 0)
            continue;
        double together = 0;
        for (const Interval& i : intersectIntervals(r.connected, s.connected))
            together += i.end - i.start;
        if (together >= kPaddedFragmentSeconds)
            out.push_back({receiver, static_cast<int>(sender), together});
    }
}

} // namespace

std::vector<MissingQoeCuts> missingQoeCuts(const TestAnalysis& a)
{
    std::vector<MissingQoeCuts> missing;
    if (!a.data || a.data->qoe.empty())
        return missing;
    const PairsWithFile withFile = pairsWithFile(*a.data);
    for (std::size_t receiver = 0; receiver < a.users.size(); ++receiver)
        addMissingOfReceiver(a, withFile, static_cast<int>(receiver), missing);
    return missing;
}

std::vector<MissingQoeCuts> missingQoeCutsOfReceiver(const TestAnalysis& a, int receiverIndex)
{
    std::vector<MissingQoeCuts> missing;
    if (!a.data || a.data->qoe.empty() || receiverIndex < 0 ||
        static_cast<std::size_t>(receiverIndex) >= a.users.size())
        return missing;
    addMissingOfReceiver(a, pairsWithFile(*a.data), receiverIndex, missing);
    return missing;
}

} // namespace loadscope
