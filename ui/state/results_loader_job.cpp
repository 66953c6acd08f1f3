#include "ui/state/results_loader_job.h"

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
    // The worker owns copies of what it needs; it reports back through queued calls guarded by the generation.
    (void)QtConcurrent::run([self, flag, root, options, generation] {
        auto report = [self, generation](const LoadProgress& p) {
            if (!self) // the window closed; queued calls to a deleted object are dropped by Qt anyway
                return;
            QMetaObject::invokeMethod(
                self,
                [self, generation, p] {
                    if (self && self->generation_ == generation)
                        emit self->progress(p.filesDone, p.filesTotal, p.bytesDone, p.bytesTotal);
                },
                Qt::QueuedConnection);
        };
        auto results = loadAndAnalyse(root, options, flag.get(), report);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, generation, results] {
                if (!self || self->generation_ != generation)
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
