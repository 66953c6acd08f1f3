#pragma once
// The test's two moments on the timeline, each a vertical line labelled at the top of the plot area:
//   media node crash  the last CPU sample, when the analysis finds a crash (the CPU file stops more than 10 s before
//                     the log's end, TestAnalysis::crashed); dark red, dashed;
//   first failure     the earliest failure of any user that the timeline paints as failed (not a recoverable
//                     reconnection; TimelineRow::firstFailure), filtered out or not; red, dotted.
#include "core/analysis/test_analysis.h"
#include "ui/timeline/timeline_rows.h"

#include <qcustomplot.h>

namespace loadscope {

class TestMarkers {
public:
    explicit TestMarkers(QCustomPlot* plot);

    // `lastCpuSample`: seconds from the test start, NaN when there is none.
    void show(const TestAnalysis* analysis, const std::vector<TimelineRow>& rows, double lastCpuSample);
    double crashTime() const { return crash_; }               // NaN: no crash
    double firstFailureTime() const { return firstFailure_; } // NaN: nobody failed
    QString crashText() const;                                // the labels; empty when hidden
    QString firstFailureText() const;
    QRectF crashLabelRect() const; // in pixels, as last drawn
    QRectF firstFailureLabelRect() const;

private:
    struct Marker {
        QCPItemStraightLine* line = nullptr;
        QCPItemText* label = nullptr;
    };
    Marker make(QCustomPlot* plot, const QColor& colour, Qt::PenStyle style);
    void stackFailureLabel(bool belowTheCrashLabel);
    static void place(Marker& marker, double seconds, const QString& text);

    Marker crashMarker_, failureMarker_;
    double crash_, firstFailure_;
};

} // namespace loadscope
