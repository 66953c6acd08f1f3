// Load options and the contract around them: thread count, QoS skipping, test selection, what a folder that is
// not a results root gives, cancellation and progress.
#include "core/load/results_loader.h"
#include "load_fixtures.h"

#include <QtTest/QtTest>

#include <mutex>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

const std::string kPion = "loadtest-webrtc-2024-pion-8p";

std::optional<Results> load(const std::string& fixture, LoadOptions options = {})
{
    return loadResults(loadFixture(fixture), options);
}

} // namespace

class TestLoadOptions : public QObject {
    Q_OBJECT

    Results reference_; // root2024 with the default options

private slots:
    void initTestCase()
    {
        auto loaded = load("root2024");
        QVERIFY(loaded);
        reference_ = std::move(*loaded);
    }

    void threadCountDoesNotChangeTheResult_data()
    {
        QTest::addColumn<unsigned>("threads");
        QTest::newRow("1 thread") << 1u;
        QTest::newRow("3 threads") << 3u;
        QTest::newRow("default") << 0u;
    }
    void threadCountDoesNotChangeTheResult()
    {
        QFETCH(unsigned, threads);
        LoadOptions options;
        options.threads = threads;
        const auto loaded = load("root2024", options);
        QVERIFY(loaded);
        QCOMPARE(loaded->tests.size(), reference_.tests.size());
        for (std::size_t t = 0; t < reference_.tests.size(); ++t) {
            QVERIFY(sameEvents(loaded->tests[t], reference_.tests[t]));
            for (std::size_t q = 0; q < 8; ++q)
                QVERIFY(sameQos(loaded->tests[t].qos.tables[q], reference_.tests[t].qos.tables[q]));
        }
        QVERIFY(sameProblems(loaded->problems, reference_.problems));
    }

    void skipsQosWhenAsked()
    {
        LoadOptions options;
        options.loadQos = false;
        const auto loaded = load("root2024", options);
        QVERIFY(loaded);
        for (const auto& data : loaded->tests) {
            for (const auto& table : data.qos.tables)
                QCOMPARE(table.rows(), std::size_t{0});
            QVERIFY(!data.users.empty() && !data.users[0].events.empty());
        }
    }

    void loadsOnlyTheRequestedTests()
    {
        LoadOptions options;
        options.tests = {kPion, "no-such-test"};
        const auto loaded = load("root2024", options);
        QVERIFY(loaded);
        QCOMPARE(loaded->tests.size(), std::size_t{1});
        QCOMPARE(loaded->tests[0].info.name, kPion);
        const bool reported = std::any_of(loaded->problems.begin(), loaded->problems.end(), [](const Problem& p) {
            return p.file == "stats/no-such-test" && p.severity == Severity::Error;
        });
        QVERIFY(reported);
    }

    void notAResultsRoot_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("folder without stats/") << "not_a_root";
        QTest::newRow("missing folder") << "does_not_exist";
        QTest::newRow("a file") << "make_fixtures.py";
    }
    void notAResultsRoot()
    {
        QFETCH(QString, fixture);
        const auto loaded = load(fixture.toStdString());
        QVERIFY(loaded);
        QVERIFY(loaded->tests.empty());
        QCOMPARE(loaded->problems.size(), std::size_t{1});
        QCOMPARE(loaded->problems[0].severity, Severity::Error);
    }

    void cancelledBeforeStartGivesNothing()
    {
        std::atomic<bool> cancel{true};
        LoadOptions options;
        options.cancel = &cancel;
        QVERIFY(!load("root2024", options));
    }

    void cancelledDuringLoadGivesNothing()
    {
        std::atomic<bool> cancel{false};
        int calls = 0;
        LoadOptions options;
        options.threads = 1;
        options.cancel = &cancel;
        options.progress = [&](const LoadProgress&) {
            ++calls;
            cancel = true;
        };
        QVERIFY(!load("root2024", options));
        QVERIFY(calls >= 1);
    }

    void progressEndsWithTheTotals()
    {
        std::vector<LoadProgress> calls;
        std::mutex mutex;
        LoadOptions options;
        options.progress = [&](const LoadProgress& p) {
            std::lock_guard lock(mutex);
            calls.push_back(p);
        };
        QVERIFY(load("root2024", options));
        QVERIFY(!calls.empty());
        // events.json + stats.json of 5 users, 2 logs, 2 CSVs, 2 QoE files (batches.json is read before).
        std::uint64_t bytes = 0;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(loadFixture("root2024")))
            if (entry.is_regular_file() && entry.path().filename() != "batches.json")
                bytes += entry.file_size();
        const LoadProgress& last = calls.back();
        QCOMPARE(last.filesTotal, std::size_t{16});
        QCOMPARE(last.filesDone, last.filesTotal);
        QCOMPARE(last.bytesTotal, bytes);
        QCOMPARE(last.bytesDone, bytes);
        for (std::size_t i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].bytesDone >= calls[i - 1].bytesDone);
    }
};

QTEST_GUILESS_MAIN(TestLoadOptions)
#include "test_load_options.moc"
