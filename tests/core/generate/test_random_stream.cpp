// The generator's random numbers against splitmix64 / xoshiro256** as published (reference/make_random_vectors.py,
// a Python transcription of Blackman & Vigna's C code): the output bytes depend on these exact sequences.
#include "core/generate/random_stream.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace loadscope::generate;

class TestRandomStream : public QObject {
    Q_OBJECT

private slots:
    void splitMixMatchesReference_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<quint64>("first");
        QTest::addColumn<quint64>("second");
        QTest::addColumn<quint64>("third");
        QTest::newRow("seed 0") << quint64{0} << 0xe220a8397b1dcdafULL << 0x6e789e6aa1b965f4ULL << 0x6c45d188009454fULL;
        QTest::newRow("seed 1") << quint64{1} << 0x910a2dec89025cc1ULL << 0xbeeb8da1658eec67ULL
                                << 0xf893a2eefb32555eULL;
        QTest::newRow("seed 42") << quint64{42} << 0xbdd732262feb6e95ULL << 0x28efe333b266f103ULL
                                 << 0x47526757130f9f52ULL;
        QTest::newRow("seed 2^64-1") << quint64{0xffffffffffffffffULL} << 0xe4d971771b652c20ULL << 0xe99ff867dbf682c9ULL
                                     << 0x382ff84cb27281e9ULL;
    }

    void splitMixMatchesReference()
    {
        QFETCH(quint64, seed);
        QFETCH(quint64, first);
        QFETCH(quint64, second);
        QFETCH(quint64, third);
        std::uint64_t state = seed;
        QCOMPARE(quint64{splitMix64(state)}, first);
        QCOMPARE(quint64{splitMix64(state)}, second);
        QCOMPARE(quint64{splitMix64(state)}, third);
    }

    void xoshiroMatchesReference_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QList<quint64>>("outputs");
        QTest::addColumn<double>("firstUniform");
        QTest::newRow("seed 0") << quint64{0}
                                << QList<quint64>{0x99ec5f36cb75f2b4ULL, 0xbf6e1f784956452aULL, 0x1a5f849d4933e6e0ULL,
                                                  0x6aa594f1262d2d2cULL, 0xbba5ad4a1f842e59ULL}
                                << 0.6012629994179048;
        QTest::newRow("seed 1") << quint64{1}
                                << QList<quint64>{0xb3f2af6d0fc710c5ULL, 0x853b559647364ceaULL, 0x92f89756082a4514ULL,
                                                  0x642e1c7bc266a3a7ULL, 0xb27a48e29a233673ULL}
                                << 0.7029218331588505;
        QTest::newRow("seed 42") << quint64{42}
                                 << QList<quint64>{0x15780b2e0c2ec716ULL, 0x6104d9866d113a7eULL, 0xae17533239e499a1ULL,
                                                   0xecb8ad4703b360a1ULL, 0xfde6dc7fe2ec5e64ULL}
                                 << 0.08386297105988216;
        QTest::newRow("seed 2^64-1") << quint64{0xffffffffffffffffULL}
                                     << QList<quint64>{0x8f5520d52a7ead08ULL, 0xc476a018caa1802dULL,
                                                       0x81de31c0d260469eULL, 0xbf658d7e065f3c2fULL,
                                                       0x913593fda1bca32aULL}
                                     << 0.5598927040505212;
    }

    void xoshiroMatchesReference()
    {
        QFETCH(quint64, seed);
        QFETCH(QList<quint64>, outputs);
        QFETCH(double, firstUniform);
        RandomStream random(seed);
        for (quint64 expected : outputs)
            QCOMPARE(quint64{random.next()}, expected);
        QCOMPARE(RandomStream(seed).uniform(), firstUniform);
    }

    void drawsStayInTheirRanges()
    {
        RandomStream random(7);
        double sum = 0, sumSquares = 0;
        constexpr int kDraws = 200000;
        for (int i = 0; i < kDraws; ++i) {
            const double u = random.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            const int k = random.below(13);
            QVERIFY(k >= 0 && k < 13);
            const double b = random.bell();
            QVERIFY(std::abs(b) <= 2.0 * std::sqrt(3.0) + 1e-12);
            sum += b;
            sumSquares += b * b;
        }
        // Irwin-Hall of 4, centred and scaled: mean 0, sd 1 (standard errors ~0.002 here).
        QVERIFY(std::abs(sum / kDraws) < 0.01);
        QVERIFY(std::abs(std::sqrt(sumSquares / kDraws) - 1.0) < 0.01);
    }

    void streamKeysSeparateLabels()
    {
        QVERIFY(streamKey(1, {2, 3}) != streamKey(1, {3, 2}));
        QVERIFY(streamKey(1, {2}) != streamKey(2, {2}));
        QCOMPARE(streamKey(5, {textLabel("kurento-2p"), 1}), streamKey(5, {textLabel("kurento-2p"), 1}));
        // FNV-1a 64 of "a" (published test vector).
        QCOMPARE(textLabel("a"), 0xaf63dc4c8601ec8cULL);
    }
};

QTEST_GUILESS_MAIN(TestRandomStream)
#include "test_random_stream.moc"
