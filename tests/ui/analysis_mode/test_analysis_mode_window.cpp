// The GUI analyses a folder in the mode it is asked for: with --mode notebook (MainWindow::openFolder with
// notebook options) its threshold statistics are exactly `loadscope-cli report --mode notebook`'s thresholds.csv,
// which differs from the corrected mode's on the bundled sample; the choice is remembered per folder.
#include "tests/core/report/cli_run.h"
#include "tests/core/report/csv_table.h"

#include "ui/panels/threshold_panel.h"
#include "ui/state/analysis_settings.h"
#include "ui/window/main_window.h"

#include <QStandardItemModel>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

const QString kSample = QStringLiteral(LOADSCOPE_SOURCE_DIR "/resources/sample");

CsvTable reportThresholds(const QString& out, const QString& mode)
{
    const CliRun run = runCli(
        {QStringLiteral("report"), kSample, QStringLiteral("--out"), out, QStringLiteral("--mode"), mode});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return readCsv(out + QStringLiteral("/thresholds.csv"));
}

// The thresholds.csv rows of one test and kind, in file order.
std::vector<QStringList> rowsOf(const CsvTable& table, const QString& test, const QString& kind)
{
    std::vector<QStringList> rows;
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        if (table.cell(r, QStringLiteral("test")) == test && table.cell(r, QStringLiteral("kind")) == kind)
            rows.push_back(table.rows[r]);
    return rows;
}

} // namespace

class AnalysisModeWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notebookModeShowsTheNotebookReportsThresholds()
    {
        QTemporaryDir dir;
        const CsvTable notebook = reportThresholds(dir.filePath(QStringLiteral("notebook")),
                                                   QStringLiteral("notebook"));
        const CsvTable corrected = reportThresholds(dir.filePath(QStringLiteral("corrected")),
                                                    QStringLiteral("corrected"));
        QVERIFY(notebook.ok && corrected.ok);
        QVERIFY2(notebook.rows != corrected.rows,
                 "the sample must tell the two modes apart for this test to mean anything");

        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        AnalysisOptions options;
        options.mode = AnalysisMode::NotebookCompatible;
        window.openFolder(kSample, options);
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.analysisOptions().mode, AnalysisMode::NotebookCompatible);

        const int count = notebook.column(QStringLiteral("count"));
        int compared = 0, differFromCorrected = 0;
        for (int t = 0; t < window.testSelector()->count(); ++t) {
            window.selectTest(t);
            const QString test = window.testSelector()->itemData(t).toString();
            for (auto [kind, name] : {std::pair{ThresholdKind::Vmaf, QStringLiteral("vmaf")},
                                      std::pair{ThresholdKind::Visqol, QStringLiteral("visqol")}}) {
                window.thresholdPanel()->setKind(kind);
                const QAbstractItemModel* model = window.thresholdPanel()->model();
                const auto expected = rowsOf(notebook, test, name);
                const auto other = rowsOf(corrected, test, name);
                QCOMPARE(model->rowCount(), static_cast<int>(expected.size()));
                for (int r = 0; r < model->rowCount(); ++r) {
                    // Count, median, mean, min, max, std: the panel's columns 1..6, thresholds.csv's count.. on.
                    for (int c = 0; c < 6; ++c) {
                        const QVariant shownValue = model->index(r, 1 + c).data(Qt::EditRole);
                        const QString want = expected[static_cast<std::size_t>(r)].value(count + c);
                        if (want.isEmpty()) {
                            QVERIFY2(!shownValue.isValid() || shownValue.toString().isEmpty() ||
                                         std::isnan(shownValue.toDouble()),
                                     qPrintable(QStringLiteral("%1 %2 row %3 col %4").arg(test, name).arg(r).arg(c)));
                            continue;
                        }
                        QCOMPARE(shownValue.toDouble(), want.toDouble());
                        ++compared;
                        if (r < static_cast<int>(other.size()) &&
                            other[static_cast<std::size_t>(r)].value(count + c) != want)
                            ++differFromCorrected;
                    }
                }
            }
        }
        QVERIFY(compared > 0);
        QVERIFY(differFromCorrected > 0);
        QCOMPARE(rememberedAnalysisOptions(kSample).mode, AnalysisMode::Corrected); // not remembered by openFolder

        // The Analysis menu's choice analyses the folder again and is remembered for it.
        AnalysisOptions back;
        back.logUtcOffsetMinutes = 120;
        window.setAnalysisOptions(back);
        QVERIFY(shown.wait(60000));
        QCOMPARE(window.analysisOptions().mode, AnalysisMode::Corrected);
        QCOMPARE(rememberedAnalysisOptions(kSample).logUtcOffsetMinutes, std::optional<int>(120));
        QCOMPARE(utcOffsetText(-330), QStringLiteral("-05:30"));
    }
};

QTEST_MAIN(AnalysisModeWindowTest)
#include "test_analysis_mode_window.moc"
