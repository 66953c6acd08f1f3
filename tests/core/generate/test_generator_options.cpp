// Test names as `--tests` takes them, the topologies' shapes, and the media node's load model.
#include "core/generate/generator_options.h"
#include "core/generate/media_node_model.h"

#include <QtTest/QtTest>

using namespace loadscope::generate;

class TestGeneratorOptions : public QObject {
    Q_OBJECT

private slots:
    void parsesShortAndFullNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fullName");
        QTest::newRow("short kurento") << "kurento-2p" << true << "loadtest-webrtc-2024-kurento-2p";
        QTest::newRow("short pion 3p-10s") << "pion-3p-10s" << true << "loadtest-webrtc-2024-pion-3p-10s";
        QTest::newRow("short mediasoup 3p-40s")
            << "mediasoup-3p-40s" << true << "loadtest-webrtc-2024-mediasoup-3p-40s";
        QTest::newRow("full 2024") << "loadtest-webrtc-2024-mediasoup-8p" << true
                                   << "loadtest-webrtc-2024-mediasoup-8p";
        QTest::newRow("full 2026") << "loadtest-webrtc-2026-pion-2p" << true << "loadtest-webrtc-2024-pion-2p";
        QTest::newRow("unknown server") << "janus-2p" << false << "";
        QTest::newRow("unknown topology") << "kurento-4p" << false << "";
        QTest::newRow("no topology") << "kurento" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("trailing text") << "kurento-2p-x" << false << "";
        QTest::newRow("broken prefix") << "loadtest-webrtc-24-kurento-2p" << false << "";
    }

    void parsesShortAndFullNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, fullName);
        const auto spec = parseTestSpec(text.toStdString());
        QCOMPARE(spec.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromStdString(spec->name(ResultsLayout::Year2024)), fullName);
    }

    void topologiesHaveTheirUsers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("publishers");
        QTest::addColumn<int>("subscribers");
        QTest::addColumn<bool>("liveKit");
        QTest::addColumn<int>("streams"); // 2p(p-1) + 2sp, worked by hand from the notebook's rule
        QTest::newRow("2p") << "kurento-2p" << 2 << 0 << false << 4;
        QTest::newRow("8p") << "pion-8p" << 8 << 0 << true << 112;
        QTest::newRow("3p-10s") << "mediasoup-3p-10s" << 3 << 10 << false << 72;
        QTest::newRow("3p-40s") << "pion-3p-40s" << 3 << 40 << true << 252;
    }

    void topologiesHaveTheirUsers()
    {
        QFETCH(QString, name);
        QFETCH(int, publishers);
        QFETCH(int, subscribers);
        QFETCH(bool, liveKit);
        QFETCH(int, streams);
        const auto spec = parseTestSpec(name.toStdString());
        QVERIFY(spec);
        QCOMPARE(spec->publishersPerSession(), publishers);
        QCOMPARE(spec->subscribersPerSession(), subscribers);
        QCOMPARE(spec->usesLiveKitEvents(), liveKit);
        QCOMPARE(streamsForwarded(publishers, subscribers), streams);
        QCOMPARE(QString::fromStdString(spec->shortName()), name);
    }

    void defaultTestsCoverEveryTopologyAndBothFamilies()
    {
        const auto tests = defaultTestSpecs();
        QSet<int> topologies;
        bool openVidu = false, liveKit = false;
        for (const auto& t : tests) {
            topologies.insert(static_cast<int>(t.topology));
            (t.usesLiveKitEvents() ? liveKit : openVidu) = true;
        }
        QCOMPARE(topologies.size(), 4);
        QVERIFY(openVidu && liveKit);
    }

    void cpuClimbsWithStreamsAndSaturatesBelowOne()
    {
        const double capacity = defaultCapacity(MediaServer::Kurento);
        double previous = cpuForStreams(0, capacity);
        QVERIFY(previous > 0.0 && previous < 0.1); // an idle media node
        for (int streams = 1; streams <= 2000; ++streams) {
            const double cpu = cpuForStreams(streams, capacity);
            QVERIFY(cpu >= previous);
            QVERIFY(cpu < 1.0);
            previous = cpu;
        }
        QVERIFY(previous > 0.99);
        // The light default 2p test stays far from the failure zone; a loaded test crosses 0.9 and 0.95.
        QVERIFY(cpuForStreams(2 * streamsForwarded(2, 0), capacity) < 0.8);
        QVERIFY(cpuForStreams(streamsForwarded(3, 40), defaultCapacity(MediaServer::Pion)) > 0.95);
    }

    void nothingFailsBelowTheLoadThreshold()
    {
        for (double cpu = 0.0; cpu <= 0.8; cpu += 0.01) {
            QCOMPARE(connectionFailureProbability(cpu), 0.0);
            QCOMPARE(connectionDropProbability(cpu), 0.0);
            QCOMPARE(reconnectionProbability(cpu), 0.0);
        }
        QVERIFY(connectionFailureProbability(0.95) > connectionFailureProbability(0.9));
        QVERIFY(connectionFailureProbability(1.0) <= 1.0);
    }
};

QTEST_GUILESS_MAIN(TestGeneratorOptions)
#include "test_generator_options.moc"
