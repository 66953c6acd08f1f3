// averageQosPerSecond against the notebook's own avg_qos_intervals() run by
// tests/data/qos_series/make_qos_goldens.py on the same synthetic samples.
#include "core/analysis/qos_series.h"

#include <QFile>
#include <QTest>
#include <QTextStream>

#include <cmath>

using namespace loadscope;

namespace {

constexpr TimeNs kTestStartNs = 1718272800000LL * 1'000'000; // START_MS of the script

QList<QStringList> readCsv(const QString& name)
{
    QFile file(QStringLiteral(LOADSCOPE_TEST_DATA_DIR "/qos_series/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QList<QStringList> rows;
    QTextStream in(&file);
    in.readLine(); // header
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (!line.isEmpty())
            rows.append(line.split(','));
    }
    return rows;
}

// The fixture's three users in a TestData whose inbound video table carries the report timestamps in ms.
TestData fixtureData()
{
    TestData data;
    data.users.resize(3);
    data.users[0].key = {1, 1};
    data.users[1].key = {1, 2};
    data.users[2].key = {2, 1};
    QosTable& table = data.qos.at(Direction::Inbound, MediaKind::Video);
    for (const QStringList& r : readCsv(QStringLiteral("qos_input.csv"))) {
        table.addRow(r[0].toInt(), kNoTime, "peer");
        table.set("timestamp", r[3].toDouble());
        table.set("jitter", r[4].toDouble());
        table.set("bitrate", r[5].toDouble());
    }
    return data;
}

} // namespace

class TestQosSeries : public QObject {
    Q_OBJECT
private slots:
    void matchesNotebookIntervals_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("user");
        for (const char* metric : {"jitter", "bitrate"})
            for (int user = 0; user < 3; ++user)
                QTest::addRow("%s user %d", metric, user) << QString::fromLatin1(metric) << user;
    }
    void matchesNotebookIntervals()
    {
        QFETCH(QString, metric);
        QFETCH(int, user);
        const TestData data = fixtureData();
        const auto series = averageQosPerSecond(data, kTestStartNs, Direction::Inbound, MediaKind::Video,
                                                metric.toStdString());
        QCOMPARE(series.size(), std::size_t{3});
        QList<QStringList> expected;
        for (const QStringList& r : readCsv(QStringLiteral("qos_expected.csv")))
            if (r[0] == metric && r[1].toInt() == user)
                expected.append(r);
        QVERIFY(!expected.isEmpty());
        const QosSeries& got = series[static_cast<std::size_t>(user)];
        QCOMPARE(got.size(), static_cast<std::size_t>(expected.size()));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto& e = expected[i];
            QCOMPARE(got[static_cast<std::size_t>(i)].start, e[2].toDouble());
            QCOMPARE(got[static_cast<std::size_t>(i)].end, e[3].toDouble());
            // The notebook averages Decimals in a 9-digit context, so only 8 digits are shared.
            const double want = e[4].toDouble();
            QVERIFY2(std::abs(got[static_cast<std::size_t>(i)].value - want) <= 1e-8 * std::abs(want),
                     qPrintable(QStringLiteral("interval %1: %2 vs %3")
                                    .arg(i)
                                    .arg(got[static_cast<std::size_t>(i)].value, 0, 'g', 17)
                                    .arg(want, 0, 'g', 17)));
        }
    }

    void nanSamplesAreIgnored()
    {
        TestData data = fixtureData();
        const auto before = averageQosPerSecond(data, kTestStartNs, Direction::Inbound, MediaKind::Video, "jitter");
        QosTable& table = data.qos.at(Direction::Inbound, MediaKind::Video);
        table.addRow(0, kNoTime, "peer");
        table.set("timestamp", 1718272805500.0);
        table.set("jitter", std::nan(""));
        const auto after = averageQosPerSecond(data, kTestStartNs, Direction::Inbound, MediaKind::Video, "jitter");
        QCOMPARE(after[0].size(), before[0].size());
        for (std::size_t i = 0; i < before[0].size(); ++i)
            QCOMPARE(after[0][i].value, before[0][i].value);
    }

    void packetLossDerivedLikeTheReferenceScript()
    {
        // packetsLost / (packetsSent + packetsReceived), the missing counter taken as 0; two samples 1.5 s apart.
        TestData data;
        data.users.resize(1);
        QosTable& table = data.qos.at(Direction::Inbound, MediaKind::Video);
        table.addRow(0, kTestStartNs + 100'000'000, "p");
        table.set("packetsLost", 5);
        table.set("packetsReceived", 995);
        table.addRow(0, kTestStartNs + 1'600'000'000, "p");
        table.set("packetsLost", 20);
        table.set("packetsReceived", 1980);
        const auto series = averageQosPerSecond(data, kTestStartNs, QosMetric::InboundVideoPacketLoss);
        QCOMPARE(series[0].size(), std::size_t{1});
        QCOMPARE(series[0][0].value, 5.0 / 995.0);
        QCOMPARE(series[0][0].start, 0.0);
        QCOMPARE(series[0][0].end, 1.0);
    }

    void missingColumnGivesEmptySeries()
    {
        const TestData data = fixtureData();
        const auto series = averageQosPerSecond(data, kTestStartNs, Direction::Inbound, MediaKind::Video, "nothing");
        QCOMPARE(series.size(), std::size_t{3});
        for (const auto& s : series)
            QVERIFY(s.empty());
    }

    void millisecondsConvertAsPandas()
    {
        // pd.to_datetime(pd.Series([1718272818340.62, -1.5]), unit="ms").astype("int64")
        QCOMPARE(millisecondsToNs(1718272818340.62), 1718272818340620032LL);
        QCOMPARE(millisecondsToNs(-1.5), -1500000LL);
    }
};

QTEST_GUILESS_MAIN(TestQosSeries)
#include "test_qos_series.moc"
