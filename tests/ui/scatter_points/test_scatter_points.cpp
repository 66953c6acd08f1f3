// The comparison scatter's points (ui/statistics_charts/scatter_points.h): every point drawn where it belongs in its
// colour, nothing between them, the legend's swatch in the fill colour; and drawn the linear way (a light marker,
// the per-point items hidden), which is what keeps a 20,000-point scatter from Qt's quadratic recolouring.
#include "ui/statistics_charts/scatter_points.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
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
        series = newManyPointScatter(kFill, kBorder, 11);
        series->setName(QStringLiteral("group"));
        series->append(points);
        chart->addSeries(series);
        for (auto [alignment, name] : {std::pair{Qt::AlignBottom, "x"}, std::pair{Qt::AlignLeft, "y"}}) {
            auto* axis = new QValueAxis;
            axis->setRange(0, 10);
            axis->setTitleText(QString::fromLatin1(name));
            chart->addAxis(axis, alignment);
            series->attachAxis(axis);
        }
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

    void manyPointsAreDrawnFromOneMarkerImage()
    {
        QList<QPointF> points;
        for (int i = 0; i < 20000; ++i)
            points.append(QPointF((i % 200) / 20.0, (i / 200) / 10.0));
        ScatterView scatter(points);
        QCOMPARE(scatter.series->count(), 20000);
        QVERIFY(!scatter.series->lightMarker().isNull());
        QVERIFY(!scatter.series->pointsVisible()); // Qt's per-point items: hidden, never recoloured one by one
        const QImage image = scatter.render();
        QVERIFY(isFill(image.pixel(scatter.pixelOf(points[4321]))));
    }
};

QTEST_MAIN(TestScatterPoints)
#include "test_scatter_points.moc"
