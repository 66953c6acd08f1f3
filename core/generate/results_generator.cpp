#include "core/generate/results_generator.h"

#include "core/generate/file_writers.h"
#include "core/generate/results_paths.h"
#include "core/generate/scenario.h"
#include "core/load/results_layout.h"
#include "core/util/iso_time.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace loadscope::generate {

namespace {

namespace fs = std::filesystem;

constexpr double kMinimumDurationSeconds = 30.0;
constexpr double kMaximumDurationSeconds = 86400.0; // the simulation keeps a per-second CPU plan in memory
constexpr int kMaximumSessions = 1000;
constexpr double kPauseBetweenTestsSeconds = 900.0;

// Tests start on a fixed morning so that the output depends on the seed and options only.
TimeNs firstTestStart(ResultsLayout layout)
{
    const long long days = layout == ResultsLayout::Year2026 ? daysFromCivil(2026, 3, 10) : daysFromCivil(2024, 6, 13);
    return (days * 86400 + 8 * 3600) * kNsPerSecond;
}

std::vector<GeneratedTestSpec> checkedTests(const GeneratorOptions& options)
{
    std::vector<GeneratedTestSpec> tests = options.tests.empty() ? defaultTestSpecs() : options.tests;
    for (std::size_t i = 0; i < tests.size(); ++i)
        if (std::find(tests.begin(), tests.begin() + static_cast<std::ptrdiff_t>(i), tests[i]) !=
            tests.begin() + static_cast<std::ptrdiff_t>(i))
            throw std::invalid_argument("test " + tests[i].shortName() + " is asked for twice");
    for (const auto& crash : options.crashes)
        if (std::find(tests.begin(), tests.end(), crash) == tests.end())
            throw std::invalid_argument("--crash " + crash.shortName() + " is not one of the generated tests");
    if (!(options.durationSeconds >= kMinimumDurationSeconds && options.durationSeconds <= kMaximumDurationSeconds))
        throw std::invalid_argument("the test duration must be between 30 and 86400 seconds");
    if (options.sessions < 0 || options.sessions > kMaximumSessions)
        throw std::invalid_argument("the number of sessions must be between 1 and 1000");
    if (!(options.capacityScale > 0.0))
        throw std::invalid_argument("the capacity scale must be positive");
    return tests;
}

void prepareOutputFolder(const fs::path& out, bool force)
{
    std::error_code error;
    if (fs::exists(out, error)) {
        if (!fs::is_directory(out, error))
            throw std::runtime_error(out.string() + " exists and is not a folder");
        if (!force && !fs::is_empty(out, error))
            throw std::runtime_error(out.string() + " is not empty (use --force to write into it anyway)");
    }
    fs::create_directories(out, error);
    if (error)
        throw std::runtime_error("cannot create " + out.string() + ": " + error.message());
}

void makeFolder(const fs::path& folder)
{
    std::error_code error;
    fs::create_directories(folder, error);
    if (error)
        throw std::runtime_error("cannot create " + folder.string() + ": " + error.message());
}

WrittenFiles writeUser(const fs::path& root, const SimulatedTest& test, const SimulatedUser& user)
{
    const auto received = remoteStreamsOf(test, user);
    makeFolder(userFolder(root, test, user));
    // The browser emulator locks stats.json with a "<file>.lock" folder while appending; a media-node crash
    // leaves some behind (readers must skip non-.json entries).
    const bool lostAtCrash = std::any_of(user.attempts.begin(), user.attempts.end(), [](const ConnectionAttempt& a) {
        return a.outcome == AttemptOutcome::MediaNodeCrashed;
    });
    if (lostAtCrash && user.user % 2 == 1)
        makeFolder(userFolder(root, test, user) / "stats.json.lock");
    WrittenFiles written = writeEvents(root, test, user, received);
    written += writeStats(root, test, user, received);
    written += writeQoeCuts(root, test, user, received);
    written += writeParticipantFiles(root, test, user);
    return written;
}

// Users are independent files: spread them over threads; each file's bytes do not depend on which thread wrote it.
WrittenFiles writeUsers(const fs::path& root, const SimulatedTest& test, unsigned threads)
{
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    WrittenFiles total;
    std::exception_ptr failure;
    const auto work = [&] {
        WrittenFiles mine;
        try {
            for (std::size_t i = next++; i < test.users.size(); i = next++)
                mine += writeUser(root, test, test.users[i]);
        } catch (...) {
            next = test.users.size();
            std::lock_guard lock(mutex);
            if (!failure)
                failure = std::current_exception();
        }
        std::lock_guard lock(mutex);
        total += mine;
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (auto& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    return total;
}

} // namespace

GenerationSummary generateResults(const fs::path& out, const GeneratorOptions& options, unsigned threads)
{
    const auto specs = checkedTests(options);
    prepareOutputFolder(out, options.force);
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    makeFolder(out / layout::kLogsFolder);
    makeFolder(out / layout::kMediaNodeFolder);

    GenerationSummary summary;
    WrittenFiles written;
    std::vector<SimulatedTest> tests;
    TimeNs start = firstTestStart(options.layout);
    for (const auto& spec : specs) {
        SimulatedTest test = simulateTest(spec, options, start);
        start = test.testEnd + secondsToNs(kPauseBetweenTestsSeconds);
        makeFolder(qoeFolder(out, test));
        written += writeUsers(out, test, threads);
        written += writeEmulatedParticipants(out, test);
        written += writeLeftovers(out, test);
        written += writeControllerLog(out, test);
        written += options.mediaNode == MediaNodeFormat::Metricbeat ? writeMediaNodeMetricbeat(out, test)
                                                                    : writeMediaNodeCsv(out, test);
        summary.tests.push_back(test.name);
        summary.users += test.users.size();
        test.users.clear(); // batches.json needs only the batch settings
        tests.push_back(std::move(test));
    }
    written += writeBatches(out, tests);
    written += writeResultsReports(out, tests);
    summary.files = written.files;
    summary.bytes = written.bytes;
    return summary;
}

} // namespace loadscope::generate
