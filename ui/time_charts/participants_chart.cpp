#include "ui/time_charts/participants_chart.h"

#include <QFontMetricsF>

#include <algorithm>
#include <limits>

namespace loadscope {

namespace {

const QColor kBatchColour(120, 120, 120);

} // namespace

ParticipantsChart::ParticipantsChart(QWidget* parent) : TimeChart(parent)
{
    yAxis->setLabel(tr("Users connected"));
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("Streams"));
    publishers_ = addLine(yAxis, tr("Publishers"), QColor(31, 90, 220), false);
    subscribers_ = addLine(yAxis, tr("Subscribers"), QColor(230, 120, 0), false);
    streamsIn_ = addLine(yAxis2, tr("Streams in (right axis)"), QColor(0, 140, 60), false);
    streamsOut_ = addLine(yAxis2, tr("Streams out (right axis)"), QColor(140, 40, 160), false);
    streamsIn_->setProperty(kCsvName, QStringLiteral("streams_in"));
    streamsOut_->setProperty(kCsvName, QStringLiteral("streams_out"));
    for (QCPGraph* g : {publishers_, subscribers_, streamsIn_, streamsOut_}) {
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setPen(QPen(g->pen().color(), 2));
    }
    streamsIn_->setPen(QPen(streamsIn_->pen().color(), 2, Qt::DashLine));
    streamsOut_->setPen(QPen(streamsOut_->pen().color(), 2, Qt::DashLine));
    // Before every replot (and every export, at its size): the labels that fit at this zoom.
    // afterLayout on screen; an export lays the plot out itself and then emits beforeReplot (plot_exporter.h).
    connect(this, &QCustomPlot::afterLayout, this, &ParticipantsChart::thinBatchLabels);
    connect(this, &QCustomPlot::beforeReplot, this, &ParticipantsChart::thinBatchLabels);
}

QRectF ParticipantsChart::batchLabelRect(const QCPItemText* label)
{
    // Where the label's text is drawn: left-aligned at its position, bottom up, with its padding.
    const QFontMetricsF metrics(label->font());
    const QPointF anchor = label->position->pixelPosition();
    const QMargins pad = label->padding();
    const QSizeF size(metrics.horizontalAdvance(label->text()) + pad.left() + pad.right(),
                      metrics.height() + pad.top() + pad.bottom());
    return QRectF(QPointF(anchor.x(), anchor.y() - size.height()), size);
}

void ParticipantsChart::thinBatchLabels()
{
    // In time order, a label is drawn only when it starts clear of the last one drawn: never a smear of
    // overprinted text, and zooming in brings the skipped ones back. The dashed lines all stay.
    constexpr double kGap = 4; // pixels between two drawn labels
    double drawnRight = -std::numeric_limits<double>::infinity();
    QList<QCPItemText*> byTime = batchLabels_;
    std::sort(byTime.begin(), byTime.end(), [](const QCPItemText* a, const QCPItemText* b) {
        return a->position->coords().x() < b->position->coords().x();
    });
    for (QCPItemText* label : byTime) {
        const QRectF rect = batchLabelRect(label);
        const bool shown = rect.left() >= drawnRight + kGap;
        label->setVisible(shown);
        if (shown)
            drawnRight = rect.right();
    }
}

QList<QRectF> ParticipantsChart::drawnBatchLabelRects() const
{
    QList<QRectF> rects;
    for (const QCPItemText* label : batchLabels_)
        if (label->visible())
            rects << batchLabelRect(label);
    return rects;
}

void ParticipantsChart::setAnalysis(const TestAnalysis* analysis)
{
    QVector<double> times, publishers, subscribers, in, out;
    auto append = [&](double time, const ProgressionPoint& p) {
        times.append(time);
        publishers.append(p.publishers);
        subscribers.append(p.subscribers);
        in.append(p.streamsIn);
        out.append(p.streamsOut);
    };
    if (analysis && !analysis->progression.empty()) {
        append(0.0, ProgressionPoint{}); // nobody before the first connection
        for (const ProgressionPoint& p : analysis->progression)
            append(p.time, p);
        // The last counts hold to the end of the test (steps need a point to end on).
        append(std::max(analysis->duration, times.back()), analysis->progression.back());
    }
    publishers_->setData(times, publishers, true);
    subscribers_->setData(times, subscribers, true);
    streamsIn_->setData(times, in, true);
    streamsOut_->setData(times, out, true);
    const double users = publishers.isEmpty() ? 0
                                              : std::max(*std::max_element(publishers.begin(), publishers.end()),
                                                         *std::max_element(subscribers.begin(), subscribers.end()));
    const double streams = in.isEmpty() ? 0
                                        : std::max(*std::max_element(in.begin(), in.end()),
                                                   *std::max_element(out.begin(), out.end()));
    // Different headroom on the two axes: streams in are always twice the publishers, and equal scales would
    // draw the two lines on top of each other.
    yAxis->setRange(0, std::max(1.0, users * 1.1));
    yAxis2->setRange(0, std::max(1.0, streams * 1.4));

    const QString name = analysis && analysis->data ? QString::fromStdString(analysis->data->info.name) : QString();
    const QString semantics = analysis && analysis->mode == AnalysisMode::NotebookCompatible
                                  ? tr("notebook: never decrements")
                                  : tr("a failure ends a connection");
    setTitle(analysis ? tr("Participants — %1 — %2").arg(semantics, name) : tr("No test"));
    showNoData(analysis && analysis->progression.empty() ? tr("Nobody connected in this test") : QString());
    markBatches(analysis);
    resetTimeRange(analysis);
}

void ParticipantsChart::markBatches(const TestAnalysis* analysis)
{
    for (auto* item : batchLines_)
        removeItem(item);
    for (auto* item : batchLabels_)
        removeItem(item);
    batchLines_.clear();
    batchLabels_.clear();
    batches_ = analysis ? batchStarts(*analysis) : std::vector<BatchStart>{};
    for (const BatchStart& b : batches_) {
        auto* line = new QCPItemStraightLine(this);
        line->setPen(QPen(kBatchColour, 1, Qt::DashLine));
        line->point1->setCoords(b.time, 0);
        line->point2->setCoords(b.time, 1);
        line->setClipAxisRect(axisRect());
        batchLines_.append(line);
        auto* label = new QCPItemText(this);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(b.time, 0.97);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(tr("batch %1 (%2)").arg(b.batch).arg(b.users));
        label->setColor(kBatchColour);
        label->setPadding(QMargins(3, 0, 0, 2));
        label->setClipAxisRect(axisRect());
        batchLabels_.append(label);
    }
}

} // namespace loadscope
