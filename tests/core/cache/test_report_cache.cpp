// The report cache (issue #18): an unchanged folder reported again with the same options gets exactly the tables
// of its first report without loading anything; any file changed, added or removed under the root, or other
// options, computes them again (and the result equals a report without any cache); corrupt, truncated or foreign
// entries are ignored and rewritten; report entries share the re-open cache's cap; the root is never written.
#include "cache_test_support.h"

#include "core/cache/cache_file.h"
#include "core/report/report_cache.h"

using namespace loadscope;
using namespace loadscope::testing;

namespace {

namespace fs = std::filesystem;

const char* const kCpuFile = "dfs_final/loadtest-webrtc-2024-kurento-2p-medianode.csv";

struct Reported {
    ReportOutcome outcome;
    std::map<std::string, std::string> tables;
};

std::string readWhole(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

class TestReportCache : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> work_;
    fs::path root_, cacheFolder_;
    int reports_ = 0;

    fs::path work() const { return fs::path(work_->path().toStdString()); }
    CacheSettings settings(std::uint64_t capBytes = std::uint64_t{1} << 30) const
    {
        return CacheSettings{cacheFolder_, capBytes};
    }
    // A report into a new folder; `reportCache` without a folder: no report cache.
    Reported report(const CacheSettings& reportCache, AnalysisMode mode = AnalysisMode::Corrected,
                    std::shared_ptr<TestCache> testCache = nullptr)
    {
        ReportOptions options;
        options.root = root_;
        options.out = work() / ("out" + std::to_string(++reports_));
        options.analysis.mode = mode;
        options.cache = std::move(testCache);
        options.reportCache = reportCache;
        Reported reported{writeReport(options), {}};
        if (reported.outcome.status == ReportStatus::Written)
            reported.tables = readTables(options.out);
        return reported;
    }
    std::map<std::string, std::string> uncached(AnalysisMode mode = AnalysisMode::Corrected)
    {
        return report(CacheSettings{}, mode).tables;
    }
    fs::path onlyReportEntry() const
    {
        const auto entries = cacheEntries(cacheFolder_, "reports");
        return entries.size() == 1 ? entries.front() : fs::path();
    }

private slots:
    void init()
    {
        SampleWorkspace workspace = makeSampleWorkspace();
        work_ = std::move(workspace.folder);
        root_ = workspace.root;
        cacheFolder_ = workspace.cacheFolder;
    }

    void aSecondReportIsTheFirstsTablesWithoutLoadingAnything()
    {
        const auto before = filesUnder(root_);
        const auto expected = uncached();
        QCOMPARE(expected.size(), std::size_t{8});
        const Reported first = report(settings());
        QVERIFY(!first.outcome.fromCache);
        QCOMPARE(first.tables, expected);
        QVERIFY(!onlyReportEntry().empty());

        auto testCache = std::make_shared<CountingCache>(settings());
        const Reported second = report(settings(), AnalysisMode::Corrected, testCache);
        QVERIFY(second.outcome.fromCache);
        QCOMPARE(second.tables, expected);
        QCOMPARE(second.outcome.message.substr(0, 30), first.outcome.message.substr(0, 30));
        QCOMPARE(second.outcome.problems, first.outcome.problems);
        QCOMPARE(second.outcome.files.size(), first.outcome.files.size());
        // Nothing was loaded: the loader never asked the re-open cache about any test.
        QVERIFY(testCache->restored.empty() && testCache->missed.empty() && testCache->stored.empty());
        QCOMPARE(filesUnder(root_), before);
    }

    void aChangedFileComputesTheTablesAgain()
    {
        QVERIFY(!report(settings()).outcome.fromCache);
        // Half the CPU samples: every CPU column of that test changes.
        const fs::path cpu = root_ / kCpuFile;
        const std::string text = readWhole(cpu);
        std::size_t cut = text.size() / 2;
        cut = text.find('\n', cut) + 1;
        writeFile(cpu, text.substr(0, cut));
        const auto expected = uncached();
        const Reported changed = report(settings());
        QVERIFY(!changed.outcome.fromCache);
        QCOMPARE(changed.tables, expected);
        const Reported again = report(settings());
        QVERIFY(again.outcome.fromCache);
        QCOMPARE(again.tables, expected);
        QCOMPARE(cacheEntries(cacheFolder_, "reports").size(), std::size_t{1}); // replaced, not added
    }

    void aChangedTableIsNeverServedStale()
    {
        const auto original = report(settings()).tables;
        const fs::path cpu = root_ / kCpuFile;
        const std::string text = readWhole(cpu);
        writeFile(cpu, text.substr(0, text.find('\n', text.size() / 2) + 1));
        const Reported changed = report(settings());
        QVERIFY(!changed.outcome.fromCache);
        QVERIFY(changed.tables.at("segments.csv") != original.at("segments.csv"));
    }

    void aTouchedAddedOrRemovedFileAnywhereUnderTheRootMakesItStale()
    {
        QVERIFY(!report(settings()).outcome.fromCache);
        QVERIFY(report(settings()).outcome.fromCache);
        const fs::path log = root_ / "logs" / "loadtest-webrtc-2024-kurento-2p.log";
        fs::last_write_time(log, fs::last_write_time(log) + std::chrono::seconds(1));
        QVERIFY(!report(settings()).outcome.fromCache);
        QVERIFY(report(settings()).outcome.fromCache);
        writeFile(root_ / "stats" / "notes.txt", "a file the report does not read");
        QVERIFY(!report(settings()).outcome.fromCache);
        QVERIFY(report(settings()).outcome.fromCache);
        fs::remove(root_ / "stats" / "notes.txt");
        QVERIFY(!report(settings()).outcome.fromCache);
        QCOMPARE(report(settings()).tables, uncached());
    }

    void otherOptionsAreAnotherEntry()
    {
        const auto corrected = uncached();
        const auto notebook = uncached(AnalysisMode::NotebookCompatible);
        QVERIFY(corrected != notebook);
        QVERIFY(!report(settings()).outcome.fromCache);
        const Reported first = report(settings(), AnalysisMode::NotebookCompatible);
        QVERIFY(!first.outcome.fromCache);
        QCOMPARE(first.tables, notebook);
        const Reported bothKept = report(settings());
        QVERIFY(bothKept.outcome.fromCache);
        QCOMPARE(bothKept.tables, corrected);
        const Reported notebookAgain = report(settings(), AnalysisMode::NotebookCompatible);
        QVERIFY(notebookAgain.outcome.fromCache);
        QCOMPARE(notebookAgain.tables, notebook);
        QCOMPARE(cacheEntries(cacheFolder_, "reports").size(), std::size_t{2});
    }

    void aCorruptTruncatedOrForeignEntryIsIgnoredAndRewritten()
    {
        const auto expected = uncached();
        QVERIFY(!report(settings()).outcome.fromCache);
        const fs::path entry = onlyReportEntry();
        const std::string good = readWhole(entry);
        std::string flipped = good;
        flipped[flipped.size() - 10] ^= 0x20;
        const auto key = reportKeyOf(root_, {}, AnalysisOptions{});
        QVERIFY(key);
        // Well-formed entries of the same name with another key: its hash in the header, or the same hash with
        // other key bytes (as a hash collision would give).
        std::vector<std::string> foreign;
        for (const std::uint64_t hash : {key->hash + 1, key->hash}) {
            const fs::path other = entry.string() + ".foreign";
            QVERIFY(writeCacheFile(other, hash, [](BinaryWriter& out) { out.putString("another folder"); }));
            foreign.push_back(readWhole(other));
            fs::remove(other);
        }
        for (const std::string& bad :
             {flipped, good.substr(0, good.size() / 2), good.substr(0, 20), foreign[0], foreign[1], std::string()}) {
            writeFile(entry, bad);
            const Reported reported = report(settings());
            QVERIFY(!reported.outcome.fromCache);
            QCOMPARE(reported.tables, expected);
            QCOMPARE(readWhole(entry), good); // rewritten
        }
    }

    void anEntryNamingAPathOutsideTheOutputFolderIsRefused()
    {
        const auto key = reportKeyOf(root_, {}, AnalysisOptions{});
        QVERIFY(key);
        const fs::path entry = ReportCache(settings()).entryPath(*key);
        // Checksum and key right, as only a writer of this format could make it, but a table named "../escaped".
        QVERIFY(writeCacheFile(entry, key->hash, [&](BinaryWriter& out) {
            out.putBytes(key->bytes);
            out.put<std::uint64_t>(2);
            out.put<std::uint64_t>(0);
            out.putCount(1);
            out.putString("../escaped");
            out.putString("x");
        }));
        const Reported reported = report(settings());
        QVERIFY(!reported.outcome.fromCache);
        QCOMPARE(reported.tables, uncached());
        QVERIFY(!fs::exists(work() / "escaped"));
    }

    void reportEntriesShareTheCapWithLoadedTests()
    {
        // First with room for everything: two test entries and the report's.
        auto testCache = std::make_shared<CountingCache>(settings());
        QVERIFY(!report(settings(), AnalysisMode::Corrected, testCache).outcome.fromCache);
        QCOMPARE(cacheEntries(cacheFolder_).size(), std::size_t{2});
        const fs::path entry = onlyReportEntry();
        QVERIFY(!entry.empty());
        // A cap of the report entry's size: the loaded tests' entries, used before it, go first.
        fs::remove(entry);
        const std::uint64_t reportSize = [&] {
            QTemporaryDir other;
            const CacheSettings measure{fs::path(other.path().toStdString()), std::uint64_t{1} << 30};
            report(measure);
            return static_cast<std::uint64_t>(fs::file_size(cacheEntries(measure.folder, "reports").front()));
        }();
        QVERIFY(!report(settings(reportSize)).outcome.fromCache);
        QCOMPARE(cacheEntries(cacheFolder_).size(), std::size_t{0});
        QCOMPARE(cacheEntries(cacheFolder_, "reports").size(), std::size_t{1});
        QVERIFY(report(settings(reportSize)).outcome.fromCache);
    }

    void noReportCacheFolderMeansNoCache()
    {
        QVERIFY(!report(CacheSettings{}).outcome.fromCache);
        QVERIFY(!report(CacheSettings{}).outcome.fromCache);
        QVERIFY(!fs::exists(cacheFolder_));
    }
};

QTEST_GUILESS_MAIN(TestReportCache)
#include "test_report_cache.moc"
