// Nothing is ever written inside a results folder: a fingerprint of every entry (names, sizes, mtimes, content
// hashes; folder_checksum.h) is the same before and after loading, analysing in both modes and reporting, through
// the library and through the built loadscope-cli; a report folder inside the root (also through a symlink) is
// refused and not created.
#include "core/analysis/test_analysis.h"
#include "core/report/report.h"
#include "folder_checksum.h"
#include "malformed_roots.h"

#include <QtTest/QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

namespace fs = std::filesystem;

QString qs(const fs::path& path)
{
    return QString::fromStdString(path.string());
}

// Lines of `after` missing from `before` and the reverse, for the failure message.
QString fingerprintDiff(const QStringList& before, const QStringList& after)
{
    QStringList diff;
    for (const QString& line : before)
        if (!after.contains(line))
            diff << QStringLiteral("- ") + line;
    for (const QString& line : after)
        if (!before.contains(line))
            diff << QStringLiteral("+ ") + line;
    return diff.join(QLatin1Char('\n'));
}

#define QVERIFY_UNCHANGED(before, root)                                                                                \
    do {                                                                                                               \
        const QStringList after_ = folderFingerprint(qs(root));                                                        \
        QVERIFY2(after_ == (before), qPrintable(fingerprintDiff((before), after_)));                                   \
    } while (false)

int runCli(const QStringList& arguments, QString* output = nullptr)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(LOADSCOPE_CLI), arguments);
    if (!cli.waitForFinished(120'000))
        return -1;
    if (output)
        *output = QString::fromLocal8Bit(cli.readAll());
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

} // namespace

class TestFolderUnchanged : public QObject {
    Q_OBJECT

    QTemporaryDir work_;
    fs::path root_;   // a copy of the corpus's clean case (a trimmed generated root)
    fs::path sample_; // the bundled sample, read where it is
    QStringList rootBefore_, sampleBefore_;

private slots:
    void initTestCase()
    {
        QVERIFY(work_.isValid());
        root_ = copyOfCase(work_);
        sample_ = fs::path(LOADSCOPE_SOURCE_DIR) / "resources" / "sample";
        rootBefore_ = folderFingerprint(qs(root_));
        sampleBefore_ = folderFingerprint(qs(sample_));
        QVERIFY(rootBefore_.size() > 20);
        QVERIFY(sampleBefore_.size() > 20);
    }

    void fingerprintSeesAChange() // the check itself can fail: touching one byte changes it
    {
        QTemporaryDir dir;
        const fs::path copy = fs::path(dir.path().toStdString()) / "copy";
        fs::copy(root_, copy, fs::copy_options::recursive);
        const QStringList before = folderFingerprint(qs(copy));
        fs::resize_file(copy / "dfs_final" / "batches.json", fs::file_size(copy / "dfs_final" / "batches.json") - 1);
        QVERIFY(folderFingerprint(qs(copy)) != before);
    }

    void loadAnalyseAndReportLeaveTheFolderAlone_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::newRow("generated root") << false;
        QTest::newRow("bundled sample") << true;
    }
    void loadAnalyseAndReportLeaveTheFolderAlone()
    {
        QFETCH(bool, sample);
        const fs::path root = sample ? sample_ : root_;
        const QStringList& before = sample ? sampleBefore_ : rootBefore_;
        const auto results = loadResults(root);
        QVERIFY(results && !results->tests.empty());
        for (const TestData& test : results->tests)
            for (const AnalysisMode mode : {AnalysisMode::Corrected, AnalysisMode::NotebookCompatible}) {
                ProblemList problems;
                analyseTest(test, {mode, std::nullopt}, problems);
            }
        QTemporaryDir out;
        const ReportOutcome outcome = writeReport(
            {root, fs::path(out.path().toStdString()) / "report", {}, {}, 2, {}, {}});
        QCOMPARE(int(outcome.status), int(ReportStatus::Written));
        QVERIFY_UNCHANGED(before, root);
    }

    void reportInsideTheRootIsRefused_data()
    {
        QTest::addColumn<QString>("relativeOut");
        QTest::newRow("the root itself") << QString();
        QTest::newRow("a new folder in the root") << QStringLiteral("report");
        QTest::newRow("an existing folder in the root") << QStringLiteral("dfs_final");
        QTest::newRow("a path that climbs back in") << QStringLiteral("../clean/logs/report");
    }
    void reportInsideTheRootIsRefused()
    {
        QFETCH(QString, relativeOut);
        const fs::path out = root_ / relativeOut.toStdString();
        const ReportOutcome outcome = writeReport({root_, out, {}, {}, 1, {}, {}});
        QCOMPARE(int(outcome.status), int(ReportStatus::Failed));
        QVERIFY2(outcome.message.find("inside the results folder") != std::string::npos, outcome.message.c_str());
        QVERIFY_UNCHANGED(rootBefore_, root_);
    }

    void reportThroughASymlinkIntoTheRootIsRefused()
    {
        QTemporaryDir dir;
        const fs::path alias = fs::path(dir.path().toStdString()) / "alias";
        fs::create_directory_symlink(root_ / "logs", alias);
        const ReportOutcome outcome = writeReport({root_, alias / "report", {}, {}, 1, {}, {}});
        QCOMPARE(int(outcome.status), int(ReportStatus::Failed));
        QVERIFY_UNCHANGED(rootBefore_, root_);
    }

    void cliCommandsLeaveTheFolderAlone()
    {
        QTemporaryDir out;
        QString output;
        QCOMPARE(
            runCli({QStringLiteral("report"), qs(root_), QStringLiteral("--out"), out.path() + QStringLiteral("/r")},
                   &output),
            0);
        QVERIFY_UNCHANGED(rootBefore_, root_);
        QCOMPARE(runCli({QStringLiteral("report"), qs(root_), QStringLiteral("--out"),
                         out.path() + QStringLiteral("/n"), QStringLiteral("--mode"), QStringLiteral("notebook")},
                        &output),
                 0);
        QVERIFY_UNCHANGED(rootBefore_, root_);
        QCOMPARE(runCli({QStringLiteral("bench"), qs(root_)}, &output), 0);
        QVERIFY_UNCHANGED(rootBefore_, root_);
        QCOMPARE(
            runCli({QStringLiteral("report"), qs(sample_), QStringLiteral("--out"), out.path() + QStringLiteral("/s")},
                   &output),
            0);
        QVERIFY_UNCHANGED(sampleBefore_, sample_);
    }

    void cliRefusesAReportInsideTheRoot()
    {
        QString output;
        QCOMPARE(runCli({QStringLiteral("report"), qs(root_), QStringLiteral("--out"), qs(root_ / "report")}, &output),
                 1);
        QVERIFY2(output.contains(QLatin1String("inside the results folder")), qPrintable(output));
        QVERIFY_UNCHANGED(rootBefore_, root_);
    }
};

QTEST_GUILESS_MAIN(TestFolderUnchanged)
#include "test_folder_unchanged.moc"
