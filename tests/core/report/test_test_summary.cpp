// summary.csv: its exact header, every column held to an independent Python/pandas/numpy reference on a generated
// three-test folder (tests/data/summary/, made by make_summary_golden.sh), the bundled sample giving one row per
// test, and empty cells where nothing can be computed.
#include "cli_run.h"
#include "csv_table.h"

#include "core/report/test_summary.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

const QString kHeader = "test,server,topology,users,sessions,failures,reconnections,reconnecting_time,users_failed,"
                        "crashed,duration,peak_cpu,"
                        "users_before_first_failure,median_vmaf,median_visqol,median_connection_start,p99_rtt,"
                        "qoo_video_conferencing";

int cli(const QStringList& args)
{
    const CliRun run = runCli(args);
    if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    return run.exitCode;
}

// The t-digest's 95th percentile against numpy's exact one: a few points of QoO at most on these samples.
constexpr double kQooTolerance = 2.0;

} // namespace

class TestSummaryCsv : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void headerIsExactlyTheRequiredColumns()
    {
        std::ostringstream out;
        writeSummaryCsv(out, std::vector<TestSummaryRow>{});
        QCOMPARE(QString::fromStdString(out.str()).trimmed(), kHeader);
    }

    void matchesTheIndependentReference()
    {
        const QString root = dir_.filePath("results");
        // The same folder as make_summary_golden.sh (the generator is deterministic for a seed).
        QCOMPARE(cli({"generate", root, "--seed", "3", "--tests", "kurento-2p", "pion-8p", "mediasoup-3p-10s",
                      "--sessions", "2", "--duration", "120", "--crash", "mediasoup-3p-10s"}),
                 0);
        const QString out = dir_.filePath("report");
        QCOMPARE(cli({"report", root, "--out", out}), 0);
        const CsvTable actual = readCsv(out + "/summary.csv");
        const CsvTable expected = readCsv(QStringLiteral(LOADSCOPE_TEST_DATA_DIR "/summary/expected_summary.csv"));
        QVERIFY(actual.ok && expected.ok);
        QCOMPARE(actual.header.join(','), kHeader);
        QCOMPARE(expected.header, actual.header);
        QCOMPARE(actual.rows.size(), expected.rows.size());
        QCOMPARE(actual.rows.size(), std::size_t(3));
        const QStringList exactText{
            "test",     "server",        "topology",     "users",   "sessions",
            "failures", "reconnections", "users_failed", "crashed", "users_before_first_failure"};
        for (std::size_t r = 0; r < actual.rows.size(); ++r)
            for (const QString& column : actual.header) {
                const QString e = expected.cell(r, column), a = actual.cell(r, column);
                const QString where = QStringLiteral("%1 of %2").arg(column, expected.cell(r, "test"));
                if (exactText.contains(column)) {
                    QVERIFY2(a == e, qPrintable(where + ": expected " + e + ", got " + a));
                } else if (column == "qoo_video_conferencing") {
                    QVERIFY2(e.isEmpty() == a.isEmpty(), qPrintable(where));
                    QVERIFY2(std::fabs(e.toDouble() - a.toDouble()) <= kQooTolerance, qPrintable(where + ": " + a));
                } else {
                    QString why;
                    QVERIFY2(sameNumber(e, a.isEmpty() ? kNaN : a.toDouble(), &why), qPrintable(where + ": " + why));
                }
            }
        // The reference covers the interesting cases, not only the easy ones.
        QCOMPARE(actual.cell(0, "test"), QStringLiteral("loadtest-webrtc-2024-kurento-2p"));
        QCOMPARE(actual.cell(0, "crashed"), QStringLiteral("false"));
        QCOMPARE(actual.cell(1, "test"), QStringLiteral("loadtest-webrtc-2024-mediasoup-3p-10s"));
        QCOMPARE(actual.cell(1, "crashed"), QStringLiteral("true"));
    }

    void theBundledSampleGivesOneRowPerTest()
    {
        const QString out = dir_.filePath("sample-report");
        QCOMPARE(cli({"report", QStringLiteral(LOADSCOPE_SOURCE_DIR "/resources/sample"), "--out", out}), 0);
        const CsvTable t = readCsv(out + "/summary.csv");
        QVERIFY(t.ok);
        QCOMPARE(t.header.join(','), kHeader);
        QCOMPARE(t.rows.size(), std::size_t(2));
        QCOMPARE(t.cell(0, "test"), QStringLiteral("loadtest-webrtc-2024-kurento-2p"));
        QCOMPARE(t.cell(1, "test"), QStringLiteral("loadtest-webrtc-2024-pion-3p-10s"));
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            for (const char* column : {"users", "duration", "peak_cpu", "median_vmaf", "p99_rtt"})
                QVERIFY2(!t.cell(r, column).isEmpty(), qPrintable(column));
    }

    void cellsAreEmptyWhenNothingCanBeComputed()
    {
        TestData data;
        data.info.name = "loadtest-webrtc-2024-kurento-2p";
        data.info.server = "kurento";
        data.info.topology = "2p";
        TestAnalysis a;
        a.data = &data;
        const TestSummaryRow s = summaryRowOf(a);
        QCOMPARE(s.users, 0);
        QCOMPARE(s.failures, 0);
        QVERIFY(std::isnan(s.peakCpu));
        QVERIFY(std::isnan(s.medianVmaf));
        QVERIFY(std::isnan(s.medianConnectionStart));
        QVERIFY(std::isnan(s.p99Rtt));
        QVERIFY(std::isnan(s.qooVideoConferencing));
        std::ostringstream out;
        writeSummaryCsv(out, std::vector<TestSummaryRow>{s});
        const QStringList lines = QString::fromStdString(out.str()).trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1], QStringLiteral("loadtest-webrtc-2024-kurento-2p,kurento,2p,0,0,0,0,0,0,false,,,0,,,,,"));
    }

    void aViSQOLFailureIsNotAScore()
    {
        TestData data;
        for (double visqol : {0.5, -0.25, 0.75, kNaN}) {
            QoeCut cut;
            cut.vmaf = 0.8;
            cut.visqol = visqol;
            data.qoe.push_back(cut);
        }
        TestAnalysis a;
        a.data = &data;
        const TestSummaryRow s = summaryRowOf(a);
        QCOMPARE(s.medianVisqol, (0.5 * 5 + 0.75 * 5) / 2); // the median of 2.5 and 3.75, -0.25 and NaN left out
        QCOMPARE(s.medianVmaf, 0.8 * 5);
    }
};

QTEST_GUILESS_MAIN(TestSummaryCsv)
#include "test_test_summary.moc"
