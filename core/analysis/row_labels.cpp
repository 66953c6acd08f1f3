#include "core/analysis/row_labels.h"

#include <algorithm>
#include <filesystem>
#include <numeric>

namespace loadscope {

RowLabels notebookRowLabels(const TestData& data)
{
    RowLabels labels;
    labels.events.resize(data.users.size());
    std::vector<std::size_t> listing(data.users.size());
    std::iota(listing.begin(), listing.end(), 0);
    // Sorted directory listing: session folder names, then user folder names, compared as names.
    std::stable_sort(listing.begin(), listing.end(), [&](std::size_t a, std::size_t b) {
        return std::filesystem::path(data.users[a].folder) < std::filesystem::path(data.users[b].folder);
    });
    long next = 0;
    for (std::size_t u : listing) {
        const auto& events = data.users[u].events;
        auto& out = labels.events[u];
        out.resize(events.size());
        for (std::size_t e = 0; e < events.size(); ++e)
            out[e] = next + (events[e].fileIndex >= 0 ? events[e].fileIndex : static_cast<long>(e));
        next += static_cast<long>(events.size());
    }
    return labels;
}

} // namespace loadscope
