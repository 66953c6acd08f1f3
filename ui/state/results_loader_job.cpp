#include "ui/state/results_loader_job.h"

#include "ui/state/first_look.h"
#include "ui/jobs/worker_priority.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace loadscope {

ResultsLoaderJob::ResultsLoaderJob(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const loadscope::LoadedResults>>();
}

ResultsLoaderJob::~ResultsLoaderJob()
{
    cancel();
}

void ResultsLoaderJob::start(const QString& root, const AnalysisOptions& options)
{
    cancel();
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    const int generation = ++generation_;
    running_ = true;
    QPointer<ResultsLoaderJob> self(this);
    auto flag = cancel_;
    const bool firstLook = firstLookEnabled_;
    const auto beforeWholeLoad = beforeWholeLoad_;
    // The worker owns copies of what it needs; it reports back through queued calls guarded by the generation.
    (void)QtConcurrent::run([self, flag, root, options, generation, firstLook, beforeWholeLoad] {
        yieldToGuiThread(); // and so do the loader's threads, started from here
        const auto current = [self, generation] { return self && self->generation_ == generation; };
        if (firstLook) {
            auto first = loadFirstLook(root, options, flag.get());
            if (first && self)
                QMetaObject::invokeMethod(
                    self,
                    [self, current, first] {
                        if (current())
                            emit self->firstLook(first);
                    },
                    Qt::QueuedConnection);
        }
        if (beforeWholeLoad)
            beforeWholeLoad();
        auto report = [self, current](const LoadProgress& p) {
            if (!self) // the window closed; queued calls to a deleted object are dropped by Qt anyway
                return;
            QMetaObject::invokeMethod(
                self,
                [self, current, p] {
                    if (current())
                        emit self->progress(p.filesDone, p.filesTotal, p.bytesDone, p.bytesTotal);
                },
                Qt::QueuedConnection);
        };
        auto results = loadAndAnalyse(root, options, flag.get(), report);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, current, results] {
                if (!current())
                    return;
                self->running_ = false;
                if (results)
                    emit self->loaded(results);
                else
                    emit self->cancelled();
            },
            Qt::QueuedConnection);
    });
}

void ResultsLoaderJob::cancel()
{
    if (cancel_)
        cancel_->store(true);
    if (running_) {
        running_ = false;
        ++generation_; // whatever the old worker still sends is dropped
        emit cancelled();
    }
}

} // namespace loadscope
