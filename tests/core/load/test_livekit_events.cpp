// The LiveKit browser-emulator's two habits (results-format.md, "events.json details"), read from bytes shaped as
// its app.js writes them: the key order of each `sendEvent` call, then `participant` and `session` added by the
// connector (overwriting an existing `participant` in place), then the worker's `timestamp`.
//  - every `TrackUnsubscribed` is written twice (the handler with `trackInfo`, then the one without): both are
//    loaded (the notebook reads both), counted once;
//  - ConnectionQualityChanged, ParticipantDisconnected and TrackStreamStateChanged name the remote participant only
//    through `participantSid`: that sid is their connectionId.
#include "core/analysis/doubled_unsubscriptions.h"
#include "core/generate/results_generator.h"
#include "core/load/events_reader.h"
#include "core/load/file_buffer.h"
#include "core/load/livekit_events.h"
#include "core/load/results_loader.h"
#include "core/load/test_assembly.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace loadscope;

namespace {

const std::string kTail = R"("participant":"User1","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:)";

std::string trackInfo(const char* kind)
{
    return std::string(R"("trackInfo":{"track":{"kind":")") + kind +
           R"(","sid":"TR_x"},"participantId":"User2","sessionId":"LoadTestSession1","type":")" + kind +
           R"(","videoHeight":"480","videoWidth":"640","isLocal":false})";
}

std::string unsubscribed(const char* sid, const char* remote, const char* kind, bool withTrackInfo, const char* seconds)
{
    std::string body = std::string(R"({"event":"TrackUnsubscribed","connectionId":")") + sid +
                       R"(","connection":"remote",)";
    if (withTrackInfo)
        body += trackInfo(kind) + ",";
    return body + R"("remoteUser":")" + remote + R"(",)" + kTail + seconds + R"(Z"})";
}

std::vector<Event> readAndAssemble(const std::string& text, ProblemList& problems)
{
    TestData data;
    data.users.push_back({{1, 1}, "stats/t/LoadTestSession1/User1", {}});
    readEventsFile(FileBuffer::fromBytes(text), "stats/t/LoadTestSession1/User1/events.json", data.users[0].events,
                   problems);
    sortUserRecordsByTime(data);
    return data.users[0].events;
}

std::vector<std::string> countedSids(const std::vector<Event>& events)
{
    const std::vector<bool> second = doubledUnsubscriptionCopies(events);
    std::vector<std::string> sids;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (!second[i])
            sids.push_back(events[i].connectionId);
    return sids;
}

} // namespace

class LiveKitEvents : public QObject {
    Q_OBJECT

private slots:
    void eachUnsubscriptionCountsOnce()
    {
        // User2 leaves: its audio and video are unsubscribed, each by both handlers (trackInfo one first).
        const std::string text = "[" + unsubscribed("PA_bob", "User2", "audio", true, "30.100") + "," +
                                 unsubscribed("PA_bob", "User2", "audio", false, "30.101") + "," +
                                 unsubscribed("PA_bob", "User2", "video", true, "30.140") + "," +
                                 unsubscribed("PA_bob", "User2", "video", false, "30.141") + "]";
        ProblemList problems;
        const auto events = readAndAssemble(text, problems);
        QVERIFY(problems.empty());
        QCOMPARE(events.size(), std::size_t(4)); // all loaded
        QCOMPARE(countEvents(events, "TrackUnsubscribed"), std::size_t(2));
        QCOMPARE(doubledUnsubscriptionCopies(events), (std::vector<bool>{false, true, false, true}));
    }

    void copiesPairOnlyWithTheSameParticipantWithinASecond()
    {
        // Two participants leave at once; a lone copy without trackInfo (an older, one-handler writer) and a copy
        // 5 s away from any other are kept.
        const std::string text = "[" + unsubscribed("PA_bob", "User2", "video", true, "30.100") + "," +
                                 unsubscribed("PA_eve", "User3", "video", true, "30.100") + "," +
                                 unsubscribed("PA_eve", "User3", "video", false, "30.102") + "," +
                                 unsubscribed("PA_bob", "User2", "video", false, "30.103") + "," +
                                 unsubscribed("PA_sam", "User4", "video", false, "40.000") + "," +
                                 unsubscribed("PA_tim", "User5", "video", true, "50.000") + "," +
                                 unsubscribed("PA_tim", "User5", "video", false, "55.000") + "]";
        ProblemList problems;
        const auto events = readAndAssemble(text, problems);
        QCOMPARE(countEvents(events, "TrackUnsubscribed"), std::size_t(5)); // 7 written: bob's and eve's count once
        QCOMPARE(countedSids(events), (std::vector<std::string>{"PA_bob", "PA_eve", "PA_sam", "PA_tim", "PA_tim"}));
    }

    void overwrittenParticipantIsReadThroughItsSid()
    {
        // app.js: {event, quality, participant: identity, participantSid: sid}; the connector overwrites
        // `participant` in place with the local user, so User2's identity is gone and only PA_bob says who it is.
        const std::string text =
            std::string(
                R"([{"event":"ConnectionQualityChanged","quality":"poor","participant":"User1","participantSid":"PA_bob","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:10.000Z"},)") +
            R"({"event":"TrackStreamStateChanged","streamState":"paused","participant":"User1","participantSid":"PA_bob","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:11.000Z"},)" +
            R"({"event":"ParticipantDisconnected","participant":"User1","participantSid":"PA_bob","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:12.000Z"},)" +
            R"({"event":"ConnectionStateChanged","state":"connected","participantSid":"PA_zzz","participant":"User1","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:13.000Z"}])";
        ProblemList problems;
        const auto events = readAndAssemble(text, problems);
        QVERIFY(problems.empty());
        QCOMPARE(events.size(), std::size_t(4));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(events[i].connectionId, std::string("PA_bob"));
            QCOMPARE(events[i].connection, std::string()); // no `connection` written: the name stays the event's
            QCOMPARE(events[i].name, events[i].event);
        }
        QCOMPARE(events[3].connectionId, std::string()); // only those three are rewritten by the emulator
    }

    void attributionNeverReplacesAWrittenConnectionId()
    {
        Event e;
        e.event = "ConnectionQualityChanged";
        e.connectionId = "PA_me";
        attributeThroughParticipantSid(e, "PA_bob");
        QCOMPARE(e.connectionId, std::string("PA_me"));
        QVERIFY(hasOverwrittenParticipant("TrackStreamStateChanged"));
        QVERIFY(!hasOverwrittenParticipant("TrackSubscribed"));
    }

    void aParticipantSidOfTheWrongTypeIsAProblemNotACrash()
    {
        const std::string text =
            R"([{"event":"ParticipantDisconnected","participantSid":7,"participant":"User1","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:12.000Z"}])";
        ProblemList problems;
        const auto events = readAndAssemble(text, problems);
        QCOMPARE(events.size(), std::size_t(0));
        QCOMPARE(problems.items().size(), std::size_t(1));
        QCOMPARE(problems.items()[0].file, std::string("stats/t/LoadTestSession1/User1/events.json"));
        QCOMPARE(problems.items()[0].line, 1L);
    }

    // The generator writes pion events in these shapes; loaded back, every unsubscription is there twice and
    // counted once, and the three overwritten events name the participant they are about.
    void generatedPionEventsReadBack()
    {
        QTemporaryDir dir;
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("pion-8p")};
        options.durationSeconds = 300;
        options.capacityScale = 0.4;
        options.seed = 16;
        generate::generateResults(dir.path().toStdString(), options, 1);
        const auto results = loadResults(dir.path().toStdString());
        QVERIFY(results && results->tests.size() == 1);
        std::size_t written = 0, counted = 0, attributed = 0;
        for (const UserEvents& user : results->tests[0].users) {
            for (const Event& e : user.events) {
                written += e.event == "TrackUnsubscribed" ? 1 : 0;
                if (hasOverwrittenParticipant(e.event)) {
                    QVERIFY(!e.connectionId.empty());
                    QVERIFY(e.raw.find("\"participantSid\":\"" + e.connectionId + '"') != std::string::npos);
                    ++attributed;
                }
            }
            counted += countEvents(user.events, "TrackUnsubscribed");
        }
        QVERIFY(counted > 0);
        QCOMPARE(written, 2 * counted);
        QVERIFY(attributed > 0);
    }
};

QTEST_APPLESS_MAIN(LiveKitEvents)
#include "test_livekit_events.moc"
