// Holds the Go-compatible mode to every golden value the Go package printed (tests/data/quality/go_goldens.txt,
// copied from docs/quality-attenuation.md by extract_go_goldens.py), bit for bit.
#include "go_golden_cases.h"

#include <QtTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>

using namespace loadscope;

namespace {

const std::string kGoldenPath = LOADSCOPE_TEST_DATA_DIR "/quality/go_goldens.txt";

bool sameBits(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

QString text(double v)
{
    return QString::asprintf("%.17g", v);
}

// One object per section, filled once: every query after the last addition sees the same digest state.
SimpleQualityAttenuation& goldenCase(const std::string& section)
{
    static std::map<std::string, std::unique_ptr<SimpleQualityAttenuation>> cache;
    auto& slot = cache[section];
    if (!slot) {
        slot = std::make_unique<SimpleQualityAttenuation>(QualityMode::GoCompatible);
        if (!test::fillGoldenCase(section, *slot))
            throw std::invalid_argument("no samples for section " + section);
    }
    return *slot;
}

} // namespace

class TestGoGolden : public QObject {
    Q_OBJECT
private slots:
    void fileHoldsEverySection();
    void goldenValue_data();
    void goldenValue();
};

void TestGoGolden::fileHoldsEverySection()
{
    std::map<std::string, int> counts; // "== A:1,2,3" is section "A"
    for (const auto& v : test::readGoldenValues(kGoldenPath))
        counts[v.section]++;
    for (const char* section : {"A", "B", "D", "G"})
        QVERIFY2(counts[section] >= 40, section);
    for (const char* section : {"empty", "one(0.2)", "two(0.2,0.1)", "allLoss"})
        QVERIFY2(counts[section] >= 5, section);
}

void TestGoGolden::goldenValue_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("golden");
    for (const auto& v : test::readGoldenValues(kGoldenPath)) {
        const std::string& section = v.section;
        const QString row = QString::fromStdString(section + " " + v.key);
        QTest::newRow(row.toUtf8().constData())
            << QString::fromStdString(section) << QString::fromStdString(v.key) << QString::fromStdString(v.value);
    }
}

void TestGoGolden::goldenValue()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, golden);
    SimpleQualityAttenuation& qa = goldenCase(section.toStdString());

    if (key == "err0" || key == "errneg") {
        const long long before = qa.samples();
        const auto error = qa.addSample(key == "err0" ? 0.0 : -0.2);
        QVERIFY(error.has_value());
        QCOMPARE(QString::fromStdString(*error), golden);
        QCOMPARE(qa.samples(), before);
        return;
    }
    if (golden.startsWith('{')) { // a centroid: {mean,weight}
        const QStringList parts = golden.mid(1, golden.size() - 2).split(',');
        QCOMPARE(parts.size(), 2);
        const double mean = test::observe(qa, key.toStdString() + ".mean");
        const double weight = test::observe(qa, key.toStdString() + ".weight");
        QVERIFY2(sameBits(mean, parts[0].toDouble()), qPrintable(text(mean) + " != " + parts[0]));
        QVERIFY2(sameBits(weight, parts[1].toDouble()), qPrintable(text(weight) + " != " + parts[1]));
        return;
    }
    const double expected = std::strtod(golden.toStdString().c_str(), nullptr);
    const double actual = test::observe(qa, key.toStdString());
    QVERIFY2(sameBits(actual, expected), qPrintable(text(actual) + " != Go " + golden));
}

QTEST_GUILESS_MAIN(TestGoGolden)
#include "test_go_golden.moc"
