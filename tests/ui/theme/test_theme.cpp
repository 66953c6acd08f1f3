// View ▸ Theme: Dark gives a dark Fusion palette and the charts follow it (QCustomPlot background, axes, grid,
// text; Qt Charts background and axes) while data colours stay; Light brings the light look back; the choice is
// remembered and the window's menu offers System / Light / Dark.
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/plot/theme.h"
#include "ui/statistics_charts/chart_theme.h"
#include "ui/statistics_charts/comparison_charts.h"
#include "ui/time_charts/participants_chart.h"
#include "ui/time_charts/qoe_chart.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QValueAxis>

using namespace loadscope;

namespace {

QColor plotAreaPixel(QCustomPlot& plot)
{
    const QImage image = plot.toPixmap(plot.width(), plot.height(), 1.0).toImage();
    const QRect area = plot.axisRect()->rect();
    return image.pixelColor(area.right() - 3, area.top() + 3); // after the test end: clear of curves and labels
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keysAndSettingsRoundTrip()
    {
        for (Theme t : {Theme::System, Theme::Light, Theme::Dark})
            QCOMPARE(themeFromKey(themeKey(t)), std::optional(t));
        QVERIFY(!themeFromKey(QStringLiteral("purple")));
        saveTheme(Theme::Dark);
        QCOMPARE(savedTheme(), Theme::Dark);
        saveTheme(Theme::System);
        QCOMPARE(savedTheme(), Theme::System);
    }

    void nothingIsStyledBeforeATheme()
    {
        QVERIFY(!appliedTheme()); // headless figures keep their printed look
        ParticipantsChart chart;
        stylePlot(chart);
        QCOMPARE(chart.xAxis->tickLabelColor(), QColor(Qt::black));
    }

    void darkPaletteAndChartsFollowIt()
    {
        auto f = fixture::makeFixture(6);
        QoeChart before; // made before the theme: restyled when it is applied
        before.resize(600, 300);
        before.setAnalysis(f.analysis.get());
        applyTheme(Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const QPalette palette = QApplication::palette();
        QVERIFY(palette.color(QPalette::Window).lightness() < 80);
        QVERIFY(palette.color(QPalette::WindowText).lightness() > 180);

        ParticipantsChart after;
        after.resize(600, 300);
        after.setAnalysis(f.analysis.get());
        after.show();
        before.show();
        QVERIFY(QTest::qWaitForWindowExposed(&after));
        for (QCustomPlot* plot : {static_cast<QCustomPlot*>(&before), static_cast<QCustomPlot*>(&after)}) {
            plot->replot();
            QCOMPARE(plot->xAxis->tickLabelColor(), palette.color(QPalette::Text));
            QCOMPARE(plot->xAxis->basePen().color(), palette.color(QPalette::Text));
            QVERIFY(plot->xAxis->grid()->pen().color().lightness() < 128);
            QVERIFY(plotAreaPixel(*plot).lightness() < 80); // drawn dark
        }
        // Data colours stay; a neutral black line (CPU) becomes the text colour so it stays visible.
        QCOMPARE(after.publishersGraph()->pen().color(), QColor(31, 90, 220));
        QCOMPARE(before.graph(2)->name(), QStringLiteral("CPU"));
        QCOMPARE(before.graph(2)->pen().color(), palette.color(QPalette::Text));
        QCOMPARE(before.axisRect()->axes(QCPAxis::atRight).back()->tickLabelColor(), QColor(0, 128, 0)); // memory

        // Qt Charts: a chart built now, and one that was shown when the theme changed.
        QChartView view;
        followTheme(&view);
        ComparisonChartInput input;
        input.xName = QStringLiteral("CPU < 0.9");
        input.yName = QStringLiteral("CPU >= 0.9");
        input.groups.x = {1, 2, 3};
        input.groups.y = {2, 3, 4};
        replaceChart(&view, makeBoxPlotChart(input));
        QCOMPARE(view.chart()->backgroundBrush().color(), palette.color(QPalette::Base));
        for (QAbstractAxis* axis : view.chart()->axes())
            QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));

        applyTheme(Theme::Light);
        const QPalette light = QApplication::palette();
        QVERIFY(light.color(QPalette::Window).lightness() > 180);
        after.replot();
        QCOMPARE(after.xAxis->tickLabelColor(), light.color(QPalette::Text));
        QVERIFY(plotAreaPixel(after).lightness() > 200);
        QCOMPARE(view.chart()->backgroundBrush().color(), light.color(QPalette::Base));
        QCOMPARE(after.publishersGraph()->pen().color(), QColor(31, 90, 220));
    }

    void theWindowOffersTheThemesAndRemembersTheChoice()
    {
        MainWindow window;
        QAction* dark = window.findChild<QAction*>(QStringLiteral("theme-dark"));
        QVERIFY(dark && window.findChild<QAction*>(QStringLiteral("theme-light")) &&
                window.findChild<QAction*>(QStringLiteral("theme-system")));
        dark->trigger();
        QVERIFY(dark->isChecked());
        QCOMPARE(appliedTheme(), std::optional(Theme::Dark));
        QCOMPARE(savedTheme(), Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        window.findChild<QAction*>(QStringLiteral("theme-system"))->trigger();
        QCOMPARE(savedTheme(), Theme::System);
    }
};

QTEST_MAIN(TestTheme)
#include "test_theme.moc"
