// The stats reader's shortcuts must not change a value or a problem: number tokens read without from_chars are
// compared bit for bit with the C library's strtod (an independent reader), and string values left unread must
// still break the record when their escapes are bad.
#include "core/load/file_buffer.h"
#include "core/load/json_scalar.h"
#include "core/load/stats_reader.h"

#include <QtTest/QtTest>

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace loadscope;

namespace {

// Every spelling class the fast path takes or must refuse: plain integers and decimals of each length, around
// 2^53, leading and trailing zeros, negative zero, exponents, too many fraction digits, trailing blanks.
std::vector<std::string> numberTokens()
{
    std::vector<std::string> tokens = {
        "0",
        "-0",
        "0.0",
        "-0.0",
        "0.000",
        "00012",
        "9007199254740992",
        "9007199254740993",
        "9007199254740991.5",
        "900719925474099.25",
        "1718268683390.618",
        "0.1",
        "0.2",
        "0.3",
        "2.675",
        "1e5",
        "1.5E-3",
        "-2.25",
        "7 ",
        "7\n",
        "12345678901234567890",
        "0.0000000000000000000001",
        "0.00000000000000000000001",
        "123456789012345678.9",
        "4.35",
        "0.04",
        "-0.000001",
        "1e22",
        "1e23",
    };
    std::mt19937_64 random(20261207);
    for (int i = 0; i < 200000; ++i) {
        std::string token = random() % 5 == 0 ? "-" : "";
        const int whole = 1 + static_cast<int>(random() % 19);
        for (int d = 0; d < whole; ++d)
            token += static_cast<char>('0' + random() % 10);
        if (const int fraction = static_cast<int>(random() % 26); fraction > 0) {
            token += '.';
            for (int d = 0; d < fraction; ++d)
                token += static_cast<char>('0' + random() % 10);
        }
        tokens.push_back(token);
    }
    return tokens;
}

FileBuffer statsFile(const std::string& reports)
{
    const std::string record = R"({"webrtcStats":[{"event":"stats","peerId":"P","data":{"audio":{"inbound":[)" +
                               reports + R"(]}}}],"timestamp":"2024-06-13T10:00:00Z"})";
    const std::string good =
        R"({"webrtcStats":[{"event":"stats","peerId":"P","data":{"audio":{"inbound":[{"jitter":1}]}}}],"timestamp":"2024-06-13T10:00:01Z"})";
    return FileBuffer::fromBytes("[\n" + good + ",\n" + record + ",\n" + good + "\n]");
}

} // namespace

class TestStatsFastPaths : public QObject {
    Q_OBJECT

private slots:
    void numberTokensAreStrtodBitForBit()
    {
        for (const std::string& token : numberTokens()) {
            double parsed = 0.0;
            QVERIFY2(parseNumberToken(token, parsed), token.c_str());
            const double expected = std::strtod(token.c_str(), nullptr);
            if (std::bit_cast<std::uint64_t>(parsed) != std::bit_cast<std::uint64_t>(expected))
                QFAIL(qPrintable(QString("%1: %2, strtod %3")
                                     .arg(QString::fromStdString(token))
                                     .arg(parsed, 0, 'g', 17)
                                     .arg(expected, 0, 'g', 17)));
        }
    }

    void keysOfEveryLengthAreReadWhole()
    {
        // Keys are scanned 16 bytes at a time: every length around those steps, each with and without an escape
        // (\u0078 is x) at each place, must come back whole as its column's name, also at the end of the input.
        std::string reports = "{";
        std::vector<std::string> expected;
        for (std::size_t length = 1; length <= 40; ++length) {
            const std::string plain = "k" + std::string(length - 1, 'a' + static_cast<char>(length % 23));
            reports += (length > 1 ? "," : "") + ("\"" + plain + "\":") + std::to_string(length);
            expected.push_back(plain);
            const std::size_t at = length / 2;
            std::string escaped = plain;
            escaped[at] = 'x';
            reports += ",\"" + plain.substr(0, at) + "\\u0078" + plain.substr(at + 1) + "\":" + std::to_string(length);
            expected.push_back(escaped);
        }
        reports += "}";
        ProblemList problems;
        QosTables tables;
        QVERIFY(readStatsFile(statsFile(reports), "stats.json", 0, tables, problems));
        QVERIFY(problems.empty());
        const QosTable& inbound = tables.at(Direction::Inbound, MediaKind::Audio);
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const std::vector<double>* column = inbound.column(expected[i]);
            QVERIFY2(column, expected[i].c_str());
            QCOMPARE((*column)[1], static_cast<double>(i / 2 + 1));
        }
    }

    void stringValuesWithEscapesAreStillChecked_data()
    {
        // A bad escape breaks the record from the fault on: its row keeps what came before the fault only.
        QTest::addColumn<QString>("reports");
        QTest::addColumn<double>("jitter"); // of the middle record's row; NaN when the fault came first
        QTest::addColumn<QString>("error"); // the one problem, "" for none
        const double missing = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("plain strings") << R"({"id":"IT01","jitter":0.5,"kind":"audio"})" << 0.5 << "";
        QTest::newRow("good escapes") << "{\"id\":\"a\\\"b\\\\c\\u00e9\",\"jitter\":0.5,\"mid\":\"\\n\"}" << 0.5
                                      << ""; // moc misreads \" in R"()"
        QTest::newRow("escaped key") << R"({"jit\u0074er":0.5,"id":"x"})" << 0.5 << "";
        QTest::newRow("bad escape after")
            << R"({"jitter":0.5,"codecId":"a\qb"})" << 0.5 << "malformed JSON object; skipped from the fault on";
        QTest::newRow("bad unicode escape before")
            << R"({"id":"\u12G4","jitter":0.5})" << missing << "malformed JSON object; skipped from the fault on";
    }
    void stringValuesWithEscapesAreStillChecked()
    {
        QFETCH(QString, reports);
        QFETCH(double, jitter);
        QFETCH(QString, error);
        ProblemList problems;
        QosTables tables;
        QVERIFY(readStatsFile(statsFile(reports.toStdString()), "stats.json", 0, tables, problems));
        const QosTable& inbound = tables.at(Direction::Inbound, MediaKind::Audio);
        QCOMPARE(static_cast<int>(inbound.rows()), 3);
        const std::vector<double>* column = inbound.column("jitter");
        QVERIFY(column);
        QCOMPARE((*column)[0], 1.0);
        QVERIFY2(std::bit_cast<std::uint64_t>((*column)[1]) == std::bit_cast<std::uint64_t>(jitter),
                 qPrintable(QString::number((*column)[1])));
        QCOMPARE((*column)[2], 1.0);
        if (error.isEmpty()) {
            QVERIFY(problems.empty());
            return;
        }
        QCOMPARE(static_cast<int>(problems.items().size()), 1);
        QCOMPARE(problems.items()[0].line, 3L);
        QCOMPARE(QString::fromStdString(problems.items()[0].message), error);
    }
};

QTEST_GUILESS_MAIN(TestStatsFastPaths)
#include "test_stats_fast_paths.moc"
