// Notebook-compatible mode against the reference script: for each case of tests/data/golden/cases.txt the
// generator writes a results folder, loadscope loads and analyses it, and every row must equal the reference
// script's tables (committed goldens, made by tests/data/golden/make_goldens.sh) within 1e-9.
#include "core/analysis/qos_summary.h"
#include "core/analysis/test_analysis.h"
#include "core/load/results_loader.h"
#include "comparisons_parity.h"
#include "cli_run.h"
#include "csv_table.h"

#include <QTemporaryDir>
#include <QtTest>

#include <array>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

const QString kGoldenDir = QStringLiteral(LOADSCOPE_TEST_DATA_DIR "/golden");

struct Case {
    QString name;
    QStringList generateArgs;
};

std::vector<Case> readCases()
{
    std::vector<Case> cases;
    QFile file(kGoldenDir + "/cases.txt");
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return cases;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QStringList words = line.split(' ', Qt::SkipEmptyParts);
        Case c{words.takeFirst(), {}};
        c.generateArgs << "--seed" << words.takeFirst() << words;
        cases.push_back(c);
    }
    return cases;
}

// Collects mismatches instead of stopping at the first, so one run shows the whole picture.
class Mismatches {
public:
    void check(const QString& where, const QString& expected, double actual)
    {
        QString why;
        if (!sameNumber(expected, actual, &why))
            add(where + ": " + why);
    }
    void add(const QString& message)
    {
        if (++count_ <= 25)
            qWarning().noquote() << message;
    }
    int count() const { return count_; }

private:
    int count_ = 0;
};

void compareSegments(const CsvTable& reference, const TestAnalysis& a, Mismatches& m)
{
    const QString test = QString::fromStdString(a.data->info.name);
    std::vector<std::size_t> rows;
    for (std::size_t r = 0; r < reference.rows.size(); ++r)
        if (reference.cell(r, "index") == test)
            rows.push_back(r);
    if (rows.size() != a.segments.size()) {
        m.add(QString("%1: %2 reference rows, %3 segments").arg(test).arg(rows.size()).arg(a.segments.size()));
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::size_t r = rows[i];
        const Segment& s = a.segments[i];
        const UserKey key = a.users[static_cast<std::size_t>(s.userIndex)].key;
        const QString where = QString("%1 row %2").arg(test).arg(i);
        if (reference.cell(r, "type") != segmentTypeName(s.type) || reference.cell(r, "user").toInt() != key.user ||
            reference.cell(r, "session").toInt() != key.session) {
            m.add(where + QString(": expected %1 of %2-%3, got %4 of %5-%6")
                              .arg(reference.cell(r, "type"), reference.cell(r, "user"), reference.cell(r, "session"),
                                   segmentTypeName(s.type))
                              .arg(key.user)
                              .arg(key.session));
            continue;
        }
        m.check(where + " start_time", reference.cell(r, "start_time"), s.start);
        m.check(where + " end_time", reference.cell(r, "end_time"), s.end);
        m.check(where + " total_duration", reference.cell(r, "total_duration"), s.end - s.start);
        m.check(where + " attempt", reference.cell(r, "attempt"), s.attempt);
        m.check(where + " batch", reference.cell(r, "batch"), s.batch);
        m.check(where + " cpu_mean", reference.cell(r, "cpu_mean"), s.cpu.mean);
        m.check(where + " cpu_start", reference.cell(r, "cpu_start"), s.cpu.start);
        m.check(where + " cpu_end", reference.cell(r, "cpu_end"), s.cpu.end);
        m.check(where + " cpu_median", reference.cell(r, "cpu_median"), s.cpu.median);
        m.check(where + " cpu_max", reference.cell(r, "cpu_max"), s.cpu.max);
        m.check(where + " cpu_min", reference.cell(r, "cpu_min"), s.cpu.min);
        if (s.type == SegmentType::Qoe) {
            m.check(where + " qoe", reference.cell(r, "qoe"), s.qoe);
            if (reference.cell(r, "qoe_metric") != qoeMetricName(s.metric))
                m.add(where + " qoe_metric differs");
        }
    }
}

void compareThresholds(const QString& caseDir, const TestAnalysis& a, Mismatches& m)
{
    const QString test = QString::fromStdString(a.data->info.name);
    for (const auto& table : a.thresholds) {
        const QString kind = thresholdKindName(table.kind);
        const CsvTable reference = readCsv(QString("%1/thresholds_%2_%3.csv").arg(caseDir, test, kind));
        if (!reference.ok || reference.rows.size() != table.rows.size()) {
            m.add(QString("%1 %2: thresholds file missing or of another length").arg(test, kind));
            continue;
        }
        for (std::size_t b = 0; b < table.rows.size(); ++b) {
            const auto& row = table.rows[b];
            const QStringList& cells = reference.rows[b];
            const QString where = QString("%1 %2 band %3").arg(test, kind).arg(b);
            if (cells[0] != QString::fromStdString(row.label))
                m.add(where + ": label " + cells[0]);
            const std::array<double, 5> mine{row.median, row.mean, row.min, row.max, row.std};
            for (int c = 0; c < 5; ++c)
                m.check(where + " " + reference.header[c + 1], cells[c + 1], mine[static_cast<std::size_t>(c)]);
        }
    }
}

void compareProgression(const QString& caseDir, const TestAnalysis& a, Mismatches& m)
{
    const QString test = QString::fromStdString(a.data->info.name);
    const std::array<std::pair<const char*, int ProgressionPoint::*>, 4> series{
        {{"publishers", &ProgressionPoint::publishers},
         {"subscribers", &ProgressionPoint::subscribers},
         {"streams_in", &ProgressionPoint::streamsIn},
         {"streams_out", &ProgressionPoint::streamsOut}}};
    for (const auto& [what, member] : series) {
        const CsvTable reference = readCsv(QString("%1/progression_%2_%3.csv").arg(caseDir, test, what));
        if (reference.rows.size() != a.progression.size()) {
            m.add(QString("%1 %2: %3 reference points, %4 computed")
                      .arg(test, what)
                      .arg(reference.rows.size())
                      .arg(a.progression.size()));
            continue;
        }
        for (std::size_t i = 0; i < a.progression.size(); ++i) {
            const QString where = QString("%1 %2 point %3").arg(test, what).arg(i);
            m.check(where + " number", reference.cell(i, "number"), a.progression[i].*member);
            m.check(where + " time", reference.cell(i, "timestamp"), a.progression[i].time);
        }
    }
}

void compareQos(const CsvTable& reference, const TestAnalysis& a, Mismatches& m)
{
    const QString test = QString::fromStdString(a.data->info.name);
    const auto rows = summariseQos(a.data->qos, AnalysisMode::NotebookCompatible);
    int compared = 0;
    for (std::size_t r = 0; r < reference.rows.size(); ++r) {
        if (reference.cell(r, "test") != test)
            continue;
        const QString direction = reference.cell(r, "direction"), kind = reference.cell(r, "kind"),
                      metric = reference.cell(r, "metric");
        auto mine = std::find_if(rows.begin(), rows.end(), [&](const QosSummaryRow& row) {
            return direction == directionName(row.direction) && kind == mediaKindName(row.kind) &&
                   metric == QString::fromStdString(row.metric);
        });
        const QString where = QString("%1 %2 %3 %4").arg(test, direction, kind, metric);
        if (mine == rows.end()) {
            m.add(where + ": not summarised");
            continue;
        }
        ++compared;
        m.check(where + " count", reference.cell(r, "count"), static_cast<double>(mine->stats.count));
        m.check(where + " mean", reference.cell(r, "mean"), mine->stats.mean);
        m.check(where + " median", reference.cell(r, "median"), mine->stats.median);
        m.check(where + " min", reference.cell(r, "min"), mine->stats.min);
        m.check(where + " max", reference.cell(r, "max"), mine->stats.max);
        m.check(where + " std", reference.cell(r, "std"), mine->stats.std);
    }
    if (compared == 0)
        m.add(test + ": no QoS summary rows in the golden");
}

} // namespace

class NotebookParity : public QObject {
    Q_OBJECT

private slots:
    void matchesTheReferenceScript_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QStringList>("generateArgs");
        const auto cases = readCases();
        QVERIFY2(!cases.empty(), "tests/data/golden/cases.txt lists no case");
        for (const auto& c : cases)
            QTest::newRow(qPrintable(c.name)) << c.name << c.generateArgs;
    }

    void matchesTheReferenceScript()
    {
        QFETCH(QString, caseName);
        QFETCH(QStringList, generateArgs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath("results");
        const CliRun generator = runCli(QStringList{"generate", root} + generateArgs);
        QVERIFY2(generator.exitCode == 0, qPrintable(generator.err));

        auto results = loadResults(root.toStdString());
        QVERIFY(results.has_value());
        QVERIFY(!results->tests.empty());
        const QString caseDir = kGoldenDir + "/" + caseName;
        const CsvTable segments = readCsv(caseDir + "/connection_stats.csv");
        const CsvTable qos = readCsv(caseDir + "/qos_summary.csv");
        QVERIFY(segments.ok && qos.ok);

        AnalysisOptions options;
        options.mode = AnalysisMode::NotebookCompatible;
        Mismatches m;
        for (const auto& test : results->tests) {
            ProblemList problems;
            const TestAnalysis a = analyseTest(test, options, problems);
            compareSegments(segments, a, m);
            compareThresholds(caseDir, a, m);
            compareProgression(caseDir, a, m);
            compareQos(qos, a, m);
            compareComparisons([&m](const QString& message) { m.add(message); }, caseDir, a);
        }
        QVERIFY2(m.count() == 0, qPrintable(QString("%1 mismatches (first ones above)").arg(m.count())));
    }
};

QTEST_GUILESS_MAIN(NotebookParity)
#include "test_notebook_parity.moc"
