#pragma once
// One user in detail: where and when it joined (connections.json: worker, join time), events (time from start,
// event, connection, raw JSON), browser errors (errors.json), failures with attempts and where they come from,
// reconnections with their durations, segments with CPU statistics, QoE cuts as receiver and sender (every score the
// test's cuts hold, a note on values that may be failed measurements, the senders without a cuts file:
// inspector_qoe.h), and its QoS over time (any metric, picked in a combo box). A note under the heading says when the
// user is shown failed while its stats say media kept arriving. Selecting an event or a segment announces its time so the timeline can
// mark it.
#include "core/analysis/test_analysis.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace loadscope {

class UserQosChart;

class UserInspector : public QWidget {
    Q_OBJECT
public:
    explicit UserInspector(QWidget* parent = nullptr);
    void setUser(const TestAnalysis* analysis, int userIndex); // -1 clears
    int userIndex() const { return userIndex_; }
    QString heading() const;
    const QStandardItemModel* events() const { return events_; }
    const QStandardItemModel* failures() const { return failures_; }
    const QStandardItemModel* reconnections() const { return reconnections_; }
    const QStandardItemModel* errors() const { return errors_; }
    const QStandardItemModel* segments() const { return segments_; }
    const QStandardItemModel* cuts() const { return cuts_; }
    QTableView* eventsView() const { return eventsView_; }
    UserQosChart* qosChart() const { return qosChart_; }
    void showQosTab();
    bool showTab(const QString& title); // false when no tab has that title

signals:
    void timeSelected(double seconds);

private:
    QTableView* addTable(QStandardItemModel* model, const QString& title, QWidget* above = nullptr);
    void fillEvents(const TestAnalysis& a, int user);
    void fillFailures(const TestAnalysis& a, int user);
    void fillErrors(const TestAnalysis& a, int user);
    void fillSegments(const TestAnalysis& a, int user);

    QLabel* heading_ = nullptr;
    QLabel* disagreement_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QStandardItemModel* events_ = nullptr;
    QStandardItemModel* failures_ = nullptr;
    QStandardItemModel* reconnections_ = nullptr;
    QStandardItemModel* errors_ = nullptr;
    QStandardItemModel* segments_ = nullptr;
    QStandardItemModel* cuts_ = nullptr;
    QTableView* eventsView_ = nullptr;
    UserQosChart* qosChart_ = nullptr;
    int userIndex_ = -1;
};

} // namespace loadscope
