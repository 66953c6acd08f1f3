// The threshold cases as comparisons.csv and the GUI share them.
#include "core/report/threshold_comparisons.h"

#include <QtTest>

using namespace loadscope;

namespace {

// Bands 2 (< 0.9) and 5 (>= 0.9) hold ten values each, with outliers in band 5 so the clean variant differs.
ThresholdTable table()
{
    ThresholdTable t;
    t.values.resize(8);
    t.cpuMedians.resize(8);
    for (int i = 0; i < 10; ++i) {
        t.values[2].push_back(4.0 + 0.01 * i * (i % 3));
        t.cpuMedians[2].push_back(0.5 + 0.03 * i);
        t.values[5].push_back(i == 9 ? 0.5 : 3.0 + 0.02 * i * (i % 2));
        t.cpuMedians[5].push_back(0.9 + 0.01 * i);
    }
    return t;
}

} // namespace

class ThresholdComparisons : public QObject {
    Q_OBJECT

private slots:
    void casesAreTheNotebooks()
    {
        QCOMPARE(kComparisonCases[0].bandX, std::size_t(2));
        QCOMPARE(kComparisonCases[0].bandY, std::size_t(5));
        QCOMPARE(kComparisonCases[1].bandX, std::size_t(3));
        QCOMPARE(kComparisonCases[1].bandY, std::size_t(7));
    }

    void notebookModeLeavesCleanPearsonEmpty()
    {
        const auto notebook = compareThresholdCase(table(), kComparisonCases[0], AnalysisMode::NotebookCompatible);
        const auto corrected = compareThresholdCase(table(), kComparisonCases[0], AnalysisMode::Corrected);
        QVERIFY(notebook.raw && notebook.clean && corrected.clean);
        QCOMPARE(notebook.clean->outliersY, std::size_t(2)); // 0.5 and 3.14, as pandas finds them
        QVERIFY(notebook.raw->pearsonXR.has_value());
        QVERIFY(!notebook.clean->pearsonXR.has_value() && !notebook.clean->pearsonYP.has_value());
        QVERIFY(corrected.clean->pearsonXR.has_value() && corrected.clean->pearsonYR.has_value());
    }

    void aTableWithoutBandsIsAProblemNotACrash()
    {
        const auto c = compareThresholdCase(ThresholdTable{}, kComparisonCases[1], AnalysisMode::Corrected);
        QVERIFY(!c.raw && !c.clean);
        QVERIFY(!c.problem.empty());
    }
};

QTEST_GUILESS_MAIN(ThresholdComparisons)
#include "test_threshold_comparisons.moc"
