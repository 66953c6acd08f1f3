// A loaded test to the cache's bytes and back: every field of the model survives (NaN, absent optionals, extra QoE
// metrics, errors.json and connections.json records, problems); any truncation or tampering of what later code
// indexes by is refused with CacheFormatError, never read out of bounds (the fuzz target cache_entry goes on).
#include "core/cache/test_data_codec.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>

using namespace loadscope;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TestData richTest()
{
    TestData data;
    data.info = {"loadtest-webrtc-2024-pion-3p-10s", "pion", "3p-10s", EventFamily::LiveKit};
    UserEvents user{{1, 2}, "stats/t/s-ab12/u-cd34", {}};
    user.events.push_back({1'000, "ParticipantJoined-local", "ParticipantJoined", "local", "PA_x", "{\"e\":1}", 3, 0});
    user.events.push_back({2'000, "Reconnecting", "Reconnecting", "", "", "{}", 9, -1});
    user.errors.push_back({kNoTime, "EMULATED_PARTICIPANT_CREATION_ERROR", "no room", "{\"r\":2}", 4});
    user.joins.push_back({5'000, "worker-3", "User2", "LoadTestSession1", 1});
    data.users.push_back(user);
    data.users.push_back(UserEvents{{1, 3}, "stats/t/LoadTestSession1/User3", {}});
    data.log.present = true;
    data.log.failures.push_back({{1, 3}, 7'000, 2, 41});
    data.log.localStart = 100;
    data.log.localEnd = 900;
    data.log.startLine = 2;
    data.log.endLine = 88;
    data.log.zoneOffsetMinutes = -90;
    data.resources = {{10, 0.5, kNaN}, {20, kNaN, 0.25}};
    data.resourcesFile = "dfs_final/t-medianode.ndjson";
    QoeCut cut{{1, 2}, 3, 4, 0.9, kNaN, {{"msssim", 0.97}, {"pesq", 3.5}}, 1, 5};
    data.qoe.push_back(cut);
    data.batches = Batches{4, 2};
    QosTable& inbound = data.qos.at(Direction::Inbound, MediaKind::Video);
    inbound.addRow(0, 1'000, "peer-a");
    inbound.set("jitter", 0.01);
    inbound.addRow(1, 2'000, "peer-b");
    inbound.set("framesPerSecond", 30);
    data.qos.at(Direction::Outbound, MediaKind::Audio).addRow(1, 3'000, "peer-a");
    return data;
}

std::vector<Problem> someProblems()
{
    return {{"stats/t/LoadTestSession1/User3/events.json", 12, Severity::Error, "not JSON: unexpected end"},
            {"logs/t.log", 0, Severity::Warning, "no \"Saved result in\" line"}};
}

std::string encode(const TestData& data, const std::vector<Problem>& problems)
{
    BinaryWriter out;
    encodeCachedTest(out, data, problems);
    return out.take();
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestCacheCodec : public QObject {
    Q_OBJECT
private slots:
    void everyFieldSurvives()
    {
        const TestData data = richTest();
        const std::string bytes = encode(data, someProblems());
        BinaryReader in(bytes);
        const CachedTest back = decodeCachedTest(in);
        const TestData& got = back.data;
        QCOMPARE(got.info.name, data.info.name);
        QCOMPARE(got.info.family, EventFamily::LiveKit);
        QCOMPARE(got.users.size(), std::size_t{2});
        const UserEvents& user = got.users[0];
        QCOMPARE(user.folder, data.users[0].folder);
        QCOMPARE(user.events.size(), std::size_t{2});
        QCOMPARE(user.events[0].raw, std::string("{\"e\":1}"));
        QCOMPARE(user.events[0].connectionId, std::string("PA_x"));
        QCOMPARE(user.events[1].fileIndex, -1);
        QCOMPARE(user.events[1].line, 9L);
        QCOMPARE(user.errors.at(0).time, kNoTime);
        QCOMPARE(user.errors.at(0).kind, std::string("EMULATED_PARTICIPANT_CREATION_ERROR"));
        QCOMPARE(user.joins.at(0).worker, std::string("worker-3"));
        QCOMPARE(got.log.failures.at(0).attempts, 2);
        QCOMPARE(got.log.failures.at(0).key.user, 3);
        QCOMPARE(got.log.zoneOffsetMinutes, std::optional<int>(-90));
        QCOMPARE(got.log.endLine, 88L);
        QCOMPARE(got.resources.size(), std::size_t{2});
        QVERIFY(same(got.resources[0].memory, kNaN) && same(got.resources[1].cpu, kNaN));
        QCOMPARE(got.resourcesFile, data.resourcesFile);
        QCOMPARE(got.qoe.at(0).extra, data.qoe[0].extra);
        QVERIFY(std::isnan(got.qoe[0].visqol));
        QCOMPARE(got.qoe[0].row, 5);
        QCOMPARE(got.batches->batchSize, 2);
        const QosTable& inbound = got.qos.at(Direction::Inbound, MediaKind::Video);
        QCOMPARE(inbound.rows(), std::size_t{2});
        QCOMPARE(inbound.peers(), (std::vector<std::string>{"peer-a", "peer-b"}));
        QVERIFY(same(inbound.column("jitter")->at(1), kNaN));
        QCOMPARE(inbound.column("framesPerSecond")->at(1), 30.0);
        QCOMPARE(got.qos.at(Direction::Outbound, MediaKind::Audio).recordTime(), std::vector<TimeNs>{3'000});
        QCOMPARE(back.problems.size(), std::size_t{2});
        QCOMPARE(back.problems[0].line, 12L);
        QCOMPARE(back.problems[0].severity, Severity::Error);
        QCOMPARE(back.problems[1].message, someProblems()[1].message);
        // What the decoder gives encodes to the same bytes: nothing the encoder writes is dropped on the way back.
        QCOMPARE(encode(got, back.problems), bytes);
    }

    void absentOptionalsStayAbsent()
    {
        TestData data = richTest();
        data.batches.reset();
        data.log.zoneOffsetMinutes.reset();
        const std::string bytes = encode(data, {});
        BinaryReader in(bytes);
        const CachedTest back = decodeCachedTest(in);
        QVERIFY(!back.data.batches && !back.data.log.zoneOffsetMinutes);
    }

    void everyTruncationIsRefused()
    {
        const std::string bytes = encode(richTest(), someProblems());
        for (std::size_t size = 0; size < bytes.size(); ++size) {
            BinaryReader in(std::string_view(bytes).substr(0, size));
            QVERIFY_THROWS_EXCEPTION(CacheFormatError, decodeCachedTest(in));
        }
        const std::string longer = bytes + "x";
        BinaryReader in(longer);
        QVERIFY_THROWS_EXCEPTION(CacheFormatError, decodeCachedTest(in));
    }

    // A QoS row of a user the test does not have (analysis indexes users by it) and a peer out of range.
    void indexesOutOfRangeAreRefused()
    {
        TestData data = richTest();
        data.users.pop_back(); // the inbound video table's second row is user 1
        const std::string bytes = encode(data, {});
        BinaryReader noUser(bytes);
        QVERIFY_THROWS_EXCEPTION(CacheFormatError, decodeCachedTest(noUser));

        QosColumns parts{{0}, {1}, {5}, {"only"}, {}, {}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, QosTable::fromColumns(parts));
        QosColumns lengths{{0, 0}, {1}, {0, 0}, {"p"}, {}, {}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, QosTable::fromColumns(lengths));
        QosColumns twice{{0}, {1}, {0}, {"p"}, {"a", "a"}, {{1.0}, {2.0}}};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, QosTable::fromColumns(twice));
    }

    void anEnumeratorOutOfRangeIsRefused()
    {
        std::string bytes = encode(richTest(), {});
        // The family follows the three strings of TestInfo, each a 64-bit length and its bytes.
        std::size_t at = 0;
        for (int s = 0; s < 3; ++s) {
            std::uint64_t length = 0;
            std::memcpy(&length, bytes.data() + at, sizeof length);
            at += sizeof length + length;
        }
        const int bad = 7;
        std::memcpy(bytes.data() + at, &bad, sizeof bad);
        BinaryReader in(bytes);
        QVERIFY_THROWS_EXCEPTION(CacheFormatError, decodeCachedTest(in));
    }
};

QTEST_APPLESS_MAIN(TestCacheCodec)
#include "test_cache_codec.moc"
