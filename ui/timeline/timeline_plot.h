#pragma once
// The connection-progression chart: the timeline plottable, the media node's CPU (and memory) on a second y axis,
// a colour scale for the metric, a legend of the states; wheel zooms time and drag pans it, Shift+drag rubber band
// (Ctrl+Shift also zooms rows), zoom history, tooltips, click to pick a user, Ctrl+click twice to measure a span;
// Left/Right pan time by a tenth of the view, +/- zoom time around its centre; the crash and the first failure are
// marked (TestMarkers), and so are the inspected user's browser errors (ErrorMarkers).
// Rows (a window over them, never under kMinRowPixels tall unless asked for): Ctrl+wheel zooms rows around the
// mouse, Shift+wheel scrolls them; keys (with focus): PageUp/PageDown a page, Ctrl+Up/Ctrl+Down one row,
// Ctrl+Home/Ctrl+End the first/last rows, Ctrl+Plus/Ctrl+Minus zoom rows. Row labels: every row while a row is a
// text line tall, else every k-th, never overprinted. TimelineView adds a row scrollbar and an overview strip.
// Implemented in timeline_plot.cpp (chart), timeline_plot_rows.cpp (row window), timeline_plot_hover.cpp (hits).
#include "core/analysis/test_analysis.h"
#include "ui/timeline/error_markers.h"
#include "ui/timeline/row_window.h"
#include "ui/timeline/timeline_metric.h"
#include "ui/timeline/timeline_rows.h"
#include "ui/plot/zoom_history.h"
#include "ui/timeline/test_markers.h"
#include "ui/timeline/time_span_ruler.h"

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
    // Ctrl+click marks the start, a second Ctrl+click the end of a measured time span (with the CPU at both ends).
    TimeSpanRuler& ruler() { return *ruler_; }
    const TestMarkers& markers() const { return *markers_; }            // the crash and the first failure
    const ErrorMarkers& errorMarkers() const { return *errorMarkers_; } // the selected user's errors.json
    void selectUser(int userIndex); // outlines its row and marks its errors (-1: none)
    // Live follow: the next setTimeline keeps the zoom (time and rows) and its history; a view that reached the end
    // of the data grows with it (in rows: while rows stay kMinRowPixels tall, then it slides down to the last row).
    void keepZoomOnNextTimeline() { keepZoomOnce_ = true; }
    // Time: the whole test. Rows: all of them if they fit at the minimum row height, else the top rows at that
    // height (the rest by scrolling); kept so while the plot is resized, until rows are zoomed or scrolled.
    void resetZoom();

    // Rows, by position: 0-based, top first, in the displayed order (after filters and ordering).
    RowSpan visibleRows() const;             // rows whose centre is in view
    double rowPixels() const;                // height of one row on screen
    int positionOfUser(int userIndex) const; // -1 when filtered out
    void showRows(int first, int last);      // first..last inclusive (clamped), however thin; one zoom-history step
    bool scrollToUser(int userIndex);  // centres its row, zooming in to the minimum row height; false if filtered out
    void scrollRowsTo(double first);   // keeps the number of rows in view (the scrollbar)
    void centreOnRow(double position); // keeps the number of rows in view (the overview strip)
    void scrollRows(double rows);      // > 0: down
    void zoomRows(double factor, double anchor); // factor < 1 zooms in; the value `anchor` stays in place
    void showAllRows();                          // every row, however thin; one zoom-history step
    void setMinimumRowHeight(double pixels);     // default kMinRowPixels; 0: the default view shows every row (figures)
    bool zoomBack();
    bool canZoomBack() const { return !history_.empty(); }

signals:
    void userClicked(int userIndex);
    void zoomHistoryChanged();
    void visibleRowsChanged(int first, int last); // positions, inclusive
    void timelineChanged();                       // new rows (after setTimeline)

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void buildLegend();
    void showMetricKey(const TimelineMetric& metric); // the colour scale, or a categorical metric's legend entries
    void prepareRows();                               // before each replot: the default row window, the row labels
    void ensureLayout(); // lays the plot out when its size changed since (so the axis rect height is current)
    void updateRowLabels();
    void setRowRange(const QCPRange& range); // clamped; leaves the default window; replots
    void checkVisibleRows();
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
    std::vector<QCPBars*> categorySwatches_; // legend entries of the categorical metric shown (else none)
    QCPTextElement* title_ = nullptr;
    QCPItemStraightLine* marker_ = nullptr;
    QCPItemRect* selection_ = nullptr;
    std::unique_ptr<TimeSpanRuler> ruler_;
    std::unique_ptr<TestMarkers> markers_;
    ErrorMarkers* errorMarkers_ = nullptr; // owned by the plot
    int selectedUser_ = -1;
    bool keepZoomOnce_ = false;
    bool defaultRows_ = true;      // the row window is resetZoom's, refitted to the plot's height
    QRect fittedFor_, laidOutFor_; // viewports the default window and the layout were computed for
    double minRowPixels_ = kMinRowPixels;
    RowSpan shownRows_{0, -2};               // last visibleRowsChanged (never a real span at first)
    double shownEnd_ = 0;                    // dataEnd() of the timeline shown
    int labelStep_ = -1, labelledRows_ = -1; // what the row labels were built for
    ZoomHistory history_;
    QElapsedTimer lastWheel_;
    QPoint pressPosition_;
    ZoomState pressZoom_;
};

} // namespace loadscope
