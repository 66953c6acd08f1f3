// The quality attenuation against NumPy/SciPy on the raw golden samples (tests/data/quality/numpy_reference.txt,
// made by make_numpy_reference.py): counts exactly, moments to rounding, and the t-digest percentiles within
// 2 % of the interquartile range of the exact ones (compression 50 keeps about 60 centroids).
#include "go_golden_cases.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace loadscope;

namespace {

// section -> key -> value
std::map<std::string, std::map<std::string, double>> readReference()
{
    std::ifstream in(LOADSCOPE_TEST_DATA_DIR "/quality/numpy_reference.txt");
    std::map<std::string, std::map<std::string, double>> reference;
    std::string section, key;
    double value = 0.0;
    while (in >> section >> key >> value)
        reference[section][key] = value;
    return reference;
}

bool relativelyClose(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected);
}

} // namespace

class TestQualityReference : public QObject {
    Q_OBJECT
private slots:
    void matchesNumpy_data();
    void matchesNumpy();
};

void TestQualityReference::matchesNumpy_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("go");
    for (const char* section : {"B", "D", "G"}) {
        QTest::newRow(qPrintable(QString(section) + " go")) << section << true;
        QTest::newRow(qPrintable(QString(section) + " corrected")) << section << false;
    }
}

void TestQualityReference::matchesNumpy()
{
    QFETCH(QString, section);
    QFETCH(bool, go);
    static const auto reference = readReference();
    QVERIFY2(reference.count(section.toStdString()), "numpy_reference.txt lacks the section");
    const auto& expected = reference.at(section.toStdString());
    SimpleQualityAttenuation qa(go ? QualityMode::GoCompatible : QualityMode::Corrected);
    QVERIFY(test::fillGoldenCase(section.toStdString(), qa));

    QCOMPARE(static_cast<double>(qa.samples()), expected.at("n"));
    QCOMPARE(static_cast<double>(qa.losses()), expected.at("losses"));
    QVERIFY2(relativelyClose(qa.average(), expected.at("mean"), 1e-12),
             qPrintable(QString::number(qa.average(), 'g', 17)));
    QVERIFY2(relativelyClose(qa.variance(), expected.at("variance"), 1e-12),
             qPrintable(QString::number(qa.variance(), 'g', 17)));
    QVERIFY(relativelyClose(qa.standardDeviation(), expected.at("stddev"), 1e-12));
    const double tolerance = 0.02 * expected.at("iqr");
    for (int p : {1, 10, 25, 50, 75, 90, 99}) {
        const double exact = expected.at("p" + std::to_string(p));
        const double digest = qa.percentile(p);
        QVERIFY2(std::fabs(digest - exact) <= tolerance,
                 qPrintable(QString("p%1: digest %2, exact %3").arg(p).arg(digest, 0, 'g', 17).arg(exact, 0, 'g', 17)));
    }
}

QTEST_GUILESS_MAIN(TestQualityReference)
#include "test_quality_reference.moc"
