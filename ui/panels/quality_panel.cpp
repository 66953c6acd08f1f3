#include "ui/panels/quality_panel.h"

#include "core/quality/cablelabs_bins.h"
#include "core/quality/qoo.h"
#include "ui/models/quality_table_model.h"
#include "ui/panels/requirement_editor.h"
#include "ui/statistics_charts/chart_theme.h"
#include "ui/widgets/table_copy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace loadscope {
namespace {

constexpr int kBinCount = static_cast<int>(kCablelabsBins);

QString milliseconds(double seconds)
{
    return QString::number(seconds * 1000.0, 'g', 6);
}

// The bins worth showing: the occupied ones and a little room, at least 20 bins wide.
std::pair<int, int> visibleBins(const std::array<double, 256>& bins)
{
    int first = kBinCount, last = -1;
    for (int i = 0; i < kBinCount; ++i)
        if (bins[static_cast<std::size_t>(i)] > 0.0) {
            first = std::min(first, i);
            last = i;
        }
    if (last < 0)
        return {0, kBinCount - 1};
    first = std::max(0, first - 2);
    last = std::min(kBinCount - 1, std::max(last + 2, first + 19));
    first = std::max(0, std::min(first, last - 19));
    return {first, last};
}

// The x axis runs over bin indices (bar i at x = i), so each CableLabs bin is one bar whatever its width in time:
// the bins widen from 0.5 ms to 400 ms, roughly logarithmically. Labels are bin edges in ms, about 8 of them.
QCategoryAxis* binEdgeAxis(int first, int last)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTitleText(QObject::tr("latency (ms), lower bin edges; the last bin is ≥ 3000 ms"));
    const int span = last - first + 1;
    int step = 1;
    for (int nice : {1, 2, 5, 10, 20, 25, 50, 100})
        if (span / nice <= 8) {
            step = nice;
            break;
        }
    const double start = first - 0.5 - 1e-6; // just before the first edge, so that edge gets a label too
    axis->setStartValue(start);
    for (int edge = (first + step - 1) / step * step; edge <= last; edge += step)
        axis->append(milliseconds(cablelabsBinLowerEdge(edge)), edge - 0.5);
    axis->setRange(start, last + 0.5);
    return axis;
}

void plotHistogram(QChart* chart, const std::array<double, 256>& bins, const QString& title)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto* set = new QBarSet(QObject::tr("samples"));
    set->setColor(QColor(0x3b, 0x6e, 0xa8));
    set->setBorderColor(QColor(0x3b, 0x6e, 0xa8));
    double highest = 0.0;
    for (double value : bins) {
        set->append(value);
        highest = std::max(highest, value);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(1.0);
    chart->addSeries(series);
    const auto [first, last] = visibleBins(bins);
    QCategoryAxis* x = binEdgeAxis(first, last);
    auto* y = new QValueAxis;
    y->setTitleText(QObject::tr("samples"));
    y->setRange(0.0, highest > 0.0 ? highest * 1.05 : 1.0);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    styleChart(*chart); // the new axes in the application's theme
}

// Empty cells (no data) sort after the numbers in both directions; Qt's default puts them first when descending.
class BlanksLastProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const bool leftBlank = !left.data(sortRole()).isValid();
        const bool rightBlank = !right.data(sortRole()).isValid();
        if (!leftBlank && !rightBlank)
            return QSortFilterProxyModel::lessThan(left, right);
        if (leftBlank == rightBlank)
            return false;
        // Descending order places a before b when lessThan(b, a): a blank must then be "less".
        return sortOrder() == Qt::AscendingOrder ? rightBlank : leftBlank;
    }
};

} // namespace

QualityPanel::QualityPanel(QWidget* parent) : QWidget(parent)
{
    model_ = new QualityTableModel(this);
    proxy_ = new BlanksLastProxy(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(QualityTableModel::kValueRole);
    proxy_->setFilterKeyColumn(QualityTableModel::Metric);
    view_ = new QTableView(this);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder); // quality.csv's order until a header is clicked
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->verticalHeader()->setVisible(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setResizeContentsPrecision(100); // not every row of a 2,000-user test
    enableTableCopy(view_);

    picker_ = new QComboBox(this);
    for (const QooRequirement& preset : qooPresets())
        picker_->addItem(QString::fromStdString(preset.name));
    metricFilter_ = new QComboBox(this);
    metricFilter_->addItem(tr("rtt and jitter"), QString());
    for (const QualityMetric& metric : qualityMetrics())
        metricFilter_->addItem(QString::fromLatin1(metric.name), QString::fromLatin1(metric.name));
    goCompatible_ = new QCheckBox(tr("Go-compatible"), this);
    goCompatible_->setToolTip(tr("The Go package's numbers, faults included (see quality_attenuation.h)"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Requirement"), this));
    controls->addWidget(picker_, 1);
    controls->addWidget(new QLabel(tr("Metric"), this));
    controls->addWidget(metricFilter_);
    controls->addWidget(goCompatible_);

    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chartView_ = new QChartView(chart, this);
    chartView_->setRenderHint(QPainter::Antialiasing);
    followTheme(chartView_);
    chartView_->setMinimumHeight(220);
    summary_ = new QLabel(this);
    percentiles_ = new QTableWidget(static_cast<int>(kCablelabsPercentiles.size()), 2, this);
    percentiles_->setHorizontalHeaderLabels({tr("percentile"), tr("latency (ms)")});
    percentiles_->verticalHeader()->setVisible(false);
    percentiles_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    percentiles_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    enableTableCopy(percentiles_);
    auto* summaryBox = new QWidget(this);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(summary_);
    summaryLayout->addWidget(percentiles_, 1);
    summaryBox->setMaximumWidth(320); // two narrow columns: the chart gets the rest
    auto* distribution = new QSplitter(Qt::Horizontal, this);
    distribution->addWidget(chartView_);
    distribution->addWidget(summaryBox);
    distribution->setStretchFactor(0, 3);
    distribution->setStretchFactor(1, 1);

    editor_ = new RequirementEditor(this);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(distribution, tr("CableLabs distribution"));
    tabs->addTab(editor_, tr("Requirement"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(controls);
    topLayout->addWidget(view_);
    auto* content = new QSplitter(Qt::Vertical, this);
    content->addWidget(top);
    content->addWidget(tabs);
    content->setStretchFactor(0, 1); // the table and the distribution share the height evenly
    content->setStretchFactor(1, 1);
    emptyLabel_ = new QLabel(this);
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setWordWrap(true);
    stack_ = new QStackedWidget(this);
    stack_->addWidget(emptyLabel_);
    stack_->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);

    connect(picker_, &QComboBox::currentIndexChanged, this, &QualityPanel::pickRequirement);
    connect(editor_, &RequirementEditor::requirementEdited, this, &QualityPanel::useEditedRequirement);
    connect(metricFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const QString metric = metricFilter_->currentData().toString();
        proxy_->setFilterRegularExpression(metric.isEmpty() ? QString() : QStringLiteral("^%1$").arg(metric));
        showDistribution();
    });
    connect(goCompatible_, &QCheckBox::toggled, this,
            [this](bool go) { model_->setMode(go ? QualityMode::GoCompatible : QualityMode::Corrected); });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QualityPanel::showDistribution);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        if (wantedUser_ >= 0 && model_->rowCount() > 0)
            selectUser(wantedUser_);
        refreshEmptyState();
        showDistribution();
    });
    connect(view_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = proxy_->mapToSource(index);
        if (source.isValid())
            emit userActivated(model_->userIndexAt(source.row()));
    });
    refreshEmptyState();
    showDistribution();
}

void QualityPanel::setTest(std::shared_ptr<const TestData> test)
{
    wantedUser_ = -1;
    test_ = test;
    model_->setTest(std::move(test)); // resets: the empty state and the distribution follow through modelReset
}

void QualityPanel::pickRequirement(int pickerIndex)
{
    const auto& presets = qooPresets();
    if (pickerIndex < 0 || static_cast<std::size_t>(pickerIndex) >= presets.size())
        return; // the editor's own entry: its requirement is already in use
    const QooRequirement& preset = presets[static_cast<std::size_t>(pickerIndex)];
    editor_->setRequirement(preset);
    model_->setRequirement(preset);
}

void QualityPanel::useEditedRequirement(const QooRequirement& requirement)
{
    // The edited requirement becomes one extra picker entry after the presets, updated on every edit.
    const int customIndex = static_cast<int>(qooPresets().size());
    const QString label = tr("%1 (edited)").arg(QString::fromStdString(requirement.name));
    const QSignalBlocker block(picker_);
    if (picker_->count() == customIndex)
        picker_->addItem(label);
    else
        picker_->setItemText(customIndex, label);
    picker_->setCurrentIndex(customIndex);
    model_->setRequirement(requirement);
}

bool QualityPanel::selectUser(int userIndex)
{
    wantedUser_ = userIndex; // selected again when rows still being computed come in
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, QualityTableModel::Id);
        if (index.data(QualityTableModel::kUserIndexRole).toInt() == userIndex) {
            view_->selectRow(row);
            view_->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool QualityPanel::showsEmptyState() const
{
    return stack_->currentIndex() == 0;
}

void QualityPanel::refreshEmptyState()
{
    if (!test_)
        emptyLabel_->setText(tr("No test loaded."));
    else if (model_->computing())
        emptyLabel_->setText(
            tr("Computing the quality attenuation of %1…").arg(QString::fromStdString(test_->info.name)));
    else
        emptyLabel_->setText(tr("%1 has no RTT (remote-inbound roundTripTime) or jitter (inbound jitter) samples: "
                                "its stats.json files are missing, empty, or were not loaded.")
                                 .arg(QString::fromStdString(test_->info.name)));
    stack_->setCurrentIndex(model_->hasLatencySamples() ? 1 : 0);
}

int QualityPanel::selectedSourceRow() const
{
    const QModelIndexList rows = view_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return proxy_->mapToSource(rows.first()).row();
}

QString QualityPanel::histogramTitle() const
{
    return chartView_->chart()->title();
}

void QualityPanel::showDistribution()
{
    bins_.fill(0.0);
    const int row = selectedSourceRow();
    SimpleQualityAttenuation* qa = nullptr;
    QString title;
    if (row >= 0) {
        qa = &model_->digestAt(row);
        title = tr("user %1 %2")
                    .arg(model_->index(row, QualityTableModel::Id).data().toString(),
                         QString::fromLatin1(model_->metricAt(row).name));
    } else if (test_ && !showsEmptyState()) {
        const QString filter = metricFilter_->currentData().toString();
        const int metric = filter == QLatin1String(qualityMetrics()[1].name) ? 1 : 0;
        qa = model_->testDigest(metric);
        title = tr("whole test %1 (no row selected)").arg(QString::fromLatin1(qualityMetrics()[metric].name));
    }
    for (int i = 0; i < percentiles_->rowCount(); ++i) {
        percentiles_->setItem(
            i, 0, new QTableWidgetItem(QString::number(kCablelabsPercentiles[static_cast<std::size_t>(i)])));
        percentiles_->setItem(i, 1, new QTableWidgetItem());
    }
    if (!qa || qa->latencySamples() == 0) {
        summary_->setText(qa ? tr("%1: no latency samples").arg(title) : QString());
        plotHistogram(chartView_->chart(), bins_, qa ? title + tr(": no latency samples") : QString());
        return;
    }
    bins_ = qa->cablelabsHistogram();
    const auto summary = qa->cablelabsSummary();
    for (std::size_t i = 0; i < summary.size(); ++i) {
        auto* item = new QTableWidgetItem(QString::number(summary[i] * 1000.0, 'f', 3));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        percentiles_->setItem(static_cast<int>(i), 1, item);
    }
    summary_->setText(tr("%1\nn = %2, losses = %3 (%4 %)")
                          .arg(title)
                          .arg(qa->samples())
                          .arg(qa->losses())
                          .arg(QString::number(qa->lossPercentage(), 'g', 4)));
    plotHistogram(chartView_->chart(), bins_, tr("CableLabs histogram: %1").arg(title));
}

} // namespace loadscope
