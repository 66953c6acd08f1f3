// The Comparisons panel: its table against the comparisons.csv that loadscope-cli report writes for a generated
// folder (both modes, every kind), kind / threshold / variant switches, n on each chart group, box statistics
// against numpy, empty groups, empty-cell reasons, and PNG / SVG exports.
#include "comparisons_test_data.h"
#include "tests/core/report/csv_table.h"

#include "core/stats/box_statistics.h"
#include "core/load/results_loader.h"
#include "ui/statistics_charts/comparison_charts.h"
#include "tests/ui/fixture/borrowed.h"
#include "ui/panels/comparisons_panel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

QString cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(LOADSCOPE_CLI), args);
    if (!p.waitForFinished(300000))
        return QStringLiteral("loadscope-cli %1 did not finish").arg(args.join(' '));
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

struct Analysed {
    std::optional<Results> results;
    std::vector<TestAnalysis> tests;
};

Analysed analyse(const QString& root, AnalysisMode mode)
{
    Analysed a;
    LoadOptions load;
    load.loadQos = false; // comparisons use events, QoE and CPU only
    a.results = loadResults(root.toStdString(), load);
    if (!a.results)
        return a;
    AnalysisOptions options;
    options.mode = mode;
    ProblemList problems;
    for (const TestData& t : a.results->tests)
        a.tests.push_back(analyseTest(t, options, problems));
    return a;
}

QStringList categoriesOf(QChartView* view)
{
    for (QAbstractAxis* axis : view->chart()->axes(Qt::Horizontal)) {
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
            return bars->categories();
        if (auto* ranges = qobject_cast<QCategoryAxis*>(axis))
            return ranges->categoriesLabels();
    }
    return {};
}

QString cellText(const ComparisonsModel& model, int row, const QString& column)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString() == column)
            return model.data(model.index(row, c), ComparisonsModel::CsvTextRole).toString();
    return QStringLiteral("<no column %1>").arg(column);
}

QString tooltip(const ComparisonsModel& model, int row, const QString& column)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString() == column)
            return model.data(model.index(row, c), Qt::ToolTipRole).toString();
    return {};
}

} // namespace

class ComparisonsPanelTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString root_;
    Analysed corrected_, notebook_;
    std::map<QString, CsvTable> csv_; // by mode

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        if (qEnvironmentVariableIsSet("LOADSCOPE_KEEP_TEST_DIR")) { // to look at the exports afterwards
            dir_.setAutoRemove(false);
            qInfo("test folder: %s", qPrintable(dir_.path()));
        }
        root_ = dir_.filePath("results");
        // Capacity 0.7 drives the CPU over 0.9 (pion) and 0.95 (mediasoup): both cases have computed rows, and
        // some kinds have an empty group, so skipped rows are covered too.
        QString error = cli({"generate", root_, "--seed", "7", "--tests", "pion-3p-10s", "mediasoup-8p", "--duration",
                             "240", "--capacity-scale", "0.7"});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString mode : {"corrected", "notebook"}) {
            const QString out = dir_.filePath("report-" + mode);
            error = cli({"report", root_, "--out", out, "--mode", mode});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            csv_[mode] = readCsv(out + "/comparisons.csv");
            QVERIFY2(csv_[mode].ok && !csv_[mode].rows.empty(), qPrintable(out));
        }
        corrected_ = analyse(root_, AnalysisMode::Corrected);
        notebook_ = analyse(root_, AnalysisMode::NotebookCompatible);
        QCOMPARE(corrected_.tests.size(), std::size_t(2));
        QCOMPARE(notebook_.tests.size(), std::size_t(2));
    }

    void tableEqualsComparisonsCsv_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("test");
        QTest::addColumn<int>("kind");
        for (const QString mode : {"corrected", "notebook"})
            for (int test = 0; test < 2; ++test)
                for (std::size_t k = 0; k < kThresholdKinds.size(); ++k)
                    QTest::addRow("%s %d %s", qPrintable(mode), test, thresholdKindName(kThresholdKinds[k]))
                        << mode << test << static_cast<int>(k);
    }

    void tableEqualsComparisonsCsv()
    {
        QFETCH(QString, mode);
        QFETCH(int, test);
        QFETCH(int, kind);
        const TestAnalysis& analysis = (mode == "corrected" ? corrected_ : notebook_).tests.at(test);
        const CsvTable& csv = csv_[mode];
        ComparisonsPanel panel;
        panel.setAnalysis(borrowed(&analysis));
        QVERIFY(settled());
        panel.setKind(kThresholdKinds.at(static_cast<std::size_t>(kind)));
        QVERIFY(settled());
        const ComparisonsModel& model = *panel.model();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), static_cast<int>(csv.header.size()));
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), csv.header[c]);
        int computed = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QStringList key{cellText(model, r, "test"), cellText(model, r, "kind"), cellText(model, r, "variant"),
                                  cellText(model, r, "x"), cellText(model, r, "y")};
            const auto match = std::find_if(csv.rows.begin(), csv.rows.end(),
                                            [&](const QStringList& row) { return row.mid(0, 5) == key; });
            if (!model.isComputed(r)) {
                QVERIFY2(match == csv.rows.end(), qPrintable(key.join(','))); // the report skipped it too
                QVERIFY(!model.rowProblem(r).isEmpty());
                continue;
            }
            ++computed;
            QVERIFY2(match != csv.rows.end(), qPrintable(key.join(',')));
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY2(model.data(model.index(r, c), ComparisonsModel::CsvTextRole).toString() == (*match)[c],
                         qPrintable(QStringLiteral("%1 %2: table %3, csv %4")
                                        .arg(key.join(','), csv.header[c],
                                             model.data(model.index(r, c), ComparisonsModel::CsvTextRole).toString(),
                                             (*match)[c])));
        }
        const auto inCsv = std::count_if(csv.rows.begin(), csv.rows.end(), [&](const QStringList& row) {
            return row[0] == QString::fromStdString(analysis.data->info.name) &&
                   row[1] == thresholdKindName(kThresholdKinds.at(static_cast<std::size_t>(kind)));
        });
        QCOMPARE(computed, static_cast<int>(inCsv));
    }

    void generatedDataCrossesBothThresholds()
    {
        // Guards the test above against passing on skipped rows only.
        for (const QString mode : {"corrected", "notebook"})
            for (const char* x : {"CPU < 0.9", "CPU < 0.95"})
                QVERIFY2(std::any_of(csv_[mode].rows.begin(), csv_[mode].rows.end(),
                                     [&](const QStringList& row) { return row[3] == x; }),
                         x);
    }

    void switchingKindThresholdAndVariantRedrawsWithItsN()
    {
        ComparisonsPanel panel;
        panel.resize(1200, 800);
        new QAbstractItemModelTester(const_cast<ComparisonsModel*>(panel.model()),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, &panel);
        for (const TestAnalysis& analysis : corrected_.tests) {
            panel.setAnalysis(borrowed(&analysis));
            QVERIFY(settled());
            for (ThresholdKind kind : kThresholdKinds) {
                panel.setKind(kind);
                QVERIFY(settled());
                QCOMPARE(panel.kind(), kind);
                QCOMPARE(cellText(*panel.model(), 0, "kind"), QString(thresholdKindName(kind)));
                for (std::size_t c = 0; c < kComparisonCases.size(); ++c)
                    for (ComparisonVariant v : {ComparisonVariant::Raw, ComparisonVariant::Clean}) {
                        panel.setThreshold(c);
                        panel.setVariant(v);
                        const int row = panel.model()->rowOf(c, v);
                        if (!panel.model()->isComputed(row)) {
                            QVERIFY(panel.showsEmptyState());
                            continue;
                        }
                        QVERIFY(!panel.showsEmptyState());
                        const QString nX = cellText(*panel.model(), row, "n_x");
                        const QString nY = cellText(*panel.model(), row, "n_y");
                        for (ComparisonChart chart : {ComparisonChart::Box, ComparisonChart::Violin}) {
                            const QStringList groups = categoriesOf(panel.chartView(chart));
                            QCOMPARE(groups.size(), 2);
                            // Rich text under each box / violin: the name (escaped) and n on a second line.
                            const QString threshold = c == 0 ? "0.9" : "0.95";
                            QCOMPARE(groups[0], QStringLiteral("CPU &lt; %1<br>n = %2").arg(threshold, nX));
                            QCOMPARE(groups[1], QStringLiteral("CPU &gt;= %1<br>n = %2").arg(threshold, nY));
                        }
                        QStringList legend;
                        for (QAbstractSeries* s : panel.chartView(ComparisonChart::Scatter)->chart()->series())
                            legend << s->name();
                        QVERIFY2(
                            legend.contains(QStringLiteral("CPU &gt;= %1 (n=%2)").arg(c == 0 ? "0.9" : "0.95", nY)),
                            qPrintable(legend.join('|')));
                        QVERIFY(legend.contains("CPU 0.9") && legend.contains("CPU 0.95"));
                    }
            }
        }
        panel.setAnalysis(nullptr);
        QVERIFY(settled());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.showsEmptyState());
    }

    void emptyGroupGivesAnEmptyState()
    {
        const auto t = handMadeTest({3.0, 4.0, 4.5, 5.0}, {});
        ComparisonsPanel panel;
        panel.setAnalysis(borrowed(&t->analysis));
        QVERIFY(settled());
        QVERIFY(panel.showsEmptyState());
        QVERIFY2(panel.emptyStateText().contains("CPU >= 0.9"), qPrintable(panel.emptyStateText()));
        for (int r = 0; r < panel.model()->rowCount(); ++r) {
            QVERIFY(!panel.model()->isComputed(r));
            QVERIFY(tooltip(*panel.model(), r, "p_mwu").contains("empty"));
        }
        QVERIFY(panel.exportChart(ComparisonChart::Box, QDir(dir_.path()).filePath("empty.png")).isEmpty());
        TestAnalysis noThresholds;
        panel.setAnalysis(borrowed(&noThresholds));
        QVERIFY(settled());
        QVERIFY(panel.showsEmptyState());
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void emptyCellsSayWhy()
    {
        // Two values per group: Shapiro-Wilk needs 3, so its cells are empty and the tooltip names it.
        const auto t = handMadeTest({3.0, 4.0}, {1.0, 2.5});
        ComparisonsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(borrowed(&t->analysis));
        QVERIFY(settled());
        const int row = model.rowOf(0, ComparisonVariant::Raw);
        QVERIFY(model.isComputed(row));
        QCOMPARE(cellText(model, row, "shapiro_x_w"), QString());
        QVERIFY2(tooltip(model, row, "shapiro_x_p").contains("shapiro_x:"),
                 qPrintable(tooltip(model, row, "shapiro_x_p")));
        QCOMPARE(cellText(model, row, "n_x"), QString("2"));
        QCOMPARE(cellText(model, row, "median_y"), QString("1.75"));
        QVERIFY(tooltip(model, row, "median_y").contains("1.75"));
    }

    void boxStatisticsMatchNumpy_data()
    {
        QTest::addColumn<QJsonObject>("golden");
        const QJsonArray boxes = kdeGoldens().value("boxes").toArray();
        QVERIFY(boxes.size() >= 5);
        for (const QJsonValue& b : boxes)
            QTest::newRow(qPrintable(b.toObject().value("name").toString())) << b.toObject();
    }

    void boxStatisticsMatchNumpy()
    {
        QFETCH(QJsonObject, golden);
        const std::vector<double> values = jsonNumbers(golden.value("values"));
        const auto box = boxStatistics(values);
        QVERIFY(box);
        QCOMPARE(box->n, values.size());
        QCOMPARE(box->q1, golden.value("q1").toDouble());
        QCOMPARE(box->median, golden.value("median").toDouble());
        QCOMPARE(box->q3, golden.value("q3").toDouble());
        QCOMPARE(box->lowerWhisker, golden.value("lower_whisker").toDouble());
        QCOMPARE(box->upperWhisker, golden.value("upper_whisker").toDouble());
        QCOMPARE(static_cast<int>(box->outliers.size()), golden.value("outliers").toInt());
    }

    void exportsValidPngAndSvg_data()
    {
        QTest::addColumn<int>("chart");
        QTest::newRow("box") << static_cast<int>(ComparisonChart::Box);
        QTest::newRow("violin") << static_cast<int>(ComparisonChart::Violin);
        QTest::newRow("scatter") << static_cast<int>(ComparisonChart::Scatter);
    }

    void exportsValidPngAndSvg()
    {
        QFETCH(int, chart);
        const auto which = static_cast<ComparisonChart>(chart);
        const auto t = handMadeTest({3.0, 4.0, 4.5, 5.0, 2.0}, {1.0, 2.5, 2.0, 1.5});
        ComparisonsPanel panel;
        panel.resize(1200, 800);
        panel.setAnalysis(borrowed(&t->analysis));
        QVERIFY(settled());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.showsEmptyState());
        const QString png = QDir(dir_.path()).filePath(QStringLiteral("chart%1.png").arg(chart));
        QCOMPARE(panel.exportChart(which, png), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), panel.chartView(which)->size() * image.devicePixelRatio());
        const QString svg = QDir(dir_.path()).filePath(QStringLiteral("chart%1.svg").arg(chart));
        QCOMPARE(panel.exportChart(which, svg), QString());
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg") && text.contains("<path"));
        QVERIFY(text.contains(which == ComparisonChart::Scatter ? "(n=5)" : "n = 5")); // labels are text in the SVG
        QVERIFY(text.contains("CPU &lt; 0.9")); // escaped once for the chart, once for XML: shown as "CPU < 0.9"
        const QString error = panel.exportChart(which, dir_.filePath("missing-dir/chart.png"));
        QVERIFY2(error.contains("missing-dir/chart.png"), qPrintable(error));
    }

    void everyChartOffersPngAndSvgExport()
    {
        ComparisonsPanel panel;
        for (ComparisonChart chart : {ComparisonChart::Box, ComparisonChart::Violin, ComparisonChart::Scatter}) {
            QChartView* view = panel.chartView(chart);
            QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
            QStringList texts;
            for (QAction* a : view->actions())
                texts << a->text();
            QCOMPARE(texts, QStringList({"Export PNG...", "Export SVG..."}));
        }
    }

    void rendersTheBundledSample()
    {
        // Grabs the panel on resources/sample; set LOADSCOPE_SCREENSHOT_DIR to keep the PNG for a look.
        const Analysed sample = analyse(QStringLiteral(LOADSCOPE_SOURCE_DIR "/resources/sample"),
                                        AnalysisMode::Corrected);
        QVERIFY(!sample.tests.empty());
        const QString keep = qEnvironmentVariable("LOADSCOPE_SCREENSHOT_DIR");
        for (const TestAnalysis& analysis : sample.tests)
            for (ThresholdKind kind : kThresholdKinds) {
                ComparisonsPanel panel;
                panel.resize(1400, 900);
                panel.setAnalysis(borrowed(&analysis));
                QVERIFY(settled());
                panel.setKind(kind);
                QVERIFY(settled());
                panel.show();
                QVERIFY(QTest::qWaitForWindowExposed(&panel));
                const QPixmap shot = panel.grab();
                QVERIFY(!shot.isNull());
                if (!keep.isEmpty())
                    QVERIFY(shot.save(QDir(keep).filePath(
                        QStringLiteral("comparisons_panel_%1_%2.png")
                            .arg(QString::fromStdString(analysis.data->info.name), thresholdKindName(kind)))));
            }
    }
};

QTEST_MAIN(ComparisonsPanelTest)
#include "test_comparisons_panel.moc"
