#include "ui/plot/plot_area_align.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace loadscope {

namespace {

constexpr int kTooNarrow = 50; // a collapsed plot does not take part (nor a hidden one: another tab)

// Lays the plot out without drawing it, as replot() would: margins first, then the rects.
void layOut(QCustomPlot* plot)
{
    plot->plotLayout()->update(QCPLayoutElement::upPreparation);
    plot->plotLayout()->update(QCPLayoutElement::upMargins);
    plot->plotLayout()->update(QCPLayoutElement::upLayout);
}

void setSideMargins(QCPAxisRect* rect, int left, int right)
{
    const QMargins m = rect->minimumMargins();
    rect->setMinimumMargins(QMargins(left, m.top(), right, m.bottom()));
}

} // namespace

PlotAreaAlign::PlotAreaAlign(QObject* parent) : QObject(parent) {}

void PlotAreaAlign::add(QCustomPlot* plot, QCPAxisRect* rect)
{
    members_.push_back({plot, rect, 0, 0});
    connect(plot, &QCustomPlot::afterReplot, this, &PlotAreaAlign::schedule);
    plot->installEventFilter(this); // a tab shown again may not replot
    schedule();
}

bool PlotAreaAlign::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show)
        schedule();
    return QObject::eventFilter(watched, event);
}

void PlotAreaAlign::schedule()
{
    if (aligning_ || scheduled_)
        return;
    scheduled_ = true;
    QTimer::singleShot(0, this, [this] {
        scheduled_ = false;
        align();
    });
}

void PlotAreaAlign::align()
{
    struct Edges {
        Member* member;
        int left, right; // the natural plot area's edges in window coordinates
    };
    std::vector<Edges> edges;
    int targetLeft = INT_MIN, targetRight = INT_MAX;
    std::erase_if(members_, [](const Member& m) { return m.plot.isNull(); }); // destroyed ones (and their rects)
    for (Member& m : members_) {
        if (!m.plot->isVisible() || m.plot->width() < kTooNarrow || m.plot->height() == 0)
            continue;
        setSideMargins(m.rect, 0, 0); // what the plot needs for itself
        layOut(m.plot);
        QWidget* window = m.plot->window();
        const int left = m.plot->mapTo(window, QPoint(m.rect->left(), 0)).x();
        const int right = m.plot->mapTo(window, QPoint(m.rect->right(), 0)).x();
        edges.push_back({&m, left, right});
        targetLeft = std::max(targetLeft, left);
        targetRight = std::min(targetRight, right);
    }
    aligning_ = true;
    for (const Edges& e : edges) {
        Member& m = *e.member;
        const int left = m.rect->margins().left() + (targetLeft - e.left);
        const int right = m.rect->margins().right() + (e.right - targetRight);
        setSideMargins(m.rect, left, right);
        layOut(m.plot); // also when nothing changed: mouse mapping uses the laid-out rect
        if (left != m.left || right != m.right) {
            m.left = left;
            m.right = right;
            if (std::find(toReplot_.begin(), toReplot_.end(), m.plot) == toReplot_.end())
                toReplot_.push_back(m.plot);
        }
    }
    aligning_ = false;
    if (!toReplot_.empty() && !replotScheduled_) {
        replotScheduled_ = true;
        QTimer::singleShot(1, this, &PlotAreaAlign::replotNext); // a timer: paint and input come between
    }
}

void PlotAreaAlign::replotNext()
{
    replotScheduled_ = false;
    std::erase_if(toReplot_, [](const QPointer<QCustomPlot>& plot) { return plot.isNull(); });
    if (toReplot_.empty())
        return;
    const QPointer<QCustomPlot> plot = toReplot_.front();
    toReplot_.erase(toReplot_.begin());
    aligning_ = true;
    plot->replot();
    aligning_ = false;
    if (!toReplot_.empty()) {
        replotScheduled_ = true;
        QTimer::singleShot(1, this, &PlotAreaAlign::replotNext); // a timer: paint and input come between
    }
}

} // namespace loadscope
