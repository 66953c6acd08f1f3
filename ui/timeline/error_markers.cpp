#include "ui/timeline/error_markers.h"

#include "ui/timeline/timeline_plottable.h"

#include <algorithm>
#include <cmath>

namespace loadscope {

namespace {

constexpr int kTooltipErrors = 10; // a marker's tooltip names this many, then counts the rest

QString describe(const BrowserError& e)
{
    const QString kind = QString::fromStdString(e.kind), message = QString::fromStdString(e.message);
    if (kind.isEmpty() && message.isEmpty())
        return QString::fromStdString(e.raw); // `{}` plus the ids: what the browser serialised
    if (message.isEmpty())
        return kind;
    return kind.isEmpty() ? message : QStringLiteral("%1: %2").arg(kind, message);
}

} // namespace

ErrorMarkers::ErrorMarkers(QCustomPlot* plot) : QCPLayerable(plot) {}

void ErrorMarkers::show(const TestAnalysis* analysis, int userIndex, int position)
{
    errors_.clear();
    position_ = -1;
    if (!analysis || !analysis->data || position < 0 || analysis->start == kNoTime || userIndex < 0 ||
        static_cast<std::size_t>(userIndex) >= analysis->data->users.size())
        return;
    position_ = position;
    for (const BrowserError& e : analysis->data->users[static_cast<std::size_t>(userIndex)].errors)
        if (e.time != kNoTime)
            errors_.push_back({secondsBetween(analysis->start, e.time), describe(e)});
    std::stable_sort(errors_.begin(), errors_.end(),
                     [](const Error& a, const Error& b) { return a.seconds < b.seconds; });
}

std::vector<ErrorMarkers::Marker> ErrorMarkers::markers() const
{
    std::vector<Marker> out;
    const QCPAxis* x = parentPlot()->xAxis;
    for (std::size_t i = 0; i < errors_.size(); ++i) {
        const double pixel = x->coordToPixel(errors_[i].seconds);
        if (!out.empty() && pixel - out.back().x < kWidth + kMinGap)
            out.back().members.push_back(static_cast<int>(i));
        else
            out.push_back({pixel, {static_cast<int>(i)}});
    }
    return out;
}

double ErrorMarkers::rowTop() const
{
    const QCPAxis* y = parentPlot()->yAxis;
    return std::min(y->coordToPixel(position_ - TimelinePlottable::kBarHeight / 2),
                    y->coordToPixel(position_ + TimelinePlottable::kBarHeight / 2));
}

double ErrorMarkers::rowBottom() const
{
    const QCPAxis* y = parentPlot()->yAxis;
    return std::max(y->coordToPixel(position_ - TimelinePlottable::kBarHeight / 2),
                    y->coordToPixel(position_ + TimelinePlottable::kBarHeight / 2));
}

QString ErrorMarkers::tooltipAt(const QPoint& pixel) const
{
    if (position_ < 0 || errors_.empty() || !parentPlot()->axisRect()->rect().contains(pixel))
        return {};
    const double top = rowTop(), bottom = std::max(rowBottom(), top + 1);
    if (pixel.y() < top - kHeight - 1 || pixel.y() > bottom)
        return {};
    for (const Marker& m : markers()) {
        if (std::abs(pixel.x() - m.x) > kWidth / 2 + 1)
            continue;
        QStringList lines;
        lines << (m.members.size() == 1 ? QObject::tr("Browser error (errors.json)")
                                        : QObject::tr("%1 browser errors (errors.json)").arg(m.members.size()));
        for (std::size_t k = 0; k < m.members.size() && k < kTooltipErrors; ++k) {
            const Error& e = errors_[static_cast<std::size_t>(m.members[k])];
            lines << QObject::tr("%1 s: %2").arg(e.seconds, 0, 'f', 2).arg(e.text);
        }
        if (m.members.size() > kTooltipErrors)
            lines << QObject::tr("… and %1 more").arg(m.members.size() - kTooltipErrors);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

void ErrorMarkers::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
    painter->setAntialiasing(true);
}

QRect ErrorMarkers::clipRect() const
{
    return parentPlot()->axisRect()->rect();
}

void ErrorMarkers::draw(QCPPainter* painter)
{
    if (position_ < 0 || errors_.empty())
        return;
    const double top = rowTop(), bottom = rowBottom();
    const QColor colour(150, 0, 0);
    for (const Marker& m : markers()) {
        painter->setPen(QPen(colour, 1));
        painter->drawLine(QPointF(m.x, top), QPointF(m.x, bottom));
        const QPolygonF triangle{QPointF(m.x - kWidth / 2.0, top - kHeight), QPointF(m.x + kWidth / 2.0, top - kHeight),
                                 QPointF(m.x, top)};
        painter->setPen(QPen(Qt::white, 1)); // stands out on any row colour and on the dark theme
        painter->setBrush(m.members.size() > 1 ? QColor(90, 0, 0) : colour); // several: darker
        painter->drawPolygon(triangle);
    }
}

} // namespace loadscope
