#include "ui/time_charts/qos_chart.h"

#include "ui/jobs/background_job.h"

#include <algorithm>
#include <cmath>

namespace loadscope {

namespace {

const QColor kSeriesColour(31, 90, 220);

} // namespace

QosChart::QosChart(QWidget* parent) : TimeChart(parent)
{
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("CPU (0..1)"));
    yAxis2->setRange(0, 1.01);
    // The band first, so the mean line is drawn over it.
    QColor band = kSeriesColour;
    band.setAlpha(70);
    max_ = addLine(yAxis, tr("Min–max band"), band, false);
    max_->setProperty(kCsvName, QStringLiteral("max"));
    min_ = addLine(yAxis, QStringLiteral("min"), band, false);
    min_->removeFromLegend();
    max_->setChannelFillGraph(min_);
    max_->setBrush(band);
    mean_ = addLine(yAxis, tr("Mean over users"), kSeriesColour, true);
    mean_->setProperty(kCsvName, QStringLiteral("mean"));
    cpu_ = addLine(yAxis2, tr("CPU"), Qt::black, true);
    thresholdLine_ = new QCPItemStraightLine(this);
    thresholdLine_->setPen(QPen(Qt::red, 1.5, Qt::DashLine));
    thresholdLine_->setClipAxisRect(axisRect());
    column_ = findQosColumn(QStringLiteral("jitter"));
    job_ = new BackgroundJob(this);
}

bool QosChart::computing() const
{
    return job_->running();
}

void QosChart::showAnalysis(std::shared_ptr<const TestAnalysis> analysis)
{
    owned_ = std::move(analysis);
    analysis_ = owned_.get();
    setResources(analysis_, cpu_, nullptr);
    rebuild();
    resetTimeRange(analysis_);
}

void QosChart::setAnalysis(const TestAnalysis* analysis)
{
    owned_.reset();
    analysis_ = analysis;
    setResources(analysis, cpu_, nullptr);
    rebuild();
    resetTimeRange(analysis);
}

void QosChart::setSeries(Direction direction, MediaKind kind, const QosColumn& column)
{
    direction_ = direction;
    kind_ = kind;
    column_ = &column;
    rebuild();
    replot();
}

void QosChart::setThreshold(double value)
{
    threshold_ = value;
    thresholdLine_->setVisible(!std::isnan(value));
    if (!std::isnan(value)) {
        thresholdLine_->point1->setAxes(xAxis, yAxis);
        thresholdLine_->point2->setAxes(xAxis, yAxis);
        thresholdLine_->point1->setCoords(0, value);
        thresholdLine_->point2->setCoords(1, value);
    }
    fitValueAxis();
    replot();
}

QString QosChart::seriesName() const
{
    return QStringLiteral("%1 %2 %3")
        .arg(directionLabel(direction_), QString::fromLatin1(mediaKindName(kind_)), column_->label.toLower());
}

void QosChart::rebuild()
{
    const TestAnalysis* a = analysis_;
    if (!owned_ || !a || !a->data) {
        job_->cancel();
        showSeries(a && a->data ? computeQosOverTime(*a->data, a->start, direction_, kind_, column_->column, a->mode)
                                : QosOverTime{});
        return;
    }
    series_ = {};
    mean_->data()->clear();
    min_->data()->clear();
    max_->data()->clear();
    setTitle(tr("QoS — %1 — %2").arg(seriesName(), QString::fromStdString(a->data->info.name)));
    yAxis->setLabel(axisLabel(*column_));
    showNoData(tr("Computing…"));
    job_->start<QosOverTime>(
        [analysis = owned_, direction = direction_, kind = kind_, column = column_](const std::atomic<bool>&) {
            return computeQosOverTime(*analysis->data, analysis->start, direction, kind, column->column,
                                      analysis->mode);
        },
        [this](QosOverTime series) {
            showSeries(std::move(series));
            replot();
        });
}

void QosChart::showSeries(QosOverTime series)
{
    series_ = std::move(series);
    QVector<double> times, means, mins, maxs;
    for (const QosBucket& b : series_.buckets) {
        times.append(b.time);
        means.append(b.mean);
        mins.append(b.min);
        maxs.append(b.max);
    }
    mean_->setData(times, means, true);
    min_->setData(times, mins, true);
    max_->setData(times, maxs, true);

    const QString what = seriesName();
    const QString name = analysis_ && analysis_->data ? QString::fromStdString(analysis_->data->info.name) : QString();
    setTitle(analysis_ ? tr("QoS — %1 — mean over users per 1 s with min–max — %2").arg(what, name) : tr("No test"));
    yAxis->setLabel(axisLabel(*column_));
    QString empty;
    if (analysis_ && !series_.hasColumn)
        empty = tr("No %1 samples in this test").arg(what.toLower());
    else if (analysis_ && series_.buckets.empty())
        empty = tr("No %1 samples with a time in this test").arg(what.toLower());
    showNoData(empty);
    fitValueAxis();
}

void QosChart::fitValueAxis()
{
    // From zero (an honest scale), up to the band's top or the threshold, whichever is higher.
    double top = std::isnan(threshold_) ? 0.0 : threshold_;
    for (const QosBucket& b : series_.buckets)
        if (!std::isnan(b.max))
            top = std::max(top, b.max);
    yAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    // Plain numbers for bitrates (800000, not 8·10^5), three significant digits for seconds and fractions.
    const bool large = top >= 1000;
    yAxis->setNumberFormat(large ? QStringLiteral("f") : QStringLiteral("g"));
    yAxis->setNumberPrecision(large ? 0 : 3);
}

} // namespace loadscope
