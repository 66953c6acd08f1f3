#include "ui/timeline/timeline_rows_job.h"

#include "ui/jobs/background_job.h"

namespace loadscope {

TimelineRowsJob::TimelineRowsJob(QObject* parent) : QObject(parent), job_(new BackgroundJob(this)) {}

const TimelineRowsJob::Kept* TimelineRowsJob::find(const TestAnalysis* analysis, int metric,
                                                   const std::vector<QosSeries>* qos) const
{
    for (const Kept& k : kept_)
        if (k.analysis.get() == analysis && k.metric == metric && k.qos.get() == qos)
            return &k;
    return nullptr;
}

TimelineRowsPtr TimelineRowsJob::rows(std::shared_ptr<const TestAnalysis> analysis, const TimelineMetric& metric,
                                      std::shared_ptr<const std::vector<QosSeries>> qos)
{
    if (!analysis)
        return std::make_shared<const std::vector<TimelineRow>>();
    if (const Kept* k = find(analysis.get(), metric.index(), qos.get())) {
        job_->cancel(); // an older request must not replace what is asked for now
        return k->rows;
    }
    job_->start<TimelineRowsPtr>(
        [analysis, metric, qos](const std::atomic<bool>&) {
            return std::make_shared<const std::vector<TimelineRow>>(buildTimelineRows(*analysis, metric, qos.get()));
        },
        [this, analysis, metric, qos](TimelineRowsPtr rows) {
            kept_.push_front({analysis, metric.index(), qos, std::move(rows)});
            if (kept_.size() > kKept)
                kept_.pop_back();
            emit ready();
        });
    return nullptr;
}

bool TimelineRowsJob::running() const
{
    return job_->running();
}

void TimelineRowsJob::clear()
{
    job_->cancel();
    kept_.clear();
}

} // namespace loadscope
