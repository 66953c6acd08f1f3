// Each fault of the Go package that QualityMode::Corrected fixes, pinned with both modes' results; and the
// corrected mode agreeing with Go's golden values wherever no fault is involved.
#include "go_golden_cases.h"

#include <QtTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>

using namespace loadscope;

namespace {

bool sameBits(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

void fill(SimpleQualityAttenuation& qa, std::initializer_list<double> samples)
{
    for (double s : samples)
        QVERIFY(!qa.addSample(s));
}

} // namespace

class TestQualityCorrected : public QObject {
    Q_OBJECT
private slots:
    void mergeIntoEmpty_data();
    void mergeIntoEmpty();
    void mergeFromEmpty_data();
    void mergeFromEmpty();
    void lossesLandInTheLastHistogramBin();
    void qooWithoutLatencyIsNoData();
    void nanSamplesAreRejected();
    void extremePercentilesAreTheTrueExtremes();
    void singleSampleVarianceIsUndefinedInBothModes();
    void mergeRefusesDifferentParameters();
    void agreesWithGoWhereNoFaultIsInvolved_data();
    void agreesWithGoWhereNoFaultIsInvolved();
};

void TestQualityCorrected::mergeIntoEmpty_data()
{
    QTest::addColumn<bool>("go");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("pdv99");
    // Samples 1, 2, 3: Go's P99 is 3 (golden A). Go keeps the empty side's 0 as the minimum, so PDV = P99.
    QTest::newRow("go") << true << 0.0 << 3.0;
    QTest::newRow("corrected") << false << 1.0 << 2.0;
}

void TestQualityCorrected::mergeIntoEmpty()
{
    QFETCH(bool, go);
    QFETCH(double, minimum);
    QFETCH(double, pdv99);
    const QualityMode mode = go ? QualityMode::GoCompatible : QualityMode::Corrected;
    SimpleQualityAttenuation target(mode), source(mode);
    fill(source, {1, 2, 3});
    QVERIFY(!target.merge(source));
    QCOMPARE(target.minimum(), minimum);
    QCOMPARE(target.maximum(), 3.0);
    QCOMPARE(target.pdv(99), pdv99);
    QCOMPARE(target.samples(), 3LL);
}

void TestQualityCorrected::mergeFromEmpty_data()
{
    mergeIntoEmpty_data();
}

void TestQualityCorrected::mergeFromEmpty()
{
    QFETCH(bool, go);
    QFETCH(double, minimum);
    QFETCH(double, pdv99);
    const QualityMode mode = go ? QualityMode::GoCompatible : QualityMode::Corrected;
    SimpleQualityAttenuation target(mode), empty(mode);
    fill(target, {1, 2, 3});
    QVERIFY(!target.merge(empty));
    QCOMPARE(target.minimum(), minimum);
    QCOMPARE(target.pdv(99), pdv99);
}

// Golden G: 1000 samples, 20 of them losses (20 s). Go spreads the losses over every bin (h[255] = 0, the
// bins summing to ~1000); corrected puts the 20 losses into bin 255 and scales the latency bins by 980.
void TestQualityCorrected::lossesLandInTheLastHistogramBin()
{
    SimpleQualityAttenuation go(QualityMode::GoCompatible), corrected(QualityMode::Corrected);
    QVERIFY(test::fillGoldenCase("G", go));
    QVERIFY(test::fillGoldenCase("G", corrected));
    const auto goHist = go.cablelabsHistogram();
    const auto hist = corrected.cablelabsHistogram();
    QCOMPARE(goHist[255], 0.0);
    QCOMPARE(hist[255], 20.0);
    QCOMPARE(goHist[100], 8.4035644120452062); // golden
    QVERIFY(std::fabs(hist[100] - 8.4035644120452062 * 980.0 / 1000.0) < 1e-12);
    const double latencyTotal = std::accumulate(hist.begin(), hist.end() - 1, 0.0);
    QVERIFY(std::fabs(latencyTotal - 980.0) < 1e-9);
}

void TestQualityCorrected::qooWithoutLatencyIsNoData()
{
    for (bool allLoss : {false, true}) {
        SimpleQualityAttenuation go(QualityMode::GoCompatible), corrected;
        if (allLoss) {
            fill(go, {16, 20});
            fill(corrected, {16, 20});
        }
        QCOMPARE(go.gamingQoo().value(), 100.0); // golden "empty" and "allLoss": QoO=100
        QVERIFY(!corrected.gamingQoo().has_value());
    }
}

void TestQualityCorrected::nanSamplesAreRejected()
{
    SimpleQualityAttenuation go(QualityMode::GoCompatible), corrected;
    QVERIFY(!go.addSample(NAN)); // Go accepts it ...
    QCOMPARE(go.samples(), 1LL);
    QVERIFY(std::isnan(go.minimum())); // ... and it poisons the minimum and the sums
    QVERIFY(std::isnan(go.offsetSum()));
    const auto error = corrected.addSample(NAN);
    QVERIFY(error.has_value());
    QCOMPARE(QString::fromStdString(*error), QString("sample is not a number"));
    QCOMPARE(corrected.samples(), 0LL);
    fill(corrected, {0.5});
    QCOMPARE(corrected.minimum(), 0.5);
}

// Golden B (i/10000, i = 1..159999; above 15 s is a loss): the largest latency is 15, Go's P100 14.996249999999991.
void TestQualityCorrected::extremePercentilesAreTheTrueExtremes()
{
    SimpleQualityAttenuation go(QualityMode::GoCompatible), corrected;
    QVERIFY(test::fillGoldenCase("B", go));
    QVERIFY(test::fillGoldenCase("B", corrected));
    QCOMPARE(go.percentile(100), 14.996249999999991);
    QCOMPARE(corrected.percentile(100), 15.0);
    QCOMPARE(go.percentile(0), 0.0001);
    QCOMPARE(corrected.percentile(0), 0.0001);
    QVERIFY(sameBits(corrected.percentile(50), go.percentile(50)));
}

void TestQualityCorrected::singleSampleVarianceIsUndefinedInBothModes()
{
    for (QualityMode mode : {QualityMode::GoCompatible, QualityMode::Corrected}) {
        SimpleQualityAttenuation qa(mode);
        fill(qa, {0.2});
        QVERIFY(std::isnan(qa.variance()));
        QCOMPARE(qa.average(), 0.2);
    }
}

void TestQualityCorrected::mergeRefusesDifferentParameters()
{
    for (QualityMode mode : {QualityMode::GoCompatible, QualityMode::Corrected}) {
        SimpleQualityAttenuation a(mode), b(mode, 0.2), c(mode, 0.1, 10.0);
        fill(b, {1});
        QVERIFY(a.merge(b).has_value());
        QVERIFY(a.merge(c).has_value());
        QCOMPARE(a.samples(), 0LL);
    }
}

void TestQualityCorrected::agreesWithGoWhereNoFaultIsInvolved_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("golden");
    // A and D: no losses, no merges, no NaN, and the digest's extremes equal the true ones.
    for (const auto& v : test::readGoldenValues(LOADSCOPE_TEST_DATA_DIR "/quality/go_goldens.txt")) {
        if ((v.section != "A" && v.section != "D") || v.value.starts_with('{'))
            continue;
        QTest::newRow((v.section + " " + v.key).c_str())
            << QString::fromStdString(v.section) << QString::fromStdString(v.key) << QString::fromStdString(v.value);
    }
}

void TestQualityCorrected::agreesWithGoWhereNoFaultIsInvolved()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, golden);
    SimpleQualityAttenuation qa(QualityMode::Corrected);
    QVERIFY(test::fillGoldenCase(section.toStdString(), qa));
    const double actual = test::observe(qa, key.toStdString());
    QVERIFY2(sameBits(actual, std::strtod(golden.toStdString().c_str(), nullptr)),
             qPrintable(QString::asprintf("%.17g != Go ", actual) + golden));
}

QTEST_GUILESS_MAIN(TestQualityCorrected)
#include "test_quality_corrected.moc"
