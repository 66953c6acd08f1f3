// loadscope-cli quality-attenuation, run as a process: JSON on golden case A, merging, errors and exit codes.
#include "go_tie_goldens.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <bit>
#include <cmath>
#include <cstdint>

namespace {

const QString kData = QStringLiteral(LOADSCOPE_TEST_DATA_DIR "/quality/");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(LOADSCOPE_CLI_PATH), QStringList{"quality-attenuation"} + args);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject json(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << run.out.left(200);
    return document.object();
}

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

} // namespace

class TestQualityCli : public QObject {
    Q_OBJECT
private slots:
    void goldenCaseA_data();
    void goldenCaseA();
    void reportShape();
    void mergeSecondFile();
    void compatNamesTheGoRelease_data();
    void compatNamesTheGoRelease();
    void mergeEmptyFileKeepsMinimumWhenCorrected_data();
    void mergeEmptyFileKeepsMinimumWhenCorrected();
    void requirementPresetAndFile();
    void failures_data();
    void failures();
    void help();
};

void TestQualityCli::goldenCaseA_data()
{
    QTest::addColumn<QString>("source"); // a file, or "-" for standard input
    QTest::newRow("file") << kData + "samples_a.txt";
    QTest::newRow("stdin") << "-";
}

// Go golden A (samples 1, 2, 3): avg 1.9999999999999998, var 1.0000000000000009, sd 1.0000000000000004,
// rpm 30.000000000000004, P25 1.25, P75 2.75, PDV99 2, gaming QoO 0, centroids {1,1} {2,1} {3,1}.
void TestQualityCli::goldenCaseA()
{
    QFETCH(QString, source);
    const Run run = runCli({source, "--compat", "go"}, source == "-" ? QByteArray("1\n2\n3\n") : QByteArray());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = json(run);
    QCOMPARE(report["mode"].toString(), QString("go"));
    QCOMPARE(report["n"].toInt(), 3);
    QCOMPARE(report["losses"].toInt(), 0);
    QVERIFY(sameBits(report["mean"].toDouble(), 1.9999999999999998));
    QVERIFY(sameBits(report["variance"].toDouble(), 1.0000000000000009));
    QVERIFY(sameBits(report["stddev"].toDouble(), 1.0000000000000004));
    QVERIFY(sameBits(report["rpm"].toDouble(), 30.000000000000004));
    QCOMPARE(report["loss_percent"].toDouble(), 0.0);
    const QJsonObject percentiles = report["percentiles"].toObject();
    QCOMPARE(percentiles.keys().size(), 13);
    QCOMPARE(percentiles["25"].toDouble(), 1.25);
    QCOMPARE(percentiles["50"].toDouble(), 2.0);
    QCOMPARE(percentiles["75"].toDouble(), 2.75);
    QCOMPARE(percentiles["99.99"].toDouble(), 3.0);
    QCOMPARE(report["pdv"].toObject()["99"].toDouble(), 2.0);
    QCOMPARE(report["qoo_gaming"].toDouble(), 0.0);
    QVERIFY(report["qoo"].isNull());
    const QJsonArray centroids = report["centroids"].toArray();
    QCOMPARE(centroids.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(centroids[i].toArray(), (QJsonArray{i + 1.0, 1.0}));
}

void TestQualityCli::reportShape()
{
    const Run run = runCli({kData + "samples_a.txt"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = json(run);
    QCOMPARE(report["mode"].toString(), QString("corrected"));
    for (const char* key : {"n", "losses", "min", "max", "mean", "variance", "stddev", "rpm", "loss_percent",
                            "percentiles", "pdv", "qoo_gaming", "qoo", "cablelabs_histogram", "centroids"})
        QVERIFY2(report.contains(key), key);
    const QJsonArray histogram = report["cablelabs_histogram"].toArray();
    QCOMPARE(histogram.size(), 256);
    // Samples of 1, 2 and 3 s fall in bins 200-249 (20 ms wide up to 1.15 s) and above: none below 150 ms.
    double total = 0.0, below150ms = 0.0;
    for (int i = 0; i < histogram.size(); ++i) {
        total += histogram[i].toDouble();
        if (i < 200)
            below150ms += histogram[i].toDouble();
    }
    QVERIFY(std::fabs(total - 3.0) < 1e-12);
    QCOMPARE(below150ms, 0.0);
}

void TestQualityCli::mergeSecondFile()
{
    const Run run = runCli(
        {kData + "samples_a_first.txt", "--merge", kData + "samples_a_second.txt", "--compat", "go"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = json(run);
    QCOMPARE(report["n"].toInt(), 3);
    QCOMPARE(report["min"].toDouble(), 1.0);
    QCOMPARE(report["max"].toDouble(), 3.0);
    QVERIFY(sameBits(report["mean"].toDouble(), 1.9999999999999998)); // golden A: same sums, same order
    QCOMPARE(report["percentiles"].toObject()["75"].toDouble(), 2.75);
}

void TestQualityCli::compatNamesTheGoRelease_data()
{
    QTest::addColumn<QString>("compat");
    QTest::addColumn<QString>("release"); // the folder of its Go goldens in tests/data/quality/go_ties
    QTest::newRow("go") << "go"
                        << "go1.24.4";
    QTest::newRow("go1.19") << "go1.19"
                            << "go1.19.8";
}

// On tie-heavy samples the two Go releases' sorts give another P10 (0.007847916666666668 in Go 1.24.4,
// 0.007711111111111111 in Go 1.19.8); the JSON says which release it follows.
void TestQualityCli::compatNamesTheGoRelease()
{
    QFETCH(QString, compat);
    QFETCH(QString, release);
    const Run run = runCli({kData + "go_ties/samples_ties1000.txt", "--compat", compat});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = json(run);
    QCOMPARE(report["mode"].toString(), compat);
    const double golden = loadscope::test::goTieGoldenValue(release.toStdString(), "ties1000", "P10");
    QVERIFY2(sameBits(report["percentiles"].toObject()["10"].toDouble(), golden),
             qPrintable(QString::number(report["percentiles"].toObject()["10"].toDouble(), 'g', 17)));
}

void TestQualityCli::mergeEmptyFileKeepsMinimumWhenCorrected_data()
{
    QTest::addColumn<QStringList>("modeArgs");
    QTest::addColumn<double>("minimum");
    QTest::newRow("go") << QStringList{"--compat", "go"} << 0.0; // Go's merge-from-empty fault
    QTest::newRow("corrected") << QStringList{} << 1.0;
}

void TestQualityCli::mergeEmptyFileKeepsMinimumWhenCorrected()
{
    QFETCH(QStringList, modeArgs);
    QFETCH(double, minimum);
    const Run run = runCli(QStringList{kData + "samples_a.txt", "--merge", kData + "samples_none.txt"} + modeArgs);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run)["min"].toDouble(), minimum);
}

void TestQualityCli::requirementPresetAndFile()
{
    const Run preset = runCli({kData + "samples_a.txt", "--requirement", "draft-example"});
    QCOMPARE(preset.exitCode, 0);
    const QJsonObject qoo = json(preset)["qoo"].toObject();
    QCOMPARE(qoo["requirement"].toString(), QString("draft-example"));
    QCOMPARE(qoo["latency"].toDouble(), 0.0); // p99 = 3 s, far past the 500 ms CPUP
    QCOMPARE(qoo["loss"].toDouble(), 100.0);  // no loss
    QVERIFY(qoo["throughput"].isNull());      // a latency file has no throughput
    QCOMPARE(qoo["missing"].toArray(), QJsonArray{"throughput"});
    QCOMPARE(qoo["score"].toDouble(), 0.0);

    const Run file = runCli({kData + "samples_a.txt", "--requirement", kData + "requirement_video_call.json"});
    QCOMPARE(file.exitCode, 0);
    QCOMPARE(json(file)["qoo"].toObject()["requirement"].toString(), QString("video call (draft -01)"));
}

void TestQualityCli::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad line") << QStringList{kData + "samples_bad_line.txt"} << 1
                              << "samples_bad_line.txt:3: not a number";
    QTest::newRow("negative sample") << QStringList{kData + "samples_negative.txt"} << 1
                                     << "samples_negative.txt:3: sample is zero or negative";
    QTest::newRow("missing file") << QStringList{kData + "no_such_file.txt"} << 1 << "no_such_file.txt: cannot open";
    QTest::newRow("bad merge file") << QStringList{kData + "samples_a.txt", "--merge", kData + "samples_bad_line.txt"}
                                    << 1 << "samples_bad_line.txt:3";
    QTest::newRow("bad requirement") << QStringList{kData + "samples_a.txt", "--requirement",
                                                    kData + "requirement_missing_cpup.json"}
                                     << 1 << "requirement_missing_cpup.json: $.latency[0]: missing \"cpup_ms\"";
    QTest::newRow("unknown option") << QStringList{"--bogus"} << 2 << "unknown option --bogus";
    QTest::newRow("bad compat") << QStringList{"--compat", "go1.18"} << 2
                                << "--compat takes \"go\" or \"go1.19\", not \"go1.18\"";
    QTest::newRow("two files") << QStringList{kData + "samples_a.txt", kData + "samples_a.txt"} << 2
                               << "one sample file";
}

void TestQualityCli::failures()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestQualityCli::help()
{
    const Run run = runCli({"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("Usage: loadscope-cli quality-attenuation"));
    QVERIFY(run.out.contains("draft-example"));
    QVERIFY(run.out.contains("as built by go1.24 and later"));
    QVERIFY(run.out.contains("as built by go1.19 to go1.23"));
}

QTEST_GUILESS_MAIN(TestQualityCli)
#include "test_quality_cli.moc"
