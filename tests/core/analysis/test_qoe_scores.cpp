// The QoE scores (issue 16, "2026 QoE cuts"): every score a cuts file may hold with its unit and colour range, which
// scores a test's cuts hold, a score's series on the timeline, the values that may be failed measurements, and the
// receiver/sender pairs without a cuts file (results-format.md, "QoE cuts": since 2026 a recording whose alignment
// failed has no file at all). Expected values by hand from the tables below.
#include "core/analysis/missing_qoe_cuts.h"
#include "core/analysis/qoe_scores.h"
#include "core/load/qoe_reader.h"
#include "test_data_builder.h"

#include <QtTest>

#include <cmath>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

// An 8p kurento test (every user publishes) running 0–60 s: User1 connects at 2 s, User2 at 4 s, User3 at 50 s.
TestDataBuilder threePublishers()
{
    TestDataBuilder b("kurento", "8p");
    b.bounds(0, 60)
        .event(1, 1, 1, "connectionStart")
        .event(1, 1, 2, "streamCreated-local")
        .event(1, 2, 3, "connectionStart")
        .event(1, 2, 4, "streamCreated-local")
        .event(1, 3, 49, "connectionStart")
        .event(1, 3, 50, "streamCreated-local");
    for (double t = 0; t <= 60; t += 5)
        b.cpu(t, 0.5);
    return b;
}

// User1 received User2 (two cuts with extra scores); User2's file of User1 is missing (a rejected recording).
TestData withCuts()
{
    TestDataBuilder b = threePublishers();
    b.cut(1, 1, 2, 0, 0.8, 0.6).cut(1, 1, 2, 1, 0.9, 0.0);
    TestData data = b.data();
    data.qoe[0].extra = {{"msssim", 0.9}, {"psnr", 31.5}, {"pesq", 0.0}};
    data.qoe[1].extra = {{"msssim", 0.8}, {"psnr", kNaN}, {"pesq", 3.5}};
    return data;
}

QStringList keysOf(const std::vector<const QoeScoreSpec*>& scores)
{
    QStringList keys;
    for (const QoeScoreSpec* s : scores)
        keys << QString::fromLatin1(s->key);
    return keys;
}

} // namespace

class QoeScores : public QObject {
    Q_OBJECT

private slots:
    void everyScoreHasItsUnitAndRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // VMAF and ViSQOL as the notebook plots them (× 5 on 0..5); the indices 0..1; the PSNR family in dB;
        // PESQ as a MOS (1..4.5).
        QTest::newRow("vmaf") << "vmaf"
                              << "" << 5.0 << 0.0 << 5.0;
        QTest::newRow("visqol") << "visqol"
                                << "" << 5.0 << 0.0 << 5.0;
        for (const char* key : {"msssim", "ssim", "vifp"})
            QTest::newRow(key) << key << "" << 1.0 << 0.0 << 1.0;
        for (const char* key : {"psnr", "psnrhvs", "psnrhvsm"})
            QTest::newRow(key) << key << "dB" << 1.0 << 20.0 << 60.0;
        QTest::newRow("pesq") << "pesq"
                              << "MOS" << 1.0 << 1.0 << 4.5;
    }
    void everyScoreHasItsUnitAndRange()
    {
        QFETCH(QString, key);
        QFETCH(QString, unit);
        QFETCH(double, scale);
        QFETCH(double, low);
        QFETCH(double, high);
        const QoeScoreSpec* s = findQoeScore(key.toStdString());
        QVERIFY(s);
        QCOMPARE(QString::fromLatin1(s->unit), unit);
        QCOMPARE(s->plotScale, scale);
        QCOMPARE(s->colourMin, low);
        QCOMPARE(s->colourMax, high);
    }

    void unknownKeysAreNoScore()
    {
        QVERIFY(!findQoeScore("cut_index"));
        QVERIFY(!findQoeScore("VMAF")); // keys are the file's, lower case
        QCOMPARE(kQoeScores.size(), std::size_t{9});
    }

    void aTestHasTheScoresItsCutsHold()
    {
        const TestData data = withCuts();
        // psnr is NaN in one row but a number in the other; vifp, ssim and the PSNR-HVS pair are in no row.
        QCOMPARE(keysOf(qoeScoresOf(data)), (QStringList{"vmaf", "visqol", "msssim", "psnr", "pesq"}));
        QVERIFY(hasQoeScore(data, "pesq"));
        QVERIFY(!hasQoeScore(data, "ssim"));
        TestData without = data;
        for (QoeCut& c : without.qoe)
            c.extra.erase("pesq"); // a writer that drops PESQ
        QCOMPARE(keysOf(qoeScoresOf(without)), (QStringList{"vmaf", "visqol", "msssim", "psnr"}));
        QVERIFY(qoeScoresOf(threePublishers().data()).empty());
    }

    void a2026FileIsReadWithItsScores()
    {
        // A 2026 cuts file as JSON.stringify writes it: compact, every value clamped to [0, 1] (the failed ViSQOL of
        // the second cut is 0, the PSNR family clamped to 1), the extra metrics present, PESQ not.
        const std::string bytes =
            R"([{"cut_index":0,"vmaf":0.91,"visqol":0.8,"msssim":0.97,"psnr":1,"psnrhvs":1,"ssim":0.98,"vifp":0.61,)"
            R"("psnrhvsm":1},{"cut_index":2,"vmaf":0.88,"visqol":0,"msssim":0.95,"psnr":1,"psnrhvs":1,"ssim":0.97,)"
            R"("vifp":0.58,"psnrhvsm":1}])";
        const auto name = parseQoeFileName("v-LoadTestSession1-User1-User2_cuts.json");
        QVERIFY(name);
        TestData data;
        ProblemList problems;
        readQoeFile(FileBuffer::fromBytes(bytes), "qoe/t/v-LoadTestSession1-User1-User2_cuts.json", *name, 0, data.qoe,
                    problems);
        QVERIFY(problems.empty());
        QCOMPARE(data.qoe.size(), std::size_t{2});
        QCOMPARE(keysOf(qoeScoresOf(data)),
                 (QStringList{"vmaf", "visqol", "msssim", "ssim", "vifp", "psnr", "psnrhvs", "psnrhvsm"}));
        QCOMPARE(writtenQoeScore(data.qoe[0], "vifp"), 0.61);
        QCOMPARE(writtenQoeScore(data.qoe[1], "psnrhvsm"), 1.0);
        QVERIFY(!mayBeFailedMeasurement("visqol", writtenQoeScore(data.qoe[0], "visqol")));
        QVERIFY(mayBeFailedMeasurement("visqol", writtenQoeScore(data.qoe[1], "visqol")));
    }

    void writtenScoresAreReadFromTheCut()
    {
        const TestData data = withCuts();
        QCOMPARE(writtenQoeScore(data.qoe[0], "vmaf"), 0.8);
        QCOMPARE(writtenQoeScore(data.qoe[1], "visqol"), 0.0);
        QCOMPARE(writtenQoeScore(data.qoe[0], "psnr"), 31.5);
        QVERIFY(std::isnan(writtenQoeScore(data.qoe[1], "psnr")));
        QVERIFY(std::isnan(writtenQoeScore(data.qoe[0], "vifp")));
    }

    void failedMeasurementsAreTheSentinels()
    {
        QVERIFY(mayBeFailedMeasurement("visqol", -0.25)); // 2024: (0 − 1) / 4
        QVERIFY(mayBeFailedMeasurement("visqol", 0.0));   // 2026: clamped to [0, 1]
        QVERIFY(mayBeFailedMeasurement("pesq", 0.0));
        QVERIFY(!mayBeFailedMeasurement("visqol", 0.25));
        QVERIFY(!mayBeFailedMeasurement("vmaf", 0.0)); // a VMAF of 0 is a (very bad) score
        QVERIFY(!mayBeFailedMeasurement("pesq", 1.0));
    }

    void aScoreSeriesIsTheMeanOfItsPlacedFragments()
    {
        const TestData data = withCuts();
        const TestAnalysis a = analyse(data);
        QCOMPARE(a.users.size(), std::size_t{3});
        // User1 and User2 together from 4 s, recording from 9 s to 60 s: 51 s for cut indices 0..1, 25.5 s each.
        const auto msssim = qoeScoreSeries(a, *findQoeScore("msssim"));
        QCOMPARE(msssim.size(), std::size_t{3});
        QCOMPARE(msssim[0].size(), std::size_t{2});
        QCOMPARE(msssim[0][0].start, 9.0);
        QCOMPARE(msssim[0][0].end, 34.5);
        QCOMPARE(msssim[0][0].value, 0.9);
        QCOMPARE(msssim[0][1].start, 34.5);
        QCOMPARE(msssim[0][1].end, 60.0);
        QCOMPARE(msssim[0][1].value, 0.8);
        QVERIFY(msssim[1].empty() && msssim[2].empty());
        // PESQ's 0 may be a failed measurement: only the second fragment is drawn.
        const auto pesq = qoeScoreSeries(a, *findQoeScore("pesq"));
        QCOMPARE(pesq[0].size(), std::size_t{1});
        QCOMPARE(pesq[0][0].start, 34.5);
        QCOMPARE(pesq[0][0].value, 3.5);
        // VMAF is plotted × 5, as the notebook does.
        const auto vmaf = qoeScoreSeries(a, *findQoeScore("vmaf"));
        QCOMPARE(vmaf[0][0].value, 4.0);
        QCOMPARE(vmaf[0][1].value, 4.5);
    }

    void pairsWithoutACutsFileAreNamed()
    {
        const TestData data = withCuts();
        const TestAnalysis a = analyse(data);
        // Pairs recorded ≥ 7 s: 1←2 and 2←1 (51 s each). 1←2 has a file; 2←1 has none. User3 joined at 50 s: 5 s of
        // recording with anyone, less than a padded fragment, so no file is expected of its pairs.
        const auto missing = missingQoeCuts(a);
        QCOMPARE(missing.size(), std::size_t{1});
        QCOMPARE(missing[0].receiverIndex, 1);
        QCOMPARE(missing[0].senderIndex, 0);
        QCOMPARE(missing[0].recordableSeconds, 51.0);
        QCOMPARE(missingQoeCutsOfReceiver(a, 1).size(), std::size_t{1});
        QVERIFY(missingQoeCutsOfReceiver(a, 0).empty());
        QVERIFY(missingQoeCutsOfReceiver(a, 2).empty());
        QVERIFY(missingQoeCutsOfReceiver(a, 7).empty());
    }

    void noCutAtAllIsNoMissingFile()
    {
        // A test whose QoE was never measured has no qoe/ files: nothing is "missing".
        const auto builder = threePublishers();
        const TestAnalysis a = analyse(builder.data());
        QVERIFY(missingQoeCuts(a).empty());
        QVERIFY(missingQoeCutsOfReceiver(a, 1).empty());
    }

    void subscribersAreNoSenders()
    {
        // 3p-10s: users 4.. subscribe. User4 receives User1 (file) but nobody receives from User4.
        TestDataBuilder b("kurento", "3p-10s");
        b.bounds(0, 60)
            .event(1, 1, 1, "connectionStart")
            .event(1, 1, 2, "streamCreated-local")
            .event(1, 4, 3, "connectionStart")
            .event(1, 4, 4, "streamCreated-remote");
        for (double t = 0; t <= 60; t += 5)
            b.cpu(t, 0.5);
        b.cut(1, 4, 1, 0, 0.8, 0.6);
        const TestAnalysis a = analyse(b.data());
        QCOMPARE(a.users.size(), std::size_t{2});
        QVERIFY(a.users[0].publisher && !a.users[1].publisher);
        QVERIFY(missingQoeCuts(a).empty());
    }
};

QTEST_APPLESS_MAIN(QoeScores)
#include "test_qoe_scores.moc"
