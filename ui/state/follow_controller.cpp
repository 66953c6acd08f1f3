#include "ui/state/follow_controller.h"

#include "core/follow/incremental_loader.h"
#include "core/load/results_layout.h"
#include "ui/jobs/worker_priority.h"

#include <QFileSystemWatcher>
#include <QPointer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace loadscope {

namespace {

// inotify watches are a per-user resource shared with other programs: a huge folder relies on the poll.
constexpr qsizetype kMaxWatchedPaths = 4000;

QStringList pathsToWatch(const QString& root, const FolderSnapshot& snapshot)
{
    QStringList paths{root};
    for (const char* folder : layout::kDataFolders)
        paths << root + QLatin1Char('/') + QLatin1String(folder);
    for (const auto& [relative, stamp] : snapshot.entries()) {
        if (paths.size() >= kMaxWatchedPaths)
            break;
        paths << root + QLatin1Char('/') + QString::fromStdString(relative);
    }
    return paths;
}

} // namespace

FollowController::FollowController(QObject* parent) : QObject(parent), watcher_(new QFileSystemWatcher(this))
{
    qRegisterMetaType<std::shared_ptr<const loadscope::LoadedResults>>();
    poll_.setInterval(kPollMilliseconds);
    debounce_.setInterval(kDebounceMilliseconds);
    debounce_.setSingleShot(true);
    connect(&cacheRefresh_, &FollowCacheRefresh::refreshed, this, &FollowController::cacheRefreshed);
    connect(&poll_, &QTimer::timeout, this, &FollowController::checkNow);
    connect(&debounce_, &QTimer::timeout, this, &FollowController::checkNow);
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, &FollowController::scheduleCheck);
    connect(watcher_, &QFileSystemWatcher::directoryChanged, this, &FollowController::scheduleCheck);
}

FollowController::~FollowController()
{
    stop();
}

void FollowController::start(const QString& root, const AnalysisOptions& options)
{
    stop();
    root_ = root;
    options_ = options;
    loader_ = std::make_shared<IncrementalLoader>(root.toStdString(), FollowOptions{options});
    cacheRefresh_.start(root);
    poll_.start();
    checkNow();
}

void FollowController::stop()
{
    ++generation_;
    poll_.stop();
    debounce_.stop();
    if (!watcher_->files().isEmpty())
        watcher_->removePaths(watcher_->files());
    if (!watcher_->directories().isEmpty())
        watcher_->removePaths(watcher_->directories());
    loader_.reset();
    cacheRefresh_.stop();
    busy_ = pending_ = false;
}

void FollowController::scheduleCheck()
{
    // A test writes many files at once: one look after the burst, not one per file.
    debounce_.start();
}

void FollowController::checkNow()
{
    if (!loader_)
        return;
    if (busy_) {
        pending_ = true; // look again once the running read is in
        return;
    }
    busy_ = true;
    const int generation = generation_;
    QPointer<FollowController> self(this);
    auto loader = loader_;
    const QString root = root_;
    (void)QtConcurrent::run([self, loader, generation, root] {
        yieldToGuiThread();
        std::shared_ptr<const LoadedResults> results;
        QStringList watchPaths;
        if (auto update = loader->update()) {
            results = loadedResultsOf(root, update->analysed);
            watchPaths = pathsToWatch(root, *loader->lastSnapshot());
        }
        if (!self) // the window closed meanwhile
            return;
        QMetaObject::invokeMethod(
            self,
            [self, generation, results, watchPaths] {
                if (self)
                    self->finishCheck(generation, results, watchPaths);
            },
            Qt::QueuedConnection);
    });
}

void FollowController::finishCheck(int generation, std::shared_ptr<const LoadedResults> results,
                                   const QStringList& watchPaths)
{
    if (generation != generation_)
        return; // stopped or restarted meanwhile
    busy_ = false;
    if (!watchPaths.isEmpty())
        watch(watchPaths);
    if (results) {
        cacheRefresh_.changed();
        emit updated(std::move(results));
    } else {
        cacheRefresh_.quiet();
        emit checked();
    }
    if (pending_) {
        pending_ = false;
        checkNow();
    }
}

void FollowController::watch(const QStringList& paths)
{
    const QStringList current = watcher_->files() + watcher_->directories();
    const QSet<QString> watched(current.begin(), current.end());
    QStringList added;
    for (const QString& path : paths)
        if (!watched.contains(path))
            added << path;
    if (!added.isEmpty())
        watcher_->addPaths(added); // paths that vanished meanwhile are skipped with a warning by Qt
}

} // namespace loadscope
