#include "ui/jobs/background_job.h"

#include "ui/jobs/worker_priority.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QThreadPool>

#include <deque>
#include <mutex>
#include <utility>

namespace loadscope {
namespace {

std::atomic<int> busy{0};
std::mutex ownerMutex; // guards every Channel::owner: a job's destruction against a worker posting to it

// Results that arrived on the GUI thread and wait for their turn (only ever touched there).
struct Arrival {
    QPointer<BackgroundJob> job; // null once the job is destroyed: its result is dropped
    int generation;
    std::function<void()> deliver;
};
struct Arrivals {
    std::deque<Arrival> queue;
    bool scheduled = false; // a deliverNext() is posted
};
Arrivals& arrivals()
{
    static Arrivals waiting;
    return waiting;
}

// Jobs have their own threads: the loader's analysis keeps the global pool busy, and a job must not wait for it.
QThreadPool& jobPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return *pool;
}

} // namespace

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent), self_(std::make_shared<BackgroundJob*>(this)) {}

BackgroundJob::~BackgroundJob()
{
    {
        std::lock_guard lock(ownerMutex);
        *self_ = nullptr; // every run still out finds no owner and posts nothing
        if (channel_)
            channel_->cancelled = true;
    }
    busy -= pending_;
}

std::shared_ptr<BackgroundJob::Channel> BackgroundJob::begin()
{
    {
        std::lock_guard lock(ownerMutex);
        if (channel_)
            channel_->cancelled = true; // still delivered to arrived(), which drops it by generation
    }
    channel_ = std::make_shared<Channel>();
    channel_->owner = self_;
    channel_->generation = ++generation_;
    ++pending_;
    ++busy;
    if (!running_) {
        running_ = true;
        emit runningChanged(true);
    }
    return channel_;
}

void BackgroundJob::runOnWorker(std::function<void()> task)
{
    jobPool().start([task = std::move(task)] {
        yieldToGuiThread();
        task();
    });
}

void BackgroundJob::Channel::postToOwner(std::function<void()> deliver)
{
    std::lock_guard lock(ownerMutex);
    BackgroundJob* job = *owner;
    if (!job)
        return; // the job is gone and has already let go of this run
    const int gen = generation;
    // Posted under the lock: the job cannot be destroyed before the event is queued, and Qt drops the queued
    // event with the object if it is destroyed afterwards.
    QMetaObject::invokeMethod(
        job, [job, gen, deliver = std::move(deliver)]() mutable { job->enqueue(gen, std::move(deliver)); },
        Qt::QueuedConnection);
}

// The next result is handed over from an event posted after the last one was: Qt handles what that result's
// handler posted (repaints) and the timers and input that came meanwhile first. On the application object, which
// outlives every job (jobs live on the GUI thread).
void BackgroundJob::scheduleDelivery()
{
    if (arrivals().queue.empty() || std::exchange(arrivals().scheduled, true))
        return;
    QMetaObject::invokeMethod(QCoreApplication::instance(), &BackgroundJob::deliverNext, Qt::QueuedConnection);
}

void BackgroundJob::enqueue(int generation, std::function<void()> deliver)
{
    arrivals().queue.push_back({this, generation, std::move(deliver)});
    scheduleDelivery();
}

void BackgroundJob::deliverNext()
{
    arrivals().scheduled = false;
    if (arrivals().queue.empty())
        return;
    Arrival next = std::move(arrivals().queue.front());
    arrivals().queue.pop_front();
    if (next.job) // a nested event loop in there (a dialog, waitUntilIdle) goes on delivering
        next.job->arrived(next.generation, next.deliver);
    scheduleDelivery();
}

void BackgroundJob::arrived(int generation, const std::function<void()>& deliver)
{
    const bool latest = generation == generation_ && running_;
    if (latest) {
        running_ = false;
        deliver(); // may start the next run: counted before this one is uncounted, so waiters keep waiting
        if (!running_)
            emit runningChanged(false);
    }
    --pending_;
    --busy;
}

void BackgroundJob::cancel()
{
    {
        std::lock_guard lock(ownerMutex);
        if (channel_)
            channel_->cancelled = true;
    }
    ++generation_; // whatever is still out is dropped on arrival
    if (running_) {
        running_ = false;
        emit runningChanged(false);
    }
}

int BackgroundJob::busyCount()
{
    return busy.load();
}

bool BackgroundJob::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (busy.load() > 0) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (busy.load() > 0)
            QThread::msleep(1);
    }
    QCoreApplication::processEvents();
    return true;
}

} // namespace loadscope
