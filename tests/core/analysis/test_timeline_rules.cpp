// Rules 4–8 of notebook-semantics.md on hand-built users: combined events, connected intervals,
// intersections, QoE placement and sub-intervals. Expected values follow the rules by hand.
#include "core/analysis/combined_events.h"
#include "core/analysis/connected_intervals.h"
#include "core/analysis/qoe_placement.h"
#include "core/analysis/time_base.h"
#include "test_data_builder.h"

#include <QtTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

std::vector<std::string> names(const std::vector<CombinedEvent>& events)
{
    std::vector<std::string> out;
    for (const auto& e : events)
        out.push_back(e.name);
    return out;
}

TimeBase baseOf(const TestData& data, AnalysisMode mode = AnalysisMode::NotebookCompatible)
{
    AnalysisOptions options;
    options.mode = mode;
    return computeTimeBase(data, options);
}

} // namespace

class TimelineRules : public QObject {
    Q_OBJECT

private slots:
    void logOffsetIsTheNearestQuarterHour_data()
    {
        QTest::addColumn<double>("lagSeconds");
        QTest::addColumn<int>("offsetMinutes");
        QTest::addColumn<int>("expected");
        QTest::newRow("+02:00, events 3 s later") << 3.0 << 120 << 120;
        QTest::newRow("-05:30, events 40 s later") << 40.0 << -330 << -330;
        QTest::newRow("+05:45, events 6 min later") << 360.0 << 345 << 345;
        QTest::newRow("UTC") << 1.0 << 0 << 0;
    }
    void logOffsetIsTheNearestQuarterHour()
    {
        QFETCH(double, lagSeconds);
        QFETCH(int, offsetMinutes);
        QFETCH(int, expected);
        const TimeNs localStart = at(0) + offsetMinutes * 60LL * kNsPerSecond;
        QCOMPARE(detectLogOffsetMinutes(localStart, at(lagSeconds)), expected);
    }

    void correctedModeDetectsTheOffsetNotebookModeAssumesPlusTwo()
    {
        TestDataBuilder b("kurento", "2p");
        b.event(1, 1, 2, "connectionStart").bounds(0, 100);
        TestData data = b.data();
        data.log.localStart -= 60LL * 60 * kNsPerSecond; // the log was written at UTC+01:00
        data.log.localEnd -= 60LL * 60 * kNsPerSecond;
        QCOMPARE(baseOf(data, AnalysisMode::Corrected).logOffsetMinutes, 60);
        QVERIFY(baseOf(data, AnalysisMode::Corrected).offsetDetected);
        QCOMPARE(baseOf(data, AnalysisMode::NotebookCompatible).logOffsetMinutes, 120);
    }

    void openViduSuccessesCollapseToTheFirst()
    {
        TestDataBuilder b("kurento", "8p");
        b.bounds(0, 100)
            .event(1, 1, 1, "connectionStart")
            .event(1, 1, 2, "streamCreated-local")
            .event(1, 1, 3, "streamPlaying-local")
            .event(1, 1, 4, "streamCreated-remote") // a publisher's remote streams are not its success
            .failure(1, 1, 10, 1)
            .event(1, 1, 11, "connectionStart")
            .event(1, 1, 12, "streamPlaying-local")
            .event(1, 1, 50, "publisherStartSpeaking-local");
        const auto combined = combineEvents(b.data(), baseOf(b.data()), AnalysisMode::NotebookCompatible);
        QCOMPARE(names(combined[0]),
                 (std::vector<std::string>{"connectionStart", "streamCreated-local", "connectionFail",
                                           "connectionStart", "streamPlaying-local"}));
        QCOMPARE(combined[0][2].attempts, 1);
        QCOMPARE(combined[0][1].time, 2.0);
    }

    void subscribersSucceedOnAnyStream()
    {
        TestDataBuilder b("mediasoup", "3p-10s");
        b.bounds(0, 100)
            .event(1, 4, 1, "connectionStart")
            .event(1, 4, 2, "streamCreated-remote")
            .event(1, 4, 3, "streamCreated-remote")
            .event(1, 4, 4, "streamPlaying-remote");
        const auto combined = combineEvents(b.data(), baseOf(b.data()), AnalysisMode::NotebookCompatible);
        QCOMPARE(names(combined[0]), (std::vector<std::string>{"connectionStart", "streamCreated-remote"}));
    }

    void liveKitPublisherTakesEveryOtherTrackAndReconnectsFail()
    {
        TestDataBuilder b("pion", "8p");
        b.bounds(0, 100)
            .event(1, 1, 1, "connectionStart")
            .event(1, 1, 2, "LocalTrackPublished-local")
            .event(1, 1, 2.5, "LocalTrackPublished-local")
            .event(1, 1, 20, "Reconnecting")
            .event(1, 1, 21, "Reconnected")
            .event(1, 1, 22, "LocalTrackPublished-local")
            .event(1, 1, 22.5, "LocalTrackPublished-local");
        const auto combined = combineEvents(b.data(), baseOf(b.data()), AnalysisMode::NotebookCompatible);
        QCOMPARE(names(combined[0]), (std::vector<std::string>{"connectionStart", "LocalTrackPublished-local",
                                                               "connectionFail", "LocalTrackPublished-local"}));
        QVERIFY(combined[0][2].recoverable());
        QCOMPARE(combined[0][3].time, 22.0);
    }

    // The notebook does not reset its previous-event name between LiveKit users: a user whose first combined
    // event is TrackSubscribed loses it when the previous user ended on TrackSubscribed.
    void liveKitPreviousEventCarriesOverUsersOnlyInNotebookMode()
    {
        TestDataBuilder b("pion", "3p-10s");
        b.bounds(0, 100)
            .event(1, 4, 1, "connectionStart")
            .event(1, 4, 2, "TrackSubscribed-remote")
            .event(1, 5, 3, "TrackSubscribed-remote")
            .event(1, 5, 4, "TrackSubscribed-remote");
        const auto notebook = combineEvents(b.data(), baseOf(b.data()), AnalysisMode::NotebookCompatible);
        const auto corrected = combineEvents(b.data(), baseOf(b.data()), AnalysisMode::Corrected);
        QCOMPARE(notebook[1].size(), std::size_t(0));
        QCOMPARE(corrected[1].size(), std::size_t(1));
        QCOMPARE(corrected[1][0].time, 3.0);
    }

    // pandas' combined.drop(label) for a collapsed TrackSubscribed also drops the user's log failure that has
    // the same label number (events and failures are numbered separately, from 0).
    void notebookDropsALogFailureSharingTheLabelOfACollapsedSuccess()
    {
        TestDataBuilder b("pion", "3p-10s");
        b.bounds(0, 100)
            .event(1, 4, 1, "connectionStart")        // label 0
            .event(1, 4, 2, "TrackSubscribed-remote") // label 1
            .event(1, 4, 3, "TrackSubscribed-remote") // label 2: collapsed
            .event(1, 4, 60, "Disconnected");         // label 3
        b.failure(1, 5, 10, 1).failure(1, 5, 11, 2);  // labels 0, 1 (another user)
        b.failure(1, 4, 50, 1);                       // label 2: this user's
        b.event(1, 5, 9, "connectionStart");
        const auto notebook = combineEvents(b.data(), baseOf(b.data()), AnalysisMode::NotebookCompatible);
        const auto corrected = combineEvents(b.data(), baseOf(b.data()), AnalysisMode::Corrected);
        QCOMPARE(names(notebook[0]), (std::vector<std::string>{"connectionStart", "TrackSubscribed-remote"}));
        // Corrected mode: a LiveKit Disconnected before the test's end is a failure too (test_reconnection_rules).
        QCOMPARE(names(corrected[0]), (std::vector<std::string>{"connectionStart", "TrackSubscribed-remote",
                                                                "connectionFail", "Disconnected"}));
    }

    void failuresOutsideTheEventSpanAreIgnored()
    {
        TestDataBuilder b("kurento", "2p");
        b.bounds(0, 100).event(1, 1, 5, "connectionStart").event(1, 1, 6, "streamCreated-local");
        b.failure(1, 1, 4, 1).failure(1, 1, 7, 2);
        const auto combined = combineEvents(b.data(), baseOf(b.data()), AnalysisMode::NotebookCompatible);
        QCOMPARE(combined[0].size(), std::size_t(2));
    }

    void connectedIntervalsRunToTheNextFailureOrTheClippedEnd()
    {
        std::vector<CombinedEvent> c{{1, CombinedKind::Start, "connectionStart", 0},
                                     {2, CombinedKind::Success, "s", 0},
                                     {10, CombinedKind::Fail, "connectionFail", 1},
                                     {12, CombinedKind::Success, "s", 0},
                                     {18, CombinedKind::Success, "s", 0}};
        const auto intervals = connectedIntervals(c, 15);
        QCOMPARE(intervals.size(), std::size_t(3));
        QCOMPARE(intervals[0].start, 2.0);
        QCOMPARE(intervals[0].end, 10.0);
        QCOMPARE(intervals[1].end, 15.0);
        QCOMPARE(intervals[2].start, 18.0); // after the crash clip: kept as the notebook keeps it
        QCOMPARE(intervals[2].end, 15.0);
    }

    void intersectionsStartFiveSecondsLater()
    {
        const auto shared = intersectIntervals({{2, 10}, {30, 40}}, {{4, 20}, {31, 39}, {33, 37}});
        QCOMPARE(shared.size(), std::size_t(2)); // [33, 37] + 5 s leaves nothing
        QCOMPARE(shared[0].start, 9.0);
        QCOMPARE(shared[0].end, 10.0);
        QCOMPARE(shared[1].start, 36.0);
        QCOMPARE(shared[1].end, 39.0);
    }

    // Rule 7: fragment duration = shared time / (max cut index + 1); a fragment that does not fit moves to the
    // next intersection; at the last one it is cut to what is left, and so is every fragment after it.
    void qoeFragmentsArePlacedOneAfterAnother()
    {
        TestDataBuilder b("kurento", "2p");
        b.bounds(0, 100)
            .event(1, 1, 0, "connectionStart")
            .event(1, 2, 0, "connectionStart")
            .cut(1, 1, 2, 0, 0.8, 0.6)
            .cut(1, 1, 2, 1, 0.9, 0.7)
            .cut(1, 1, 2, 3, 1.0, -0.25);
        std::vector<UserTimeline> users(2);
        users[0].key = {1, 1};
        users[1].key = {1, 2};
        PairIntersections shared;
        shared[{0, 1}] = {{0, 10}, {20, 26}};
        shared[{1, 0}] = shared[{0, 1}];
        const auto cuts = placeQoeCuts(b.data(), users, shared);
        QCOMPARE(cuts.size(), std::size_t(3));
        // 16 s shared / 4 = 4 s per fragment: [0,4], [4,8], then 12 > 10 → [20,24].
        QCOMPARE(cuts[0].start, 0.0);
        QCOMPARE(cuts[1].end, 8.0);
        QCOMPARE(cuts[2].start, 20.0);
        QCOMPARE(cuts[2].end, 24.0);
        QCOMPARE(cuts[0].vmaf, 4.0);
        QCOMPARE(cuts[2].visqol, -1.25);

        shared[{0, 1}] = {{0, 10}, {20, 22}}; // 12 s / 4 = 3 s: [0,3], [3,6], [6,9]
        const auto tight = placeQoeCuts(b.data(), users, shared);
        QCOMPARE(tight[2].start, 6.0);
        shared[{0, 1}] = {{0, 5}, {20, 21}}; // 6 s / 4 = 1.5 s: [0,1.5], [1.5,3], [3,4.5]
        const auto cut = placeQoeCuts(b.data(), users, shared);
        QCOMPARE(cut[2].end, 4.5);
        shared[{0, 1}] = {{0, 2}, {20, 21.5}}; // 3.5 s / 4 = 0.875: [0,.875], [.875,1.75], then [20, 20.875]
        const auto moved = placeQoeCuts(b.data(), users, shared);
        QCOMPARE(moved[2].start, 20.0);
        QCOMPARE(moved[2].end, 20.875);
    }

    void lastIntersectionCutsEveryRemainingFragment()
    {
        TestDataBuilder b("kurento", "2p");
        b.bounds(0, 100).cut(1, 1, 2, 0, 0.5, 0.5).cut(1, 1, 2, 1, 0.5, 0.5).cut(1, 1, 2, 1, 0.5, 0.5);
        std::vector<UserTimeline> users(2);
        users[0].key = {1, 1};
        users[1].key = {1, 2};
        PairIntersections shared;
        // 10 s / 2 = 5 s: [0,5] then [5,10] then 15 > 10 at the last span → [5, 10] (start not advanced)
        shared[{0, 1}] = {{0, 10}};
        const auto cuts = placeQoeCuts(b.data(), users, shared);
        QCOMPARE(cuts[1].start, 5.0);
        QCOMPARE(cuts[2].start, 10.0);
        QCOMPARE(cuts[2].end, 10.0);
    }

    void unplacedFragmentsKeepNoTime()
    {
        TestDataBuilder b("kurento", "2p");
        b.bounds(0, 100).cut(1, 1, 2, 0, 0.5, 0.5).cut(1, 1, 7, 0, 0.5, 0.5);
        std::vector<UserTimeline> users(2);
        users[0].key = {1, 1};
        users[1].key = {1, 2};
        const auto cuts = placeQoeCuts(b.data(), users, {});
        QVERIFY(std::isnan(cuts[0].start));
        QCOMPARE(cuts[1].senderIndex, -1);
    }

    // Rule 8: every bound splits time; a piece gets the mean of the fragments overlapping it.
    void qoeSubIntervalsAverageOverlappingFragments()
    {
        std::vector<PlacedCut> cuts(3);
        cuts[0] = {0, 1, 0, 0, 4, 5.0, 1.0};
        cuts[1] = {0, 2, 0, 2, 6, 3.0, -1.25};
        cuts[2] = {1, 0, 0, 0, 6, 1.0, 1.0}; // another receiver
        const auto vmaf = qoeSubIntervals(cuts, 0, QoeMetric::Vmaf, AnalysisMode::NotebookCompatible);
        QCOMPARE(vmaf.size(), std::size_t(3));
        QCOMPARE(vmaf[0].value, 5.0);
        QCOMPARE(vmaf[1].start, 2.0);
        QCOMPARE(vmaf[1].value, 4.0);
        QCOMPARE(vmaf[2].value, 3.0);
        const auto notebook = qoeSubIntervals(cuts, 0, QoeMetric::Visqol, AnalysisMode::NotebookCompatible);
        QCOMPARE(notebook[1].value, (1.0 - 1.25) / 2); // a failed ViSQOL averaged as a score
        const auto corrected = qoeSubIntervals(cuts, 0, QoeMetric::Visqol, AnalysisMode::Corrected);
        QCOMPARE(corrected.size(), std::size_t(1));
        QCOMPARE(corrected[0].end, 4.0);
        QCOMPARE(corrected[0].value, 1.0);
    }

    void boundsAreRoundedAsNumpyRound()
    {
        QCOMPARE(roundTo5Decimals(1.000005), 1.0); // 100000.5 is not exact: rint of 100000.49999...
        QCOMPARE(roundTo5Decimals(2.5e-5), 2e-5);  // half to even
        QCOMPARE(roundTo5Decimals(12.3456789), 12.34568);
    }
};

QTEST_GUILESS_MAIN(TimelineRules)
#include "test_timeline_rules.moc"
