// The side panels: test summary figures, threshold table (kind switch, numeric sort, CSV with test and metric),
// problems (path copy).
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/panels/problems_panel.h"
#include "ui/panels/test_summary_panel.h"
#include "ui/panels/threshold_panel.h"
#include "ui/statistics_charts/comparison_charts.h"
#include "ui/widgets/count_text.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace loadscope;

class TestPanels : public QObject {
    Q_OBJECT
private slots:
    void summaryCountsTheFixture_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        // makeFixture(6): users 0..5, sessions of four, even users publish, users 2 and 5 fail once, CPU t/100.
        QTest::addRow("users") << "Users"
                               << "6";
        QTest::addRow("sessions") << "Sessions"
                                  << "2";
        QTest::addRow("publishers") << "Publishers"
                                    << "3";
        QTest::addRow("subscribers") << "Subscribers"
                                     << "3";
        QTest::addRow("failures") << "Failures"
                                  << "2";
        QTest::addRow("users that failed") << "Users that failed"
                                           << "2";
        QTest::addRow("duration") << "Duration"
                                  << "60.0 s";
        QTest::addRow("crash") << "Crash detected"
                               << "no";
        QTest::addRow("peak cpu") << "Peak CPU"
                                  << "0.600";
    }
    void summaryCountsTheFixture()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto f = fixture::makeFixture(6);
        TestSummaryPanel panel;
        panel.setAnalysis(f.analysis.get());
        QCOMPARE(panel.valueOf(field), value);
    }

    void thresholdsFollowTheKindAndSortNumerically()
    {
        auto f = fixture::makeFixture(3);
        f.analysis->thresholds[1].rows[0].count = 1000; // ViSQOL: one band far larger than the others
        ThresholdPanel panel;
        QAbstractItemModelTester tester(panel.view()->model());
        panel.setAnalysis(f.analysis.get());
        QCOMPARE(panel.model()->rowCount(), 8);
        QCOMPARE(panel.model()->index(0, 1).data().toLongLong(), 1LL);
        panel.setKind(ThresholdKind::Visqol);
        QCOMPARE(panel.model()->index(0, 1).data().toLongLong(), 1000LL);
        panel.view()->sortByColumn(1, Qt::DescendingOrder);
        // numeric, not text order: 1000 first, then 8 ("8" > "1000" as text)
        QCOMPARE(panel.view()->model()->index(0, 1).data().toLongLong(), 1000LL);
        QCOMPARE(panel.view()->model()->index(1, 1).data().toLongLong(), 8LL);
    }

    void thresholdsExportAsCsv()
    {
        auto f = fixture::makeFixture(3);
        ThresholdPanel panel;
        panel.setAnalysis(f.analysis.get());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("thresholds.csv"));
        QString error;
        QVERIFY(panel.exportCsv(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // thresholds.csv's columns: the file says which test and which metric it holds.
        QCOMPARE(lines.size(), 9);
        QCOMPARE(lines[0], QStringLiteral("test,metric,threshold,count,median,mean,min,max,std"));
        QCOMPARE(lines[3], QStringLiteral("loadtest-webrtc-2024-kurento-8p,vmaf,band 2,3,3.2,3.1,1,4.9,0.5"));
        panel.setKind(ThresholdKind::Visqol);
        QVERIFY(panel.csv().split(QLatin1Char('\n'))[1].startsWith(
            QStringLiteral("loadtest-webrtc-2024-kurento-8p,visqol,band 0,1,")));
    }

    void countsSayOneInTheSingular()
    {
        QCOMPARE(countText(1, QStringLiteral("problem"), QStringLiteral("problems")), QStringLiteral("1 problem"));
        QCOMPARE(countText(0, QStringLiteral("problem"), QStringLiteral("problems")), QStringLiteral("0 problems"));
        QCOMPARE(countText(2, QStringLiteral("switch"), QStringLiteral("switches")), QStringLiteral("2 switches"));
        // A box plot with one outlier per group says so in its tooltip.
        ComparisonChartInput input;
        input.xName = QStringLiteral("CPU < 0.9");
        input.yName = QStringLiteral("CPU >= 0.9");
        input.groups.x = {1, 2, 2, 3, 3, 3, 4, 40};
        input.groups.y = {1, 2, 2, 3, 3, 3, 4, -40};
        const QString text = boxPlotDescription(input);
        QVERIFY2(text.contains(QStringLiteral(", 1 outlier")) && !text.contains(QStringLiteral("1 outliers")),
                 qPrintable(text));
    }

    void problemsDoubleClickCopiesThePath()
    {
        ProblemsPanel panel;
        QAbstractItemModelTester tester(panel.view()->model());
        panel.setProblems(QStringLiteral("/results"),
                          {{"stats/t/LoadTestSession1/User1/events.json", 3, Severity::Error, "unterminated array"},
                           {"/abs/logs/t.log", 0, Severity::Warning, "no start line"}});
        QCOMPARE(panel.count(), 2);
        QCOMPARE(panel.pathOfRow(0), QStringLiteral("/results/stats/t/LoadTestSession1/User1/events.json"));
        QCOMPARE(panel.pathOfRow(1), QStringLiteral("/abs/logs/t.log"));
        panel.resize(600, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView* view = panel.view();
        const QRect cell = view->visualRect(view->model()->index(0, 3));
        QSignalSpy copied(&panel, &ProblemsPanel::pathCopied);
        // QTest's double click is only recognised after a press/release pair at the same spot
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.front().front().toString(), panel.pathOfRow(0));
    }
};

QTEST_MAIN(TestPanels)
#include "test_panels.moc"
