// Reconnections as the servers mean them (results-format.md, "What the real writers do"): LiveKit
// Reconnecting → Reconnected, OpenVidu 2 reconnecting → reconnected, is a recoverable interruption; only
// Disconnected (or the log's failure line) ends a LiveKit connection. Corrected mode draws the interruption as its
// own state; notebook mode keeps the notebook's rule (a Reconnecting is a failure). Expected values by hand.
#include "core/analysis/media_while_failed.h"
#include "core/analysis/test_analysis.h"
#include "test_data_builder.h"

#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

TestAnalysis analyse(const TestData& data, AnalysisMode mode)
{
    AnalysisOptions options;
    options.mode = mode;
    ProblemList problems;
    return analyseTest(data, options, problems);
}

std::vector<const Segment*> segmentsOf(const TestAnalysis& a, int user, SegmentType type)
{
    std::vector<const Segment*> out;
    for (const Segment& s : a.segments)
        if (s.userIndex == user && s.type == type)
            out.push_back(&s);
    return out;
}

// A LiveKit subscriber (user 4 of 3p-10s): connects at 2 s, reconnects 20 → 22.5 s, is disconnected at 50 s
// (the controller logs its failure at 53 s), retries at 55 s and connects at 56 s; the test runs 0–100 s and
// its Disconnected at 101 s comes after the controller saved the results.
TestDataBuilder liveKitSubscriber()
{
    TestDataBuilder b("pion", "3p-10s");
    b.bounds(0, 100)
        .event(1, 4, 1, "connectionStart")
        .event(1, 4, 2, "TrackSubscribed-remote")
        .event(1, 4, 2.1, "TrackSubscribed-remote")
        .event(1, 4, 20, "Reconnecting")
        .event(1, 4, 22.5, "Reconnected")
        .event(1, 4, 30, "TrackSubscribed-remote")
        .event(1, 4, 48, "Reconnecting")
        .event(1, 4, 50, "Disconnected")
        .failure(1, 4, 53, 1)
        .event(1, 4, 55, "connectionStart")
        .event(1, 4, 56, "TrackSubscribed-remote")
        .event(1, 4, 101, "Disconnected");
    for (double t = 0; t <= 100; t += 5)
        b.cpu(t, 0.5);
    return b;
}

} // namespace

class ReconnectionRules : public QObject {
    Q_OBJECT

private slots:
    void correctedModeDrawsAReconnectionNotAFailure()
    {
        const TestAnalysis a = analyse(liveKitSubscriber().data(), AnalysisMode::Corrected);
        const UserTimeline& user = a.users[0];
        QCOMPARE(user.reconnections.size(), std::size_t(2));
        QCOMPARE(user.reconnections[0].start, 20.0);
        QCOMPARE(user.reconnections[0].end, 22.5);
        QVERIFY(user.reconnections[0].resumed);
        QCOMPARE(user.reconnections[1].start, 48.0); // never resumed: ends at the Disconnected
        QCOMPARE(user.reconnections[1].end, 50.0);
        QVERIFY(!user.reconnections[1].resumed);
        // One connected interval across the first reconnection, ended by the Disconnected; the next attempt's.
        QCOMPARE(user.connected.size(), std::size_t(2));
        QCOMPARE(user.connected[0].start, 2.0);
        QCOMPARE(user.connected[0].end, 50.0);
        QCOMPARE(user.connected[1].start, 56.0);
        QCOMPARE(user.connected[1].end, 100.0);
        const auto failed = segmentsOf(a, 0, SegmentType::ConnectionFail);
        QCOMPARE(failed.size(), std::size_t(2)); // Disconnected 50 → log line 53 → connectionStart 55
        QCOMPARE(failed[0]->start, 50.0);
        QCOMPARE(failed[1]->end, 55.0);
        const auto reconnecting = segmentsOf(a, 0, SegmentType::Reconnecting);
        QCOMPARE(reconnecting.size(), std::size_t(2));
        QCOMPARE(reconnecting[0]->end, 22.5);
        QCOMPARE(reconnecting[1]->attempt, 0.0);
        QCOMPARE(failed[1]->attempt, 1.0); // the log line's attempts
    }

    void notebookModeKeepsTheNotebooksRule()
    {
        const TestAnalysis a = analyse(liveKitSubscriber().data(), AnalysisMode::NotebookCompatible);
        const UserTimeline& user = a.users[0];
        QVERIFY(segmentsOf(a, 0, SegmentType::Reconnecting).empty());
        // Reconnecting at 20 s ends the first interval; the TrackSubscribed at 30 s starts the next.
        QCOMPARE(user.connected.front().end, 20.0);
        QVERIFY(std::any_of(user.combined.begin(), user.combined.end(),
                            [](const CombinedEvent& e) { return e.recoverable() && e.time == 20.0; }));
        QVERIFY(std::none_of(user.combined.begin(), user.combined.end(),
                             [](const CombinedEvent& e) { return e.origin == FailureOrigin::Disconnected; }));
        QCOMPARE(user.reconnections.size(), std::size_t(2)); // found in both modes (counted), drawn in corrected
    }

    void openViduReconnectionsToo()
    {
        TestDataBuilder b("kurento", "8p");
        b.bounds(0, 100)
            .event(1, 1, 1, "connectionStart")
            .event(1, 1, 2, "streamCreated-local")
            .event(1, 1, 40, "reconnecting-local")
            .event(1, 1, 41.5, "reconnected-local")
            .event(1, 1, 70, "reconnecting-local")
            .failure(1, 1, 72, 1)
            .event(1, 1, 75, "connectionStart");
        b.cpu(0, 0.5).cpu(100, 0.5);
        const TestAnalysis a = analyse(b.data(), AnalysisMode::Corrected);
        const auto& r = a.users[0].reconnections;
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r[0].end - r[0].start, 1.5);
        QVERIFY(r[0].resumed);
        QCOMPARE(r[1].end, 72.0); // cut at the log's failure line
        QCOMPARE(a.users[0].connected.front().end, 72.0);
        QCOMPARE(a.users[0].connected.size(), std::size_t(1)); // a reconnection does not end the connection
    }

    void mediaWhileFailedFindsGrowingBytesInsideAFailedSpan()
    {
        TestDataBuilder b = liveKitSubscriber();
        TestData data = b.data();
        data.qos = {};
        QosTable& video = data.qos.at(Direction::Inbound, MediaKind::Video);
        // A report every second from 2 to 60 s; the counter grows by 1000 bytes per report except at 52, 53, 54 s.
        double bytes = 0;
        for (double t = 2; t <= 60; t += 1) {
            video.addRow(0, at(t), "PA_sender");
            if (!(t > 51 && t < 55))
                bytes += 1000;
            video.set("bytesReceived", bytes);
        }
        const TestAnalysis corrected = analyse(data, AnalysisMode::Corrected);
        // Failed 50–53 (Disconnected) and 53–55 (log line): 50→51 grows, 51→52→53→54 do not, 54→55 grows.
        const auto found = mediaWhileFailed(corrected, 0);
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].start, 50.0);
        QCOMPARE(found[0].bytes, 1000.0);
        QCOMPARE(found[1].start, 53.0);
        QCOMPARE(found[1].bytes, 1000.0);
        // Notebook mode shows the user failed from the Reconnecting at 20 s until the TrackSubscribed at 30 s, with
        // 10 reports of growing bytes inside.
        const TestAnalysis notebook = analyse(data, AnalysisMode::NotebookCompatible);
        const auto inNotebook = mediaWhileFailed(notebook, 0);
        QVERIFY(!inNotebook.empty());
        QCOMPARE(inNotebook.front().start, 20.0);
        QCOMPARE(inNotebook.front().bytes, 10000.0);
    }

    void aDisconnectedAfterTheTestEndIsNoFailure()
    {
        TestDataBuilder b("pion", "8p");
        b.bounds(0, 100)
            .event(1, 1, 1, "connectionStart")
            .event(1, 1, 2, "LocalTrackPublished-local")
            .event(1, 1, 2.1, "LocalTrackPublished-local")
            .event(1, 1, 100.5, "Disconnected");
        b.cpu(0, 0.5).cpu(100, 0.5);
        const TestAnalysis a = analyse(b.data(), AnalysisMode::Corrected);
        QVERIFY(segmentsOf(a, 0, SegmentType::ConnectionFail).empty());
        QCOMPARE(a.users[0].connected.front().end, 100.0);
    }
};

QTEST_APPLESS_MAIN(ReconnectionRules)
#include "test_reconnection_rules.moc"
