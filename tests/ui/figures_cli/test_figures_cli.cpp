// `loadscope-cli figures ROOT --out DIR --format png svg pdf --size WxH` on the bundled sample: every figure kind
// the notebook draws is there for each test, each PNG has the requested pixel size, each SVG parses and says that
// size, each PDF starts with %PDF, and figures.csv lists exactly the files written. Bad arguments give the
// README's exit codes.
#include "tests/core/report/cli_run.h"
#include "tests/core/report/csv_table.h"

#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using loadscope::testing::readCsv;
using loadscope::testing::runCli;

namespace {

const QString kSample = QStringLiteral(LOADSCOPE_SOURCE_DIR "/resources/sample");
const QStringList kTests{QStringLiteral("loadtest-webrtc-2024-kurento-2p"),
                         QStringLiteral("loadtest-webrtc-2024-pion-3p-10s")};

} // namespace

class TestFiguresCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString out_;
    std::vector<QStringList> index_; // figures.csv's rows: file, test, figure, metric, title

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        out_ = dir_.filePath(QStringLiteral("figures"));
        const auto run = runCli({QStringLiteral("figures"), kSample, QStringLiteral("--out"), out_,
                                 QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("svg"),
                                 QStringLiteral("pdf"), QStringLiteral("--size"), QStringLiteral("900x600")},
                                300000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("figures: 1/")), qPrintable(run.err)); // progress on stderr
        const auto index = readCsv(QDir(out_).filePath(QStringLiteral("figures.csv")));
        QVERIFY(index.ok);
        QCOMPARE(index.header, (QStringList{"file", "test", "figure", "metric", "title"}));
        index_ = index.rows;
        QVERIFY(!index_.empty());
    }

    void indexListsExactlyTheFilesWritten()
    {
        QSet<QString> listed, written;
        for (const QStringList& row : index_)
            listed.insert(row.value(0));
        QCOMPARE(static_cast<std::size_t>(listed.size()), index_.size()); // no file twice
        QDirIterator it(out_, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QDir(out_).relativeFilePath(it.next());
            if (path != QLatin1String("figures.csv"))
                written.insert(path);
        }
        QCOMPARE(written, listed);
    }

    void everyKindIsDrawnForEachTest_data()
    {
        QTest::addColumn<QString>("test");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("metric");
        for (const QString& test : kTests) {
            // The notebook's connection progressions: QoE and its QoS colour ranges.
            for (const char* metric :
                 {"vmaf", "visqol", "rtt", "jitter-in-video", "jitter-in-audio", "bitrate-in-video",
                  "bitrate-out-video", "bitrate-in-audio", "bitrate-out-audio"})
                QTest::addRow("%s %s", qPrintable(test), metric) << test << "connection-progression" << metric;
            QTest::addRow("%s QoE", qPrintable(test)) << test << "qoe-progression"
                                                      << "";
            for (const char* metric :
                 {"inbound-video-jitter", "inbound-audio-jitter", "remote-inbound-video-roundTripTime",
                  "inbound-video-bitrate", "outbound-video-bitrate", "outbound-audio-bitrate"})
                QTest::addRow("%s QoS %s", qPrintable(test), metric) << test << "qos" << metric;
            QTest::addRow("%s participants", qPrintable(test)) << test << "participants"
                                                               << "";
        }
        // The cuts files' other QoE scores where a test's cuts hold them (the sample's pion cuts: msssim, ssim, psnr).
        for (const char* metric : {"msssim", "ssim", "psnr"})
            QTest::addRow("%s %s", qPrintable(kTests[1]), metric) << kTests[1] << "connection-progression" << metric;
        // Pooled over both tests, the 0.9 bands both have values (kurento's CPU stays below, pion's above).
        for (const char* figure : {"boxplot", "violin", "scatter"})
            QTest::addRow("all tests %s", figure) << "all-tests" << figure << "vmaf_cpu-0.9";
        for (const char* metric : {"cpu", "memory", "connected", "vmaf", "visqol"})
            QTest::addRow("compare %s", metric) << "all-tests"
                                                << "compare" << metric;
    }
    void everyKindIsDrawnForEachTest()
    {
        QFETCH(QString, test);
        QFETCH(QString, figure);
        QFETCH(QString, metric);
        QStringList suffixes;
        for (const QStringList& row : index_)
            if (row.value(1) == test && row.value(2) == figure && row.value(3) == metric)
                suffixes << QFileInfo(row.value(0)).suffix();
        suffixes.sort();
        QCOMPARE(suffixes, (QStringList{"pdf", "png", "svg"}));
        const QString stem = metric.isEmpty() ? figure : figure + QLatin1Char('_') + metric;
        QVERIFY(QFile::exists(QDir(out_).filePath(test + QLatin1Char('/') + stem + QStringLiteral(".png"))));
    }

    // No connection progression by a QoE score a test's cuts do not hold (kurento's: vmaf and visqol only; pion's: no
    // PESQ nor VIFp).
    void noFigureOfAScoreATestLacks()
    {
        for (const QStringList& row : index_) {
            if (row.value(2) != QLatin1String("connection-progression"))
                continue;
            QVERIFY2(!(row.value(1) == kTests[0] && QStringList({"msssim", "ssim", "psnr"}).contains(row.value(3))),
                     qPrintable(row.value(0)));
            QVERIFY2(!QStringList({"pesq", "vifp", "psnrhvs", "psnrhvsm"}).contains(row.value(3)),
                     qPrintable(row.value(0)));
        }
    }

    // Per test, a box, violin and scatter plot for exactly the comparisons that `report` computes (the raw rows
    // of comparisons.csv: both groups non-empty), and none for the others.
    void comparisonFiguresMatchTheReportsComparisons()
    {
        const QString report = dir_.filePath(QStringLiteral("report"));
        QCOMPARE(runCli({"report", kSample, "--out", report}).exitCode, 0);
        const auto comparisons = readCsv(report + QStringLiteral("/comparisons.csv"));
        QVERIFY(comparisons.ok);
        QSet<QString> expected, drawn;
        for (std::size_t r = 0; r < comparisons.rows.size(); ++r)
            if (comparisons.cell(r, "variant") == QLatin1String("raw"))
                for (const char* figure : {"boxplot", "violin", "scatter"})
                    expected << QStringLiteral("%1/%2_%3_cpu-%4")
                                    .arg(comparisons.cell(r, "test"), figure, comparisons.cell(r, "kind"),
                                         comparisons.cell(r, "x").remove(QStringLiteral("CPU < ")));
        QVERIFY(expected.size() >= 3);
        for (const QStringList& row : index_)
            if (row.value(1) != QLatin1String("all-tests") &&
                QStringList({"boxplot", "violin", "scatter"}).contains(row.value(2)))
                drawn << row.value(0).section(QLatin1Char('.'), 0, -2);
        QCOMPARE(drawn, expected);
    }

    void eachFileHasTheRequestedSizeAndFormat()
    {
        int png = 0, svg = 0, pdf = 0;
        for (const QStringList& row : index_) {
            const QString path = QDir(out_).filePath(row.value(0));
            const QString suffix = QFileInfo(path).suffix();
            if (suffix == QLatin1String("png")) {
                QImageReader reader(path);
                QCOMPARE(reader.format(), QByteArray("png"));
                QCOMPARE(reader.size(), QSize(900, 600));
                QVERIFY2(!reader.read().hasAlphaChannel(), qPrintable(path)); // an opaque page: RGB, no alpha
                ++png;
            } else if (suffix == QLatin1String("svg")) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QXmlStreamReader xml(&file);
                while (!xml.atEnd())
                    xml.readNext();
                QVERIFY2(!xml.hasError(), qPrintable(path + QStringLiteral(": ") + xml.errorString()));
                QSvgRenderer renderer(path);
                QVERIFY2(renderer.isValid(), qPrintable(path));
                QCOMPARE(renderer.viewBox(), QRect(0, 0, 900, 600));
                ++svg;
            } else {
                QCOMPARE(suffix, QStringLiteral("pdf"));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QCOMPARE(file.read(5), QByteArray("%PDF-"));
                ++pdf;
            }
        }
        QVERIFY(png > 0);
        QCOMPARE(svg, png);
        QCOMPARE(pdf, png);
    }

    void titlesSayWhatIsDrawn()
    {
        for (const QStringList& row : index_)
            QVERIFY2(row.size() == 5 && row[4].contains(row[1] == QLatin1String("all-tests") ? QString() : row[1]) &&
                         !row[4].isEmpty(),
                     qPrintable(row.join(','))); // a figure on its own says which test it shows
    }

    void oneProcessAndThreeDrawTheSameFiles()
    {
        // The figures are shared among drawing processes (--threads N): however many, the same bytes, the same index.
        std::map<QString, QByteArray> drawn[2];
        QString index[2];
        const char* threads[2] = {"1", "3"};
        for (int k = 0; k < 2; ++k) {
            const QString out = dir_.filePath(QStringLiteral("threads-%1").arg(threads[k]));
            const auto run = runCli({QStringLiteral("figures"), kSample, QStringLiteral("--out"), out,
                                     QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("svg"),
                                     QStringLiteral("--size"), QStringLiteral("900x600"), QStringLiteral("--threads"),
                                     QString::fromLatin1(threads[k])},
                                    300000);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("figures: %1/%1 ").arg(index_.size() / 3)), qPrintable(run.err));
            QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString name = QDir(out).relativeFilePath(file.fileName());
                if (name == QLatin1String("figures.csv"))
                    index[k] = QString::fromUtf8(file.readAll());
                else if (name.endsWith(QLatin1String(".png")))
                    drawn[k][name] = file.readAll();
                else
                    drawn[k][name] = {}; // SVGs name generated ids; their existence is compared
            }
        }
        QVERIFY(!drawn[0].empty());
        QCOMPARE(index[1], index[0]);
        QCOMPARE(drawn[1].size(), drawn[0].size());
        for (const auto& [name, bytes] : drawn[0]) {
            QVERIFY2(drawn[1].count(name), qPrintable(name));
            QVERIFY2(drawn[1].at(name) == bytes, qPrintable(name));
        }
    }

    void badArgumentsGiveTheReadmesExitCodes()
    {
        const QString out = dir_.filePath(QStringLiteral("bad"));
        QCOMPARE(runCli({"figures", kSample, "--out", out, "--format", "gif"}).exitCode, 2);
        QCOMPARE(runCli({"figures", kSample, "--out", out, "--size", "wide"}).exitCode, 2);
        QCOMPARE(runCli({"figures", kSample}).exitCode, 2);
        const auto inside = runCli({"figures", kSample, "--out", kSample + QStringLiteral("/figures")});
        QCOMPARE(inside.exitCode, 1);
        QVERIFY(inside.err.contains(QStringLiteral("inside the results folder")));
        QVERIFY(!QFileInfo::exists(kSample + QStringLiteral("/figures")));
        QTemporaryDir empty;
        QCOMPARE(runCli({"figures", empty.path(), "--out", out}).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestFiguresCli)
#include "test_figures_cli.moc"
