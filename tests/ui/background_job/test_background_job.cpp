#include "ui/jobs/background_job.h"
#include "ui/jobs/worker_priority.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>
#include <vector>

using namespace loadscope;

namespace {

// A worker that waits until released, so a test decides the order in which runs finish.
struct Gate {
    std::atomic<bool> open{false};
    void wait() const
    {
        while (!open.load())
            QThread::msleep(1);
    }
};

} // namespace

class TestBackgroundJob : public QObject {
    Q_OBJECT
private slots:
    void deliversOnTheGuiThread()
    {
        BackgroundJob job;
        QThread* worker = nullptr;
        QThread* deliveredOn = nullptr;
        int result = 0;
        job.start<int>(
            [&](const std::atomic<bool>&) {
                worker = QThread::currentThread();
                return 42;
            },
            [&](int r) {
                deliveredOn = QThread::currentThread();
                result = r;
            });
        QVERIFY(job.running());
        QVERIFY(BackgroundJob::busyCount() >= 1);
        QVERIFY(BackgroundJob::waitUntilIdle(10000));
        QCOMPARE(result, 42);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(!job.running());
        QCOMPARE(BackgroundJob::busyCount(), 0);
    }

    void aSupersededRunIsCancelledAndDropped()
    {
        BackgroundJob job;
        Gate first;
        std::atomic<bool> firstSawCancel{false};
        std::vector<int> delivered;
        job.start<int>(
            [&](const std::atomic<bool>& cancelled) {
                first.wait();
                firstSawCancel = cancelled.load();
                return 1;
            },
            [&](int r) { delivered.push_back(r); });
        job.start<int>([](const std::atomic<bool>&) { return 2; }, [&](int r) { delivered.push_back(r); });
        QTRY_COMPARE(delivered, std::vector<int>{2});
        QVERIFY(!job.running());
        QCOMPARE(BackgroundJob::busyCount(), 1); // the first run is still out
        first.open = true;
        QVERIFY(BackgroundJob::waitUntilIdle(10000));
        QVERIFY(firstSawCancel.load());
        QCOMPARE(delivered, std::vector<int>{2}); // the stale result never replaced the newer one
    }

    void cancelDropsTheResult()
    {
        BackgroundJob job;
        QSignalSpy running(&job, &BackgroundJob::runningChanged);
        Gate gate;
        bool delivered = false;
        job.start<int>(
            [&](const std::atomic<bool>&) {
                gate.wait();
                return 1;
            },
            [&](int) { delivered = true; });
        job.cancel();
        QVERIFY(!job.running());
        gate.open = true;
        QVERIFY(BackgroundJob::waitUntilIdle(10000));
        QVERIFY(!delivered);
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
    }

    void anOwnerDestroyedMidRunIsNeverCalled()
    {
        Gate gate;
        bool delivered = false;
        auto* job = new BackgroundJob;
        job->start<int>(
            [&](const std::atomic<bool>&) {
                gate.wait();
                return 1;
            },
            [&](int) { delivered = true; });
        delete job;
        QCOMPARE(BackgroundJob::busyCount(), 0);
        gate.open = true;
        QThread::msleep(50);
        QVERIFY(BackgroundJob::waitUntilIdle(10000));
        QVERIFY(!delivered);
    }

    void aThrowingWorkStopsTheJob()
    {
        BackgroundJob job;
        bool delivered = false;
        job.start<int>([](const std::atomic<bool>&) -> int { throw std::runtime_error("bad data"); },
                       [&](int) { delivered = true; });
        QVERIFY(BackgroundJob::waitUntilIdle(10000));
        QVERIFY(!delivered);
        QVERIFY(!job.running());
    }

    void aDeliveryThatStartsTheNextRunKeepsWaitersWaiting()
    {
        BackgroundJob first, second;
        int result = 0;
        first.start<int>([](const std::atomic<bool>&) { return 1; },
                         [&](int) {
                             second.start<int>(
                                 [](const std::atomic<bool>&) {
                                     QThread::msleep(30);
                                     return 2;
                                 },
                                 [&](int r) { result = r; });
                         });
        QVERIFY(BackgroundJob::waitUntilIdle(10000));
        QCOMPARE(result, 2);
    }

    void workRunsNicerThanTheGuiThread()
    {
#ifndef __linux__
        QSKIP("thread nice values are Linux's");
#endif
        const int gui = threadNiceValue();
        if (gui >= 19)
            QSKIP("this process already runs at the lowest priority");
        BackgroundJob job;
        int worker = gui;
        job.start<int>([](const std::atomic<bool>&) { return threadNiceValue(); }, [&](int nice) { worker = nice; });
        QVERIFY(BackgroundJob::waitUntilIdle(10000));
        QCOMPARE(worker, std::min(19, gui + 5));
        QCOMPARE(threadNiceValue(), gui); // the GUI thread keeps its own
    }

    void resultsFinishedTogetherAreHandedOverATurnApart()
    {
        // Three runs finish while the GUI thread is busy. Something that reaches the event loop after the first
        // result was handed over (a click, a repaint request: here a posted call) is handled before the next
        // result, not after all of them; and results keep the order they finished in.
        BackgroundJob jobs[3];
        std::atomic<int> finished{0};
        QStringList order;
        for (int i = 0; i < 3; ++i)
            jobs[i].start<int>(
                [&finished, i](const std::atomic<bool>&) {
                    QThread::msleep(static_cast<unsigned long>(10 * i)); // finish in order 0, 1, 2
                    ++finished;
                    return i;
                },
                [&order, i](int) {
                    order << QStringLiteral("result %1").arg(i);
                    QMetaObject::invokeMethod(
                        qApp, [&order, i] { order << QStringLiteral("input after %1").arg(i); }, Qt::QueuedConnection);
                });
        while (finished.load() < 3) // the GUI thread does not turn meanwhile: all three are posted together
            QThread::msleep(1);
        QThread::msleep(20);
        QVERIFY(BackgroundJob::waitUntilIdle(10000));
        QCOMPARE(order,
                 (QStringList{"result 0", "input after 0", "result 1", "input after 1", "result 2", "input after 2"}));
    }
};

QTEST_MAIN(TestBackgroundJob)
#include "test_background_job.moc"
