#include "quality_panel_fixture.h"

#include "tests/core/quality/hand_built_quality_test.h"

#include "core/load/results_loader.h"
#include "core/quality/quality_table.h"

#include <QProcess>

#include <cmath>
#include <limits>
#include <sstream>

namespace loadscope::testing {
namespace {

TestData threeUsers(const char* name)
{
    TestData test;
    test.info.name = name;
    for (auto [session, user] : {std::pair{1, 1}, {1, 2}, {2, 1}})
        test.users.push_back(UserEvents{UserKey{session, user}, "", {}});
    return test;
}

std::optional<Results> loadWithoutProblems(const std::string& root, QString* error)
{
    std::optional<Results> results = loadResults(root);
    if (!results || results->tests.empty()) {
        *error = QString::fromStdString(root) + ": no test loaded";
        return std::nullopt;
    }
    return results;
}

} // namespace

TestData handBuiltTest()
{
    return handBuiltQualityTest("loadtest-hand-built");
}

TestData testWithoutLatencies()
{
    TestData test = threeUsers("loadtest-no-latency");
    addQualitySample(test.qos.at(Direction::RemoteInbound, MediaKind::Audio), 0, "roundTripTime", 0.0);
    addQualitySample(test.qos.at(Direction::Inbound, MediaKind::Video), 2, "jitter",
                     std::numeric_limits<double>::quiet_NaN());
    addQualitySample(test.qos.at(Direction::Outbound, MediaKind::Video), 1, "bytesSent", 1000);
    return test;
}

std::optional<Results> generateAndLoad(const QString& root, QString* error)
{
    QProcess cli;
    cli.start(LOADSCOPE_CLI, {"generate", root, "--seed", "5", "--tests", "kurento-2p", "--duration", "90"});
    if (!cli.waitForFinished(120000) || cli.exitCode() != 0) {
        *error = "loadscope-cli generate failed: " + QString::fromUtf8(cli.readAllStandardError());
        return std::nullopt;
    }
    return loadWithoutProblems(root.toStdString(), error);
}

std::optional<Results> loadSample(QString* error)
{
    return loadWithoutProblems(LOADSCOPE_SOURCE_DIR "/resources/sample", error);
}

std::map<std::pair<QString, QString>, CsvRow> qualityCsvUserRows(const TestData& test, QualityMode mode)
{
    std::ostringstream out;
    writeQualityCsv(out, {test}, mode);
    // No cell of quality.csv holds a comma (ids are numbers, test names folder names), so a split is enough.
    const QStringList lines = QString::fromStdString(out.str()).split('\n', Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(',');
    std::map<std::pair<QString, QString>, CsvRow> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(',');
        CsvRow row;
        for (qsizetype c = 0; c < header.size() && c < cells.size(); ++c)
            row[header[c]] = cells[c];
        if (row["scope"] == "user")
            rows[{row["metric"], row["id"]}] = row;
    }
    return rows;
}

bool nearlyEqual(double actual, const QString& expectedText, double relative)
{
    const double expected = expectedText == "nan" ? NAN : expectedText.toDouble();
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    return std::fabs(actual - expected) <= relative * std::fabs(expected);
}

bool sameRequirement(const QooRequirement& a, const QooRequirement& b)
{
    if (a.name != b.name || a.latency.size() != b.latency.size() || a.loss.has_value() != b.loss.has_value() ||
        a.minThroughputMbps != b.minThroughputMbps)
        return false;
    for (std::size_t i = 0; i < a.latency.size(); ++i)
        if (a.latency[i].percentile != b.latency[i].percentile || a.latency[i].ropMs != b.latency[i].ropMs ||
            a.latency[i].cpupMs != b.latency[i].cpupMs)
            return false;
    return !a.loss || (a.loss->ropPercent == b.loss->ropPercent && a.loss->cpupPercent == b.loss->cpupPercent);
}

} // namespace loadscope::testing
