#include "ui/time_charts/chart_views.h"

#include "ui/time_charts/participants_chart.h"
#include "ui/plot/crosshair.h"
#include "ui/plot/plot_area_align.h"
#include "ui/plot/plot_export_action.h"
#include "ui/time_charts/qoe_chart.h"
#include "ui/time_charts/qos_view.h"
#include "ui/plot/x_axis_link.h"

#include <qcustomplot.h>

#include <QSplitter>

#include <optional>

namespace loadscope {

ChartViews::ChartViews(QWidget* parent) : QTabWidget(parent)
{
    link_ = new XAxisLink(this);
    qoe_ = new QoeChart(this);
    qos_ = new QosView(this);
    participants_ = new ParticipantsChart(this);
    addTab(qoe_, tr("QoE"));
    addTab(qos_, tr("QoS"));
    addTab(participants_, tr("Participants"));
    setTabToolTip(0, tr("Mean VMAF and ViSQOL over time with CPU and memory"));
    setTabToolTip(1, tr("Mean, min and max over users per second of one QoS metric, with CPU"));
    setTabToolTip(2, tr("Publishers, subscribers and streams over time, batch starts marked"));
    setExportFigure(qoe_, {QStringLiteral("qoe")});
    setExportFigure(participants_, {QStringLiteral("participants")});
    align_ = new PlotAreaAlign(this);
    crosshair_ = new Crosshair(this);
    for (TimeChart* chart : charts()) {
        link_->add(chart->xAxis);
        align_->add(chart, chart->axisRect());
        crosshair_->add(chart);
    }
}

QList<TimeChart*> ChartViews::charts() const
{
    return {qoe_, qos_->chart(), participants_};
}

void ChartViews::linkTimeAxis(QCPAxis* axis)
{
    leader_ = axis;
    link_->add(axis);
    link_->alignTo(axis);
    align_->add(axis->parentPlot(), axis->axisRect());
    crosshair_->add(axis->parentPlot());
}

template <class Show>
void ChartViews::keepingTheLeadersRange(Show show)
{
    // Each chart resets its own range (which the link passes on); the leader's zoom stands.
    const std::optional<QCPRange> keep = leader_ ? std::optional(leader_->range()) : std::nullopt;
    show();
    if (keep) {
        leader_->setRange(*keep);
        link_->alignTo(leader_); // also when the range did not change and so sent no signal
    }
}

void ChartViews::nameExportsAfter(const TestAnalysis* analysis)
{
    const QString test = analysis && analysis->data ? QString::fromStdString(analysis->data->info.name) : QString();
    for (TimeChart* chart : charts())
        setExportTest(chart, test);
}

void ChartViews::setAnalysis(const TestAnalysis* analysis)
{
    nameExportsAfter(analysis);
    keepingTheLeadersRange([&] {
        qoe_->setAnalysis(analysis);
        qos_->setAnalysis(analysis);
        participants_->setAnalysis(analysis);
    });
}

void ChartViews::showAnalysis(std::shared_ptr<const TestAnalysis> analysis)
{
    nameExportsAfter(analysis.get());
    keepingTheLeadersRange([&] {
        qoe_->showAnalysis(analysis);
        qos_->showAnalysis(analysis);
        participants_->setAnalysis(analysis.get());
    });
}

bool ChartViews::computing() const
{
    return qoe_->computing() || qos_->chart()->computing();
}

QWidget* ChartViews::belowTimeline(QWidget* timeline)
{
    auto* splitter = new QSplitter(Qt::Vertical, timeline->parentWidget());
    splitter->setObjectName(QStringLiteral("timelineChartsSplitter"));
    splitter->addWidget(timeline);
    splitter->addWidget(this);
    // The timeline gets most of the room; a drag never collapses either side to nothing.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 280});
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QStringList ChartViews::viewKeys()
{
    return {QStringLiteral("qoe"), QStringLiteral("qos"), QStringLiteral("participants")};
}

bool ChartViews::showView(const QString& key)
{
    const int index = static_cast<int>(viewKeys().indexOf(key));
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}

} // namespace loadscope
