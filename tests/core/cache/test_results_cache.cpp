// The re-open cache through the report (issue #18): a second open reads every unchanged test from the cache and
// reports exactly what parsing the files reports; a changed, added or removed file makes just its test stale; a
// corrupt, truncated or foreign entry is ignored and rewritten; the cache keeps under its cap; the results folder
// is never written.
#include "cache_test_support.h"

using namespace loadscope;
using namespace loadscope::testing;

namespace {

namespace fs = std::filesystem;

const std::string kKurento = "loadtest-webrtc-2024-kurento-2p";
const std::string kPion = "loadtest-webrtc-2024-pion-3p-10s";

std::vector<std::string> sorted(std::vector<std::string> names)
{
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

class TestResultsCache : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> work_;
    fs::path root_, cacheFolder_;
    int reports_ = 0;

    fs::path work() const { return fs::path(work_->path().toStdString()); }
    std::shared_ptr<CountingCache> makeCache(std::uint64_t capBytes = std::uint64_t{1} << 30)
    {
        return std::make_shared<CountingCache>(CacheSettings{cacheFolder_, capBytes});
    }
    std::map<std::string, std::string> report(std::shared_ptr<TestCache> cache)
    {
        return reportTables(root_, work() / ("out" + std::to_string(++reports_)), std::move(cache));
    }
    fs::path entryOf(const CountingCache& cache, const std::string& test)
    {
        // The entry's name depends on the root and the test only, so any inputs of the test name it.
        return cache.entryPath(TestInputs{root_.string(), test, true, {}});
    }

private slots:
    void init()
    {
        SampleWorkspace workspace = makeSampleWorkspace();
        work_ = std::move(workspace.folder);
        root_ = workspace.root;
        cacheFolder_ = workspace.cacheFolder;
    }

    void aSecondOpenReadsEveryTestFromTheCacheAndReportsTheSame()
    {
        const auto before = filesUnder(root_);
        const auto parsed = report(nullptr);
        QVERIFY(parsed.count("segments.csv") && parsed.count("problems.csv"));
        auto cache = makeCache();
        QCOMPARE(report(cache), parsed);
        QCOMPARE(sorted(cache->stored), sorted({kKurento, kPion}));
        QVERIFY(cache->restored.empty());
        QCOMPARE(cacheEntries(cacheFolder_).size(), std::size_t{2});
        cache->clear();
        QCOMPARE(report(cache), parsed);
        QCOMPARE(sorted(cache->restored), sorted({kKurento, kPion}));
        QVERIFY(cache->stored.empty());
        QVERIFY(cache->missed.empty());
        QCOMPARE(filesUnder(root_), before);
    }

    void aChangedFileMakesOnlyItsTestStale()
    {
        auto cache = makeCache();
        report(cache);
        cache->clear();
        // The media node's CPU of the pion test rewritten: same rows, one CPU value doubled, same size or not.
        const fs::path cpu = root_ / "dfs_final" / (kPion + "-medianode.csv");
        std::ifstream in(cpu);
        std::string header, first, rest, line;
        std::getline(in, header);
        std::getline(in, first);
        while (std::getline(in, line))
            rest += line + "\n";
        in.close();
        writeFile(cpu, header + "\n" + first + "\n" + rest + first + "\n");
        const auto parsed = report(nullptr);
        QCOMPARE(report(cache), parsed);
        QCOMPARE(cache->restored, std::vector<std::string>{kKurento});
        QCOMPARE(cache->stored, std::vector<std::string>{kPion});
        // Only the modification time changed: stale too (the cache never looks inside the files).
        cache->clear();
        const fs::path log = root_ / "logs" / (kKurento + ".log");
        QVERIFY(fs::exists(log));
        fs::last_write_time(log, fs::last_write_time(log) + std::chrono::seconds(5));
        QCOMPARE(report(cache), parsed);
        QCOMPARE(cache->restored, std::vector<std::string>{kPion});
        QCOMPARE(cache->stored, std::vector<std::string>{kKurento});
    }

    void aRemovedOrAddedFileMakesItsTestStale()
    {
        auto cache = makeCache();
        report(cache);
        const fs::path session = root_ / "stats" / kKurento / "LoadTestSession1";
        QVERIFY(fs::exists(session / "User1" / "events.json"));
        fs::remove(session / "User1" / "events.json");
        cache->clear();
        const auto parsed = report(nullptr);
        QVERIFY(parsed.at("problems.csv").find("events.json") != std::string::npos);
        QCOMPARE(report(cache), parsed);
        QCOMPARE(cache->stored, std::vector<std::string>{kKurento});
        fs::copy(session / "User2", session / "User9", fs::copy_options::recursive);
        cache->clear();
        const auto added = report(nullptr);
        QVERIFY(added.at("segments.csv") != parsed.at("segments.csv"));
        QCOMPARE(report(cache), added);
        QCOMPARE(cache->stored, std::vector<std::string>{kKurento});
        QCOMPARE(cache->restored, std::vector<std::string>{kPion});
    }

    void aBadEntryIsIgnoredAndRewritten_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char* damage : {"flip a byte", "truncate", "another test's entry", "not a cache file", "empty"})
            QTest::newRow(damage) << QString::fromLatin1(damage);
    }

    void aBadEntryIsIgnoredAndRewritten()
    {
        QFETCH(QString, damage);
        auto cache = makeCache();
        const auto parsed = report(cache);
        const fs::path entry = entryOf(*cache, kPion), other = entryOf(*cache, kKurento);
        QVERIFY(fs::exists(entry));
        std::string bytes;
        {
            std::ifstream in(entry, std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(in), {});
        }
        if (damage == "flip a byte")
            bytes[bytes.size() / 2] ^= 0x20;
        else if (damage == "truncate")
            bytes.resize(bytes.size() / 2);
        else if (damage == "not a cache file")
            bytes = "{\"not\": \"a cache entry\"}";
        else if (damage == "empty")
            bytes.clear();
        if (damage == "another test's entry")
            fs::copy_file(other, entry, fs::copy_options::overwrite_existing);
        else
            writeFile(entry, bytes);
        cache->clear();
        QCOMPARE(report(cache), parsed);
        QCOMPARE(cache->restored, std::vector<std::string>{kKurento});
        QCOMPARE(cache->stored, std::vector<std::string>{kPion});
        cache->clear();
        QCOMPARE(report(cache), parsed);
        QCOMPARE(sorted(cache->restored), sorted({kKurento, kPion}));
    }

    void theCacheKeepsUnderItsCap()
    {
        report(makeCache());
        std::uint64_t largest = 0, total = 0;
        for (const auto& entry : cacheEntries(cacheFolder_)) {
            largest = std::max<std::uint64_t>(largest, fs::file_size(entry));
            total += fs::file_size(entry);
        }
        fs::remove_all(cacheFolder_);
        // Room for the larger entry only: the one stored first goes (whichever it is), the total stays under.
        report(makeCache(largest + 1));
        const auto kept = cacheEntries(cacheFolder_);
        QCOMPARE(kept.size(), std::size_t{1});
        QVERIFY(fs::file_size(kept.front()) <= largest + 1);
        QVERIFY(total > largest + 1);
        // Smaller than any entry: nothing is kept, nothing fails.
        fs::remove_all(cacheFolder_);
        auto tiny = makeCache(100);
        const auto parsed = report(nullptr);
        QCOMPARE(report(tiny), parsed);
        QVERIFY(cacheEntries(cacheFolder_).empty());
    }

    // The GUI's way: the load lists what to store, nothing is written until storeDeferredTests().
    void storesCanWaitUntilTheResultsAreShown()
    {
        auto cache = makeCache();
        AnalyseRequest request;
        request.root = root_;
        request.cache = cache;
        request.deferCacheStores = true;
        const auto first = analyseResults(request);
        QVERIFY(first);
        QCOMPARE(first->deferredStores.size(), std::size_t{2});
        QVERIFY(cache->stored.empty());
        QVERIFY(cacheEntries(cacheFolder_).empty());
        storeDeferredTests(*first);
        QCOMPARE(sorted(cache->stored), sorted({kKurento, kPion}));
        cache->clear();
        const auto second = analyseResults(request);
        QVERIFY(second && second->deferredStores.empty());
        QCOMPARE(sorted(cache->restored), sorted({kKurento, kPion}));
        QCOMPARE(report(cache), report(nullptr));
    }

    void problemsComeBackInTheSameOrder()
    {
        const fs::path user = root_ / "stats" / kKurento / "LoadTestSession1" / "User2";
        writeFile(user / "events.json", "[{\"event\": \"connectionStart\", \"timestamp\": ");
        writeFile(user / "stats.json", "not json at all");
        auto cache = makeCache();
        const auto parsed = report(nullptr);
        QVERIFY(parsed.at("problems.csv").find("User2/stats.json") != std::string::npos);
        QCOMPARE(report(cache), parsed);
        cache->clear();
        QCOMPARE(report(cache), parsed);
        QCOMPARE(sorted(cache->restored), sorted({kKurento, kPion}));
    }
};

QTEST_GUILESS_MAIN(TestResultsCache)
#include "test_results_cache.moc"
