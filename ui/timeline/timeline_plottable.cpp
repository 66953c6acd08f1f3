#include "ui/timeline/timeline_plottable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loadscope {

TimelinePlottable::TimelinePlottable(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone); // rows are picked by the plot's click handling, not QCP's selection
    setAntialiasedFill(false);
}

void TimelinePlottable::setRows(std::shared_ptr<const std::vector<TimelineRow>> rows, std::vector<int> order)
{
    rows_ = std::move(rows);
    order_ = std::move(order);
    const int count = rows_ ? static_cast<int>(rows_->size()) : 0;
    std::erase_if(order_, [count](int i) { return i < 0 || i >= count; });
}

const TimelineRow* TimelinePlottable::rowAtPosition(int position) const
{
    if (position < 0 || position >= rowCount())
        return nullptr;
    return &(*rows_)[static_cast<std::size_t>(order_[static_cast<std::size_t>(position)])];
}

int TimelinePlottable::positionAtPixel(double y) const
{
    const double value = mValueAxis ? mValueAxis->pixelToCoord(y) : -1.0;
    const int position = static_cast<int>(std::lround(value));
    if (position < 0 || position >= rowCount() || std::abs(value - position) > kBarHeight / 2)
        return -1;
    return position;
}

const TimelineSpan* TimelinePlottable::spanAt(int position, double key) const
{
    const TimelineRow* row = rowAtPosition(position);
    if (!row)
        return nullptr;
    // Spans do not overlap, so their ends are sorted too: the first span ending after `key` is the candidate.
    auto it = std::upper_bound(row->spans.begin(), row->spans.end(), key,
                               [](double k, const TimelineSpan& s) { return k < s.end; });
    return it != row->spans.end() && it->start <= key ? &*it : nullptr;
}

double TimelinePlottable::lastEnd() const
{
    double last = 0;
    if (rows_)
        for (const auto& row : *rows_)
            if (!row.spans.empty())
                last = std::max(last, row.spans.back().end);
    return last;
}

double TimelinePlottable::selectTest(const QPointF& pos, bool onlySelectable, QVariant* details) const
{
    if (onlySelectable && !selectable())
        return -1;
    const int position = positionAtPixel(pos.y());
    if (position < 0 || !mKeyAxis || !mKeyAxis->axisRect()->rect().contains(pos.toPoint()))
        return -1;
    if (details)
        details->setValue(position);
    return 0;
}

QCPRange TimelinePlottable::getKeyRange(bool& foundRange, QCP::SignDomain) const
{
    double first = 0;
    bool any = false;
    if (rows_)
        for (const auto& row : *rows_)
            if (!row.spans.empty()) {
                first = any ? std::min(first, row.spans.front().start) : row.spans.front().start;
                any = true;
            }
    foundRange = any;
    return QCPRange(first, lastEnd());
}

QCPRange TimelinePlottable::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const
{
    foundRange = rowCount() > 0;
    return QCPRange(-0.5, rowCount() - 0.5);
}

void TimelinePlottable::draw(QCPPainter* painter)
{
    drawnRectangles_ = 0;
    if (!rows_ || order_.empty() || !mKeyAxis || !mValueAxis)
        return;
    const QRect clip = clipRect();
    const QCPRange values = mValueAxis->range();
    const int first = std::max(0, static_cast<int>(std::floor(values.lower - 0.5)));
    const int last = std::min(rowCount() - 1, static_cast<int>(std::ceil(values.upper + 0.5)));
    struct Band {
        int position, top, bottom;
    };
    std::vector<Band> bands;
    int lastTop = std::numeric_limits<int>::min();
    for (int position = first; position <= last; ++position) {
        const double y0 = mValueAxis->coordToPixel(position - kBarHeight / 2);
        const double y1 = mValueAxis->coordToPixel(position + kBarHeight / 2);
        const int top = static_cast<int>(std::lround(std::min(y0, y1)));
        const int height = std::max(1, static_cast<int>(std::lround(std::abs(y1 - y0))));
        // Rows thinner than a pixel share pixel lines: paint one row per line instead of overpainting it.
        if (height == 1 && top == lastTop)
            continue;
        lastTop = top;
        bands.push_back({position, top, top + height});
    }
    // Rows are painted a colour at a time (an SVG then holds one group per colour, not one per rectangle: 5x
    // smaller), so no two may share a pixel line: where rows overlap, the next row's line is its own, as when
    // rows were painted one after the other.
    std::unordered_map<QRgb, QVector<QRect>> byColour;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        int top = bands[i].top, bottom = bands[i].bottom;
        if (i + 1 < bands.size()) { // the row painted next: below (rows downwards) or above
            const Band& next = bands[i + 1];
            if (next.top >= top)
                bottom = std::min(bottom, next.top);
            else
                top = std::max(top, next.bottom);
        }
        if (bottom > top)
            collectRow(*rowAtPosition(bands[i].position), top, bottom - top, mKeyAxis->range(), clip, byColour);
    }
    std::vector<QRgb> colours;
    for (const auto& entry : byColour)
        colours.push_back(entry.first);
    std::sort(colours.begin(), colours.end()); // the same file for the same figure
    painter->setAntialiasing(false);
    painter->setPen(Qt::NoPen);
    for (QRgb colour : colours) {
        painter->setBrush(QColor(colour));
        painter->drawRects(byColour[colour]);
    }
}

void TimelinePlottable::collectRow(const TimelineRow& row, int top, int height, const QCPRange& keys, const QRect& clip,
                                   std::unordered_map<QRgb, QVector<QRect>>& byColour)
{
    auto it = std::upper_bound(row.spans.begin(), row.spans.end(), keys.lower,
                               [](double k, const TimelineSpan& s) { return k < s.end; });
    // Pixels are clamped just outside the clip so huge zooms do not overflow integer rectangles.
    const double minPixel = clip.left() - 2.0, maxPixel = clip.right() + 2.0;
    auto toPixel = [&](double key) { return std::clamp(mKeyAxis->coordToPixel(key), minPixel, maxPixel); };
    bool open = false;
    QRgb runColour = 0;
    int runStart = 0, runEnd = 0; // pixel columns [runStart, runEnd)
    auto flush = [&] {
        if (!open)
            return;
        byColour[runColour].append(QRect(runStart, top, std::max(1, runEnd - runStart), height));
        ++drawnRectangles_;
    };
    for (; it != row.spans.end() && it->start <= keys.upper; ++it) {
        const int x0 = static_cast<int>(std::lround(toPixel(it->start)));
        const int x1 = std::max(x0 + 1, static_cast<int>(std::lround(toPixel(it->end))));
        if (open && (it->colour == runColour ? x0 <= runEnd : x1 <= runEnd)) {
            // Same colour touching the run, or a span hidden inside pixels already painted: extend, do not paint.
            runEnd = std::max(runEnd, x1);
            continue;
        }
        flush();
        // A new colour starts where the previous run ended when they share a pixel column: no overdraw.
        runStart = open && x0 < runEnd ? runEnd : x0;
        runEnd = std::max(runStart + 1, x1);
        runColour = it->colour;
        open = true;
    }
    flush();
}

void TimelinePlottable::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const
{
    painter->fillRect(rect, QColor(kConnectedNoDataColour));
}

} // namespace loadscope
