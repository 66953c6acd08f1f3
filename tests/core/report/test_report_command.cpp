// loadscope-cli report end to end on a generated folder: exit codes, the tables' headers, problems for damaged
// input while the rest still loads, and a results folder that is never written to.
#include "cli_run.h"
#include "csv_table.h"
#include "../robustness/folder_checksum.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace loadscope::testing;

namespace {

const QString kKurento = "loadtest-webrtc-2024-kurento-2p";
const QString kPion = "loadtest-webrtc-2024-pion-8p";

} // namespace

class ReportCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString root_;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        root_ = dir_.filePath("results");
        const CliRun r = runCli(
            {"generate", root_, "--seed", "3", "--tests", "kurento-2p", "pion-8p", "--duration", "120"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void writesEveryTableWithItsHeader()
    {
        const QString out = dir_.filePath("out");
        const CliRun r = runCli({"report", root_, "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const std::vector<std::pair<QString, QString>> expected{
            {"segments.csv", "test,user,session,type,start_time,end_time,total_duration,attempt,batch,cpu_mean,"
                             "cpu_start,cpu_end,cpu_median,cpu_max,cpu_min,qoe,qoe_metric"},
            {"thresholds.csv", "test,kind,threshold,count,median,mean,min,max,std"},
            {"progression.csv", "test,time,publishers,subscribers,streams_in,streams_out"},
            {"qos_summary.csv", "test,direction,kind,metric,count,mean,median,min,max,std"},
            {"summary.csv", "test,server,topology,users,sessions,failures,reconnections,reconnecting_time,users_failed,"
                            "crashed,duration,peak_cpu,users_before_first_failure,median_vmaf,median_visqol,"
                            "median_connection_start,p99_rtt,qoo_video_conferencing"},
            {"problems.csv", "file,line,severity,message"}};
        for (const auto& [name, header] : expected) {
            const CsvTable t = readCsv(out + "/" + name);
            QVERIFY2(t.ok, qPrintable(name));
            QCOMPARE(t.header.join(','), header);
        }
        const CsvTable segments = readCsv(out + "/segments.csv");
        QSet<QString> tests;
        for (std::size_t r = 0; r < segments.rows.size(); ++r)
            tests << segments.cell(r, "test");
        QCOMPARE(tests, (QSet<QString>{kKurento, kPion}));
        QCOMPARE(readCsv(out + "/thresholds.csv").rows.size(), std::size_t(2 * 3 * 8));
    }

    void selectsTestsByName()
    {
        const QString out = dir_.filePath("only-pion");
        QCOMPARE(runCli({"report", root_, "--out", out, "--test", kPion}).exitCode, 0);
        const CsvTable t = readCsv(out + "/thresholds.csv");
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            QCOMPARE(t.cell(r, "test"), kPion);
    }

    void exitCodesSayWhatHappened()
    {
        QCOMPARE(runCli({"report"}).exitCode, 2);
        QCOMPARE(runCli({"report", root_}).exitCode, 2);
        QCOMPARE(runCli({"report", root_, "--out", dir_.filePath("x"), "--mode", "fast"}).exitCode, 2);
        QCOMPARE(runCli({"report", root_, "--out", dir_.filePath("x"), "--log-utc-offset", "2h"}).exitCode, 2);
        QCOMPARE(runCli({"report", root_, "--out", dir_.filePath("x"), "--bogus"}).exitCode, 2);
        QTemporaryDir empty;
        QCOMPARE(runCli({"report", empty.path(), "--out", dir_.filePath("none")}).exitCode, 3);
    }

    void neverWritesInsideTheResultsFolder()
    {
        const QStringList before = folderFingerprint(root_);
        const CliRun inside = runCli({"report", root_, "--out", root_ + "/stats/report"});
        QCOMPARE(inside.exitCode, 1);
        QVERIFY(inside.err.contains("inside the results folder"));
        QCOMPARE(runCli({"report", root_, "--out", dir_.filePath("outside"), "--mode", "notebook"}).exitCode, 0);
        QCOMPARE(folderFingerprint(root_), before);
    }

    void damagedInputBecomesProblemsAndTheRestLoads()
    {
        QTemporaryDir copy;
        const QString damaged = copy.filePath("results");
        QVERIFY(QProcess::execute("cp", {"-r", root_, damaged}) == 0);
        const QString events = damaged + "/stats/" + kKurento + "/LoadTestSession1/User1/events.json";
        QFile file(events);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray content = file.readAll();
        file.resize(content.size() / 2); // a truncated array
        file.close();
        QFile csv(damaged + "/dfs_final/" + kPion + "-medianode.csv");
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("not,a,row,at,all\n2024-13-45T99:00:00Z,x,y\n");
        csv.close();
        QVERIFY(QFile::remove(damaged + "/logs/" + kKurento + ".log"));

        const QString out = copy.filePath("out");
        const CliRun r = runCli({"report", damaged, "--out", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CsvTable problems = readCsv(out + "/problems.csv");
        auto mentions = [&](const QString& fileEnd) {
            for (std::size_t i = 0; i < problems.rows.size(); ++i)
                if (problems.cell(i, "file").endsWith(fileEnd))
                    return true;
            return false;
        };
        QVERIFY(mentions("User1/events.json"));
        QVERIFY(mentions(kPion + "-medianode.csv"));
        QVERIFY(mentions(kKurento + ".log"));
        const CsvTable segments = readCsv(out + "/segments.csv");
        QSet<QString> tests;
        for (std::size_t i = 0; i < segments.rows.size(); ++i)
            tests << segments.cell(i, "test");
        QCOMPARE(tests, (QSet<QString>{kKurento, kPion}));
    }
};

QTEST_GUILESS_MAIN(ReportCommand)
#include "test_report_command.moc"
