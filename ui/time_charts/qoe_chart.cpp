#include "ui/time_charts/qoe_chart.h"

#include "ui/jobs/background_job.h"

#include <algorithm>

namespace loadscope {

QoeChart::QoeChart(QWidget* parent) : TimeChart(parent)
{
    yAxis->setLabel(tr("Mean QoE (0..5)"));
    yAxis->setRange(0, 5.05);
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("CPU (0..1)"));
    yAxis2->setRange(0, 1.01);
    memoryAxis_ = axisRect()->addAxis(QCPAxis::atRight);
    memoryAxis_->setLabel(tr("Memory (0..1)"));
    memoryAxis_->setRange(0, 1.01);
    memoryAxis_->setTickLabelColor(QColor(0, 128, 0));
    memoryAxis_->setLabelColor(QColor(0, 128, 0));
    memoryAxis_->grid()->setVisible(false);

    vmaf_ = addLine(yAxis, tr("VMAF"), QColor(31, 90, 220), false);
    visqol_ = addLine(yAxis, tr("ViSQOL"), QColor(220, 40, 40), false);
    cpu_ = addLine(yAxis2, tr("CPU"), Qt::black, true);
    memory_ = addLine(memoryAxis_, tr("Memory"), QColor(0, 128, 0), true);
    job_ = new BackgroundJob(this);
}

bool QoeChart::computing() const
{
    return job_->running();
}

void QoeChart::setAnalysis(const TestAnalysis* analysis)
{
    job_->cancel();
    showSeries(analysis, analysis ? computeQoeOverTime(*analysis) : QoeOverTime{});
    resetTimeRange(analysis);
}

void QoeChart::showAnalysis(std::shared_ptr<const TestAnalysis> analysis)
{
    if (!analysis) {
        setAnalysis(nullptr);
        return;
    }
    vmaf_->data()->clear();
    visqol_->data()->clear();
    setResources(analysis.get(), cpu_, memory_);
    const QString name = analysis->data ? QString::fromStdString(analysis->data->info.name) : QString();
    setTitle(tr("QoE progression — %1").arg(name));
    showNoData(tr("Computing…"));
    resetTimeRange(analysis.get());
    job_->start<QoeOverTime>([analysis](const std::atomic<bool>&) { return computeQoeOverTime(*analysis); },
                             [this, analysis](QoeOverTime qoe) {
                                 showSeries(analysis.get(), qoe);
                                 replot();
                             });
}

void QoeChart::showSeries(const TestAnalysis* analysis, const QoeOverTime& qoe)
{
    QVector<double> times, values;
    auto fill = [&](QCPGraph* graph, const std::vector<TimeBucketMean>& series) {
        times.clear();
        values.clear();
        for (const TimeBucketMean& b : series) {
            times.append(b.time);
            values.append(b.mean);
        }
        graph->setData(times, values, true);
    };
    fill(vmaf_, qoe.vmaf);
    fill(visqol_, qoe.visqol);
    setResources(analysis, cpu_, memory_);
    const QString bucket = qoe.bucketSeconds < 1 ? tr("%1 ms").arg(qoe.bucketSeconds * 1000)
                                                 : tr("%1 s").arg(qoe.bucketSeconds);
    const QString name = analysis && analysis->data ? QString::fromStdString(analysis->data->info.name) : QString();
    setTitle(analysis ? tr("QoE progression — mean over users per %1 bucket — %2").arg(bucket, name) : tr("No test"));
    showNoData(analysis && qoe.vmaf.empty() && qoe.visqol.empty() ? tr("No QoE scores in this test") : QString());
    // A failed ViSQOL counts as -1.25 in notebook mode: let the axis show it rather than clip it.
    double lowest = 0;
    for (const auto& b : qoe.visqol)
        lowest = std::min(lowest, b.mean);
    yAxis->setRange(lowest < 0 ? lowest - 0.1 : 0.0, 5.05);
}

} // namespace loadscope
