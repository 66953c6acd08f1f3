// The QoE-progression and QoS-over-time views in notebook-compatible mode against the notebook's own chart cells:
// the generator writes the folder of tests/data/views/case.txt, loadscope loads and analyses it, and every bucket
// must equal what views_cells.py (those cells' pandas code, on the reference pipeline's tables) computed, within
// 1e-9. Goldens: tests/data/views/make_views_goldens.sh.
#include "core/analysis/qoe_over_time.h"
#include "core/analysis/qos_over_time.h"
#include "core/load/results_loader.h"
#include "../report/cli_run.h"
#include "../report/csv_table.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

const QString kViewsDir = QStringLiteral(LOADSCOPE_TEST_DATA_DIR "/views");

QStringList generateArguments()
{
    QFile file(kViewsDir + "/case.txt");
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words = QString::fromUtf8(file.readAll()).simplified().split(' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    return QStringList{"--seed", words.takeFirst(), "--threads", "1"} + words;
}

std::optional<Direction> directionNamed(const QString& name)
{
    for (Direction d : kDirections)
        if (name == QLatin1String(directionName(d)))
            return d;
    return std::nullopt;
}

std::optional<MediaKind> kindNamed(const QString& name)
{
    for (MediaKind k : kMediaKinds)
        if (name == QLatin1String(mediaKindName(k)))
            return k;
    return std::nullopt;
}

// Every difference found, so one run shows the whole picture (the first few are printed).
struct Differences {
    QStringList found;
    void check(const QString& where, const QString& expected, double actual)
    {
        QString why;
        if (!sameNumber(expected, actual, &why))
            add(where + ": " + why);
    }
    void add(const QString& message) { found << message; }
};

void compareQoe(const TestAnalysis& a, const CsvTable& golden, Differences& d)
{
    const QoeOverTime q = computeQoeOverTime(a);
    for (const auto& [name, series] :
         {std::pair{QStringLiteral("vmaf"), &q.vmaf}, {QStringLiteral("visqol"), &q.visqol}}) {
        std::vector<std::size_t> rows;
        for (std::size_t r = 0; r < golden.rows.size(); ++r)
            if (golden.cell(r, "metric") == name)
                rows.push_back(r);
        if (rows.size() != series->size()) {
            d.add(QString("%1: %2 buckets expected, %3 computed").arg(name).arg(rows.size()).arg(series->size()));
            continue;
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const QString where = QString("%1 bucket %2").arg(name).arg(i);
            d.check(where + " time", golden.cell(rows[i], "time_group"), (*series)[i].time);
            d.check(where + " mean", golden.cell(rows[i], "qoe"), (*series)[i].mean);
        }
    }
}

void compareQos(const TestAnalysis& a, const CsvTable& golden, Differences& d)
{
    std::map<QString, std::vector<std::size_t>> groups; // "direction kind metric" → golden rows in order
    for (std::size_t r = 0; r < golden.rows.size(); ++r)
        groups[golden.cell(r, "direction") + ' ' + golden.cell(r, "kind") + ' ' + golden.cell(r, "metric")].push_back(
            r);
    QVERIFY(groups.size() >= 10); // the case has every table the cells read
    for (const auto& [group, rows] : groups) {
        const auto direction = directionNamed(golden.cell(rows[0], "direction"));
        const auto kind = kindNamed(golden.cell(rows[0], "kind"));
        QVERIFY2(direction && kind, qPrintable(group));
        const QosOverTime q = computeQosOverTime(*a.data, a.start, *direction, *kind,
                                                 golden.cell(rows[0], "metric").toStdString(),
                                                 AnalysisMode::NotebookCompatible);
        if (rows.size() != q.buckets.size()) {
            d.add(QString("%1: %2 buckets expected, %3 computed").arg(group).arg(rows.size()).arg(q.buckets.size()));
            continue;
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const QString where = QString("%1 bucket %2").arg(group).arg(i);
            d.check(where + " key", golden.cell(rows[i], "timestamp"), q.buckets[i].key);
            d.check(where + " mean", golden.cell(rows[i], "mean"), q.buckets[i].mean);
            d.check(where + " min", golden.cell(rows[i], "min"), q.buckets[i].min);
            d.check(where + " max", golden.cell(rows[i], "max"), q.buckets[i].max);
        }
    }
}

} // namespace

class ViewsParity : public QObject {
    Q_OBJECT

private slots:
    void matchesTheNotebooksChartCells()
    {
        const QStringList arguments = generateArguments();
        QVERIFY(!arguments.isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath("results");
        const CliRun generator = runCli(QStringList{"generate", root} + arguments);
        QVERIFY2(generator.exitCode == 0, qPrintable(generator.err));

        auto results = loadResults(root.toStdString());
        QVERIFY(results.has_value());
        QCOMPARE(results->tests.size(), std::size_t(2));
        AnalysisOptions options;
        options.mode = AnalysisMode::NotebookCompatible;
        Differences d;
        for (const TestData& test : results->tests) {
            ProblemList problems;
            const TestAnalysis a = analyseTest(test, options, problems);
            const QString name = QString::fromStdString(test.info.name);
            const CsvTable qoe = readCsv(kViewsDir + "/qoe_progression_" + name + ".csv");
            const CsvTable qos = readCsv(kViewsDir + "/qos_over_time_" + name + ".csv");
            QVERIFY2(qoe.ok && qos.ok, qPrintable(name));
            QVERIFY(!qoe.rows.empty());
            compareQoe(a, qoe, d);
            compareQos(a, qos, d);
        }
        QVERIFY2(
            d.found.isEmpty(),
            qPrintable(QString("%1 differences, first: %2").arg(d.found.size()).arg(d.found.mid(0, 10).join("\n"))));
    }
};

QTEST_GUILESS_MAIN(ViewsParity)
#include "test_views_parity.moc"
