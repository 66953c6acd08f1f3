#pragma once
// The connection-progression chart: the timeline plottable, the media node's CPU (and memory) on a second y axis,
// a colour scale for the metric, a legend of the states; x-only wheel zoom and drag pan, Shift+drag rubber band
// (Ctrl+Shift also zooms rows), zoom history, tooltips, click to pick a user.
#include "core/analysis/test_analysis.h"
#include "ui/timeline/timeline_metric.h"
#include "ui/timeline/timeline_rows.h"
#include "ui/plot/zoom_history.h"

#include <qcustomplot.h>

#include <QElapsedTimer>

#include <memory>

namespace loadscope {

class TimelinePlottable;

class TimelinePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget* parent = nullptr);

    // `analysis` must outlive the plot's use of it (or be replaced). `order` indexes `rows`, top first.
    void setTimeline(const TestAnalysis* analysis, std::shared_ptr<const std::vector<TimelineRow>> rows,
                     std::vector<int> order, const TimelineMetric& metric, const QString& title);
    void setMemoryVisible(bool visible);
    TimelinePlottable* timeline() const { return timeline_; }

    QString tooltipAt(const QPoint& pixel) const;       // empty outside the rows
    int userIndexAt(const QPoint& pixel) const;         // -1 outside the rows
    QPoint pixelOf(int position, double seconds) const; // centre of a row at a time (for tests and scripts)
    double cpuAt(double seconds) const;                 // linear between samples; NaN outside them

    void highlightTime(double seconds); // a vertical marker (NaN hides it)
    void selectUser(int userIndex);     // outlines its row (-1: none)
    // Live follow: the next setTimeline keeps the zoom and its history; a view that reached the end of the data
    // (in time or rows) grows with it.
    void keepZoomOnNextTimeline() { keepZoomOnce_ = true; }
    void resetZoom();
    bool zoomBack();
    bool canZoomBack() const { return !history_.empty(); }

signals:
    void userClicked(int userIndex);
    void zoomHistoryChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void buildLegend();
    void updateRowLabels();
    void zoomToRubberBand(const QRect& rect, QMouseEvent* event);
    ZoomState currentZoom() const;
    double dataEnd() const; // seconds: the test's end or the last span's, whichever is later
    void extendZoomTo(const ZoomState& before, double endBefore, int rowsBefore);
    void applyZoom(const ZoomState& state);
    void rememberZoom();

    const TestAnalysis* analysis_ = nullptr;
    TimelineMetric metric_ = TimelineMetric::vmaf();
    TimelinePlottable* timeline_ = nullptr;
    QCPGraph* cpu_ = nullptr;
    QCPGraph* memory_ = nullptr;
    QCPColorScale* colourScale_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QCPItemStraightLine* marker_ = nullptr;
    QCPItemRect* selection_ = nullptr;
    int selectedUser_ = -1;
    bool keepZoomOnce_ = false;
    double shownEnd_ = 0;                    // dataEnd() of the timeline shown
    int labelStep_ = -1, labelledRows_ = -1; // what the row labels were built for
    ZoomHistory history_;
    QElapsedTimer lastWheel_;
    QPoint pressPosition_;
    ZoomState pressZoom_;
};

} // namespace loadscope
