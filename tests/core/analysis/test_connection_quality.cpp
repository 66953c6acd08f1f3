// LiveKit's ConnectionQualityChanged as a timeline series (issue 16): values lost 0 .. excellent 3 hold until the
// next change or the end of the connection; another participant's quality (its participantSid) is left out.
// Expected values by hand from the events below.
#include "core/analysis/connection_quality.h"
#include "test_data_builder.h"

#include <cmath>

#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

// Gives one event of `data` (user index u, event index i) its raw JSON, as the loader keeps it.
void setRaw(TestData& data, std::size_t u, std::size_t i, std::string raw, std::string connectionId = {})
{
    Event& e = data.users[u].events[i];
    e.raw = std::move(raw);
    e.connection = e.name.ends_with("-local") ? "local" : "";
    if (!connectionId.empty())
        e.connectionId = std::move(connectionId);
}

} // namespace

class ConnectionQuality : public QObject {
    Q_OBJECT

private slots:
    void scoresAreLiveKitsFourWords()
    {
        QCOMPARE(connectionQualityScore("lost"), std::optional<double>(0));
        QCOMPARE(connectionQualityScore("excellent"), std::optional<double>(3));
        QCOMPARE(connectionQualityScore("unknown"), std::nullopt);
        QCOMPARE(std::string(connectionQualityName(1.0)), std::string("poor"));
    }

    void valuesHoldUntilTheNextChangeOrTheConnectionsEnd()
    {
        TestDataBuilder b("pion", "8p");
        b.bounds(0, 100)
            .event(1, 1, 1, "connectionStart")
            .event(1, 1, 2, "LocalTrackPublished-local")
            .event(1, 1, 2.1, "LocalTrackPublished-local")
            .event(1, 1, 10, "ConnectionQualityChanged-local")
            .event(1, 1, 30, "ConnectionQualityChanged-local")
            .event(1, 1, 35, "ConnectionQualityChanged-local")
            .event(1, 1, 50, "Disconnected");
        b.cpu(0, 0.5).cpu(100, 0.5);
        TestData data = b.data();
        setRaw(data, 0, 1, R"({"event":"LocalTrackPublished","connection":"local","connectionId":"PA_me"})", "PA_me");
        setRaw(data, 0, 3, R"({"event":"ConnectionQualityChanged","connection":"local","quality":"excellent"})");
        setRaw(data, 0, 4, R"({"event":"ConnectionQualityChanged","quality":"poor","participantSid":"PA_other"})");
        setRaw(data, 0, 5, R"({"event":"ConnectionQualityChanged","quality":"poor","participantSid":"PA_me"})");
        const TestAnalysis a = analyse(data);
        const auto series = connectionQualitySeries(a);
        QCOMPARE(series.size(), std::size_t(1));
        QCOMPARE(series[0].size(), std::size_t(2)); // the other participant's "poor" at 30 s is not this user's
        QCOMPARE(series[0][0].start, 10.0);
        QCOMPARE(series[0][0].end, 35.0);
        QCOMPARE(series[0][0].value, 3.0);
        QCOMPARE(series[0][1].start, 35.0);
        QCOMPARE(series[0][1].end, 50.0); // the Disconnected ends the connection (corrected mode)
        QCOMPARE(series[0][1].value, 1.0);
    }

    // A subscriber publishes nothing, so no local event carries its sid. The real writer's quality changes (app.js:
    // {quality, participant overwritten, participantSid}) still tell its own from a publisher's: the publisher's
    // sid is the connectionId of its remote track events.
    void aSubscribersOwnQualityIsTheSidNoRemoteEventNames()
    {
        TestDataBuilder b("pion", "3p-10s");
        b.bounds(0, 100)
            .event(1, 4, 1, "connectionStart")
            .event(1, 4, 2, "Connected-local")
            .event(1, 4, 3, "TrackSubscribed-remote")
            .event(1, 4, 10, "ConnectionQualityChanged")
            .event(1, 4, 20, "ConnectionQualityChanged")
            .event(1, 4, 60, "Disconnected-local");
        b.cpu(0, 0.5).cpu(100, 0.5);
        TestData data = b.data();
        setRaw(data, 0, 1, R"({"event":"Connected","connection":"local"})");
        Event& track = data.users[0].events[2];
        track.connection = "remote";
        track.connectionId = "PA_pub";
        track.raw = R"({"event":"TrackSubscribed","connectionId":"PA_pub","connection":"remote","remoteUser":"User1"})";
        setRaw(
            data, 0, 3,
            R"({"event":"ConnectionQualityChanged","quality":"excellent","participant":"User4","participantSid":"PA_pub"})",
            "PA_pub");
        setRaw(
            data, 0, 4,
            R"({"event":"ConnectionQualityChanged","quality":"good","participant":"User4","participantSid":"PA_sub"})",
            "PA_sub");
        const auto series = connectionQualitySeries(analyse(data));
        QCOMPARE(series.size(), std::size_t(1));
        QCOMPARE(series[0].size(), std::size_t(1)); // the publisher's "excellent" is not the subscriber's
        QCOMPARE(series[0][0].start, 20.0);
        QCOMPARE(series[0][0].value, 2.0);
    }

    // LiveKit's fifth word, "unknown", is a value of its own (NaN: no verdict), not a continuation of the last one;
    // a change to the same quality continues the interval it extends.
    void unknownEndsTheLastVerdictAndRepeatsMerge()
    {
        TestDataBuilder b("pion", "8p");
        b.bounds(0, 100)
            .event(1, 1, 1, "connectionStart")
            .event(1, 1, 2, "LocalTrackPublished-local")
            .event(1, 1, 10, "ConnectionQualityChanged")
            .event(1, 1, 20, "ConnectionQualityChanged")
            .event(1, 1, 30, "ConnectionQualityChanged")
            .event(1, 1, 40, "ConnectionQualityChanged")
            .event(1, 1, 60, "Disconnected");
        b.cpu(0, 0.5).cpu(100, 0.5);
        TestData data = b.data();
        setRaw(data, 0, 1, R"({"event":"LocalTrackPublished","connection":"local","connectionId":"PA_me"})", "PA_me");
        setRaw(data, 0, 2, R"({"event":"ConnectionQualityChanged","quality":"good","participantSid":"PA_me"})");
        setRaw(data, 0, 3, R"({"event":"ConnectionQualityChanged","quality":"good","participantSid":"PA_me"})");
        setRaw(data, 0, 4, R"({"event":"ConnectionQualityChanged","quality":"unknown","participantSid":"PA_me"})");
        setRaw(data, 0, 5, R"({"event":"ConnectionQualityChanged","quality":"lost","participantSid":"PA_me"})");
        QVERIFY(hasConnectionQualityEvents(data));
        const auto series = connectionQualitySeries(analyse(data));
        QCOMPARE(series.size(), std::size_t(1));
        QCOMPARE(series[0].size(), std::size_t(3));
        QCOMPARE(series[0][0].start, 10.0); // good from 10 s, the repeat at 20 s continues it
        QCOMPARE(series[0][0].end, 30.0);
        QCOMPARE(series[0][0].value, 2.0);
        QCOMPARE(series[0][1].start, 30.0);
        QCOMPARE(series[0][1].end, 40.0);
        QVERIFY(std::isnan(series[0][1].value));
        QCOMPARE(series[0][2].start, 40.0);
        QCOMPARE(series[0][2].end, 60.0);
        QCOMPARE(series[0][2].value, 0.0);
    }

    // LiveKit gives every connection a new participant sid: after a reconnection as a new participant, the quality
    // of the second connection (its own sid, the connectionId of its local events) is still the user's own.
    void everyAttemptsSidIsTheUsers()
    {
        TestDataBuilder b("pion", "8p");
        b.bounds(0, 100)
            .event(1, 1, 1, "connectionStart")
            .event(1, 1, 2, "Connected-local")
            .event(1, 1, 10, "ConnectionQualityChanged")
            .event(1, 1, 30, "Disconnected")
            .event(1, 1, 40, "connectionStart")
            .event(1, 1, 41, "Connected-local")
            .event(1, 1, 50, "ConnectionQualityChanged");
        b.cpu(0, 0.5).cpu(100, 0.5);
        TestData data = b.data();
        setRaw(data, 0, 1, R"({"event":"Connected","connection":"local","connectionId":"PA_first"})", "PA_first");
        setRaw(data, 0, 2, R"({"event":"ConnectionQualityChanged","quality":"good","participantSid":"PA_first"})");
        setRaw(data, 0, 5, R"({"event":"Connected","connection":"local","connectionId":"PA_second"})", "PA_second");
        setRaw(data, 0, 6, R"({"event":"ConnectionQualityChanged","quality":"poor","participantSid":"PA_second"})");
        const auto series = connectionQualitySeries(analyse(data));
        QCOMPARE(series.size(), std::size_t(1));
        QCOMPARE(series[0].size(), std::size_t(2));
        QCOMPARE(series[0][0].value, 2.0);
        QCOMPARE(series[0][1].start, 50.0);
        QCOMPARE(series[0][1].value, 1.0);
    }

    void openViduTestsHaveNone()
    {
        TestDataBuilder b("kurento", "8p");
        b.bounds(0, 100).event(1, 1, 1, "connectionStart").event(1, 1, 2, "streamCreated-local");
        b.cpu(0, 0.5).cpu(100, 0.5);
        const auto series = connectionQualitySeries(analyse(b.data()));
        QCOMPARE(series.size(), std::size_t(1));
        QVERIFY(series[0].empty());
        QVERIFY(!hasConnectionQualityEvents(b.data()));
    }
};

QTEST_APPLESS_MAIN(ConnectionQuality)
#include "test_connection_quality.moc"
