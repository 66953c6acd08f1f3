// Follow keeps the re-open cache current (#18): a folder written in steps while it is followed is stored in the
// cache once it has been quiet for FollowCacheRefresh::kQuietLooks looks, never while it is changing; the next
// load then restores every test (nothing parsed) and gives the same report as parsing. With the cache turned off
// nothing is stored. The followed folder is never written to.
#include "cache_test_support.h"
#include "core/generate/results_generator.h"
#include "core/load/results_loader.h"
#include "growing_copy.h"
#include "ui/state/follow_controller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loadscope;
using namespace loadscope::testing;
namespace fs = std::filesystem;

namespace {

constexpr int kSteps = 3;
constexpr int kWaitMilliseconds = 60000;

// Asks `follow` to look until `done` holds or `looks` looks were made (each look waited for), then gives `done`
// up to `settleMilliseconds` more.
template <typename Done>
bool lookUntil(FollowController& follow, int looks, Done done, int settleMilliseconds)
{
    QSignalSpy checked(&follow, &FollowController::checked);
    for (int look = 0; look < looks && !done(); ++look) {
        follow.checkNow();
        if (!checked.wait(kWaitMilliseconds))
            return false;
    }
    return QTest::qWaitFor(done, settleMilliseconds);
}

} // namespace

class TestFollowCache : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    fs::path complete_;

    fs::path scratch(const char* name) const { return fs::path(dir_.path().toStdString()) / name; }

    // Follows a copy of the generated folder written in kSteps steps, waiting for each step's update.
    void followGrowingCopy(FollowController& follow, const fs::path& live)
    {
        const GrowingCopy copy(complete_, kSteps);
        copy.appendStep(live, 0);
        QSignalSpy updated(&follow, &FollowController::updated);
        follow.start(QString::fromStdString(live.string()), AnalysisOptions{});
        QVERIFY(updated.wait(kWaitMilliseconds));
        for (int step = 1; step < kSteps; ++step) {
            copy.appendStep(live, step);
            follow.checkNow();
            QVERIFY(updated.wait(kWaitMilliseconds));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        complete_ = scratch("complete");
        generate::GeneratorOptions options;
        options.seed = 5;
        options.tests = {*generate::parseTestSpec("mediasoup-8p")};
        options.sessions = 2;
        options.durationSeconds = 60;
        generate::generateResults(complete_, options, 2);
    }

    void aQuietFolderIsStoredAndRestoredNextTime()
    {
        const fs::path cacheHome = scratch("cache-home");
        qputenv("XDG_CACHE_HOME", QByteArray::fromStdString(cacheHome.string()));
        qunsetenv("LOADSCOPE_NO_CACHE");
        const fs::path live = scratch("live");
        FollowController follow;
        QSignalSpy refreshed(&follow, &FollowController::cacheRefreshed);
        followGrowingCopy(follow, live);
        QCOMPARE(refreshed.count(), 0); // every look so far found something new
        QVERIFY(cacheEntries(cacheHome / "loadscope").empty());

        const auto before = folderChecksum(live);
        QVERIFY(lookUntil(
            follow, FollowCacheRefresh::kQuietLooks + 2, [&] { return refreshed.count() > 0; }, kWaitMilliseconds));
        QCOMPARE(folderChecksum(live), before);
        QCOMPARE(cacheEntries(cacheHome / "loadscope").size(), std::size_t{1});

        const auto parsed = loadResults(live);
        QVERIFY(parsed && parsed->tests.size() == 1);
        auto cache = std::make_shared<CountingCache>(defaultCacheSettings());
        LoadOptions options;
        options.cache = cache.get();
        QVERIFY(loadResults(live, options).has_value());
        QCOMPARE(cache->restored, std::vector<std::string>{parsed->tests.front().info.name});
        QVERIFY(cache->missed.empty());
        QVERIFY(cache->stored.empty());
        const auto fromCache = reportTables(live, scratch("report-cached"), cache);
        QVERIFY(!fromCache.empty());
        QCOMPARE(fromCache, reportTables(live, scratch("report-parsed"), nullptr));
    }

    void nothingIsStoredWithTheCacheOff()
    {
        const fs::path cacheHome = scratch("cache-home-off");
        qputenv("XDG_CACHE_HOME", QByteArray::fromStdString(cacheHome.string()));
        qputenv("LOADSCOPE_NO_CACHE", "1");
        const fs::path live = scratch("live-off");
        FollowController follow;
        QSignalSpy refreshed(&follow, &FollowController::cacheRefreshed);
        followGrowingCopy(follow, live);
        QVERIFY(!lookUntil(
            follow, FollowCacheRefresh::kQuietLooks + 2, [&] { return refreshed.count() > 0; }, 1000));
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(!fs::exists(cacheHome));
    }
};

QTEST_MAIN(TestFollowCache)
#include "test_follow_cache.moc"
