#pragma once
// The timeline with its row navigation: TimelinePlot, a vertical scrollbar over its rows and the overview strip of
// all rows, kept in step through TimelinePlot::visibleRowsChanged. The plot still works alone (figures, tests); a
// window shows this widget and talks to plot() (setTimeline, showRows, scrollToUser...). The scrollbar scrolls
// rows with the plain wheel; the strip moves the view on click or drag.
#include <QWidget>

class QScrollBar;

namespace loadscope {

class RowOverview;
class TimelinePlot;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    TimelinePlot* plot() const { return plot_; }
    QScrollBar* rowScrollBar() const { return scrollBar_; }
    RowOverview* overview() const { return overview_; }

private:
    void followPlot(); // scrollbar and strip after the plot's rows or window changed

    TimelinePlot* plot_ = nullptr;
    QScrollBar* scrollBar_ = nullptr;
    RowOverview* overview_ = nullptr;
};

} // namespace loadscope
