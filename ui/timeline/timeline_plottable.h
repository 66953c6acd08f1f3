#pragma once
// The timeline as one QCustomPlot plottable (not one item per segment): row r sits at value r, each row's spans
// are sorted so the visible ones are found by binary search, and neighbours that land in the same pixels are
// merged before painting, every run at least 1 px wide. Cost grows with visible pixels, not with segments.
#include "ui/timeline/timeline_rows.h"

#include <qcustomplot.h>

#include <memory>
#include <unordered_map>
#include <vector>

namespace loadscope {

class TimelinePlottable : public QCPAbstractPlottable {
public:
    TimelinePlottable(QCPAxis* keyAxis, QCPAxis* valueAxis);

    // `order` lists indices into `rows`, top row first.
    void setRows(std::shared_ptr<const std::vector<TimelineRow>> rows, std::vector<int> order);
    int rowCount() const { return static_cast<int>(order_.size()); }
    const TimelineRow* rowAtPosition(int position) const;
    int positionAtPixel(double y) const;                        // -1 outside the rows' bars
    const TimelineSpan* spanAt(int position, double key) const; // nullptr between spans
    double lastEnd() const;                                     // the largest span end over all rows
    long drawnRectangles() const { return drawnRectangles_; }   // of the last draw (for tests and benchmarks)

    static constexpr double kBarHeight = 0.8; // of a row, as the notebook's broken_barh

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    // A row's runs of one colour, as rectangles added to `byColour` (painted afterwards, a colour at a time).
    void collectRow(const TimelineRow& row, int top, int height, const QCPRange& keys, const QRect& clip,
                    std::unordered_map<QRgb, QVector<QRect>>& byColour);

    std::shared_ptr<const std::vector<TimelineRow>> rows_;
    std::vector<int> order_;
    long drawnRectangles_ = 0;
};

} // namespace loadscope
