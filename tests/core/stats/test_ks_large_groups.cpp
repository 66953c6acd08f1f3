// Holds stats::kolmogorovSmirnov to SciPy 1.10.1's ks_2samp on groups of thousands of values, ties included
// (tests/data/stats/ks_large_goldens.json, printed by make_ks_large_goldens.py there). The groups are remade here
// from their seeds with the same splitmix64 the script uses. D and the p-value must agree with SciPy within 1e-12
// (absolute and relative): the exact p-value is SciPy's lattice-path recursion, evaluated in another order but
// with the same operations on every cell.
#include "golden_data.h"

#include "core/stats/kolmogorov_smirnov.h"

#include <QtTest>

#include <cstdint>

using namespace loadscope::stats;
using namespace loadscope::stats::testing;

namespace {

constexpr double kAgreement = 1e-12;

// Vigna's splitmix64, as make_ks_large_goldens.py writes it.
std::vector<double> groupOf(const nlohmann::json& spec)
{
    std::uint64_t state = spec["seed"].get<std::uint64_t>();
    const auto count = spec["n"].get<std::size_t>();
    const auto levels = spec["levels"].get<std::uint64_t>();
    const auto offset = spec["offset"].get<std::uint64_t>();
    const auto scale = static_cast<double>(spec["scale"].get<std::uint64_t>());
    std::vector<double> values;
    values.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        state += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        values.push_back(static_cast<double>(z % levels + offset) / scale);
    }
    return values;
}

bool agrees(double actual, double expected)
{
    const double difference = std::abs(actual - expected);
    return difference <= kAgreement && difference <= kAgreement * std::max(std::abs(actual), std::abs(expected));
}

} // namespace

class TestKsLargeGroups : public QObject {
    Q_OBJECT

private slots:
    void goldensComeFromScipy()
    {
        const auto goldens = loadGolden("ks_large_goldens.json");
        QCOMPARE(QString::fromStdString(goldens["generated_by"]["scipy"].get<std::string>()), QStringLiteral("1.10.1"));
        QVERIFY(goldens["cases"].size() >= 10);
    }

    void generatorMatchesTheScript()
    {
        // splitmix64 from seed 0: the first outputs of Vigna's reference code (also what the script prints).
        const nlohmann::json spec = {
            {"seed", 0}, {"n", 2}, {"levels", 0xFFFFFFFFFFFFFFFFULL}, {"offset", 0}, {"scale", 1}};
        const auto values = groupOf(spec);
        QCOMPARE(values[0], static_cast<double>(0xE220A8397B1DCDAFULL % 0xFFFFFFFFFFFFFFFFULL));
        QCOMPARE(values[1], static_cast<double>(0x6E789E6AA1B965F4ULL % 0xFFFFFFFFFFFFFFFFULL));
    }

    void agreesWithScipy_data()
    {
        QTest::addColumn<int>("caseIndex");
        const auto goldens = loadGolden("ks_large_goldens.json");
        for (std::size_t i = 0; i < goldens["cases"].size(); ++i)
            QTest::newRow(goldens["cases"][i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
    }

    void agreesWithScipy()
    {
        QFETCH(int, caseIndex);
        static const auto goldens = loadGolden("ks_large_goldens.json");
        const auto& c = goldens["cases"][static_cast<std::size_t>(caseIndex)];
        const auto x = groupOf(c["x"]), y = groupOf(c["y"]);
        const TestResult result = kolmogorovSmirnov(x, y);
        QVERIFY2(result.ok(), result.problem.c_str());
        const double d = c["d"].get<double>(), p = c["p"].get<double>();
        QVERIFY2(agrees(*result.statistic, d), qPrintable("D: " + describeMismatch(*result.statistic, d)));
        QVERIFY2(agrees(*result.pValue, p), qPrintable("p: " + describeMismatch(*result.pValue, p)));
    }
};

QTEST_GUILESS_MAIN(TestKsLargeGroups)
#include "test_ks_large_groups.moc"
