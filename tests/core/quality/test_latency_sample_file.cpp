// readLatencySamples: what a sample line may look like, and the file:line of a bad one.
#include "core/quality/latency_sample_file.h"

#include <QtTest>

#include <cmath>
#include <sstream>

using namespace loadscope;

class TestLatencySampleFile : public QObject {
    Q_OBJECT
private slots:
    void read_data();
    void read();
};

void TestLatencySampleFile::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("values"); // the values read, space-separated, with their lines "v@line"
    QTest::addColumn<QString>("error");
    QTest::newRow("plain") << "0.1\n0.25\n"
                           << "0.1@1 0.25@2"
                           << "";
    QTest::newRow("blank, comment, spaces, CRLF") << "# rtt\n\n  0.1 \r\n\t2e-3\r\n"
                                                  << "0.1@3 0.002@4"
                                                  << "";
    QTest::newRow("no final newline") << "1\n2"
                                      << "1@1 2@2"
                                      << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("word") << "0.1\nfast\n"
                          << ""
                          << "s.txt:2: not a number: \"fast\"";
    QTest::newRow("two numbers on a line") << "0.1 0.2\n"
                                           << ""
                                           << "s.txt:1: not a number: \"0.1 0.2\"";
    QTest::newRow("trailing unit") << "\n\n0.1s\n"
                                   << ""
                                   << "s.txt:3: not a number: \"0.1s\"";
    QTest::newRow("decimal comma") << "0,1\n"
                                   << ""
                                   << "s.txt:1: not a number: \"0,1\"";
    // Non-positive, NaN and infinite values are numbers: the quality attenuation decides about them.
    QTest::newRow("negative and inf") << "-1\ninf\n"
                                      << "-1@1 inf@2"
                                      << "";
}

void TestLatencySampleFile::read()
{
    QFETCH(QString, text);
    QFETCH(QString, values);
    QFETCH(QString, error);
    std::istringstream in(text.toStdString());
    const LatencySampleRead result = readLatencySamples(in, "s.txt");
    QCOMPARE(QString::fromStdString(result.error), error);
    QStringList read;
    if (error.isEmpty())
        for (const LatencySample& s : result.samples)
            read << QString("%1@%2").arg(s.seconds).arg(s.line);
    QCOMPARE(read.join(' '), values);
}

QTEST_GUILESS_MAIN(TestLatencySampleFile)
#include "test_latency_sample_file.moc"
