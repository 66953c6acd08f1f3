// The charts' PNG writer: every image, of any size and whatever its colours, reads back through Qt's PNG reader
// pixel for pixel; the file is well formed (signature, chunks and their CRCs, IHDR, PLTE, IEND last) and a chart's
// file is no bigger than Qt's own writer makes it, give or take a tenth.
#include "ui/plot/png_encoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace loadscope;

namespace {

struct Chunk {
    QByteArray type;
    QByteArray data;
};

quint32 bigEndian(const QByteArray& bytes, qsizetype at)
{
    quint32 value = 0;
    for (qsizetype i = 0; i < 4; ++i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

// The file's chunks in order; fails the test on a bad signature, a truncated chunk or a wrong CRC.
std::vector<Chunk> chunksOf(const QByteArray& file)
{
    std::vector<Chunk> chunks;
    if (!file.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8))) {
        QTest::qFail("no PNG signature", __FILE__, __LINE__);
        return {};
    }
    for (qsizetype at = 8; at < file.size();) {
        if (at + 12 > file.size())
            break;
        const quint32 length = bigEndian(file, at);
        if (at + 12 + qsizetype(length) > file.size())
            break;
        const QByteArray typed = file.mid(at + 4, 4 + qsizetype(length));
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(typed.constData()), uInt(typed.size())));
        if (crc != bigEndian(file, at + 8 + qsizetype(length))) {
            QTest::qFail(qPrintable("bad CRC in " + typed.left(4)), __FILE__, __LINE__);
            return {};
        }
        chunks.push_back({typed.left(4), typed.mid(4)});
        at += 12 + qsizetype(length);
    }
    return chunks;
}

QImage decoded(const QByteArray& file)
{
    QBuffer buffer;
    buffer.setData(file);
    QImageReader reader(&buffer, "png");
    return reader.read();
}

QImage noise(QSize size, QImage::Format format, quint32 seed)
{
    QImage image(size, format);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = format == QImage::Format_RGB32 ? (random.generate() | 0xff000000u) : random.generate();
    }
    return image;
}

// A chart's look: white page, axes, grid, antialiased curves and text, flat bands (thousands of colours).
QImage chartLike(QSize size, bool antialiased)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
    painter.setRenderHint(QPainter::TextAntialiasing, antialiased);
    painter.fillRect(QRect(60, 40, size.width() / 3, size.height() / 4), QColor(230, 240, 255));
    painter.setPen(QPen(Qt::lightGray, 1));
    for (int x = 60; x < size.width(); x += 97)
        painter.drawLine(x, 20, x, size.height() - 40);
    QPainterPath curve;
    curve.moveTo(60, size.height() / 2);
    for (int x = 60; x < size.width() - 20; x += 7)
        curve.lineTo(x, size.height() / 2 + (size.height() / 3) * std::sin(x / 53.0));
    painter.setPen(QPen(QColor(31, 119, 180), 1.8));
    painter.drawPath(curve);
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, 0, size.width(), 30), Qt::AlignCenter, QStringLiteral("Connection progression — VMAF"));
    return image;
}

QImage withColours(int count)
{
    QImage image(40, 30, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((y * 40 + x) % count % 256, (y * 40 + x) % count / 256, 200));
    return image;
}

void checkRoundTrip(const QImage& image)
{
    const QByteArray file = writePng(image);
    QVERIFY(!file.isEmpty());
    const std::vector<Chunk> chunks = chunksOf(file);
    QVERIFY(chunks.size() >= 3);
    QCOMPARE(chunks.front().type, QByteArray("IHDR"));
    QCOMPARE(chunks.back().type, QByteArray("IEND"));
    QCOMPARE(int(bigEndian(chunks.front().data, 0)), image.width());
    QCOMPARE(int(bigEndian(chunks.front().data, 4)), image.height());
    const QImage back = decoded(file);
    QVERIFY(!back.isNull());
    const QImage::Format format = image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    QCOMPARE(back.convertToFormat(format), image.convertToFormat(format));
}

quint8 colourTypeOf(const QByteArray& file)
{
    return quint8(chunksOf(file).front().data[9]);
}

} // namespace

class TestPngEncoder : public QObject {
    Q_OBJECT

private slots:
    void noiseRoundTrips_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("format");
        for (const QSize size : {QSize(1, 1), QSize(1, 9), QSize(9, 1), QSize(2, 2), QSize(3, 5), QSize(333, 17),
                                 QSize(1601, 7), QSize(257, 259)}) {
            QTest::addRow("%dx%d rgb", size.width(), size.height()) << size << int(QImage::Format_RGB32);
            QTest::addRow("%dx%d argb", size.width(), size.height()) << size << int(QImage::Format_ARGB32);
        }
    }
    void noiseRoundTrips()
    {
        QFETCH(QSize, size);
        QFETCH(int, format);
        checkRoundTrip(noise(size, QImage::Format(format), quint32(size.width() * 7919 + size.height())));
    }

    void chartsRoundTrip_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("antialiased");
        QTest::addRow("1600x1000") << QSize(1600, 1000) << true;
        QTest::addRow("1600x1000 aliased") << QSize(1600, 1000) << false;
        QTest::addRow("501x299") << QSize(501, 299) << true;
        QTest::addRow("3200x2000") << QSize(3200, 2000) << true;
    }
    void chartsRoundTrip()
    {
        QFETCH(QSize, size);
        QFETCH(bool, antialiased);
        checkRoundTrip(chartLike(size, antialiased));
    }

    // Flat images and images of few colours take the palette; one colour more than 256 does not.
    void aPaletteUpTo256Colours_data()
    {
        QTest::addColumn<int>("colours");
        QTest::addColumn<int>("colourType");
        QTest::addRow("1") << 1 << 3;
        QTest::addRow("2") << 2 << 3;
        QTest::addRow("256") << 256 << 3;
        QTest::addRow("257") << 257 << 2;
    }
    void aPaletteUpTo256Colours()
    {
        QFETCH(int, colours);
        QFETCH(int, colourType);
        const QImage image = withColours(colours);
        const QByteArray file = writePng(image);
        QCOMPARE(int(colourTypeOf(file)), colourType);
        for (const Chunk& chunk : chunksOf(file))
            if (chunk.type == "PLTE")
                QCOMPARE(chunk.data.size(), 3 * colours);
        checkRoundTrip(image);
    }

    void otherFormatsRoundTrip()
    {
        QImage gray(37, 11, QImage::Format_Grayscale8);
        for (int y = 0; y < gray.height(); ++y)
            for (int x = 0; x < gray.width(); ++x)
                gray.scanLine(y)[x] = uchar(x * 7 + y);
        checkRoundTrip(gray);
        checkRoundTrip(noise({64, 64}, QImage::Format_ARGB32, 5).convertToFormat(QImage::Format_ARGB32_Premultiplied));
        checkRoundTrip(chartLike({300, 200}, true).convertToFormat(QImage::Format_RGB888));
    }

    void keepsTheDotsPerMetre()
    {
        QImage image = chartLike({200, 100}, true);
        image.setDotsPerMeterX(5905);
        image.setDotsPerMeterY(3780);
        const QImage back = decoded(writePng(image));
        QCOMPARE(back.dotsPerMeterX(), 5905);
        QCOMPARE(back.dotsPerMeterY(), 3780);
    }

    void aChartIsNoBiggerThanQtWritesIt()
    {
        const QImage image = chartLike({1600, 1000}, true);
        QByteArray qt;
        QBuffer buffer(&qt);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "PNG"));
        const QByteArray ours = writePng(image);
        QVERIFY2(ours.size() <= qt.size() * 11 / 10,
                 qPrintable(QStringLiteral("%1 bytes, Qt's %2").arg(ours.size()).arg(qt.size())));
    }

    void aNullImageIsNoFile() { QVERIFY(writePng(QImage()).isEmpty()); }
};

QTEST_MAIN(TestPngEncoder)
#include "test_png_encoder.moc"
