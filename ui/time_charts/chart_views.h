#pragma once
// The notebook's other charts as tabs under the timeline (QoE / QoS / Participants), all on the timeline's time
// axis: zooming or panning any of them, or the timeline, moves them all, and their plot areas line up with the
// timeline's (PlotAreaAlign); a crosshair follows the mouse across all of them (Crosshair).
#include "core/analysis/test_analysis.h"

#include <qcustomplot.h>

#include <QPointer>
#include <QTabWidget>

#include <memory>

namespace loadscope {

class Crosshair;
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
    // The explorer's way: the QoE and QoS series are computed in background jobs (each chart says "Computing…"
    // until its series arrive); computing() until both have.
    void showAnalysis(std::shared_ptr<const TestAnalysis> analysis);
    bool computing() const;
    void linkTimeAxis(QCPAxis* axis); // e.g. the timeline's x axis: it leads on setAnalysis,
                                      // and its plot area lines up with the charts'
    PlotAreaAlign* areaAlign() const { return align_; }
    Crosshair* crosshair() const { return crosshair_; }
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
    template <class Show>
    void keepingTheLeadersRange(Show show);
    void nameExportsAfter(const TestAnalysis* analysis); // the suggested file names say which test

    QoeChart* qoe_ = nullptr;
    QosView* qos_ = nullptr;
    ParticipantsChart* participants_ = nullptr;
    XAxisLink* link_ = nullptr;
    PlotAreaAlign* align_ = nullptr;
    Crosshair* crosshair_ = nullptr;
    QPointer<QCPAxis> leader_;
};

} // namespace loadscope
