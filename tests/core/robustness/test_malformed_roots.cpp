// Every root of the malformed corpus (tests/data/malformed_roots, one kind of damage each) opens: the loader
// gives exactly the problems make_malformed_roots.py lists (file, line, severity, message) and still loads what
// the script counted as valid; analysis and the report then run on it without failing. Cases git cannot hold (a
// symlink loop, a file without read permission) are made here in a temporary copy of the clean case.
#include "core/analysis/test_analysis.h"
#include "core/report/report.h"
#include "malformed_roots.h"

#include <QtTest/QtTest>

#include <unistd.h>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

namespace fs = std::filesystem;

const std::string kKurento = "loadtest-webrtc-2024-kurento-2p";
const std::string kSession = "stats/" + kKurento + "/LoadTestSession1";

QString describe(const Problem& p)
{
    return QStringLiteral("%1:%2 [%3] %4")
        .arg(QString::fromStdString(p.file))
        .arg(p.line)
        .arg(QLatin1String(severityName(p.severity)), QString::fromStdString(p.message));
}

int countMatches(const std::vector<Problem>& problems, const std::string& file, long line, Severity severity,
                 const std::string& says)
{
    return static_cast<int>(std::count_if(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.file == file && p.line == line && p.severity == severity && p.message.find(says) != std::string::npos;
    }));
}

} // namespace

class TestMalformedRoots : public QObject {
    Q_OBJECT

    QJsonObject expected_ = malformedRootsExpected();

private slots:
    void corpusHasAtLeastThirtyCases()
    {
        QVERIFY2(expected_.size() >= 30, qPrintable(QString::number(expected_.size())));
        for (const QString& name : expected_.keys())
            QVERIFY2(fs::is_directory(malformedRootsDir() / name.toStdString()), qPrintable(name));
    }

    void loadsWithTheListedProblems_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : expected_.keys())
            QTest::newRow(qPrintable(name)) << name;
    }
    void loadsWithTheListedProblems()
    {
        QFETCH(QString, name);
        const QJsonObject expected = expected_.value(name).toObject();
        const fs::path root = malformedRootsDir() / name.toStdString();
        const auto results = loadResults(root);
        QVERIFY(results);
        QStringList report;
        for (const Problem& p : results->problems)
            report << describe(p);
        const QJsonArray problems = expected.value(QLatin1String("problems")).toArray();
        for (const auto& item : problems) {
            const QJsonObject want = item.toObject();
            std::string file = want.value(QLatin1String("file")).toString().toStdString();
            if (file == "<root>")
                file = root.string();
            const long line = want.value(QLatin1String("line")).toInt();
            const Severity severity = want.value(QLatin1String("severity")).toString() == QLatin1String("error")
                                          ? Severity::Error
                                          : Severity::Warning;
            const std::string says = want.value(QLatin1String("says")).toString().toStdString();
            QVERIFY2(countMatches(results->problems, file, line, severity, says) == 1,
                     qPrintable(QStringLiteral("expected once: %1:%2 \"%3\"; got:\n  ")
                                    .arg(QString::fromStdString(file))
                                    .arg(line)
                                    .arg(QString::fromStdString(says)) +
                                report.join(QStringLiteral("\n  "))));
        }
        QVERIFY2(results->problems.size() == static_cast<std::size_t>(problems.size()),
                 qPrintable(QStringLiteral("unexpected problems:\n  ") + report.join(QStringLiteral("\n  "))));

        const LoadedCounts got = countLoaded(*results);
        const LoadedCounts want = expectedCounts(expected);
        QCOMPARE(got.tests, want.tests);
        QCOMPARE(got.users, want.users);
        QCOMPARE(got.events, want.events);
        QCOMPARE(got.qosRows, want.qosRows);
        QCOMPARE(got.qoeRows, want.qoeRows);
        QCOMPARE(got.cpuRows, want.cpuRows);
        QCOMPARE(got.failures, want.failures);
        QCOMPARE(got.batches, want.batches);
    }

    void analysisAndReportRunOnEveryCase_data() { loadsWithTheListedProblems_data(); }
    void analysisAndReportRunOnEveryCase()
    {
        QFETCH(QString, name);
        const fs::path root = malformedRootsDir() / name.toStdString();
        const auto results = loadResults(root);
        QVERIFY(results);
        for (const TestData& test : results->tests)
            for (const AnalysisMode mode : {AnalysisMode::Corrected, AnalysisMode::NotebookCompatible}) {
                ProblemList problems;
                const TestAnalysis analysis = analyseTest(test, {mode, std::nullopt}, problems);
                QCOMPARE(analysis.users.size(), test.users.size());
            }
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const ReportOutcome outcome = writeReport(
            {root, fs::path(out.path().toStdString()) / "report", {}, {}, 1, {}, {}});
        QVERIFY2(outcome.status == (results->tests.empty() ? ReportStatus::NoResults : ReportStatus::Written),
                 outcome.message.c_str());
    }

    // One event dated 1969 among events of 2024 must not decide the log's UTC offset (the generator wrote the log
    // in UTC+02:00): every test detects +120 minutes, as in the clean case.
    void anAbsurdEventDateDoesNotMoveTheLogOffset()
    {
        const auto results = loadResults(malformedRootsDir() / "negative_and_epoch_times");
        QVERIFY(results && results->tests.size() == 2);
        for (const TestData& test : results->tests) {
            ProblemList problems;
            const TestAnalysis analysis = analyseTest(test, {}, problems);
            QVERIFY(analysis.logOffsetDetected);
            QCOMPARE(analysis.logOffsetMinutes, 120);
            QVERIFY(!analysis.segments.empty());
        }
    }

    // Symlinks that loop back: a user folder linking to itself, a user folder linking to its test folder, an
    // events.json linking to itself. The walk has a fixed depth, so nothing recurses; each gives a problem.
    void symlinkLoopsAreReportedNotFollowed()
    {
        QTemporaryDir dir;
        const fs::path root = copyOfCase(dir);
        const fs::path session = root / kSession;
        fs::create_directory_symlink("User3", session / "User3");
        fs::create_directory_symlink("..", session / "User9");
        fs::remove(session / "User1" / "events.json");
        fs::create_symlink("events.json", session / "User1" / "events.json");
        const auto results = loadResults(root);
        QVERIFY(results);
        QCOMPARE(countMatches(results->problems, kSession + "/User3", 0, Severity::Error, "cannot follow"), 1);
        QCOMPARE(countMatches(results->problems, kSession + "/User9/events.json", 0, Severity::Warning, "missing"), 1);
        QCOMPARE(countMatches(results->problems, kSession + "/User9/stats.json", 0, Severity::Warning, "missing"), 1);
        QCOMPARE(countMatches(results->problems, kSession + "/User1/events.json", 0, Severity::Error, "symbolic links"),
                 1);
        QCOMPARE(results->problems.size(), std::size_t{4});
        const LoadedCounts want = expectedCounts(expected_.value(QLatin1String("missing_events_file")).toObject());
        QCOMPARE(countLoaded(*results).events, want.events);
        QCOMPARE(countLoaded(*results).users, want.users + 1); // User9
    }

    void unreadableFileIsReported()
    {
        if (::geteuid() == 0)
            QSKIP("running as root, which ignores file permissions; the case folder_where_a_file_belongs covers a "
                  "path that cannot be read even by root");
        QTemporaryDir dir;
        const fs::path root = copyOfCase(dir);
        const fs::path events = root / kSession / "User1" / "events.json";
        fs::permissions(events, fs::perms::none);
        const auto results = loadResults(root);
        fs::permissions(events, fs::perms::owner_read | fs::perms::owner_write);
        QVERIFY(results);
        QCOMPARE(countMatches(results->problems, kSession + "/User1/events.json", 0, Severity::Error, "cannot read"),
                 1);
        QCOMPARE(results->problems.size(), std::size_t{1});
        const LoadedCounts want = expectedCounts(expected_.value(QLatin1String("missing_events_file")).toObject());
        QCOMPARE(countLoaded(*results).events, want.events);
    }
};

QTEST_GUILESS_MAIN(TestMalformedRoots)
#include "test_malformed_roots.moc"
