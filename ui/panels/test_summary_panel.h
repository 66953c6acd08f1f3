#pragma once
// The current test at a glance: users, sessions, publishers/subscribers, failures, reconnections, users that
// failed, duration, crash, peak CPU.
#include "core/analysis/failure_counts.h"
#include "core/analysis/test_analysis.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace loadscope {

struct TestSummary {
    int users = 0, sessions = 0, publishers = 0, subscribers = 0;
    FailureCounts failures = {}; // as summary.csv and Compare tests count them
    double duration = 0, clippedDuration = 0, peakCpu = kNaN;
    bool crashed = false;
};
TestSummary summariseTest(const TestAnalysis& analysis);

class TestSummaryPanel : public QWidget {
    Q_OBJECT
public:
    explicit TestSummaryPanel(QWidget* parent = nullptr);
    void setAnalysis(const TestAnalysis* analysis);
    QString valueOf(const QString& field) const; // the shown text of a field (tests)

private:
    QFormLayout* form_ = nullptr;
};

} // namespace loadscope
