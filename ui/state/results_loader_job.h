#pragma once
// Loads a results root on a worker thread, reporting progress and honouring Cancel. Each start gets a new id so
// the result of a superseded load is dropped instead of replacing a newer one.
#include "ui/state/loaded_results.h"

#include <QObject>

#include <atomic>
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

signals:
    void progress(qulonglong filesDone, qulonglong filesTotal, qulonglong bytesDone, qulonglong bytesTotal);
    void loaded(std::shared_ptr<const loadscope::LoadedResults> results);
    void cancelled();

private:
    std::shared_ptr<std::atomic<bool>> cancel_;
    int generation_ = 0;
    bool running_ = false;
};

} // namespace loadscope
