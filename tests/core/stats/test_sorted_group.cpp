// stats::SortedGroup, the group sorted once and shared by every statistic of a comparison: its sorted values are
// NumPy's order, a filtered group equals the filtered values sorted afresh, and each statistic computed from the
// shared sorted values is bit for bit the one computed from the unsorted values (shuffled, with NaNs and ties).
#include "core/stats/anderson_darling.h"
#include "core/stats/deviation_ranks.h"
#include "core/stats/kolmogorov_smirnov.h"
#include "core/stats/numpy_compatible.h"
#include "core/stats/outliers.h"
#include "core/stats/rank_tests.h"
#include "core/stats/shapiro_wilk.h"
#include "core/stats/sorted_group.h"
#include "core/stats/spread_tests.h"

#include <QtTest>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <random>

using namespace loadscope::stats;
using Values = std::vector<double>;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

// Equal values, NaN equal to NaN; -0 equals 0, whose order a sort leaves free.
bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool sameResult(const TestResult& a, const TestResult& b)
{
    auto same = [](const std::optional<double>& l, const std::optional<double>& r) {
        return l.has_value() == r.has_value() && (!l || sameBits(*l, *r));
    };
    return same(a.statistic, b.statistic) && same(a.pValue, b.pValue) && a.problem == b.problem;
}

// Rounded normal values: many ties, as segment metrics have.
Values tiedSample(std::mt19937_64& random, std::size_t n, double mean)
{
    std::normal_distribution<double> normal(mean, 1.0);
    Values v(n);
    for (double& e : v)
        e = std::round(normal(random) * 4.0) / 4.0;
    return v;
}

Values shuffled(Values v, std::mt19937_64& random)
{
    std::shuffle(v.begin(), v.end(), random);
    return v;
}

const std::vector<Values>& samples()
{
    static const std::vector<Values> all = [] {
        std::mt19937_64 random(18);
        std::vector<Values> v{{},
                              {2.0},
                              {3.0, kNaN, 1.0, kNaN, 3.0},
                              {kInf, 1.0, -kInf, 0.5, 1.0},
                              {-0.0, 0.0, 1.0, -0.0, 2.0},
                              Values(9, 4.0)};
        for (std::size_t n : {3u, 8u, 40u, 501u})
            v.push_back(tiedSample(random, n, 0.0));
        Values withNaN = tiedSample(random, 60, 1.0);
        withNaN[7] = withNaN[30] = kNaN;
        v.push_back(withNaN);
        return v;
    }();
    return all;
}

} // namespace

class TestSortedGroup : public QObject {
    Q_OBJECT

private slots:
    void sortedIsNumpyOrder()
    {
        for (const Values& values : samples()) {
            Values expected = values;
            std::stable_sort(expected.begin(), expected.end(), lessNaNLast);
            const SortedGroup group(values);
            QCOMPARE(group.size(), values.size());
            QVERIFY(
                std::equal(expected.begin(), expected.end(), group.sorted().begin(), group.sorted().end(), sameValue));
            QVERIFY(std::equal(values.begin(), values.end(), group.values().begin(), group.values().end(), sameBits));
            QCOMPARE(group.hasNaN(), containsNaN(values));
            QVERIFY(sameBits(group.median(), median(values)));
        }
    }

    void filteredEqualsTheFilteredValuesSorted()
    {
        for (const Values& values : samples()) {
            const SortedGroup group(values);
            const IqrFences fences = iqrFencesOfSorted(group.sorted());
            const std::vector<bool> mask = iqrOutlierMask(values);
            Values kept;
            const SortedGroup clean = group.filtered([&](double v) { return !fences.isOutlier(v); }, kept);
            const Values expected = withoutOutliers(values, mask);
            QVERIFY(std::equal(expected.begin(), expected.end(), kept.begin(), kept.end(), sameBits));
            const SortedGroup fresh(kept);
            QVERIFY(std::equal(fresh.sorted().begin(), fresh.sorted().end(), clean.sorted().begin(),
                               clean.sorted().end(), sameValue));
        }
    }

    void orderPointsBackToTheInput()
    {
        for (const Values& values : samples()) {
            const SortedGroup group(values);
            Values kept;
            const SortedGroup clean = group.filtered([](double v) { return !(v > 1.0); }, kept);
            for (const SortedGroup* g : {&group, &clean}) {
                QCOMPARE(g->order().size(), g->size());
                for (std::size_t k = 0; k < g->size(); ++k)
                    QVERIFY(sameBits(g->values()[g->order()[k]], g->sorted()[k]));
            }
        }
    }

    // The merged runs of deviations rank exactly as rankdata on the deviations in input order (filtered groups,
    // ties, infinities and NaNs included).
    void deviationRanksEqualRankdata()
    {
        auto deviations = [](const SortedGroup& g, Values& into) {
            for (double v : g.values())
                into.push_back(std::abs(v - g.median()));
        };
        for (const Values& x : samples())
            for (const Values& y : samples()) {
                const SortedGroup gx(x), gy(y);
                Values keptX, keptY;
                const SortedGroup cx = gx.filtered([](double v) { return !(v < -1.0); }, keptX);
                const SortedGroup cy = gy.filtered([](double v) { return !(v > 0.5); }, keptY);
                for (const auto& [a, b] : {std::pair{&gx, &gy}, std::pair{&cx, &cy}}) {
                    Values all;
                    deviations(*a, all);
                    deviations(*b, all);
                    QCOMPARE(pooledDeviationRanks(*a, *b), averageRanks(all));
                }
            }
    }

    // Sorting once must not change what any statistic reports: each one, handed the group of a shuffled copy,
    // gives the same bits (the order-dependent sums of Brown-Forsythe and Fligner-Killeen use the values in their
    // own input order, so those two are compared on the very same values).
    void statisticsMatchTheUnsortedValues()
    {
        std::mt19937_64 random(7);
        for (const Values& x : samples())
            for (const Values& y : samples()) {
                const SortedGroup gx(x), gy(y);
                const Values sx = shuffled(x, random), sy = shuffled(y, random);
                const SortedGroup hx(sx), hy(sy);
                QVERIFY(sameResult(mannWhitneyU(gx, gy), mannWhitneyU(hx, hy)));
                QVERIFY(sameResult(kruskalWallis(gx, gy), kruskalWallis(hx, hy)));
                QVERIFY(sameResult(kolmogorovSmirnov(gx, gy), kolmogorovSmirnov(hx, hy)));
                QVERIFY(sameResult(andersonDarling(gx, gy), andersonDarling(hx, hy)));
                QVERIFY(sameResult(shapiroWilk(gx), shapiroWilk(hx)));
                QVERIFY(sameResult(brownForsythe(gx, gy), brownForsythe(x, y)));
                QVERIFY(sameResult(flignerKilleen(gx, gy), flignerKilleen(x, y)));
            }
    }

    // The rank sums found by merging the sorted groups equal scipy.stats.rankdata's ranks summed pairwise.
    void rankSumsEqualRankdata()
    {
        std::mt19937_64 random(3);
        for (std::size_t n : {5u, 40u, 700u}) {
            const Values x = tiedSample(random, n, 0.0), y = tiedSample(random, n + 13, 0.3);
            Values all = x;
            all.insert(all.end(), y.begin(), y.end());
            const Values ranks = averageRanks(all);
            const double r1 = pairwiseSum(std::span<const double>(ranks).first(x.size()));
            const double nx = static_cast<double>(x.size());
            const TestResult u = mannWhitneyU(SortedGroup(x), SortedGroup(y));
            QVERIFY(u.statistic && sameBits(*u.statistic, r1 - nx * (nx + 1.0) / 2.0));
        }
    }

    void averageRanksGiveNaNsTheLastRanksInOrder()
    {
        const Values ranks = averageRanks(Values{3.0, kNaN, 1.0, kNaN, 3.0});
        QCOMPARE(ranks, (Values{2.5, 4.0, 1.0, 5.0, 2.5}));
    }
};

QTEST_GUILESS_MAIN(TestSortedGroup)
#include "test_sorted_group.moc"
