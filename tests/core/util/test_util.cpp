// Timestamps against pandas.Timestamp(...).value, numbers against Python's repr (the shortest round-trip text).
#include "core/util/csv_writer.h"
#include "core/util/iso_time.h"
#include "core/util/number_format.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <sstream>

using namespace loadscope;

class Util : public QObject {
    Q_OBJECT

private slots:
    void timestampsParseAsPandas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("nanoseconds");
        QTest::newRow("events, Z") << "2024-06-13T10:00:01.234Z" << Q_INT64_C(1718272801234000000);
        QTest::newRow("log, no zone") << "2024-06-13 10:00:26.277" << Q_INT64_C(1718272826277000000);
        QTest::newRow("before the epoch") << "1969-12-31T23:59:59.5Z" << Q_INT64_C(-500000000);
        QTest::newRow("offset -02:00") << "2024-06-13T10:00:26.277-02:00" << Q_INT64_C(1718280026277000000);
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << Q_INT64_C(1709164800000000000);
    }
    void timestampsParseAsPandas()
    {
        QFETCH(QString, text);
        QFETCH(qint64, nanoseconds);
        const auto parsed = parseTimestamp(text.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(static_cast<qint64>(parsed->time), nanoseconds);
    }

    void badTimestampsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("no such day") << "2026-02-29T23:59:59Z";
        QTest::newRow("month 13") << "2024-13-01T00:00:00Z";
        QTest::newRow("junk after") << "2024-06-13T10:00:01.234Zx";
        QTest::newRow("a number") << "5";
        QTest::newRow("no fraction digits") << "2024-06-13T10:00:01.Z";
        // Found by fuzzing: nanoseconds of these overflowed 64 bits (the range kept is 1824..2116).
        QTest::newRow("year 9999") << "9999-12-31T23:59:59Z";
        QTest::newRow("year 1000") << "1000-01-01 00:00:00";
    }
    void badTimestampsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!parseTimestamp(text.toStdString()).has_value());
    }

    void offsets()
    {
        QCOMPARE(parseUtcOffset("+02:00").value_or(-1), 120);
        QCOMPARE(parseUtcOffset("-0530").value_or(-1), -330);
        QCOMPARE(parseUtcOffset("+2").value_or(-1), 120);
        QVERIFY(!parseUtcOffset("2h").has_value());
        QVERIFY(!parseUtcOffset("+25:00").has_value());
    }

    void isoFormattingRoundTrips()
    {
        QCOMPARE(QString::fromStdString(formatIsoUtc(1718272801234000000)), QString("2024-06-13T10:00:01.234Z"));
        QCOMPARE(QString::fromStdString(formatIsoUtc(-500000000)), QString("1969-12-31T23:59:59.500Z"));
    }

    // The two ends of 64-bit nanoseconds, the extreme years formatIsoUtc can meet. Expected texts from Python:
    // datetime(1970,1,1) + timedelta(milliseconds=(2**63-1)//10**6) and the same with -2**63 (floor division).
    void isoFormattingAtTheExtremeYears()
    {
        QCOMPARE(QString::fromStdString(formatIsoUtc(std::numeric_limits<TimeNs>::max())),
                 QString("2262-04-11T23:47:16.854Z"));
        QCOMPARE(QString::fromStdString(formatIsoUtc(std::numeric_limits<TimeNs>::min())),
                 QString("1677-09-21T00:12:43.145Z"));
    }

    void numbersAreShortestRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("0.1+0.2") << 0.1 + 0.2 << "0.30000000000000004";
        QTest::newRow("1e22") << 1e22 << "1e+22";
        QTest::newRow("denormal") << 5e-324 << "5e-324";
        QTest::newRow("third") << 1.0 / 3 << "0.3333333333333333";
        QTest::newRow("exact") << 123456789.125 << "123456789.125";
        QTest::newRow("NaN is an empty cell") << std::nan("") << "";
    }
    void numbersAreShortestRoundTrip()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatNumber(value)), text);
    }

    void csvQuotesOnlyWhatNeedsIt()
    {
        std::ostringstream out;
        CsvWriter w(out, {"a", "b"});
        w.cell("plain").cell("has,comma").endRow();
        w.cell("say \"hi\"").number(0.5).endRow();
        QCOMPARE(QString::fromStdString(out.str()), QString("a,b\nplain,\"has,comma\"\n\"say \"\"hi\"\"\",0.5\n"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.cell("one").endRow());
    }
};

QTEST_GUILESS_MAIN(Util)
#include "test_util.moc"
