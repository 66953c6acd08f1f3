// Edge cases pinned: tiny, empty, constant and NaN inputs.  Expected numbers come from SciPy 1.10.1
// (quoted in each comment); where SciPy raises or returns NaN we require a "cannot compute" result
// with a message, never a crash and never a NaN.
#include "core/stats/anderson_darling.h"
#include "core/stats/comparison_csv.h"
#include "core/stats/group_comparison.h"
#include "core/stats/kolmogorov_smirnov.h"
#include "core/stats/mann_whitney_exact.h"
#include "core/stats/parametric_tests.h"
#include "core/stats/rank_tests.h"
#include "core/stats/shapiro_wilk.h"
#include "core/stats/spread_tests.h"

#include <QtTest>

#include <functional>
#include <sstream>
#include <limits>

using namespace loadscope;
using namespace loadscope::stats;
using Values = std::vector<double>;
using TwoSample = std::function<TestResult(const Values&, const Values&)>;
Q_DECLARE_METATYPE(Values)
Q_DECLARE_METATYPE(TwoSample)

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

void requireRefusal(const TestResult& r)
{
    QVERIFY(!r.ok());
    QVERIFY(!r.statistic && !r.pValue);
    QVERIFY2(!r.problem.empty(), "a refusal must carry a message");
}

} // namespace

class TestStatsEdgeCases : public QObject {
    Q_OBJECT

private slots:
    void refusals_data()
    {
        QTest::addColumn<TwoSample>("test");
        QTest::addColumn<Values>("x");
        QTest::addColumn<Values>("y");
        const TwoSample mwu = [](const Values& x, const Values& y) { return mannWhitneyU(x, y); };
        const TwoSample t = [](const Values& x, const Values& y) { return studentT(x, y); };
        const TwoSample bf = [](const Values& x, const Values& y) { return brownForsythe(x, y); };
        const TwoSample fk = [](const Values& x, const Values& y) { return flignerKilleen(x, y); };
        const TwoSample ks = [](const Values& x, const Values& y) { return kolmogorovSmirnov(x, y); };
        const TwoSample ad = [](const Values& x, const Values& y) { return andersonDarling(x, y); };
        const TwoSample kw = [](const Values& x, const Values& y) { return kruskalWallis(x, y); };
        const TwoSample sw = [](const Values& x, const Values&) { return shapiroWilk(x); };
        const TwoSample pr = [](const Values& x, const Values& y) { return pearson(x, y); };
        for (const auto& [name, fn] : std::vector<std::pair<const char*, TwoSample>>{
                 {"mwu", mwu}, {"t", t}, {"bf", bf}, {"fk", fk}, {"ks", ks}, {"ad", ad}, {"kw", kw}}) {
            QTest::newRow(qPrintable(QString(name) + "/empty x")) << fn << Values{} << Values{1, 2, 3};
            QTest::newRow(qPrintable(QString(name) + "/empty y")) << fn << Values{1, 2, 3} << Values{};
        }
        for (const auto& [name, fn] : std::vector<std::pair<const char*, TwoSample>>{
                 {"mwu", mwu}, {"t", t}, {"bf", bf}, {"fk", fk}, {"ks", ks}, {"ad", ad}, {"kw", kw}, {"pearson", pr}})
            QTest::newRow(qPrintable(QString(name) + "/NaN"))
                << fn << Values{1, kNaN, 3, 7, 2} << Values{4, 2, 6, 1, 0};
        QTest::newRow("t/one value (SciPy NaN)") << t << Values{3} << Values{1, 2, 3};
        QTest::newRow("t/zero variance both (SciPy NaN)") << t << Values{2, 2, 2} << Values{2, 2};
        QTest::newRow("t/zero variance, different means (SciPy inf)") << t << Values{2, 2, 2} << Values{3, 3};
        QTest::newRow("bf/no spread within groups (SciPy NaN)") << bf << Values{1, 1, 1} << Values{2, 2, 2};
        QTest::newRow("fk/all deviations tied (SciPy NaN)") << fk << Values{1, 1, 1} << Values{2, 2, 2};
        QTest::newRow("kw/all identical (SciPy raises)") << kw << Values{4, 4} << Values{4, 4, 4};
        QTest::newRow("ad/one distinct value (SciPy raises)") << ad << Values{4, 4} << Values{4, 4, 4};
        QTest::newRow("ad/three values (SciPy NaN)") << ad << Values{1} << Values{2, 3};
        QTest::newRow("shapiro/two values (SciPy raises)") << sw << Values{1, 2} << Values{};
        QTest::newRow("shapiro/empty") << sw << Values{} << Values{};
        QTest::newRow("shapiro/zero range (SciPy warns, W=1)") << sw << Values{5, 5, 5, 5} << Values{};
        QTest::newRow("shapiro/NaN") << sw << Values{1, kNaN, 3, 4} << Values{};
        QTest::newRow("pearson/constant (SciPy NaN)") << pr << Values{1, 1, 1} << Values{1, 2, 3};
        QTest::newRow("pearson/one pair (SciPy raises)") << pr << Values{1} << Values{2};
        QTest::newRow("pearson/length mismatch (SciPy raises)") << pr << Values{1, 2, 3} << Values{2, 3};
    }

    void refusals()
    {
        QFETCH(TwoSample, test);
        QFETCH(Values, x);
        QFETCH(Values, y);
        requireRefusal(test(x, y));
    }

    void pinnedScipyValues()
    {
        // scipy.stats.mannwhitneyu([1,2,3],[4,5,6]) -> (0.0, 0.1), exact method.
        TestResult r = mannWhitneyU(Values{1, 2, 3}, Values{4, 5, 6});
        QCOMPARE(*r.statistic, 0.0);
        QVERIFY(qFuzzyCompare(*r.pValue, 0.1));
        // Exact with n = 8 vs 11, no ties -> (0.0, 2.6461326770924294e-05).
        r = mannWhitneyU(Values{1, 2, 3, 4, 5, 6, 7, 8}, Values{10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20});
        QVERIFY(std::abs(*r.pValue / 2.6461326770924294e-05 - 1) < 1e-12);
        // ks_2samp of identical samples -> (0.0, 1.0).
        r = kolmogorovSmirnov(Values{1, 2, 3}, Values{1, 2, 3});
        QCOMPARE(*r.statistic, 0.0);
        QCOMPARE(*r.pValue, 1.0);
        // pearsonr([1,2],[3,1]) -> (-1.0, 1.0).
        r = pearson(Values{1, 2}, Values{3, 1});
        QCOMPARE(*r.statistic, -1.0);
        QCOMPARE(*r.pValue, 1.0);
        // ttest_ind of identical samples -> (0.0, 1.0).
        r = studentT(Values{1, 2, 3}, Values{1, 2, 3});
        QCOMPARE(*r.statistic, 0.0);
        QCOMPARE(*r.pValue, 1.0);
        // kruskal([1],[2]) -> (1.0, 0.31731050786291115).
        r = kruskalWallis(Values{1}, Values{2});
        QCOMPARE(*r.statistic, 1.0);
        QVERIFY(std::abs(*r.pValue / 0.31731050786291115 - 1) < 1e-12);
        // shapiro([1,2,3]) -> (1.0, 0.999998927116394): float32 arithmetic, exact n = 3 formula.
        r = shapiroWilk(Values{1, 2, 3});
        QCOMPARE(*r.statistic, 1.0);
        QCOMPARE(*r.pValue, 0.999998927116394);
    }

    void nanInComparisonGivesEmptyCellsNotNaN()
    {
        const Values x{1, 2, kNaN, 4, 5, 6}, y{3, 4, 5, 6, 7, 8}, cpu{0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
        const GroupComparison r = compareGroups({x, y, cpu, cpu}, true);
        QVERIFY(r.raw && r.clean);
        std::ostringstream out;
        CsvWriter csv(out, comparisonCsvHeader());
        writeComparisonRow(csv, {"t", "k", "raw", "x", "y"}, *r.raw);
        QVERIFY(out.str().find("nan") == std::string::npos);
        QVERIFY(!r.raw->meanX && !r.raw->u && !r.raw->pKs);
        QVERIFY(r.raw->meanY.has_value());
        QVERIFY(!r.raw->problems.empty());
    }

    void allTiedMannWhitneyIsNotSignificant()
    {
        // SciPy: every value equal -> U = nx*ny/2, z = -inf, p clipped to 1.
        const TestResult r = mannWhitneyU(Values(8, 2.0), Values(9, 2.0));
        QCOMPARE(*r.statistic, 36.0);
        QCOMPARE(*r.pValue, 1.0);
    }

    void exactMannWhitneyDistributionSumsToOne()
    {
        // P(U >= 0) = 1 and, by symmetry, P(U >= mn/2 + 1/2) = 1/2 for odd mn.
        QCOMPARE(*mannWhitneyExactSf(0, 5, 7), 1.0);
        QCOMPARE(*mannWhitneyExactSf(18, 5, 7), 0.5);
        QCOMPARE(*mannWhitneyExactSf(36, 7, 5), 0.0);
        QCOMPARE(*mannWhitneyExactSf(35, 7, 5), 1.0 / 792.0); // one arrangement of C(12, 5) = 792
        QVERIFY(!mannWhitneyExactSf(10, 20, 30).has_value()); // SciPy never asks: both samples > 8
    }
};

QTEST_GUILESS_MAIN(TestStatsEdgeCases)
#include "test_edge_cases.moc"
