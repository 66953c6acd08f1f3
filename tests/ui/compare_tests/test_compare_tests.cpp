// The Compare tests window on a generated three-test root: the summary matrix (one row per test, summary.csv's
// columns then the per-CPU-band medians, sortable, CSV export), the chart of one quantity for the checked tests
// (overlaid with a legend, or stacked sharing x; image export), the per-second QoE series on a hand-built case,
// and View ▸ Compare tests in the main window. Set LOADSCOPE_SCREENSHOT_DIR to keep a screenshot of the window.
#include "core/generate/results_generator.h"
#include "core/report/test_summary.h"
#include "ui/compare/compare_tests_window.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace loadscope;

namespace {

// The median of the VMAF or ViSQOL QoE segments whose CPU median lies in [low, high): computed here from the
// segments, not through the threshold tables the matrix reads.
double bandMedianFromSegments(const TestAnalysis& a, QoeMetric metric, double low, double high)
{
    std::vector<double> v;
    for (const auto& s : a.segments)
        if (s.type == SegmentType::Qoe && s.metric == metric && s.cpu.median >= low && s.cpu.median < high &&
            !std::isnan(s.qoe))
            v.push_back(s.qoe);
    if (v.empty())
        return kNaN;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double cellNumber(const QStandardItemModel& m, int row, const QString& column)
{
    for (int c = 0; c < m.columnCount(); ++c)
        if (m.headerData(c, Qt::Horizontal).toString() == column) {
            const QVariant v = m.item(row, c)->data(Qt::DisplayRole);
            return v.toString().isEmpty() ? kNaN : v.toDouble();
        }
    return -12345;
}

bool sameOrBothNaN(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) <= 1e-12;
}

} // namespace

class TestCompareTests : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedResults> loaded_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        generate::GeneratorOptions options;
        for (const char* spec : {"kurento-2p", "pion-8p", "mediasoup-3p-10s"})
            options.tests.push_back(*generate::parseTestSpec(spec));
        options.seed = 3;
        options.sessions = 2;
        options.durationSeconds = 120;
        generateResults(dir_.path().toStdString(), options, 2);
        loaded_ = loadAndAnalyse(dir_.path(), {}, nullptr, {});
        QVERIFY(loaded_);
        QCOMPARE(loaded_->analyses.size(), std::size_t(3));
    }

    void theMatrixHasOneRowPerTestWithTheSummaryAndBandMedians()
    {
        CompareTestsWindow window;
        window.setResults(loaded_);
        const QStandardItemModel& m = *window.matrix();
        QCOMPARE(m.rowCount(), 3);
        QStringList headers;
        for (int c = 0; c < m.columnCount(); ++c)
            headers << m.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers.mid(0, 18).join(','),
                 QStringLiteral("test,server,topology,users,sessions,failures,reconnections,reconnecting_time,"
                                "users_failed,crashed,duration,peak_cpu,"
                                "users_before_first_failure,median_vmaf,median_visqol,median_connection_start,"
                                "p99_rtt,qoo_video_conferencing"));
        QCOMPARE(headers.mid(18), (QStringList{"vmaf_cpu_lt_0.9", "vmaf_cpu_0.9_to_0.95", "vmaf_cpu_ge_0.95",
                                               "visqol_cpu_lt_0.9", "visqol_cpu_0.9_to_0.95", "visqol_cpu_ge_0.95"}));
        int bandsWithValues = 0;
        for (int r = 0; r < 3; ++r) {
            const TestAnalysis& a = *loaded_->analyses[static_cast<std::size_t>(r)];
            QCOMPARE(m.item(r, 0)->text(), QString::fromStdString(a.data->info.name));
            QCOMPARE(cellNumber(m, r, "median_vmaf"), summaryRowOf(a).medianVmaf);
            const std::vector<std::pair<double, double>> bands{{-1, 0.9}, {0.9, 0.95}, {0.95, 2}};
            for (std::size_t b = 0; b < bands.size(); ++b) {
                const QString suffix = headers[18 + static_cast<int>(b)].mid(4); // "cpu_…"
                const double vmaf = cellNumber(m, r, "vmaf" + suffix);
                QVERIFY2(
                    sameOrBothNaN(vmaf, bandMedianFromSegments(a, QoeMetric::Vmaf, bands[b].first, bands[b].second)),
                    qPrintable(suffix));
                QVERIFY(sameOrBothNaN(cellNumber(m, r, "visqol" + suffix),
                                      bandMedianFromSegments(a, QoeMetric::Visqol, bands[b].first, bands[b].second)));
                bandsWithValues += !std::isnan(vmaf);
            }
        }
        QVERIFY(bandsWithValues >= 2); // the check above compared numbers, not only blanks
    }

    void clickingAHeaderSortsNumerically()
    {
        CompareTestsWindow window;
        window.setResults(loaded_);
        QTableView* view = window.matrixView();
        const int users = 3;
        view->sortByColumn(users, Qt::DescendingOrder);
        QList<int> shown;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            shown << view->model()->index(r, users).data().toInt();
        QCOMPARE(shown.size(), 3);
        QVERIFY(std::is_sorted(shown.rbegin(), shown.rend()));
        QVERIFY(shown.front() > shown.back()); // pion-8p has more users than kurento-2p
    }

    void theMatrixExportsAsCsv()
    {
        CompareTestsWindow window;
        window.setResults(loaded_);
        const QString path = dir_.filePath("matrix.csv");
        QCOMPARE(window.exportMatrixCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("test,server,topology,users,"));
        QVERIFY(lines[1].startsWith("loadtest-webrtc-2024-kurento-2p,kurento,2p,"));
        QCOMPARE(lines[1].count(QLatin1Char(',')), 23); // 18 summary columns + 6 band medians
        QVERIFY(!window.exportMatrixCsv(dir_.filePath("missing/dir/m.csv")).isEmpty());
    }

    void theChartOverlaysOrStacksTheCheckedTests()
    {
        CompareTestsWindow window;
        window.setResults(loaded_);
        CompareChart* chart = window.chart();
        QCOMPARE(chart->graphCount(), 3);
        QCOMPARE(chart->plotPanels(), 1);
        QVERIFY(chart->legend && chart->legend->itemCount() == 3);
        window.setTestChecked("loadtest-webrtc-2024-pion-8p", false);
        QCOMPARE(chart->graphCount(), 2);
        QCOMPARE(chart->graph(1)->name(), QStringLiteral("loadtest-webrtc-2024-mediasoup-3p-10s"));

        window.setCompareLayout(CompareLayout::Stacked);
        QCOMPARE(chart->plotPanels(), 2);
        QVERIFY(!chart->legend);
        QCPAxis* x0 = chart->axisRect(0)->axis(QCPAxis::atBottom);
        QCPAxis* x1 = chart->axisRect(1)->axis(QCPAxis::atBottom);
        QCOMPARE(x0->range(), x1->range());
        x0->setRange(10, 50); // zooming one panel moves the other
        QCOMPARE(x1->range(), QCPRange(10, 50));

        window.setQuantity(CompareQuantity::ConnectedUsers);
        QCOMPARE(window.quantityBox()->currentData().toInt(), static_cast<int>(CompareQuantity::ConnectedUsers));
        const TestAnalysis& kurento = *loaded_->analyses[0];
        const auto& last = kurento.progression.back();
        QCOMPARE(chart->graph(0)->data()->size(), static_cast<int>(kurento.progression.size()) + 1);
        const auto end = chart->graph(0)->data()->constEnd() - 1; // the last level, held to the test's end
        QCOMPARE(end->key, kurento.clippedDuration);
        QCOMPARE(end->value, double(last.publishers + last.subscribers));
        QCOMPARE((end - 1)->key, last.time);
    }

    void meanQoePerSecondAveragesTheFragmentsCoveringEachSecond()
    {
        TestAnalysis a;
        a.clippedDuration = 5;
        PlacedCut first, second, unplaced;
        first.start = 0.5, first.end = 3.2, first.vmaf = 4;
        second.start = 2, second.end = 5, second.vmaf = 2;
        unplaced.vmaf = 5; // NaN start/end: never placed
        a.cuts = {first, second, unplaced};
        const auto points = compareSeries(a, CompareQuantity::MeanVmafPerSecond);
        QCOMPARE(points.size(), std::size_t(6)); // seconds 0..5
        QVERIFY(std::isnan(points[0].value));    // nothing starts before 0.5
        QCOMPARE(points[1].value, 4.0);
        QCOMPARE(points[2].value, 3.0);
        QCOMPARE(points[3].value, 3.0); // 3 < 3.2: still inside the first fragment
        QCOMPARE(points[4].value, 2.0);
        QVERIFY(std::isnan(points[5].value)); // the second ends at 5, exclusive
    }

    void theChartExportsAndTheWindowRenders()
    {
        CompareTestsWindow window;
        window.setResults(loaded_);
        window.setQuantity(CompareQuantity::Cpu);
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char* name : {"chart.png", "chart.svg", "chart.pdf"}) {
            const QString path = dir_.filePath(name);
            QCOMPARE(window.exportChart(path, {900, 500, 1.0}), QString());
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        const QImage image = window.grab().toImage();
        QVERIFY(image.width() > 1000);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours << image.pixel(x, y);
        QVERIFY(colours.size() > 20); // a rendered window, not a blank one
        const QByteArray keep = qgetenv("LOADSCOPE_SCREENSHOT_DIR");
        if (!keep.isEmpty()) {
            window.setQuantity(CompareQuantity::ConnectedUsers);
            QVERIFY(window.grab().save(QDir(QString::fromLocal8Bit(keep)).filePath("compare-tests.png")));
            window.setCompareLayout(CompareLayout::Stacked);
            window.setQuantity(CompareQuantity::Cpu);
            QVERIFY(window.grab().save(QDir(QString::fromLocal8Bit(keep)).filePath("compare-tests-stacked.png")));
        }
    }

    void theMainWindowOpensItFromTheViewMenu()
    {
        MainWindow main;
        main.setResults(loaded_);
        QAction* compare = nullptr;
        for (QAction* menu : main.menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (a->text().remove('&').startsWith("Compare tests"))
                        compare = a;
        QVERIFY(compare);
        compare->trigger();
        auto* window = main.findChild<CompareTestsWindow*>();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QCOMPARE(window->matrix()->rowCount(), 3);
        compare->trigger(); // shown again, not a second window
        QCOMPARE(main.findChildren<CompareTestsWindow*>().size(), 1);
        window->close();
    }
};

QTEST_MAIN(TestCompareTests)
#include "test_compare_tests.moc"
