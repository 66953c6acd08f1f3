#pragma once
// Lines up the plot areas of several QCustomPlots stacked in one window (the timeline and the chart views under
// it): the left and right edges of their axis rects sit at the same window x, so a time on one is straight above
// the same time on the others. Each plot's margins still grow for its own tick labels; the others then get the
// widest one. It runs after any of them replots (tick labels, a new test, a resize), once the event loop is free;
// the plots whose margins it changed are then redrawn one per event-loop turn, never all in one long block.
#include <QObject>
#include <QPointer>

#include <vector>

class QCPAxisRect;
class QCustomPlot;

namespace loadscope {

class PlotAreaAlign : public QObject {
    Q_OBJECT
public:
    explicit PlotAreaAlign(QObject* parent = nullptr);

    void add(QCustomPlot* plot, QCPAxisRect* rect); // rect: the plot's axis rect that shows time
    void align(); // now: margins and layout at once, the redraws queued (normally it is scheduled)

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Member {
        QPointer<QCustomPlot> plot;
        QCPAxisRect* rect = nullptr;
        int left = 0, right = 0; // the minimum margins this class set last
    };
    void schedule();
    void replotNext(); // one queued redraw, then the next on a later turn

    std::vector<Member> members_;
    bool scheduled_ = false;
    std::vector<QPointer<QCustomPlot>> toReplot_; // whose margins changed, not redrawn yet
    bool replotScheduled_ = false;
    bool aligning_ = false; // the replots align() causes do not schedule it again
};

} // namespace loadscope
