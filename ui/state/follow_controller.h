#pragma once
// View ▸ Follow: watches a results folder that a running test is still writing and delivers the grown results.
// A QFileSystemWatcher on its folders and files notices most changes at once; a poll every 2 s catches what it
// misses (appends on network file systems, folders created between two looks). Changes are debounced, read on a
// worker thread by an IncrementalLoader (only what grew), and handed back on the GUI thread. Only reads.
#include "ui/state/follow_cache_refresh.h"
#include "ui/state/loaded_results.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QFileSystemWatcher;

namespace loadscope {

class IncrementalLoader;
struct FollowUpdate;

class FollowController : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMilliseconds = 2000;
    static constexpr int kDebounceMilliseconds = 250;

    explicit FollowController(QObject* parent = nullptr);
    ~FollowController() override;

    // Follows `root` from now on (reads it whole first), analysing it with `options`.
    void start(const QString& root, const AnalysisOptions& options);
    void stop();
    bool following() const { return loader_ != nullptr; }
    QString root() const { return root_; }
    void checkNow(); // looks at the folder without waiting for the watcher or the poll

signals:
    void updated(std::shared_ptr<const loadscope::LoadedResults> results); // something grew
    void checked();                                                        // a look found nothing new
    void cacheRefreshed(); // the re-open cache holds the folder as it is now (FollowCacheRefresh)

private:
    void scheduleCheck();
    void finishCheck(int generation, std::shared_ptr<const LoadedResults> results, const QStringList& watchPaths);
    void watch(const QStringList& paths);

    QString root_;
    AnalysisOptions options_;
    std::shared_ptr<IncrementalLoader> loader_; // used by one worker at a time
    QFileSystemWatcher* watcher_ = nullptr;
    QTimer poll_, debounce_;
    FollowCacheRefresh cacheRefresh_;
    int generation_ = 0; // a stop or a new start drops what older workers send
    bool busy_ = false, pending_ = false;
};

} // namespace loadscope
