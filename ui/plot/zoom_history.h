#pragma once
// Ranges the user zoomed away from, newest last, so "back" can return to them.
#include <qcustomplot.h>

#include <optional>
#include <vector>

namespace loadscope {

struct ZoomState {
    QCPRange keys, values;
    bool operator==(const ZoomState& o) const { return keys == o.keys && values == o.values; }
};

class ZoomHistory {
public:
    void push(const ZoomState& state); // ignores a state equal to the newest one
    std::optional<ZoomState> pop();
    void dropNewestIf(const ZoomState& state); // a press that did not move anything leaves no entry
    void clear() { states_.clear(); }
    bool empty() const { return states_.empty(); }
    std::size_t size() const { return states_.size(); }

private:
    static constexpr std::size_t kLimit = 100;
    std::vector<ZoomState> states_;
};

} // namespace loadscope
