#include "ui/statistics_charts/scatter_points.h"

#include <QImage>
#include <QPainter>
#include <QScatterSeries>

#include <cmath>

namespace loadscope {

namespace {

constexpr int kOversampling = 4; // the marker image's pixels per drawn pixel

QImage circleMarker(const QColor& fill, const QColor& border, qreal diameter)
{
    const int side = std::max(1, static_cast<int>(std::ceil(diameter * kOversampling)));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = kOversampling; // one drawn pixel
    painter.setPen(QPen(border, pen));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(pen / 2, pen / 2, side - pen, side - pen));
    return image;
}

} // namespace

QScatterSeries* newManyPointScatter(const QColor& fill, const QColor& border, qreal diameter)
{
    auto* series = new QScatterSeries;
    series->setColor(fill); // the legend's swatch
    series->setBorderColor(border);
    series->setMarkerSize(diameter);
    series->setLightMarker(circleMarker(fill, border, diameter));
    series->setPointsVisible(false); // the per-point items; the light markers are drawn regardless
    return series;
}

} // namespace loadscope
