#include "ui/plot/zoom_history.h"

namespace loadscope {

void ZoomHistory::push(const ZoomState& state)
{
    if (!states_.empty() && states_.back() == state)
        return;
    if (states_.size() == kLimit)
        states_.erase(states_.begin());
    states_.push_back(state);
}

std::optional<ZoomState> ZoomHistory::pop()
{
    if (states_.empty())
        return std::nullopt;
    ZoomState state = states_.back();
    states_.pop_back();
    return state;
}

void ZoomHistory::dropNewestIf(const ZoomState& state)
{
    if (!states_.empty() && states_.back() == state)
        states_.pop_back();
}

} // namespace loadscope
