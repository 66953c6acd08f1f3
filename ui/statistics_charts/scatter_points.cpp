#include "ui/statistics_charts/scatter_points.h"

#include <QChart>
#include <QGraphicsObject>
#include <QPainter>
#include <QScatterSeries>

namespace loadscope {

namespace {

constexpr qreal kAboveTheSeries = 100; // z: over the series' items, which sit a few units above the chart

class ScatterLayer final : public QGraphicsObject {
public:
    ScatterLayer(QChart& chart, QScatterSeries* series, QList<QPointF> points, QColor fill, QColor border,
                 qreal diameter)
        : QGraphicsObject(&chart), chart_(chart), series_(series), points_(std::move(points)), fill_(fill),
          border_(border), radius_(diameter / 2)
    {
        setZValue(kAboveTheSeries);
        connect(&chart, &QChart::plotAreaChanged, this, [this] {
            prepareGeometryChange();
            update();
        });
    }

    QRectF boundingRect() const override { return chart_.plotArea(); }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QRectF area = chart_.plotArea();
        // The axes are linear: two points give the mapping of every other.
        const QPointF origin = chart_.mapToPosition(QPointF(0, 0), series_);
        const QPointF unit = chart_.mapToPosition(QPointF(1, 1), series_) - origin;
        painter->save();
        painter->setClipRect(area);
        painter->setPen(QPen(border_, 1));
        painter->setBrush(fill_);
        const QRectF reach = area.adjusted(-radius_, -radius_, radius_, radius_);
        for (const QPointF& p : points_) {
            const QPointF at(origin.x() + p.x() * unit.x(), origin.y() + p.y() * unit.y());
            if (reach.contains(at))
                painter->drawEllipse(at, radius_, radius_);
        }
        painter->restore();
    }

private:
    QChart& chart_;
    QScatterSeries* series_;
    QList<QPointF> points_;
    QColor fill_, border_;
    qreal radius_;
};

} // namespace

QScatterSeries* addScatterPoints(QChart& chart, QAbstractAxis* x, QAbstractAxis* y, QList<QPointF> points,
                                 const QColor& fill, const QColor& border, qreal diameter)
{
    auto* series = new QScatterSeries;
    series->setColor(fill);
    series->setBorderColor(border);
    series->setMarkerSize(diameter);
    chart.addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    new ScatterLayer(chart, series, std::move(points), fill, border, diameter); // owned by the chart
    return series;
}

} // namespace loadscope
