// The comparison scatter's points (ui/statistics_charts/scatter_points.h): every point drawn where it belongs in its
// colour with its border, nothing between them, clipped to the plot area and following it on a resize; the legend's
// swatch in the fill colour; vector ellipses in SVG; and no QScatterSeries item per point (the series is only the
// legend entry), which is what keeps a 20,000-point scatter from Qt's quadratic recolouring.
#include "ui/statistics_charts/scatter_points.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QBuffer>
#include <QValueAxis>
#include <QtTest/QtTest>

using namespace loadscope;

namespace {

const QColor kFill(220, 20, 20);
const QColor kBorder(120, 0, 0);

struct ScatterView {
    QChartView view;
    QScatterSeries* series = nullptr;

    explicit ScatterView(const QList<QPointF>& points)
    {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        QValueAxis* axes[2];
        for (int i = 0; i < 2; ++i) {
            axes[i] = new QValueAxis;
            axes[i]->setRange(0, 10);
            chart->addAxis(axes[i], i == 0 ? Qt::AlignBottom : Qt::AlignLeft);
        }
        series = addScatterPoints(*chart, axes[0], axes[1], points, kFill, kBorder, 11);
        series->setName(QStringLiteral("group"));
        view.setChart(chart);
        view.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        view.resize(500, 400);
    }

    QImage render()
    {
        QImage image(view.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter, QRectF(QPointF(0, 0), view.size()), QRect(QPoint(0, 0), view.size()));
        return image;
    }

    QPoint pixelOf(QPointF value) const
    {
        const QPointF scene = view.chart()->mapToPosition(value, series);
        return view.mapFromScene(scene);
    }
};

bool isFill(QRgb pixel)
{
    return qRed(pixel) > 180 && qGreen(pixel) < 90 && qBlue(pixel) < 90;
}

} // namespace

class TestScatterPoints : public QObject {
    Q_OBJECT

private slots:
    void everyPointIsDrawnWhereItBelongsInItsColour()
    {
        const QList<QPointF> points{{2, 2}, {5, 5}, {8, 8}, {8, 2}};
        ScatterView scatter(points);
        const QImage image = scatter.render();
        for (const QPointF& p : points) {
            const QPoint at = scatter.pixelOf(p);
            QVERIFY2(isFill(image.pixel(at)), qPrintable(QStringLiteral("no marker at (%1, %2): pixel %3 at %4,%5")
                                                             .arg(p.x())
                                                             .arg(p.y())
                                                             .arg(image.pixel(at), 0, 16)
                                                             .arg(at.x())
                                                             .arg(at.y())));
        }
        for (const QPointF& empty : {QPointF(2, 8), QPointF(5, 2), QPointF(3.5, 3.5)})
            QVERIFY(!isFill(image.pixel(scatter.pixelOf(empty))));
        // The border: a pixel at the marker's edge is darker than the fill.
        const QPoint centre = scatter.pixelOf(points[1]);
        const QRgb edge = image.pixel(centre + QPoint(5, 0));
        QVERIFY2(qRed(edge) < 200 && qGreen(edge) < 90, qPrintable(QString::number(edge, 16)));
    }

    void theLegendSwatchIsTheFillColour()
    {
        ScatterView scatter({{1, 1}});
        const auto markers = scatter.view.chart()->legend()->markers(scatter.series);
        QCOMPARE(markers.size(), 1);
        QCOMPARE(markers[0]->brush().color(), kFill);
    }

    void manyPointsAreDrawnByOneItem()
    {
        QList<QPointF> points;
        for (int i = 0; i < 20000; ++i)
            points.append(QPointF((i % 200) / 20.0, (i / 200) / 10.0));
        ScatterView scatter(points);
        QCOMPARE(scatter.series->count(), 0); // Qt's series makes an item per point: it is only the legend entry
        const QImage image = scatter.render();
        QVERIFY(isFill(image.pixel(scatter.pixelOf(points[4321]))));
    }

    void pointsFollowTheResizedPlotAreaAndStayInsideIt()
    {
        ScatterView scatter({{5, 5}, {10, 10}, {12, 5}});
        scatter.render();
        scatter.view.resize(900, 300);
        const QImage image = scatter.render();
        QVERIFY(isFill(image.pixel(scatter.pixelOf({5, 5}))));
        // (12, 5) is beyond the x axis: nothing is drawn right of the plot area.
        const QRectF area = scatter.view.chart()->plotArea();
        const QPoint right = scatter.view.mapFromScene(scatter.view.chart()->mapToScene(area.topRight()));
        for (int x = right.x() + 2; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                QVERIFY2(!isFill(image.pixel(x, y)), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
    }

    void anSvgHoldsAVectorEllipsePerPoint()
    {
        QList<QPointF> points;
        for (int i = 0; i < 50; ++i)
            points.append(QPointF(i / 5.0, i / 5.0));
        ScatterView scatter(points);
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(scatter.view.size());
        QPainter painter(&svg);
        scatter.view.render(&painter, QRectF(QPointF(0, 0), scatter.view.size()),
                            QRect(QPoint(0, 0), scatter.view.size()));
        painter.end();
        const QByteArray text = buffer.data();
        QVERIFY(!text.contains("<image"));                                       // no bitmap per point
        const qsizetype shapes = text.count("<circle") + text.count("<ellipse"); // a circle when rx == ry
        QVERIFY2(shapes >= 50, qPrintable(QString::number(shapes)));
    }
};

QTEST_MAIN(TestScatterPoints)
#include "test_scatter_points.moc"
