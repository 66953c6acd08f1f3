#include "ui/state/follow_cache_refresh.h"

#include "core/cache/results_cache.h"
#include "core/load/results_loader.h"

#include "ui/jobs/worker_priority.h"

#include <QtConcurrent/QtConcurrentRun>

namespace loadscope {

FollowCacheRefresh::FollowCacheRefresh(QObject* parent) : QObject(parent) {}

FollowCacheRefresh::~FollowCacheRefresh()
{
    stop();
    running_.waitForFinished();
}

void FollowCacheRefresh::start(const QString& root)
{
    stop();
    root_ = root;
    quietLooks_ = 0;
    current_ = false;
}

void FollowCacheRefresh::changed()
{
    quietLooks_ = 0;
    current_ = false;
}

void FollowCacheRefresh::quiet()
{
    if (current_ || root_.isEmpty() || running_.isRunning() || ++quietLooks_ < kQuietLooks)
        return;
    CacheSettings settings = defaultCacheSettings();
    if (settings.folder.empty())
        return;
    current_ = true;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    // The destructor waits for the refresh, so `this` outlives it.
    running_ = QtConcurrent::run([this, root = root_.toStdString(), settings = std::move(settings), cancel = cancel_] {
        yieldToGuiThread();
        ResultsCache cache(settings);
        LoadOptions options;
        options.threads = 1; // in the background of a window in use
        options.cancel = cancel.get();
        options.cache = &cache;
        const bool finished = loadResults(root, options).has_value();
        if (finished)
            QMetaObject::invokeMethod(this, &FollowCacheRefresh::refreshed, Qt::QueuedConnection);
    });
}

void FollowCacheRefresh::stop()
{
    if (cancel_)
        cancel_->store(true);
    root_.clear();
}

} // namespace loadscope
