#pragma once
// Participants over time: publishers and subscribers (left axis), streams in and streams out (right axis) as
// steps, from the analysis' progression (corrected mode: a failure ends a connection), with a dashed line where
// each batch of users (batches.json) began to join, labelled "batch k (users)" where the label fits: a label that
// would overprint the one drawn before it is skipped (re-thinned at every replot, so zooming in shows them).
#include "core/analysis/batch_starts.h"
#include "ui/time_charts/time_chart.h"

namespace loadscope {

class ParticipantsChart : public TimeChart {
    Q_OBJECT
public:
    explicit ParticipantsChart(QWidget* parent = nullptr);
    void setAnalysis(const TestAnalysis* analysis); // nullptr clears

    QCPGraph* publishersGraph() const { return publishers_; }
    QCPGraph* subscribersGraph() const { return subscribers_; }
    QCPGraph* streamsInGraph() const { return streamsIn_; }
    QCPGraph* streamsOutGraph() const { return streamsOut_; }
    const std::vector<BatchStart>& batches() const { return batches_; }
    QList<QCPItemStraightLine*> batchLines() const { return batchLines_; }
    QList<QCPItemText*> batchLabels() const { return batchLabels_; }
    QList<QRectF> drawnBatchLabelRects() const; // in pixels, of the labels drawn at the last replot
    static QRectF batchLabelRect(const QCPItemText* label);

private:
    void markBatches(const TestAnalysis* analysis);
    void thinBatchLabels();

    QCPGraph* publishers_ = nullptr;
    QCPGraph* subscribers_ = nullptr;
    QCPGraph* streamsIn_ = nullptr;
    QCPGraph* streamsOut_ = nullptr;
    std::vector<BatchStart> batches_;
    QList<QCPItemStraightLine*> batchLines_;
    QList<QCPItemText*> batchLabels_;
};

} // namespace loadscope
