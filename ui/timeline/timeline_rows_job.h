#pragma once
// The timeline's rows (spans and their colours, buildTimelineRows) computed off the GUI thread and kept per test,
// metric and QoS series, so a test or metric switch never builds rows on the GUI thread and a switch back is
// instant. rows() answers from what is kept, else starts the computation and answers nullptr; ready() follows when
// the rows asked for last arrive (a request superseded by another is dropped, as BackgroundJob does).
#include "core/analysis/qos_series.h"
#include "core/analysis/test_analysis.h"
#include "ui/timeline/timeline_metric.h"
#include "ui/timeline/timeline_rows.h"

#include <QObject>

#include <deque>
#include <memory>
#include <vector>

namespace loadscope {

class BackgroundJob;

using TimelineRowsPtr = std::shared_ptr<const std::vector<TimelineRow>>;

class TimelineRowsJob : public QObject {
    Q_OBJECT
public:
    explicit TimelineRowsJob(QObject* parent = nullptr);

    // The rows of `analysis` coloured by `metric` (`qos`: its per-user series for a QoS metric, else null): kept
    // ones at once, else nullptr while they are computed. The job shares ownership of what it reads.
    TimelineRowsPtr rows(std::shared_ptr<const TestAnalysis> analysis, const TimelineMetric& metric,
                         std::shared_ptr<const std::vector<QosSeries>> qos);
    bool running() const;
    void clear(); // forgets every kept row set (new results) and drops the computation under way

    static constexpr std::size_t kKept = 24; // row sets kept (each test × metric shown lately)

signals:
    void ready(); // the rows last asked for are kept now: ask again

private:
    struct Kept {
        std::shared_ptr<const TestAnalysis> analysis; // keeps the key's pointers valid (never reused while kept)
        int metric = 0;
        std::shared_ptr<const std::vector<QosSeries>> qos;
        TimelineRowsPtr rows;
    };
    const Kept* find(const TestAnalysis* analysis, int metric, const std::vector<QosSeries>* qos) const;

    BackgroundJob* job_ = nullptr;
    std::deque<Kept> kept_; // newest first
};

} // namespace loadscope
