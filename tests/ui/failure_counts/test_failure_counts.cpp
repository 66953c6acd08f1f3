// Issue 16: one failure count, defined once (core/analysis/failure_counts.h), shown alike by the four places that
// count failures — the test selector, the test summary panel, Compare tests and summary.csv (written by
// `loadscope-cli report`) — on a generated LiveKit folder with reconnections. The values themselves are held to an
// independent Python reference by test_test_summary (tests/data/summary/make_summary_golden.py).
#include "core/analysis/failure_counts.h"
#include "core/generate/results_generator.h"
#include "ui/compare/compare_tests_window.h"
#include "ui/window/main_window.h"
#include "ui/state/loaded_results.h"
#include "ui/panels/test_summary_panel.h"

#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loadscope;

namespace {

QString cell(const QStandardItemModel& m, int row, const QString& column)
{
    for (int c = 0; c < m.columnCount(); ++c)
        if (m.headerData(c, Qt::Horizontal).toString() == column)
            return m.item(row, c)->data(Qt::DisplayRole).toString();
    return QStringLiteral("<no column %1>").arg(column);
}

// summary.csv's cells by column name, one map per row.
std::vector<std::map<QString, QString>> readSummaryCsv(const QString& path)
{
    QFile file(path);
    std::vector<std::map<QString, QString>> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(',');
        std::map<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row[header[c]] = cells.value(c);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

class TestFailureCounts : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedResults> loaded_;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("pion-3p-40s"), *generate::parseTestSpec("kurento-2p")};
        options.seed = 16;
        options.durationSeconds = 120;
        options.capacityScale = 0.7;
        generate::generateResults(dir_.filePath("results").toStdString(), options, 2);
        loaded_ = loadAndAnalyse(dir_.filePath("results"), {}, nullptr, {});
        QVERIFY(loaded_);
        QCOMPARE(loaded_->analyses.size(), std::size_t(2));
    }

    void theFourPlacesAgree()
    {
        QProcess report;
        report.start(QStringLiteral(LOADSCOPE_CLI),
                     {"report", dir_.filePath("results"), "--out", dir_.filePath("report")});
        QVERIFY(report.waitForFinished(120000));
        QCOMPARE(report.exitCode(), 0);
        const auto csv = readSummaryCsv(dir_.filePath("report/summary.csv"));
        QCOMPARE(csv.size(), std::size_t(2));

        MainWindow window;
        window.setResults(loaded_);
        CompareTestsWindow compare;
        compare.setResults(loaded_);
        TestSummaryPanel panel;
        int reconnectionsSeen = 0;
        for (int t = 0; t < 2; ++t) {
            const TestAnalysis& a = *loaded_->analyses[static_cast<std::size_t>(t)];
            const FailureCounts counts = countFailures(a);
            reconnectionsSeen += counts.reconnections;
            const QString failures = QString::number(counts.failures);
            const QString reconnections = QString::number(counts.reconnections);
            const QString usersFailed = QString::number(counts.usersFailed);
            const QString test = QString::fromStdString(a.data->info.name);
            // summary.csv (rows sorted by test name, as the analyses)
            QCOMPARE(csv[static_cast<std::size_t>(t)].at("test"), test);
            QCOMPARE(csv[static_cast<std::size_t>(t)].at("failures"), failures);
            QCOMPARE(csv[static_cast<std::size_t>(t)].at("reconnections"), reconnections);
            QCOMPARE(csv[static_cast<std::size_t>(t)].at("users_failed"), usersFailed);
            QCOMPARE(csv[static_cast<std::size_t>(t)].at("reconnecting_time").toDouble(), counts.reconnectingSeconds);
            // Compare tests
            QCOMPARE(cell(*compare.matrix(), t, "failures"), failures);
            QCOMPARE(cell(*compare.matrix(), t, "reconnections"), reconnections);
            QCOMPARE(cell(*compare.matrix(), t, "users_failed"), usersFailed);
            // the test selector
            const QString item = window.testSelector()->itemText(t);
            QVERIFY2(item.contains(QStringLiteral(" · %1 failures · %2 reconnections").arg(failures, reconnections)),
                     qPrintable(item));
            // the summary panel
            panel.setAnalysis(&a);
            QCOMPARE(panel.valueOf("Failures"), failures);
            QVERIFY2(panel.valueOf("Reconnections").startsWith(reconnections + " ("),
                     qPrintable(panel.valueOf("Reconnections")));
            QCOMPARE(panel.valueOf("Users that failed"), usersFailed);
        }
        QVERIFY(reconnectionsSeen > 0); // the folder holds what the count must tell apart
    }
};

QTEST_MAIN(TestFailureCounts)
#include "test_failure_counts.moc"
