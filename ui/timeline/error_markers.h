#pragma once
// The inspected user's browser errors (errors.json) on its own timeline row: a small dark-red triangle pointing
// down at the row's top edge, with a thin line through the row, at each error's time. Only the inspected user's:
// the errors of thousands of rows would be ticks of one or two pixels on 4-pixel rows, unreadable over the colours
// and slow to hit-test, while the inspected row is outlined and its Errors tab lists the same records. Errors closer
// on screen than a marker's width share one marker (placed at the first of them), so markers never overprint at
// any zoom; the tooltip names every error of the marker under the mouse. Errors without a readable time are left
// out (the inspector lists them).
#include "core/analysis/test_analysis.h"

#include <qcustomplot.h>

#include <vector>

namespace loadscope {

class ErrorMarkers : public QCPLayerable {
public:
    static constexpr int kWidth = 9;  // of a triangle, pixels
    static constexpr int kHeight = 8; // above the row's top edge
    static constexpr int kMinGap = 2; // pixels between two markers' triangles

    explicit ErrorMarkers(QCustomPlot* plot);

    // The errors of user `userIndex` of `analysis`, drawn on row `position` (-1 or null: none).
    void show(const TestAnalysis* analysis, int userIndex, int position);

    struct Error {
        double seconds = 0; // from the test start
        QString text;       // "OPENVIDU_CONNECTION_ERROR: Timeout waiting…", or the record as written
    };
    const std::vector<Error>& errors() const { return errors_; } // sorted by time
    int position() const { return position_; }

    struct Marker {
        double x = 0;             // pixel column of its first error
        std::vector<int> members; // indices into errors()
    };
    std::vector<Marker> markers() const;          // for the current axis ranges, left to right
    QString tooltipAt(const QPoint& pixel) const; // empty when no marker is under `pixel`

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;
    QRect clipRect() const override;

private:
    double rowTop() const;    // pixels
    double rowBottom() const; // pixels

    std::vector<Error> errors_;
    int position_ = -1;
};

} // namespace loadscope
