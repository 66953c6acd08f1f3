#include "ui/time_charts/qos_view.h"

#include "ui/plot/plot_export_action.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace loadscope {

QosView::QosView(QWidget* parent) : QWidget(parent)
{
    chart_ = new QosChart(this);
    direction_ = new QComboBox(this);
    for (Direction d : {Direction::Inbound, Direction::Outbound, Direction::RemoteInbound})
        direction_->addItem(directionLabel(d), static_cast<int>(d));
    kind_ = new QComboBox(this);
    kind_->addItem(tr("video"), static_cast<int>(MediaKind::Video));
    kind_->addItem(tr("audio"), static_cast<int>(MediaKind::Audio));
    metric_ = new QComboBox(this);
    thresholdShown_ = new QCheckBox(tr("Threshold"), this);
    thresholdValue_ = new QDoubleSpinBox(this);
    thresholdValue_->setDecimals(4);
    thresholdValue_->setRange(0, 1e9);
    thresholdValue_->setSingleStep(0.005);
    thresholdValue_->setToolTip(tr("Where the dashed red line is drawn, in the metric's unit"));
    for (const QosColumn& c : qosColumns())
        thresholds_[QLatin1String(c.column)] = c.threshold > 0 ? c.threshold : std::nan("");

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Direction:"), this));
    controls->addWidget(direction_);
    controls->addWidget(kind_);
    controls->addWidget(new QLabel(tr("Metric:"), this));
    controls->addWidget(metric_);
    controls->addSpacing(12);
    controls->addWidget(thresholdShown_);
    controls->addWidget(thresholdValue_);
    controls->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(controls);
    layout->addWidget(chart_, 1);

    fillMetrics();
    metric_->setCurrentIndex(metric_->findData(QStringLiteral("jitter"))); // the notebook's first QoS line
    applySelection();
    connect(direction_, &QComboBox::currentIndexChanged, this, [this] {
        fillMetrics();
        applySelection();
    });
    connect(kind_, &QComboBox::currentIndexChanged, this, &QosView::applySelection);
    connect(metric_, &QComboBox::currentIndexChanged, this, &QosView::applySelection);
    connect(thresholdShown_, &QCheckBox::toggled, this, &QosView::applyThreshold);
    connect(thresholdValue_, &QDoubleSpinBox::valueChanged, this, &QosView::applyThreshold);
}

void QosView::setAnalysis(const TestAnalysis* analysis)
{
    chart_->setAnalysis(analysis);
}

void QosView::showAnalysis(std::shared_ptr<const TestAnalysis> analysis)
{
    chart_->showAnalysis(std::move(analysis));
}

void QosView::fillMetrics()
{
    const auto direction = static_cast<Direction>(direction_->currentData().toInt());
    const QString previous = metric_->currentData().toString();
    const QSignalBlocker block(metric_);
    metric_->clear();
    for (const QosColumn& c : qosColumns())
        if (qosColumnApplies(direction, c))
            metric_->addItem(axisLabel(c), QString::fromLatin1(c.column));
    metric_->setCurrentIndex(std::max(0, metric_->findData(previous)));
}

const QosColumn* QosView::currentColumn() const
{
    return findQosColumn(metric_->currentData().toString());
}

void QosView::applySelection()
{
    const QosColumn* column = currentColumn();
    if (!column)
        return;
    chart_->setSeries(static_cast<Direction>(direction_->currentData().toInt()),
                      static_cast<MediaKind>(kind_->currentData().toInt()), *column);
    setExportFigure(chart_, {QStringLiteral("qos"), direction_->currentText(), kind_->currentText(),
                             QString::fromLatin1(column->column)});
    // Show the remembered threshold of this metric without storing it back as an edit.
    const double threshold = thresholds_[QLatin1String(column->column)];
    const QSignalBlocker blockCheck(thresholdShown_);
    const QSignalBlocker blockValue(thresholdValue_);
    thresholdShown_->setChecked(!std::isnan(threshold));
    if (!std::isnan(threshold))
        thresholdValue_->setValue(threshold);
    thresholdValue_->setEnabled(!std::isnan(threshold));
    chart_->setThreshold(threshold);
}

void QosView::applyThreshold()
{
    const QosColumn* column = currentColumn();
    const double value = thresholdShown_->isChecked() ? thresholdValue_->value() : std::nan("");
    thresholdValue_->setEnabled(thresholdShown_->isChecked());
    if (column)
        thresholds_[QLatin1String(column->column)] = value;
    chart_->setThreshold(value);
}

bool QosView::select(Direction direction, MediaKind kind, const QString& column)
{
    const QosColumn* c = findQosColumn(column);
    if (!c || !qosColumnApplies(direction, *c) || direction_->findData(static_cast<int>(direction)) < 0)
        return false;
    direction_->setCurrentIndex(direction_->findData(static_cast<int>(direction)));
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(kind)));
    metric_->setCurrentIndex(metric_->findData(column));
    return true;
}

void QosView::setThreshold(double value)
{
    thresholdShown_->setChecked(!std::isnan(value));
    if (!std::isnan(value))
        thresholdValue_->setValue(value);
    applyThreshold();
}

} // namespace loadscope
