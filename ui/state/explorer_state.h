#pragma once
// The one owner of what the explorer shows: the results, the current test, the colour metric, the row selection
// and the inspected user. Widgets never hold this state themselves: combo boxes, panels and the timeline are views
// of it, updated from changed(). Everything handed out is shared ownership (aliasing pointers into the results),
// so a panel may keep what it shows, or a background job read it, while new results replace the old ones.
#include "ui/state/loaded_results.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/timeline_metric.h"

#include <QFlags>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace loadscope {

struct QoeScoreSpec;

class ExplorerState : public QObject {
    Q_OBJECT
public:
    enum Change {
        Results = 1 << 0, // other results (a new folder, or the followed folder grown)
        Test = 1 << 1,    // the current test, or its analysis
        Metric = 1 << 2,
        Rows = 1 << 3,          // the row selection (filters and order)
        InspectedUser = 1 << 4, // the user, or which row index it has
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit ExplorerState(QObject* parent = nullptr);

    std::shared_ptr<const LoadedResults> results() const { return results_; }
    int testCount() const;
    int testIndex() const { return test_; }               // -1: none
    std::shared_ptr<const TestAnalysis> analysis() const; // the current test's; nullptr when none
    std::shared_ptr<const TestData> testData() const;     // its tables; nullptr when none
    const TimelineMetric& metric() const { return metric_; }
    // Whether the current test can be coloured by `metric`: the connection quality needs ConnectionQualityChanged
    // events (LiveKit tests), a QoE score other than VMAF and ViSQOL needs cuts that hold it; every other metric
    // always (uncoloured when it has no data). With no test: any but those QoE scores.
    bool offers(const TimelineMetric& metric) const;
    const RowSelection& rows() const { return rows_; }
    int inspectedUser() const { return user_; } // index into analysis()->users; -1: none

    // A new folder: its first test, every session, nobody inspected (metric, role, order and failed-only stay).
    void showResults(std::shared_ptr<const LoadedResults> results);
    // The same folder grown (follow): the test (by name), the session and the inspected user (by key) stay.
    void updateResults(std::shared_ptr<const LoadedResults> results);
    void selectTest(int index); // out of range: ignored; a new test shows every session and nobody inspected
    // A metric the test does not offer is ignored; a test that does not offer the metric shown goes back to VMAF.
    void selectMetric(const TimelineMetric& metric);
    void selectRows(const RowSelection& rows);
    void inspectUser(int userIndex); // out of range: nobody

signals:
    void changed(loadscope::ExplorerState::Changes what); // once per call, after all of it changed

private:
    // What the test's tables offer beyond the metrics every test has, found once per tables (a walk over every cut
    // and, for LiveKit, every event: ~20 ms on a 1,290-user test, asked on each switch by the metric box).
    struct Offered {
        std::shared_ptr<const TestData> data;
        std::vector<const QoeScoreSpec*> qoeScores;
        bool connectionQuality = false;
    };
    const Offered& offered(const std::shared_ptr<const TestData>& data) const;

    Changes fitMetric(); // Metric when it had to go back to VMAF

    std::shared_ptr<const LoadedResults> results_;
    int test_ = -1;
    TimelineMetric metric_ = TimelineMetric::vmaf();
    RowSelection rows_;
    int user_ = -1;
    mutable Offered offered_;
};

} // namespace loadscope

Q_DECLARE_OPERATORS_FOR_FLAGS(loadscope::ExplorerState::Changes)
