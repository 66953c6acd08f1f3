// Lines drawn a segment at a time on screen (ui/plot/fast_lines.h): every plot of the window and the compare chart
// asks for it; on screen a dense line covers the same pixels either way (within a pixel column, where the joins
// differ); exports still stroke whole polylines, byte for byte the PNG they were.
#include "ui/compare/compare_chart.h"
#include "ui/plot/plot_exporter.h"
#include "ui/window/main_window.h"

#include <QtTest/QtTest>

#include <cmath>
#include <random>

using namespace loadscope;

namespace {

// A 800x300 plot of a noisy 50,000-point line (QCustomPlot thins it to ~2 points per pixel column, a zigzag) and a
// 91-point one, pens 1.6 px wide as the time charts draw them.
struct LinePlot {
    QCustomPlot plot;

    explicit LinePlot(bool fast)
    {
        plot.resize(800, 300);
        plot.setPlottingHint(QCP::phFastPolylines, fast);
        std::mt19937 random(7);
        std::normal_distribution<double> noise(0.0, 12.0);
        QVector<double> keys, values, sparseKeys, sparseValues;
        for (int i = 0; i < 50000; ++i) {
            keys << 1000.0 * i / 50000;
            values << 50 + 30 * std::sin(keys.back() / 120.0) + noise(random);
        }
        for (int i = 0; i <= 90; ++i) {
            sparseKeys << i * 1000.0 / 90;
            sparseValues << 110 + 20 * std::sin(i / 5.0);
        }
        plot.addGraph()->setData(keys, values, true);
        plot.graph(0)->setPen(QPen(QColor(31, 90, 220), 1.6));
        plot.addGraph()->setData(sparseKeys, sparseValues, true);
        plot.graph(1)->setPen(QPen(QColor(31, 90, 220), 1.6));
        plot.xAxis->setRange(0, 1000);
        plot.yAxis->setRange(-40, 140);
        plot.replot();
    }

    QImage onScreen() { return plot.grab().toImage().convertToFormat(QImage::Format_RGB32); }
};

bool inked(QRgb pixel) // the lines' blue, antialiased edges included; axes and text are grey or black
{
    return qBlue(pixel) - qRed(pixel) > 60;
}

// How many inked pixels `a` has, and how many of them have no ink in `b` on their row within a pixel column.
std::pair<qint64, qint64> strays(const QImage& a, const QImage& b)
{
    qint64 ink = 0, stray = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 1; x + 1 < a.width(); ++x)
            if (inked(a.pixel(x, y))) {
                ++ink;
                stray += !inked(b.pixel(x - 1, y)) && !inked(b.pixel(x, y)) && !inked(b.pixel(x + 1, y));
            }
    return {ink, stray};
}

} // namespace

class TestFastLines : public QObject {
    Q_OBJECT
private slots:
    void everyPlotDrawsLinesFast()
    {
        MainWindow window; // the timeline, the QoE / QoS / participants charts, the inspector's user QoS chart
        const auto plots = window.findChildren<QCustomPlot*>();
        QVERIFY2(plots.size() >= 5, qPrintable(QString::number(plots.size())));
        for (const QCustomPlot* plot : plots)
            QVERIFY2(plot->plottingHints().testFlag(QCP::phFastPolylines), plot->metaObject()->className());
        CompareChart compare;
        QVERIFY(compare.plottingHints().testFlag(QCP::phFastPolylines));
    }

    void onScreenTheLinesCoverTheSamePixels()
    {
        LinePlot whole(false), fast(true);
        const QImage reference = whole.onScreen(), drawn = fast.onScreen();
        QVERIFY(reference != drawn); // the joins do differ: this is the fast path
        const auto [referenceInk, referenceStray] = strays(reference, drawn);
        const auto [drawnInk, drawnStray] = strays(drawn, reference);
        QVERIFY(referenceInk > 30000);
        const auto share = [](qint64 part, qint64 whole) { return QStringLiteral("%1 of %2").arg(part).arg(whole); };
        QVERIFY2(referenceStray * 1000 <= referenceInk, qPrintable(share(referenceStray, referenceInk))); // none lost
        // Each segment's square cap reaches up to 0.8 px past a spike's tip, a row more at 0.6 % of the pixels.
        QVERIFY2(drawnStray * 100 <= drawnInk, qPrintable(share(drawnStray, drawnInk)));
    }

    void exportsAreUnchanged()
    {
        LinePlot whole(false), fast(true);
        const ExportSize size{800, 300, 1.0};
        const QImage reference = renderImage(plotPainting(whole.plot), size);
        QVERIFY(!reference.isNull());
        QCOMPARE(renderImage(plotPainting(fast.plot), size), reference);
    }
};

QTEST_MAIN(TestFastLines)
#include "test_fast_lines.moc"
