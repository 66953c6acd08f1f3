// Descriptive helpers against pandas / NumPy / SciPy (tests/data/stats/goldens.json): pandas mean,
// median, std(n-1) and linear quartiles, the notebook's IQR outlier mask, and SciPy's average ranks.
#include "golden_data.h"

#include "core/stats/numpy_compatible.h"
#include "core/stats/outliers.h"

#include <QtTest>

using namespace loadscope::stats;
using namespace loadscope::stats::testing;

class TestDescriptive : public QObject {
    Q_OBJECT

private:
    static void addGroupRows()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<QString>("group");
        const auto& cases = goldens()["two_sample"];
        for (std::size_t i = 0; i < cases.size(); ++i)
            for (const char* group : {"x", "y"})
                QTest::newRow(qPrintable(QString::fromStdString(cases[i]["name"].get<std::string>()) + "/" + group))
                    << static_cast<int>(i) << QString::fromLatin1(group);
    }

    static void verifyNumber(double actual, const nlohmann::json& expected)
    {
        if (expected.is_null()) {
            QVERIFY2(std::isnan(actual), "pandas gives NaN here");
            return;
        }
        QVERIFY2(closeRelative(actual, expected.get<double>(), kStatisticTolerance),
                 qPrintable(describeMismatch(actual, expected.get<double>())));
    }

private slots:
    void pandasDescriptives_data() { addGroupRows(); }
    void pandasDescriptives()
    {
        QFETCH(int, caseIndex);
        QFETCH(QString, group);
        const auto& c = goldens()["two_sample"][static_cast<std::size_t>(caseIndex)];
        const std::vector<double> values = numbers(c[group.toStdString()]);
        const auto& expected = c["expected"]["describe_" + group.toStdString()];
        verifyNumber(pandasMean(values), expected["mean"]);
        verifyNumber(median(values), expected["median"]);
        verifyNumber(pandasStd(values), expected["std"]);
        verifyNumber(quantileLinear(values, 0.25), expected["q1"]);
        verifyNumber(quantileLinear(values, 0.75), expected["q3"]);
    }

    void iqrOutliers_data() { addGroupRows(); }
    void iqrOutliers()
    {
        QFETCH(int, caseIndex);
        QFETCH(QString, group);
        const auto& c = goldens()["two_sample"][static_cast<std::size_t>(caseIndex)];
        const std::vector<double> values = numbers(c[group.toStdString()]);
        std::vector<bool> expected;
        for (const auto& b : c["expected"]["describe_" + group.toStdString()]["outlier_mask"])
            expected.push_back(b.get<bool>());
        QVERIFY(iqrOutlierMask(values) == expected);
        const std::vector<double> kept = withoutOutliers(values, expected);
        QCOMPARE(kept.size(), static_cast<std::size_t>(std::count(expected.begin(), expected.end(), false)));
    }

    void averageRanksMatchRankdata_data()
    {
        QTest::addColumn<int>("caseIndex");
        const auto& cases = goldens()["two_sample"];
        for (std::size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
    }
    void averageRanksMatchRankdata()
    {
        QFETCH(int, caseIndex);
        const auto& c = goldens()["two_sample"][static_cast<std::size_t>(caseIndex)];
        std::vector<double> all = numbers(c["x"]);
        const std::vector<double> y = numbers(c["y"]);
        all.insert(all.end(), y.begin(), y.end());
        QVERIFY(averageRanks(all) == numbers(c["expected"]["ranks"])); // half-integers: exact
    }

    void pairwiseSumKeepsSmallTermsNumpyDoes()
    {
        // 1 followed by many 2^-53: a left-to-right sum stays at 1, NumPy's pairwise blocks do not.
        // Expected value computed by numpy.sum on the same array (1.0000000000000133 for n = 129).
        std::vector<double> values(129, 0x1p-53);
        values[0] = 1.0;
        QCOMPARE(pairwiseSum(values), 1.0000000000000133);
    }

    void emptyAndTinyInputsGiveNaNNotCrashes()
    {
        const std::vector<double> none;
        const std::vector<double> one{3.0};
        QVERIFY(std::isnan(pandasMean(none)));
        QVERIFY(std::isnan(median(none)));
        QVERIFY(std::isnan(pandasStd(one)));
        QVERIFY(std::isnan(quantileLinear(none, 0.25)));
        QCOMPARE(quantileLinear(one, 0.75), 3.0);
        QVERIFY(iqrOutlierMask(none).empty());
    }
};

QTEST_GUILESS_MAIN(TestDescriptive)
#include "test_descriptive.moc"
