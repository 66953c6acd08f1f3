// The controller's test-case report (results.txt / results-<ts>.txt) as loadtest-controller's
// ResultReport.toString() writes it (results-format.md, "Controller output"), read beside the log and checked
// against it: a block that starts with the log's test must last as long as the log's start → end lines.
#include "core/generate/results_generator.h"
#include "core/load/file_buffer.h"
#include "core/load/results_loader.h"
#include "core/load/results_report_reader.h"
#include "core/util/iso_time.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace loadscope;
namespace fs = std::filesystem;

namespace {

// 2024-06-13 12:00:00 local (CEST), read as if UTC, as LogInfo keeps local times.
const TimeNs kNoonLocal = (daysFromCivil(2024, 6, 13) * 86400 + 12 * 3600) * kNsPerSecond;

std::string reportBlock(const std::string& date, const std::string& duration)
{
    return " ----- Test Case Report " + date +
           " ----- \n"
           "Browser approach:\tEMULATE\nBrowser with recording:\tfalse\nOpenVidu recording:\tNONE\n"
           "Session typology:\tN:N\nParticipants per session:\t2\nNumber of sessions created:\t5\n"
           "Number of sessions completed:\t5\nNumber of participants created:\t10\nNumber of workers used:\t2\n"
           "Is manual participants allocation:\tfalse\nNumber of streams per workers:\t[8, 2]\n"
           "Stop reason:\tTest finished\nTest duration:\t" +
           duration + "\nKibana url:\t\n\n   ---------------------   \n";
}

LogInfo logOf(TimeNs start, double seconds)
{
    LogInfo log;
    log.present = true;
    log.localStart = start;
    log.localEnd = start + static_cast<TimeNs>(seconds * 1e9);
    log.startLine = 40;
    log.endLine = 900;
    return log;
}

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

class ResultsReport : public QObject {
    Q_OBJECT

private slots:
    void blocksAsTheControllerWritesThem()
    {
        const std::string text = reportBlock("Thu Jun 13 12:00:00 CEST 2024", "0h 10m 0s ") + "\n" +
                                 reportBlock("Thu Jun 13 12:25:00 CEST 2024", "1h 2m 3s ");
        ProblemList problems;
        const auto blocks = readResultsReport(FileBuffer::fromBytes(text), "logs/results.txt", problems);
        QVERIFY(problems.empty());
        QCOMPARE(blocks.size(), std::size_t(2));
        QCOMPARE(blocks[0].line, 1L);
        QCOMPARE(blocks[0].localStart, kNoonLocal);
        QCOMPARE(blocks[0].durationSeconds.value_or(-1), 600.0);
        QCOMPARE(blocks[0].values.at("Number of participants created"), std::string("10"));
        QCOMPARE(blocks[0].values.at("Stop reason"), std::string("Test finished"));
        QCOMPARE(blocks[1].line, 19L);
        QCOMPARE(blocks[1].localStart, kNoonLocal + 25 * 60 * kNsPerSecond);
        QCOMPARE(blocks[1].durationSeconds.value_or(-1), 3723.0);
    }

    void unreadableDateOrDurationIsAProblemWithItsLine()
    {
        const std::string text = reportBlock("13/06/2024 12:00", "ten minutes");
        ProblemList problems;
        const auto blocks = readResultsReport(FileBuffer::fromBytes(text), "logs/results.txt", problems);
        QCOMPARE(blocks.size(), std::size_t(1));
        QCOMPARE(blocks[0].localStart, kNoTime);
        QVERIFY(!blocks[0].durationSeconds);
        QCOMPARE(problems.items().size(), std::size_t(2));
        QCOMPARE(problems.items()[0].line, 1L);
        QCOMPARE(problems.items()[1].line, 14L);
        QCOMPARE(problems.items()[1].file, std::string("logs/results.txt"));
    }

    void durationsAreCheckedAgainstTheLog()
    {
        ProblemList ignored;
        const auto blocks = readResultsReport(
            FileBuffer::fromBytes(reportBlock("Thu Jun 13 12:00:00 CEST 2024", "0h 10m 0s ") +
                                  reportBlock("Thu Jun 13 14:00:00 CEST 2024", "0h 5m 0s ")),
            "logs/results.txt", ignored);
        const std::vector<std::pair<std::string, std::vector<TestCaseReport>>> reports{{"logs/results.txt", blocks}};
        ProblemList agree;
        checkReportsAgainstLog(reports, logOf(kNoonLocal + kNsPerSecond / 2, 600.7), "logs/t.log", agree);
        QVERIFY(agree.empty()); // the report rounds down to whole seconds
        ProblemList disagree;
        checkReportsAgainstLog(reports, logOf(kNoonLocal, 540), "logs/t.log", disagree);
        QCOMPARE(disagree.items().size(), std::size_t(1));
        QCOMPARE(disagree.items()[0].file, std::string("logs/results.txt"));
        QCOMPARE(disagree.items()[0].line, 1L);
        QVERIFY(disagree.items()[0].message.find("logs/t.log") != std::string::npos);
        ProblemList otherTest; // no block starts within a minute of this log's start: nothing to check
        checkReportsAgainstLog(reports, logOf(kNoonLocal + 3600 * kNsPerSecond, 60), "logs/t.log", otherTest);
        QVERIFY(otherTest.empty());
    }

    // The generator writes the report beside the log (2024: results.txt with a block per test; 2026:
    // results-<ts>.txt per test); loaded, it agrees with the logs. A report edited to disagree is a problem.
    void generatedReportsAgreeWithTheirLogs()
    {
        for (const auto writer : {generate::WriterStyle::Year2024, generate::WriterStyle::Year2026}) {
            QTemporaryDir dir;
            const fs::path root = dir.path().toStdString();
            generate::GeneratorOptions options;
            options.tests = {*generate::parseTestSpec("kurento-2p"), *generate::parseTestSpec("pion-8p")};
            options.durationSeconds = 60;
            options.writer = writer;
            generate::generateResults(root, options, 1);
            std::vector<fs::path> reports;
            for (const auto& entry : fs::directory_iterator(root / "logs"))
                if (isResultsReportName(entry.path().filename().string()))
                    reports.push_back(entry.path());
            QCOMPARE(reports.size(), std::size_t(writer == generate::WriterStyle::Year2024 ? 1 : 2));
            const auto clean = loadResults(root);
            QVERIFY(clean);
            for (const Problem& p : clean->problems)
                QVERIFY2(p.file.find("results") == std::string::npos, (p.file + ": " + p.message).c_str());

            std::string text = readText(reports.front());
            const std::size_t at = text.find("Test duration:\t0h 1m 0s ");
            QVERIFY(at != std::string::npos);
            text.replace(at, 24, "Test duration:\t0h 3m 0s ");
            std::ofstream(reports.front(), std::ios::binary) << text;
            const auto edited = loadResults(root);
            int disagreements = 0;
            for (const Problem& p : edited->problems)
                disagreements += p.message.find("disagrees with logs/") != std::string::npos ? 1 : 0;
            QCOMPARE(disagreements, 1);
        }
    }
};

QTEST_APPLESS_MAIN(ResultsReport)
#include "test_results_report.moc"
