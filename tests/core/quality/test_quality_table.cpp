// writeQualityCsv on a small hand-built TestData: row order, ids, skipped samples, merges per session and test.
#include "core/quality/quality_table.h"
#include "hand_built_quality_test.h"

#include <QtTest>

#include <cmath>
#include <sstream>

using namespace loadscope;

namespace {

TestData smallTest()
{
    return loadscope::testing::handBuiltQualityTest("loadtest-small");
}

std::vector<QStringList> csvRows(QualityMode mode)
{
    std::ostringstream out;
    writeQualityCsv(out, {smallTest()}, mode);
    std::vector<QStringList> rows;
    for (const QString& line : QString::fromStdString(out.str()).split('\n', Qt::SkipEmptyParts))
        rows.push_back(line.split(','));
    return rows;
}

enum Column {
    Test,
    Scope,
    Id,
    Metric,
    N,
    Losses,
    Min,
    P50,
    P90,
    P99,
    P999,
    Mean,
    Stddev,
    Rpm,
    Pdv99,
    Gaming,
    Video,
    Web
};

} // namespace

class TestQualityTable : public QObject {
    Q_OBJECT
private slots:
    void headerAndRowOrder();
    void userRowsSkipMissingAndNonPositiveSamples();
    void sessionAndTestRowsMergeUsers_data();
    void sessionAndTestRowsMergeUsers();
    void qooColumns();
};

void TestQualityTable::headerAndRowOrder()
{
    const auto rows = csvRows(QualityMode::Corrected);
    QCOMPARE(rows.at(0).join(','),
             QString("test,scope,id,metric,n,losses,min,p50,p90,p99,p999,mean,stddev,rpm,pdv99,qoo_gaming,"
                     "qoo_video_conferencing,qoo_web_browsing"));
    QCOMPARE(rows.size(), std::size_t{13});
    const QStringList expected{"user 1-1 rtt",     "user 2-1 rtt",     "user 1-2 rtt",
                               "session 1 rtt",    "session 2 rtt",    "test loadtest-small rtt",
                               "user 1-1 jitter",  "user 2-1 jitter",  "user 1-2 jitter",
                               "session 1 jitter", "session 2 jitter", "test loadtest-small jitter"};
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList& row = rows.at(static_cast<std::size_t>(i) + 1);
        QCOMPARE(row.size(), 18);
        QCOMPARE(row[Test], QString("loadtest-small"));
        QCOMPARE(QStringList({row[Scope], row[Id], row[Metric]}).join(' '), expected[i]);
    }
}

void TestQualityTable::userRowsSkipMissingAndNonPositiveSamples()
{
    const auto rows = csvRows(QualityMode::Corrected);
    const QStringList& first = rows[1]; // 0.1, 0.2, 0.3
    QCOMPARE(first[N], QString("3"));
    QCOMPARE(first[Losses], QString("0"));
    QCOMPARE(first[Min].toDouble(), 0.1);
    QVERIFY(std::fabs(first[P50].toDouble() - 0.2) < 1e-15);
    QVERIFY(std::fabs(first[Mean].toDouble() - 0.2) < 1e-15);
    QVERIFY(std::fabs(first[Stddev].toDouble() - 0.1) < 1e-15);
    const QStringList& empty = rows[2]; // only NaN and 0: nothing counted
    QCOMPARE(empty[N], QString("0"));
    QCOMPARE(empty[Min], QString(""));
    QCOMPARE(empty[P50], QString(""));
    QCOMPARE(empty[Gaming], QString(""));
    const QStringList& lossy = rows[3]; // 20 s is a loss, 0.05 a latency
    QCOMPARE(lossy[N], QString("2"));
    QCOMPARE(lossy[Losses], QString("1"));
    QCOMPARE(lossy[Min].toDouble(), 0.05);
    QCOMPARE(lossy[P50].toDouble(), 0.05);
}

void TestQualityTable::sessionAndTestRowsMergeUsers_data()
{
    QTest::addColumn<bool>("go");
    QTest::addColumn<QString>("session1Min");
    // Session 1 merges users 1-1 and 2-1 into an empty digest: Go's merge takes the empty side's 0 as minimum.
    QTest::newRow("go") << true << "0";
    QTest::newRow("corrected") << false << "0.1";
}

void TestQualityTable::sessionAndTestRowsMergeUsers()
{
    QFETCH(bool, go);
    QFETCH(QString, session1Min);
    const auto rows = csvRows(go ? QualityMode::GoCompatible : QualityMode::Corrected);
    const QStringList& session1 = rows[4];
    QCOMPARE(session1[N], QString("3"));
    QCOMPARE(session1[Min], session1Min);
    QVERIFY(std::fabs(session1[P50].toDouble() - 0.2) < 1e-15);
    const QStringList& session2 = rows[5];
    QCOMPARE(session2[N], QString("2"));
    QCOMPARE(session2[Losses], QString("1"));
    const QStringList& test = rows[6];
    QCOMPARE(test[N], QString("5"));
    QCOMPARE(test[Losses], QString("1"));
    QCOMPARE(test[Min], go ? QString("0") : QString("0.05"));
    QVERIFY(std::fabs(test[Mean].toDouble() - (0.1 + 0.2 + 0.3 + 0.05) / 4) < 1e-15);
}

void TestQualityTable::qooColumns()
{
    const auto rows = csvRows(QualityMode::Corrected);
    // RTT 0.1/0.2/0.3 s: the median 0.2 s is past the gaming p50 CPUP (150 ms), and p95 past 100 ms.
    QCOMPARE(rows[1][Gaming], QString("0"));
    QCOMPARE(rows[1][Video], QString("0"));
    // Jitter 10/20 ms, no loss: every term is at or better than its optimum.
    const QStringList& jitter = rows[8];
    QCOMPARE(jitter[Metric], QString("jitter"));
    QCOMPARE(jitter[Gaming], QString("100"));
    QCOMPARE(jitter[Video], QString("100"));
    QCOMPARE(jitter[Web], QString("100"));
    // Session 2 RTT: one loss in two samples is 50 % loss, far past both loss CPUPs.
    QCOMPARE(rows[5][Video], QString("0"));
}

QTEST_GUILESS_MAIN(TestQualityTable)
#include "test_quality_table.moc"
