#include "ui/timeline/timeline_view.h"

#include "ui/timeline/row_overview.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"

#include <QHBoxLayout>
#include <QScrollBar>
#include <QSignalBlocker>

#include <algorithm>

namespace loadscope {

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    plot_ = new TimelinePlot(this);
    scrollBar_ = new QScrollBar(Qt::Vertical, this);
    scrollBar_->setObjectName(QStringLiteral("timelineRowScrollBar"));
    scrollBar_->setToolTip(tr("Rows (Shift+wheel on the chart scrolls them, Ctrl+wheel zooms them)"));
    overview_ = new RowOverview(this);
    overview_->setObjectName(QStringLiteral("timelineRowOverview"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(plot_, 1);
    layout->addWidget(scrollBar_);
    layout->addWidget(overview_);

    connect(plot_, &TimelinePlot::timelineChanged, this, [this] {
        overview_->setRows(*plot_->timeline());
        followPlot();
    });
    connect(plot_, &TimelinePlot::visibleRowsChanged, this, &TimelineView::followPlot);
    connect(scrollBar_, &QScrollBar::valueChanged, this, [this](int first) {
        if (first != plot_->visibleRows().first)
            plot_->scrollRowsTo(first);
    });
    connect(overview_, &RowOverview::centreRequested, plot_, &TimelinePlot::centreOnRow);
    followPlot();
}

void TimelineView::followPlot()
{
    const RowSpan rows = plot_->visibleRows();
    const int count = plot_->timeline()->rowCount();
    const QSignalBlocker blocker(scrollBar_);
    scrollBar_->setRange(0, std::max(0, count - rows.count()));
    scrollBar_->setPageStep(std::max(1, rows.count()));
    scrollBar_->setSingleStep(std::max(1, rows.count() / 20));
    scrollBar_->setValue(rows.first);
    scrollBar_->setEnabled(rows.count() < count);
    overview_->setWindow(rows);
}

} // namespace loadscope
