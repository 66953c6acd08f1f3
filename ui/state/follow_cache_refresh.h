#pragma once
// Follow keeps the re-open cache current (issue #18). While a test is written its files change every few seconds,
// so the cache entries of the followed folder go stale; once the folder has been quiet for a few looks in a row,
// it is loaded once more off the GUI thread with the cache (one loader thread): the unchanged tests are left as
// they are and the changed ones are parsed and stored, so the next open restores them instead of parsing them.
// Nothing when the cache is off (LOADSCOPE_NO_CACHE). Only reads the results folder.
#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace loadscope {

class FollowCacheRefresh : public QObject {
    Q_OBJECT
public:
    static constexpr int kQuietLooks = 3; // looks in a row that found nothing new (about 6 s at the 2 s poll)

    explicit FollowCacheRefresh(QObject* parent = nullptr);
    ~FollowCacheRefresh() override; // cancels a running refresh and waits for it

    void start(const QString& root); // a new folder is followed: its cache is not known to be current
    void changed();                  // a look found something new
    void quiet();                    // a look found nothing new
    void stop();                     // cancels a running refresh
    bool running() const { return running_.isRunning(); }

signals:
    void refreshed(); // a refresh finished: the cache holds every test of the folder as the refresh found it

private:
    QString root_;
    int quietLooks_ = 0;
    bool current_ = false; // refreshed since the last change
    std::shared_ptr<std::atomic<bool>> cancel_;
    QFuture<void> running_;
};

} // namespace loadscope
