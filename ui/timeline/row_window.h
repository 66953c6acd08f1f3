#pragma once
// The timeline's vertical window in row units, without widgets: row r is drawn around value r, so rows first..last
// fill the value range [first - 0.5, last + 0.5]. The default window, zooming around a row, scrolling, clamping to
// the rows, which rows a range shows, and which rows get a label. Positions are 0-based, in the displayed order.
#include <qcustomplot.h>

namespace loadscope {

inline constexpr double kMinRowPixels = 4.0; // a row a click can still hit

struct RowSpan {
    int first = 0, last = -1; // inclusive; empty when last < first
    int count() const { return last >= first ? last - first + 1 : 0; }
    bool operator==(const RowSpan&) const = default;
};

QCPRange rowRange(int first, int last);              // [first - 0.5, last + 0.5]
RowSpan rowsIn(const QCPRange& range, int rowCount); // the rows whose centre is inside `range`
int rowsThatFit(double pixels, double minRowPixels); // at least 1; every row when minRowPixels <= 0
QCPRange defaultRowRange(int rowCount, double pixels, double minRowPixels); // all rows if they fit, else the top

// A window of at least one row and at most all of them, moved inside the rows; [-0.5, 0.5] without rows.
QCPRange clampRowRange(const QCPRange& range, int rowCount);
// `factor` < 1 zooms in; the value `anchor` keeps its place in the window (the row under the mouse).
QCPRange zoomRowRange(const QCPRange& range, double factor, double anchor, int rowCount);
QCPRange scrollRowRange(const QCPRange& range, double rows, int rowCount); // rows > 0 scrolls down
QCPRange centreRowRange(const QCPRange& range, double position, int rowCount);

// Label every k-th row (1: every row) so that labels `lineHeight` px tall never overlap: k * pixelsPerRow >=
// lineHeight. Labels sit on multiples of k, so they stay put while scrolling.
int rowLabelStep(double pixelsPerRow, int lineHeight);

} // namespace loadscope
