// metricColour against matplotlib's colours for the notebook's maps (tests/data/colour_map/make_colour_goldens.py).
#include "ui/plot/colour_map.h"

#include <QFile>
#include <QTest>
#include <QTextStream>

#include <cmath>

using namespace loadscope;

class TestColourMap : public QObject {
    Q_OBJECT
private slots:
    void matchesMatplotlib_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("vmin");
        QTest::addColumn<double>("vmax");
        QTest::addColumn<bool>("reversed");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("g");
        QTest::addColumn<int>("b");
        QFile file(QStringLiteral(LOADSCOPE_TEST_DATA_DIR "/colour_map/colour_goldens.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTextStream in(&file);
        in.readLine();
        while (!in.atEnd()) {
            const QStringList f = in.readLine().split(',');
            if (f.size() != 7)
                continue;
            QTest::addRow("%s in %s..%s%s", qPrintable(f[0]), qPrintable(f[1]), qPrintable(f[2]),
                          f[3] == QLatin1String("1") ? " reversed" : "")
                << f[0].toDouble() << f[1].toDouble() << f[2].toDouble() << (f[3] == QLatin1String("1")) << f[4].toInt()
                << f[5].toInt() << f[6].toInt();
        }
    }
    void matchesMatplotlib()
    {
        QFETCH(double, value);
        QFETCH(double, vmin);
        QFETCH(double, vmax);
        QFETCH(bool, reversed);
        QFETCH(int, r);
        QFETCH(int, g);
        QFETCH(int, b);
        const QRgb c = metricColour(value, {vmin, vmax, reversed});
        // matplotlib keeps floats; we keep 8-bit channels, so one step of rounding may differ.
        QVERIFY2(std::abs(qRed(c) - r) <= 1 && std::abs(qGreen(c) - g) <= 1 && std::abs(qBlue(c) - b) <= 1,
                 qPrintable(QStringLiteral("got %1,%2,%3").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c))));
    }
    void nanIsGrey()
    {
        const QRgb c = metricColour(std::nan(""), {0, 5, false});
        QCOMPARE(qRed(c), qGreen(c));
        QVERIFY(qRed(c) > 100);
    }
};

QTEST_GUILESS_MAIN(TestColourMap)
#include "test_colour_map.moc"
