// XXH64 against the reference library: the values were printed by Debian's libxxhash0 (0.8.1) through Python's
// ctypes (XXH64(data, len, seed)); the first four are also the published vectors of the xxHash sanity check.
#include "core/util/xxhash64.h"

#include <QTest>

#include <string>

using namespace loadscope;

class TestXxhash64 : public QObject {
    Q_OBJECT
private slots:
    void matchesTheReferenceLibrary_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<quint64>("expected");
        std::string long771;
        for (int copy = 0; copy < 3; ++copy)
            for (int b = 0; b < 256; ++b)
                long771.push_back(static_cast<char>(b));
        long771 += "xyz";
        const QByteArray nobody("Nobody inspects the spammish repetition");
        const QByteArray longBytes(long771.data(), static_cast<qsizetype>(long771.size()));
        const quint64 prime = 2654435761ULL;
        QTest::newRow("empty") << QByteArray() << quint64(0) << quint64(0xef46db3751d8e999ULL);
        QTest::newRow("empty, seed") << QByteArray() << prime << quint64(0xac75fda2929b17efULL);
        QTest::newRow("a") << QByteArray("a") << quint64(0) << quint64(0xd24ec4f1a98c6e5bULL);
        QTest::newRow("abc") << QByteArray("abc") << quint64(0) << quint64(0x44bc2cf5ad770999ULL);
        QTest::newRow("abc, seed") << QByteArray("abc") << prime << quint64(0x1318df30094a85fdULL);
        QTest::newRow("39 bytes (stripes + tail)") << nobody << quint64(0) << quint64(0xfbcea83c8a378bf1ULL);
        QTest::newRow("39 bytes, seed") << nobody << prime << quint64(0x56db22dd5b051147ULL);
        QTest::newRow("771 bytes") << longBytes << quint64(0) << quint64(0xe921a1b45bd779f8ULL);
        QTest::newRow("771 bytes, seed") << longBytes << prime << quint64(0xf4d70d6f815a5b88ULL);
    }

    void matchesTheReferenceLibrary()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint64, seed);
        QFETCH(quint64, expected);
        QCOMPARE(xxhash64(data.constData(), static_cast<std::size_t>(data.size()), seed), expected);
    }

    // Any split into pieces gives the one-shot value (itself held to the reference above).
    void piecesGiveTheSameHash()
    {
        std::string bytes;
        for (int i = 0; i < 1000; ++i)
            bytes.push_back(static_cast<char>(i * 37 + i / 7));
        for (std::size_t size : {0, 5, 31, 32, 33, 64, 100, 1000})
            for (std::size_t piece : {1, 3, 8, 31, 32, 33, 200}) {
                Xxhash64Stream stream(7);
                for (std::size_t at = 0; at < size; at += piece)
                    stream.update(bytes.data() + at, std::min(piece, size - at));
                QCOMPARE(stream.digest(), xxhash64(bytes.data(), size, 7));
            }
    }

    void oneFlippedBitChangesTheHash()
    {
        std::string text(1000, 'x');
        const auto before = xxhash64(text);
        text[537] ^= 0x10;
        QVERIFY(xxhash64(text) != before);
    }
};

QTEST_APPLESS_MAIN(TestXxhash64)
#include "test_xxhash64.moc"
