#include "core/generate/scenario.h"

#include "core/generate/media_node_model.h"
#include "core/generate/random_stream.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loadscope::generate {

namespace {

constexpr double kConnectedCheckSeconds = 10.0; // how often a connected user may break
constexpr int kAttemptsBeforeSureSuccess = 4;   // the 4th attempt of a user always connects (no crash)
constexpr int kAttemptsAfterCrash = 3;          // then the user gives up
constexpr std::uint64_t kPurposeSchedule = 1, kPurposeUser = 2, kPurposeMediaNode = 3;

// Streams the media node forwards when the users for which `active` holds are in their sessions.
template <typename IsActive>
int streamsOfActiveUsers(const SimulatedTest& test, IsActive active)
{
    std::vector<int> publishers(static_cast<std::size_t>(test.sessions) + 1), subscribers(publishers.size());
    for (const auto& user : test.users)
        if (active(user))
            ++(user.publisher ? publishers : subscribers)[static_cast<std::size_t>(user.session)];
    int streams = 0;
    for (std::size_t s = 0; s < publishers.size(); ++s)
        streams += streamsForwarded(publishers[s], subscribers[s]);
    return streams;
}

// The CPU the users meet when they connect: from the planned load (everyone connected 2 s after joining), on a
// 1-second grid. Failures change the load only a little; the CPU file uses the simulated connections.
class PlannedCpu {
public:
    explicit PlannedCpu(const SimulatedTest& test) : origin_(test.testStart)
    {
        const auto seconds = static_cast<std::size_t>((test.testEnd - test.testStart) / kNsPerSecond) + 2;
        cpu_.resize(seconds);
        for (std::size_t k = 0; k < seconds; ++k) {
            const TimeNs t = origin_ + static_cast<TimeNs>(k) * kNsPerSecond;
            const int streams = streamsOfActiveUsers(test, [&](const SimulatedUser& user) {
                return user.joinTime + 2 * kNsPerSecond <= t && (!test.crash || t < *test.crash);
            });
            cpu_[k] = cpuForStreams(streams, test.capacity);
        }
    }

    double at(TimeNs t) const
    {
        const TimeNs k = std::clamp<TimeNs>((t - origin_) / kNsPerSecond, 0, static_cast<TimeNs>(cpu_.size()) - 1);
        return cpu_[static_cast<std::size_t>(k)];
    }

private:
    TimeNs origin_;
    std::vector<double> cpu_;
};

std::string randomId(RandomStream& random, std::string_view prefix, int length)
{
    std::string id(prefix);
    for (int i = 0; i < length; ++i)
        id += random.alphanumeric();
    return id;
}

void createUsers(SimulatedTest& test)
{
    const int publishers = test.spec.publishersPerSession();
    const int perSession = test.spec.usersPerSession();
    for (int session = 1; session <= test.sessions; ++session)
        for (int user = 1; user <= perSession; ++user) {
            SimulatedUser u;
            u.session = session;
            u.user = user;
            u.publisher = user <= publishers;
            u.order = static_cast<int>(test.users.size());
            u.key = streamKey(test.key,
                              {kPurposeUser, static_cast<std::uint64_t>(session), static_cast<std::uint64_t>(user)});
            test.users.push_back(std::move(u));
        }
}

// Users join in the controller's order (sessions, then users): a first batch of startingParticipants, then a batch
// of batchSize every few seconds; within a batch the controller adds them one after another.
void scheduleJoins(SimulatedTest& test, double durationSeconds)
{
    const int total = static_cast<int>(test.users.size());
    const int perSession = test.spec.usersPerSession();
    test.startingParticipants = std::min(total, std::min(perSession, 13));
    test.batchSize = std::max(2, std::min(10, perSession / 2));
    const int laterBatches = (total - test.startingParticipants + test.batchSize - 1) / test.batchSize;
    // Everyone has joined by about 55% of the test, with at most 10 s between batches.
    test.batchIntervalSeconds = laterBatches == 0 ? 0.0 : std::clamp(0.55 * durationSeconds / laterBatches, 0.5, 10.0);
    RandomStream random(streamKey(test.key, {kPurposeSchedule}));
    for (auto& user : test.users) {
        const int batch = user.order < test.startingParticipants
                              ? 0
                              : 1 + (user.order - test.startingParticipants) / test.batchSize;
        const int inBatch = batch == 0 ? user.order : (user.order - test.startingParticipants) % test.batchSize;
        const double seconds = 3.0 + batch * test.batchIntervalSeconds + inBatch * 0.25 + random.between(0.0, 0.2);
        user.joinTime = test.testStart + secondsToNs(seconds);
    }
}

class UserSimulation {
public:
    UserSimulation(const SimulatedTest& test, const PlannedCpu& cpu, SimulatedUser& user)
        : test_(test), cpu_(cpu), user_(user), random_(user.key)
    {
    }

    void run()
    {
        TimeNs start = user_.joinTime;
        while (start != kNoTime && start < test_.testEnd)
            start = attempt(start);
    }

private:
    bool crashed(TimeNs t) const { return test_.crash && t >= *test_.crash; }

    ConnectionAttempt& newAttempt(TimeNs start)
    {
        ConnectionAttempt a;
        a.start = start;
        if (test_.spec.usesLiveKitEvents()) {
            a.connectionId = randomId(random_, "PA_", 12);
        } else {
            a.connectionId = randomId(random_, "con_", 10);
            if (user_.publisher)
                a.streamId = randomId(random_, "str_CAM_", 4) + "_" + a.connectionId;
        }
        user_.attempts.push_back(std::move(a));
        return user_.attempts.back();
    }

    // Logs the failure of the current attempt at `when`; returns when the controller retries, or kNoTime.
    TimeNs logFailure(ConnectionAttempt& a, TimeNs when)
    {
        if (when >= test_.testEnd)
            return kNoTime;
        a.failureLogged = when;
        a.failuresSoFar = ++failures_;
        const TimeNs retry = when + secondsToNs(random_.between(1.0, 3.0));
        if (crashed(retry) && ++attemptsAfterCrash_ > kAttemptsAfterCrash)
            return kNoTime;
        return retry;
    }

    // One connection attempt from `start`; returns the start of the next one, or kNoTime when the user is done.
    TimeNs attempt(TimeNs start)
    {
        ConnectionAttempt& a = newAttempt(start);
        const double cpu = cpu_.at(start);
        const bool mustSucceed = static_cast<int>(user_.attempts.size()) >= kAttemptsBeforeSureSuccess;
        const double delay = 0.6 + 2.0 * cpu * cpu * cpu + random_.between(0.0, 0.5);
        const TimeNs connected = start + secondsToNs(delay);
        const bool fails = random_.chance(connectionFailureProbability(cpu)) && !mustSucceed;
        if (fails || crashed(connected)) {
            a.outcome = AttemptOutcome::NeverConnected;
            a.end = std::min(test_.testEnd, start + secondsToNs(random_.between(6.0, 16.0)));
            return logFailure(a, a.end);
        }
        if (connected >= test_.testEnd) {
            a.end = test_.testEnd;
            return kNoTime;
        }
        a.connected = connected;
        for (TimeNs cursor = connected;; cursor += secondsToNs(kConnectedCheckSeconds)) {
            const TimeNs next = cursor + secondsToNs(kConnectedCheckSeconds);
            if (test_.crash && *test_.crash < std::min(next, test_.testEnd) && *test_.crash >= cursor) {
                a.outcome = AttemptOutcome::MediaNodeCrashed;
                a.end = *test_.crash;
                return logFailure(a, a.end + secondsToNs(random_.between(8.0, 14.0)));
            }
            if (next >= test_.testEnd) {
                a.outcome = AttemptOutcome::TestEnded;
                a.end = test_.testEnd;
                return kNoTime;
            }
            const double load = cpu_.at(cursor);
            if (test_.spec.usesLiveKitEvents() && random_.chance(reconnectionProbability(load))) {
                const TimeNs from = cursor + secondsToNs(random_.between(0.0, 8.0));
                const TimeNs to = from + secondsToNs(random_.between(1.0, 6.0));
                if (to < test_.testEnd && !crashed(to))
                    user_.reconnections.push_back({from, to});
            } else if (random_.chance(connectionDropProbability(load))) {
                a.outcome = AttemptOutcome::Dropped;
                a.end = cursor + secondsToNs(random_.between(0.0, kConnectedCheckSeconds));
                return logFailure(a, a.end + secondsToNs(random_.between(2.0, 6.0)));
            }
        }
    }

    const SimulatedTest& test_;
    const PlannedCpu& cpu_;
    SimulatedUser& user_;
    RandomStream random_;
    int failures_ = 0;
    int attemptsAfterCrash_ = 0;
};

// Metricbeat every 5 s from a minute before the test to a minute after it, or until the media node died.
void sampleMediaNode(SimulatedTest& test)
{
    RandomStream random(streamKey(test.key, {kPurposeMediaNode}));
    const TimeNs from = test.testStart - secondsToNs(60.0) + secondsToNs(random.between(0.0, 5.0));
    const TimeNs until = test.crash ? *test.crash : test.testEnd + secondsToNs(60.0);
    for (TimeNs t = from; t <= until; t += secondsToNs(5.0) + random.below(40) * 1'000'000) {
        const int streams = streamsOfActiveUsers(test, [t](const SimulatedUser& user) { return user.connectedAt(t); });
        const bool running = t >= test.testStart && t <= test.testEnd;
        double cpu = running ? cpuForStreams(streams, test.capacity) + 0.012 * random.bell()
                             : random.between(0.015, 0.05);
        cpu = std::round(std::clamp(cpu, 0.003, 1.0) * 10000.0) / 10000.0;
        double memory = memoryForStreams(running ? streams : 0, test.capacity) + 0.004 * random.bell();
        memory = std::round(memory * 10000.0) / 10000.0;
        if (random.chance(0.01))
            memory = std::numeric_limits<double>::quiet_NaN();
        test.mediaNode.push_back({t, cpu, memory});
    }
}

} // namespace

bool SimulatedUser::connectedAt(TimeNs t) const
{
    for (const auto& a : attempts)
        if (a.everConnected() && a.connected <= t && t < a.end)
            return true;
    return false;
}

double SimulatedTest::cpuAt(TimeNs t) const
{
    if (mediaNode.empty())
        return 0.0;
    auto it = std::upper_bound(mediaNode.begin(), mediaNode.end(), t,
                               [](TimeNs value, const MediaNodeSample& s) { return value < s.time; });
    return it == mediaNode.begin() ? it->cpu : std::prev(it)->cpu;
}

std::pair<std::size_t, std::size_t> SimulatedTest::sessionRange(int session) const
{
    const auto perSession = static_cast<std::size_t>(spec.usersPerSession());
    const auto first = static_cast<std::size_t>(session - 1) * perSession;
    return {first, std::min(users.size(), first + perSession)};
}

SimulatedTest simulateTest(const GeneratedTestSpec& spec, const GeneratorOptions& options, TimeNs start)
{
    SimulatedTest test;
    test.spec = spec;
    test.layout = options.layout;
    test.writer = options.writer;
    test.name = spec.name(options.layout);
    test.key = streamKey(options.seed, {textLabel(spec.shortName())});
    test.sessions = options.sessions > 0 ? options.sessions : spec.defaultSessions();
    test.capacity = defaultCapacity(spec.server) * options.capacityScale;
    test.logStart = start;
    test.testStart = start + secondsToNs(12.0);
    test.testEnd = test.testStart + secondsToNs(options.durationSeconds);
    if (std::find(options.crashes.begin(), options.crashes.end(), spec) != options.crashes.end()) {
        RandomStream random(streamKey(test.key, {kPurposeMediaNode, 1}));
        test.crash = test.testStart + secondsToNs(options.durationSeconds * random.between(0.7, 0.8));
    }
    createUsers(test);
    scheduleJoins(test, options.durationSeconds);
    const PlannedCpu planned(test);
    for (auto& user : test.users)
        UserSimulation(test, planned, user).run();
    sampleMediaNode(test);
    return test;
}

} // namespace loadscope::generate
