// compareGroups() against the reference script's own compare() / iqr_out() (executed by
// tests/data/stats/make_goldens.py, stored in comparison.json), plus the CSV row it writes.
#include "golden_data.h"

#include "core/stats/comparison_csv.h"
#include "core/stats/group_comparison.h"

#include <QtTest>

#include <sstream>

using namespace loadscope;
using namespace loadscope::stats;
using namespace loadscope::stats::testing;

namespace {

const nlohmann::json& cases()
{
    static const nlohmann::json data = loadGolden("comparison.json");
    return data["cases"];
}

struct Inputs {
    std::vector<double> x, y, cpuX, cpuY;
    ComparisonInput view() const { return {x, y, cpuX, cpuY}; }
};

Inputs inputsOf(const nlohmann::json& c)
{
    return {numbers(c["x"]), numbers(c["y"]), numbers(c["cpu_x"]), numbers(c["cpu_y"])};
}

// Row cells by column name, parsed back from the CSV text we write (so the test also covers it).
std::map<std::string, std::string> writtenCells(const ComparisonRow& row)
{
    std::ostringstream out;
    {
        CsvWriter csv(out, comparisonCsvHeader());
        writeComparisonRow(csv, {"t", "vmaf", "raw", "CPU < 0.9", "CPU >= 0.9"}, row);
    }
    std::istringstream in(out.str());
    std::string headerLine, rowLine;
    std::getline(in, headerLine);
    std::getline(in, rowLine);
    auto split = [](const std::string& line) {
        std::vector<std::string> cells;
        std::stringstream s(line);
        std::string cell;
        while (std::getline(s, cell, ','))
            cells.push_back(cell);
        if (!line.empty() && line.back() == ',')
            cells.emplace_back();
        return cells;
    };
    const auto names = split(headerLine), values = split(rowLine);
    std::map<std::string, std::string> cells;
    for (std::size_t i = 0; i < names.size() && i < values.size(); ++i)
        cells[names[i]] = values[i];
    return cells;
}

bool isPValue(const std::string& column)
{
    return column.rfind("p_", 0) == 0 || column.ends_with("_p");
}

} // namespace

class TestGroupComparison : public QObject {
    Q_OBJECT

private slots:
    void matchesReferenceCompare_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<QString>("variant");
        for (std::size_t i = 0; i < cases().size(); ++i)
            for (const char* variant : {"raw", "clean"})
                QTest::newRow(qPrintable(QString::fromStdString(cases()[i]["name"].get<std::string>()) + "/" + variant))
                    << static_cast<int>(i) << QString::fromLatin1(variant);
    }

    void matchesReferenceCompare()
    {
        QFETCH(int, caseIndex);
        QFETCH(QString, variant);
        const auto& c = cases()[static_cast<std::size_t>(caseIndex)];
        const Inputs inputs = inputsOf(c);
        // Not notebook-compatible: clean Pearson pairs kept CPU with kept metric, as the script's
        // stored SciPy values do.
        const GroupComparison result = compareGroups(inputs.view(), false);
        const std::optional<ComparisonRow>& row = variant == "raw" ? result.raw : result.clean;
        QVERIFY2(row.has_value(), result.problem.c_str());
        const auto cells = writtenCells(*row);
        const auto& expected = c["rows"][variant.toStdString()];
        QCOMPARE(cells.size(), comparisonCsvHeader().size());
        for (const std::string& column : comparisonColumns()) {
            QVERIFY2(expected.contains(column), column.c_str());
            const std::string& text = cells.at(column);
            QVERIFY2(!text.empty(), qPrintable(QString::fromStdString(column) + " is empty"));
            const double actual = std::stod(text);
            const double wanted = expected[column].get<double>();
            const double tolerance = isPValue(column) ? kPValueTolerance : kStatisticTolerance;
            QVERIFY2(closeRelative(actual, wanted, tolerance),
                     qPrintable(QString::fromStdString(column) + ": " + describeMismatch(actual, wanted)));
        }
    }

    void notebookCompatibleLeavesCleanPearsonEmptyOnlyWhereOutliersWere()
    {
        for (const auto& c : cases()) {
            const Inputs inputs = inputsOf(c);
            const GroupComparison compatible = compareGroups(inputs.view(), true);
            const GroupComparison full = compareGroups(inputs.view(), false);
            QVERIFY(compatible.clean && full.clean);
            const bool outX = compatible.clean->outliersX > 0, outY = compatible.clean->outliersY > 0;
            QCOMPARE(compatible.clean->pearsonXR.has_value(), !outX);
            QCOMPARE(compatible.clean->pearsonYP.has_value(), !outY);
            QVERIFY(full.clean->pearsonXR && full.clean->pearsonYR);
            // Raw Pearson is never affected by the flag.
            QCOMPARE(*compatible.raw->pearsonXR, *full.raw->pearsonXR);
        }
    }

    void headerHasLabelsThenStatistics()
    {
        const auto header = comparisonCsvHeader();
        QCOMPARE(header.size(), std::size_t(5 + 34));
        QCOMPARE(header.front(), std::string("test"));
        QCOMPARE(header[5], std::string("n_x"));
        QCOMPARE(header.back(), std::string("pearson_y_p"));
    }

    void emptyGroupGivesNoRowAndAReason()
    {
        const std::vector<double> none, some{1, 2, 3}, cpu{0.5, 0.6, 0.7};
        const GroupComparison r = compareGroups({none, some, none, cpu}, true);
        QVERIFY(!r.raw && !r.clean);
        QVERIFY(!r.problem.empty());
    }

    void mismatchedCpuLengthIsRefused()
    {
        const std::vector<double> x{1, 2, 3}, y{4, 5, 6}, shortCpu{0.5};
        const GroupComparison r = compareGroups({x, y, shortCpu, y}, true);
        QVERIFY(!r.raw);
        QVERIFY(r.problem.find("length") != std::string::npos);
    }

    void tinyGroupsGiveEmptyCellsWithReasons()
    {
        // Two values each: no Shapiro (n < 3); every computable cell still present, nothing NaN.
        const std::vector<double> x{1.0, 2.0}, y{1.5, 4.0}, cpu{0.8, 0.95};
        const GroupComparison r = compareGroups({x, y, cpu, cpu}, true);
        QVERIFY(r.raw);
        QVERIFY(!r.raw->shapiroXW && !r.raw->shapiroYP);
        QVERIFY(r.raw->u && r.raw->pMwu && r.raw->t);
        QVERIFY(!r.raw->problems.empty());
        const auto cells = writtenCells(*r.raw);
        QCOMPARE(cells.at("shapiro_x_w"), std::string());
        QCOMPARE(cells.at("n_x"), std::string("2"));
        for (const auto& [name, text] : cells)
            QVERIFY2(text.find("nan") == std::string::npos, name.c_str());
    }
};

QTEST_GUILESS_MAIN(TestGroupComparison)
#include "test_group_comparison.moc"
