// Single-sample CableLabs bins in both modes against make_cablelabs_bins.py (tests/data/quality/cablelabs_bins.txt).
#include "core/quality/cablelabs_bins.h"

#include <QtTest>

#include <cstdlib>
#include <fstream>

using namespace loadscope;

class TestCablelabsBins : public QObject {
    Q_OBJECT
private slots:
    void bins_data();
    void bins();
    void edgesAndRejects();
};

void TestCablelabsBins::bins_data()
{
    QTest::addColumn<double>("sample");
    QTest::addColumn<int>("goBin");
    QTest::addColumn<int>("correctedBin");
    std::ifstream in(LOADSCOPE_TEST_DATA_DIR "/quality/cablelabs_bins.txt");
    std::string text;
    int go = 0, corrected = 0, rows = 0, differing = 0;
    while (in >> text >> go >> corrected) {
        QTest::newRow(text.c_str()) << std::strtod(text.c_str(), nullptr) << go << corrected;
        ++rows;
        differing += go != corrected;
    }
    // Guard against an empty or truncated reference file, and make sure the two modes really differ somewhere.
    QVERIFY(rows > 250);
    QVERIFY(differing > 10);
}

void TestCablelabsBins::bins()
{
    QFETCH(double, sample);
    QFETCH(int, goBin);
    QFETCH(int, correctedBin);
    QCOMPARE(cablelabsBin(sample, QualityMode::GoCompatible).value(), goBin);
    QCOMPARE(cablelabsBin(sample, QualityMode::Corrected).value(), correctedBin);
}

void TestCablelabsBins::edgesAndRejects()
{
    QCOMPARE(cablelabsBinLowerEdge(0), 0.0);
    QCOMPARE(cablelabsBinLowerEdge(100), 0.05);
    QCOMPARE(cablelabsBinLowerEdge(250), 1.15);
    QCOMPARE(cablelabsBinLowerEdge(255), 3.0);
    QCOMPARE(cablelabsBin(0.0, QualityMode::Corrected).value(), 0);
    QCOMPARE(cablelabsBin(20.0, QualityMode::GoCompatible).value(), 255);
    QVERIFY(!cablelabsBin(-0.001, QualityMode::Corrected));
    QVERIFY(!cablelabsBin(NAN, QualityMode::GoCompatible));
}

QTEST_GUILESS_MAIN(TestCablelabsBins)
#include "test_cablelabs_bins.moc"
