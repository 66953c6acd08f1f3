#include "ui/plot/x_axis_link.h"

#include <qcustomplot.h>

#include <algorithm>

namespace loadscope {

XAxisLink::XAxisLink(QObject* parent) : QObject(parent) {}

void XAxisLink::add(QCPAxis* axis)
{
    if (!axis || std::find(axes_.begin(), axes_.end(), axis) != axes_.end())
        return;
    QCPAxis* leader = nullptr;
    for (const auto& a : axes_)
        if (a)
            leader = a;
    axes_.emplace_back(axis);
    connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this, axis](const QCPRange& range) { follow(axis, range); });
    if (leader)
        alignTo(leader);
}

void XAxisLink::alignTo(QCPAxis* leader)
{
    if (leader)
        follow(leader, leader->range());
}

int XAxisLink::size() const
{
    return static_cast<int>(std::count_if(axes_.begin(), axes_.end(), [](const auto& a) { return !a.isNull(); }));
}

void XAxisLink::follow(QCPAxis* source, const QCPRange& range)
{
    if (following_)
        return;
    following_ = true;
    for (const auto& axis : axes_) {
        if (!axis || axis == source || axis->range() == range)
            continue;
        axis->setRange(range);
        // Queued: a wheel burst on one chart repaints the others once per frame, not once per step.
        axis->parentPlot()->replot(QCustomPlot::rpQueuedReplot);
    }
    following_ = false;
}

} // namespace loadscope
