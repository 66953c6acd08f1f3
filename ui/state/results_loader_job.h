#pragma once
// Loads a results root on a worker thread in two steps, reporting progress and honouring Cancel: first a first look
// (ui/state/first_look.h: the first test alone, delivered through firstLook() to be shown at once), then the whole
// folder (loaded()). Each start gets a new id so the result of a superseded load is dropped instead of replacing a
// newer one.
#include "ui/state/loaded_results.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace loadscope {

class ResultsLoaderJob : public QObject {
    Q_OBJECT
public:
    explicit ResultsLoaderJob(QObject* parent = nullptr);
    ~ResultsLoaderJob() override;

    void start(const QString& root, const AnalysisOptions& options);
    void cancel();
    bool running() const { return running_; }
    // Whether start() delivers a first look before the whole folder (default: yes).
    void setFirstLook(bool enabled) { firstLookEnabled_ = enabled; }
    // Tests: runs on the worker between the first look and the whole load (to look at the first look alone).
    void setBeforeWholeLoad(std::function<void()> hook) { beforeWholeLoad_ = std::move(hook); }

signals:
    void progress(qulonglong filesDone, qulonglong filesTotal, qulonglong bytesDone, qulonglong bytesTotal);
    // The first test alone (LoadedResults::firstLook), before loaded(); not sent for a folder without tests.
    void firstLook(std::shared_ptr<const loadscope::LoadedResults> results);
    void loaded(std::shared_ptr<const loadscope::LoadedResults> results);
    void cancelled();

private:
    std::shared_ptr<std::atomic<bool>> cancel_;
    int generation_ = 0;
    bool running_ = false;
    bool firstLookEnabled_ = true;
    std::function<void()> beforeWholeLoad_;
};

} // namespace loadscope
