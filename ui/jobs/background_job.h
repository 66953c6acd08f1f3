#pragma once
// One computation off the GUI thread per owner: start() supersedes the previous run (its cancel flag is set and
// its result dropped), and a result reaches `done` on the GUI thread only while it is still the latest. Every
// panel that computes something heavy owns one, shows "computing…" while running() and keeps shared ownership of
// what the worker reads, so nothing can be freed under it.
//
// busyCount() counts runs whose result has not arrived yet, over all jobs: tests, --screenshot and
// --bench-interaction wait with waitUntilIdle() until every panel has its numbers.
//
// Results are handed to their `done` one per turn of the event loop, first come first served: a switch starts
// several jobs that often finish together, and delivered in one batch they would keep the window from repainting
// or taking a click until the last panel had redrawn (the sum of their times instead of the longest).
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace loadscope {

class BackgroundJob : public QObject {
    Q_OBJECT
public:
    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    // `work` runs on a worker thread and may poll `cancelled`; `done` runs on this object's thread. A `work`
    // that throws delivers nothing (the job just stops running).
    template <class Result>
    void start(std::function<Result(const std::atomic<bool>& cancelled)> work, std::function<void(Result)> done);
    void cancel(); // drops the running computation's result; running() becomes false
    bool running() const { return running_; }

    static int busyCount();
    static bool waitUntilIdle(int timeoutMs = 120000); // processes events; false on timeout

signals:
    void runningChanged(bool running);

private:
    struct Channel;
    std::shared_ptr<Channel> begin(); // supersedes the previous run; returns the new run's channel
    void runOnWorker(std::function<void()> task);
    void enqueue(int generation, std::function<void()> deliver); // on this job's thread
    void arrived(int generation, const std::function<void()>& deliver);
    static void scheduleDelivery(); // of the first waiting result, unless one is scheduled
    static void deliverNext();

    std::shared_ptr<BackgroundJob*> self_; // shared with every run's channel; nulled when this job is destroyed
    std::shared_ptr<Channel> channel_;
    int generation_ = 0;
    int pending_ = 0; // runs started and not yet arrived
    bool running_ = false;
};

// What the worker shares with the job: the job (nulled when it is destroyed) and the run's cancel flag.
struct BackgroundJob::Channel {
    std::shared_ptr<BackgroundJob*> owner;
    int generation = 0;
    std::atomic<bool> cancelled{false};
    void postToOwner(std::function<void()> deliver); // thread-safe; dropped once the owner is gone
};

template <class Result>
void BackgroundJob::start(std::function<Result(const std::atomic<bool>&)> work, std::function<void(Result)> done)
{
    std::shared_ptr<Channel> channel = begin();
    runOnWorker([channel, work = std::move(work), done = std::move(done)]() mutable {
        std::shared_ptr<Result> result;
        try {
            result = std::make_shared<Result>(work(channel->cancelled));
        } catch (...) {
        }
        channel->postToOwner([result, done = std::move(done)]() mutable {
            if (result)
                done(std::move(*result));
        });
    });
}

} // namespace loadscope
