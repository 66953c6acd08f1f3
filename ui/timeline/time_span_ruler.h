#pragma once
// A two-point time measurement on a plot's x axis (seconds): the first mark() sets the start, the second the end,
// and the span is drawn between two dashed lines with its length and, when a value function is given, the value at
// both ends (the media node's CPU on the timeline); a third mark() starts over. clear() removes it.
#include <qcustomplot.h>

#include <functional>
#include <optional>

namespace loadscope {

class TimeSpanRuler {
public:
    using ValueAt = std::function<double(double seconds)>; // NaN where there is no value
    TimeSpanRuler(QCustomPlot* plot, QString valueName = {}, ValueAt valueAt = {});

    void mark(double seconds);
    void clear();
    std::optional<double> span() const; // end - start, once both ends are set
    QString text() const;               // what the label says; empty until both ends are set

private:
    void draw();

    QCustomPlot* plot_;
    QString valueName_;
    ValueAt valueAt_;
    QCPItemStraightLine* lines_[2];
    QCPItemText* label_;
    std::optional<double> start_, end_;
};

} // namespace loadscope
