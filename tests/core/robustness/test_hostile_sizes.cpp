// Absurd input is refused with a problem, not an out-of-memory kill: a 2 GiB stats.json, a 1 GiB string in an
// events.json and 10 M events for one user, each streamed to a temporary copy of the corpus's clean case (never
// held in memory by the test, never committed). Each test checks the problems, what still loads, and that the
// peak resident memory of the load stays within what the limits of core/load/load_limits.h allow. Its own
// executable, so the other robustness tests stay fast (this one writes about 3 GiB to the temporary folder).
#include "core/load/load_limits.h"
#include "malformed_roots.h"
#include "peak_memory.h"

#include <QtTest/QtTest>

#include <fstream>
#include <thread>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

namespace fs = std::filesystem;

const std::string kSession = "stats/loadtest-webrtc-2024-kurento-2p/LoadTestSession1";
constexpr long long kGiB = 1LL << 30;

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Writes head, then `piece` `count` times (separated by `separator`), then tail, in chunks of a few MiB.
void writeRepeated(const fs::path& path, const std::string& head, const std::string& piece,
                   const std::string& separator, long long count, const std::string& tail)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << head;
    std::string chunk;
    const long long perChunk = std::max<long long>(1,
                                                   (4 << 20) / static_cast<long long>(piece.size() + separator.size()));
    for (long long written = 0; written < count;) {
        chunk.clear();
        for (long long i = 0; i < perChunk && written < count; ++i, ++written) {
            if (written > 0)
                chunk += separator;
            chunk += piece;
        }
        out << chunk;
    }
    out << tail;
    QVERIFY(out.good());
}

long long numbersHeldBytes(const Results& results)
{
    long long numbers = 0;
    for (const TestData& test : results.tests)
        for (const QosTable& table : test.qos.tables)
            numbers += static_cast<long long>(table.rows() * (table.metricNames().size() + 2)); // + user, time
    return numbers * 8;
}

// A temporary copy of the clean case in which a test replaces one file of the kurento test's session with a
// hostile one, then loads it measuring the growth of the peak resident memory.
struct HostileRoot {
    QTemporaryDir dir;
    fs::path root = copyOfCase(dir);
    std::optional<Results> results;
    long long peakGrowth = 0;

    fs::path path(const std::string& userFile) const { return root / kSession / userFile; }

    void load()
    {
        if (!resetPeakResident())
            qWarning("cannot reset the peak resident size: the bound covers everything since the test started");
        const long long before = residentBytes();
        // In a thread of its own, so that the loader's per-thread buffers go with it and the next test starts
        // from the same resident size.
        std::thread loader([this] { results = loadResults(root, LoadOptions{{}, true, 2, nullptr, {}}); });
        loader.join();
        peakGrowth = peakResidentBytes() - before;
        qInfo("peak resident growth while loading: %lld MiB", peakGrowth >> 20);
    }

    bool hasProblem(const std::string& userFile, Severity severity, const std::string& says) const
    {
        return std::any_of(results->problems.begin(), results->problems.end(), [&](const Problem& p) {
            return p.file == kSession + "/" + userFile && p.severity == severity &&
                   p.message.find(says) != std::string::npos;
        });
    }
};

// Events of everyone but the kurento test's User1, as the corpus counts them.
long long eventsOfTheOtherUsers()
{
    return expectedCounts(malformedRootsExpected().value(QLatin1String("missing_events_file")).toObject()).events;
}

QString mib(long long bytes)
{
    return QStringLiteral("%1 MiB").arg(bytes >> 20);
}

} // namespace

class TestHostileSizes : public QObject {
    Q_OBJECT

    QJsonObject clean_ = malformedRootsExpected().value(QLatin1String("clean")).toObject();

private slots:
    void twoGibStatsJsonLoadsItsFirstPartWithinTheLimit()
    {
        HostileRoot hostile;
        // One stats record of the clean case (User1 has one), repeated into User2's stats.json past 2 GiB.
        std::string record = readText(hostile.path("User1/stats.json"));
        QVERIFY(record.size() > 2 && record.front() == '[' && record.back() == ']');
        record = record.substr(1, record.size() - 2);
        const long long records = 2 * kGiB / static_cast<long long>(record.size() + 1) + 1;
        writeRepeated(hostile.path("User2/stats.json"), "[", record, ",", records, "]");
        QVERIFY(static_cast<long long>(fs::file_size(hostile.path("User2/stats.json"))) > 2 * kGiB);

        hostile.load();
        QVERIFY(hostile.results);
        QVERIFY(hostile.hasProblem("User2/stats.json", Severity::Error, "larger than the limit of 512 MiB"));
        QVERIFY(hostile.hasProblem("User2/stats.json", Severity::Warning, "the file ends inside an item"));
        // The records wholly inside the first 512 MiB ("[" then record, ",", record, ...) still load.
        const long long complete = static_cast<long long>(limits::kMaxStatsFileBytes) /
                                   static_cast<long long>(record.size() + 1);
        const QJsonObject byFolder = clean_.value(QLatin1String("qos_rows_by_user_folder")).toObject();
        const auto rowsOf = [&](const char* user) {
            return static_cast<long long>(byFolder.value(QString::fromStdString(kSession) + user).toDouble());
        };
        const long long expectedRows = expectedCounts(clean_).qosRows - rowsOf("/User2") + complete * rowsOf("/User1");
        QCOMPARE(countLoaded(*hostile.results).qosRows, expectedRows);
        // The file read up to the limit, plus three times the numbers it now holds (parser and table overhead).
        const long long held = numbersHeldBytes(*hostile.results);
        qInfo("numbers held: %s", qPrintable(mib(held)));
        QVERIFY2(hostile.peakGrowth < static_cast<long long>(limits::kMaxStatsFileBytes) + 3 * held,
                 qPrintable(mib(hostile.peakGrowth)));
    }

    void gibStringIsRefused()
    {
        HostileRoot hostile;
        writeRepeated(hostile.path("User1/events.json"), R"([{"event":"exception","reason":")",
                      std::string(1 << 20, 'a'), "", 1024, R"(","timestamp":"2024-06-13T08:00:20.000Z"}])");
        hostile.load();
        QVERIFY(hostile.results);
        QVERIFY(hostile.hasProblem("User1/events.json", Severity::Error, "larger than the limit of 256 MiB"));
        QVERIFY(hostile.hasProblem("User1/events.json", Severity::Warning, "the file ends inside an item"));
        QCOMPARE(countLoaded(*hostile.results).events, eventsOfTheOtherUsers());
        // The file read up to the limit and little else: nothing of the string is kept.
        QVERIFY2(hostile.peakGrowth < static_cast<long long>(limits::kMaxEventsFileBytes) + (64LL << 20),
                 qPrintable(mib(hostile.peakGrowth)));
    }

    void tenMillionEventsForOneUserAreCut()
    {
        HostileRoot hostile;
        writeRepeated(
            hostile.path("User1/events.json"), "[\n",
            R"({"event":"streamPlaying","connection":"remote","connectionId":"str_x","timestamp":"2024-06-13T08:00:20.000Z"})",
            ",\n", 10'000'000, "\n]\n");
        hostile.load();
        QVERIFY(hostile.results);
        QVERIFY(hostile.hasProblem("User1/events.json", Severity::Error, "larger than the limit of 256 MiB"));
        QVERIFY(hostile.hasProblem("User1/events.json", Severity::Error, "more than 1000000 events"));
        QCOMPARE(countLoaded(*hostile.results).events,
                 eventsOfTheOtherUsers() + static_cast<long long>(limits::kMaxEventsPerFile));
        // The file read up to the limit, plus at most 1 KiB per event kept (Event, its text, sorting).
        QVERIFY2(hostile.peakGrowth <
                     static_cast<long long>(limits::kMaxEventsFileBytes + limits::kMaxEventsPerFile * 1024),
                 qPrintable(mib(hostile.peakGrowth)));
    }
};

QTEST_GUILESS_MAIN(TestHostileSizes)
#include "test_hostile_sizes.moc"
