#pragma once
// The notebook's other charts as tabs under the timeline (QoE / QoS / Participants), all on the timeline's time
// axis: zooming or panning any of them, or the timeline, moves them all, and their plot areas line up with the
// timeline's (PlotAreaAlign).
#include "core/analysis/test_analysis.h"

#include <qcustomplot.h>

#include <QPointer>
#include <QTabWidget>

namespace loadscope {

class ParticipantsChart;
class PlotAreaAlign;
class QoeChart;
class QosView;
class TimeChart;
class XAxisLink;

class ChartViews : public QTabWidget {
    Q_OBJECT
public:
    explicit ChartViews(QWidget* parent = nullptr);

    void setAnalysis(const TestAnalysis* analysis); // nullptr clears; keeps the linked time range
    void linkTimeAxis(QCPAxis* axis);               // e.g. the timeline's x axis: it leads on setAnalysis,
                                                    // and its plot area lines up with the charts'
    PlotAreaAlign* areaAlign() const { return align_; }
    bool showView(const QString& key); // qoe | qos | participants; false when unknown
    static QStringList viewKeys();
    // A vertical splitter: `timeline` on top, these views below (the explorer's central widget).
    QWidget* belowTimeline(QWidget* timeline);

    QoeChart* qoeChart() const { return qoe_; }
    QosView* qosView() const { return qos_; }
    ParticipantsChart* participantsChart() const { return participants_; }
    QList<TimeChart*> charts() const;
    XAxisLink* link() const { return link_; }

private:
    QoeChart* qoe_ = nullptr;
    QosView* qos_ = nullptr;
    ParticipantsChart* participants_ = nullptr;
    XAxisLink* link_ = nullptr;
    PlotAreaAlign* align_ = nullptr;
    QPointer<QCPAxis> leader_;
};

} // namespace loadscope
