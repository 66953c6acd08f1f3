#include "ui/time_charts/user_qos_chart.h"

#include "core/analysis/qos_over_time.h"
#include "core/analysis/qos_series.h"
#include "ui/time_charts/qos_columns.h"
#include "ui/plot/fast_lines.h"
#include "ui/plot/legend_placement.h"
#include "ui/plot/plot_export_action.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace loadscope {

UserQosChart::UserQosChart(QWidget* parent) : QWidget(parent)
{
    metric_ = new QComboBox(this);
    const auto choices = qosChoices();
    for (std::size_t i = 0; i < choices.size(); ++i)
        metric_->addItem(qosChoiceLabel(choices[i]), static_cast<int>(i));
    plot_ = new QCustomPlot(this);
    drawLinesFast(plot_);
    plot_->setMinimumHeight(120);
    addExportAction(plot_);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    plot_->xAxis->setLabel(tr("Time from the test start (s)"));
    testMean_ = plot_->addGraph();
    testMean_->setName(tr("Test mean over users"));
    testMean_->setPen(QPen(QColor(150, 150, 150), 1.2));
    user_ = plot_->addGraph();
    user_->setName(tr("This user (1 s means)"));
    user_->setLineStyle(QCPGraph::lsStepLeft);
    user_->setPen(QPen(QColor(20, 90, 200), 1.8));
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), std::max(6, font().pointSize() - 2)));
    placeLegendAbove(plot_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(metric_);
    layout->addWidget(plot_, 1);
    // Jitter first, as the inspector showed it before.
    select(Direction::Inbound, MediaKind::Video, QStringLiteral("jitter"));
    connect(metric_, &QComboBox::currentIndexChanged, this, &UserQosChart::rebuild);
}

bool UserQosChart::select(Direction direction, MediaKind kind, const QString& column)
{
    const auto choices = qosChoices();
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i].direction == direction && choices[i].kind == kind &&
            column == QLatin1String(choices[i].column->column)) {
            metric_->setCurrentIndex(static_cast<int>(i));
            return true;
        }
    return false;
}

void UserQosChart::setUser(const TestAnalysis* analysis, int userIndex)
{
    analysis_ = analysis;
    userIndex_ = userIndex;
    rebuild();
}

void UserQosChart::rebuild()
{
    const auto choices = qosChoices();
    const QosChoice& choice = choices[static_cast<std::size_t>(std::max(0, metric_->currentIndex()))];
    QVector<double> times, values, meanTimes, means;
    const bool valid = analysis_ && analysis_->data && userIndex_ >= 0 &&
                       static_cast<std::size_t>(userIndex_) < analysis_->data->users.size();
    if (valid) {
        const auto series = averageQosPerSecond(*analysis_->data, analysis_->start, choice.direction, choice.kind,
                                                choice.column->column);
        const QosSeries& mine = series[static_cast<std::size_t>(userIndex_)];
        for (const QosInterval& q : mine) {
            times.append(q.start);
            values.append(q.value);
        }
        if (!mine.empty()) { // the last step ends where its interval ends
            times.append(mine.back().end);
            values.append(mine.back().value);
        }
        const QosOverTime test = computeQosOverTime(*analysis_->data, analysis_->start, choice.direction, choice.kind,
                                                    choice.column->column, analysis_->mode);
        for (const QosBucket& b : test.buckets) {
            meanTimes.append(b.time);
            means.append(b.mean);
        }
    }
    user_->setData(times, values, true);
    testMean_->setData(meanTimes, means, true);
    plot_->yAxis->setLabel(axisLabel(*choice.column) + (valid && times.isEmpty() ? tr(": no samples") : QString()));
    double top = 0;
    for (const QVector<double>* v : {&values, &means})
        for (double x : *v)
            if (!std::isnan(x))
                top = std::max(top, x);
    plot_->yAxis->setRange(0, top > 0 ? top * 1.1 : 1.0); // from zero: honest
    const double end = valid ? analysis_->duration : 0.0;
    plot_->xAxis->setRange(-5, end + 5);
    const UserKey* key = valid ? &analysis_->data->users[static_cast<std::size_t>(userIndex_)].key : nullptr;
    setExportTest(plot_, analysis_ && analysis_->data ? QString::fromStdString(analysis_->data->info.name) : QString());
    setExportFigure(plot_,
                    {key ? QStringLiteral("user %1-%2").arg(key->user).arg(key->session) : QString(),
                     QStringLiteral("qos"), directionLabel(choice.direction),
                     QString::fromLatin1(mediaKindName(choice.kind)), QString::fromLatin1(choice.column->column)});
    plot_->replot();
}

} // namespace loadscope
