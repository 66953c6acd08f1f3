#include "ui/panels/comparisons_panel.h"

#include "ui/statistics_charts/chart_theme.h"
#include "ui/statistics_charts/comparison_charts.h"
#include "ui/widgets/save_dialog.h"
#include "ui/widgets/table_copy.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace loadscope {

namespace {

QComboBox* addSelector(QHBoxLayout* row, const QString& label, const QStringList& items)
{
    auto* box = new QComboBox;
    box->addItems(items);
    row->addWidget(new QLabel(label));
    row->addWidget(box);
    return box;
}

} // namespace

ComparisonsPanel::ComparisonsPanel(QWidget* parent) : QWidget(parent), model_(new ComparisonsModel(this))
{
    auto* selectors = new QHBoxLayout;
    QStringList kinds;
    for (ThresholdKind k : kThresholdKinds)
        kinds << metricTitle(k);
    kindBox_ = addSelector(selectors, tr("Metric"), kinds);
    QStringList cases;
    for (const ComparisonCase& c : kComparisonCases)
        cases << QStringLiteral("%1 vs %2").arg(QString::fromLatin1(c.x), QString::fromLatin1(c.y));
    thresholdBox_ = addSelector(selectors, tr("Groups"), cases);
    variantBox_ = addSelector(selectors, tr("Values"), {tr("raw"), tr("clean (IQR outliers removed)")});
    selectors->addStretch(1);

    table_ = new QTableView;
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setResizeContentsPrecision(100); // not every row of a 2,000-user test
    table_->setToolTip(tr("comparisons.csv rows of this test and metric; an empty cell's tooltip says why"));
    enableTableCopy(table_, ComparisonsModel::CsvTextRole); // the exact numbers, as comparisons.csv has them

    auto* charts = new QSplitter(Qt::Horizontal);
    for (auto& view : views_) {
        view = new QChartView;
        view->setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        view->setMinimumSize(260, 240);
        addExportActions(view);
        followTheme(view);
        charts->addWidget(view);
    }
    emptyState_ = new QLabel;
    emptyState_->setAlignment(Qt::AlignCenter);
    emptyState_->setWordWrap(true);
    stack_ = new QStackedWidget;
    stack_->addWidget(charts);
    stack_->addWidget(emptyState_);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(table_);
    split->addWidget(stack_);
    split->setStretchFactor(1, 1);
    split->setSizes({170, 600}); // the table's four rows, the rest for the charts
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(selectors);
    layout->addWidget(split);

    connect(kindBox_, &QComboBox::currentIndexChanged, this,
            [this](int i) { model_->setKind(kThresholdKinds.at(static_cast<std::size_t>(i))); });
    connect(model_, &ComparisonsModel::rowsReady, this, [this] {
        preferComputedThreshold();
        refreshCharts();
    });
    connect(model_, &ComparisonsModel::computingChanged, this, [this](bool computing) {
        if (computing)
            showEmptyState(tr("Computing the %1 comparisons…").arg(metricTitle(kind())));
    });
    connect(thresholdBox_, &QComboBox::currentIndexChanged, this, [this] { refreshCharts(); });
    connect(variantBox_, &QComboBox::currentIndexChanged, this, [this] { refreshCharts(); });
    refreshCharts();
}

void ComparisonsPanel::setAnalysis(std::shared_ptr<const TestAnalysis> analysis)
{
    analysis_ = analysis;
    model_->setAnalysis(std::move(analysis)); // rowsReady() redraws the charts
}

void ComparisonsPanel::preferComputedThreshold()
{
    // A light test never reaches 0.9 CPU, an overloaded one never stays below it: open on a case with charts.
    const int current = model_->rowOf(threshold(), variant());
    if (current < 0 || model_->isComputed(current))
        return;
    for (std::size_t c = 0; c < kComparisonCases.size(); ++c)
        if (model_->isComputed(model_->rowOf(c, variant()))) {
            const QSignalBlocker quiet(thresholdBox_); // the caller redraws once
            thresholdBox_->setCurrentIndex(static_cast<int>(c));
            return;
        }
}

void ComparisonsPanel::setKind(ThresholdKind kind)
{
    const auto it = std::find(kThresholdKinds.begin(), kThresholdKinds.end(), kind);
    kindBox_->setCurrentIndex(static_cast<int>(it - kThresholdKinds.begin())); // signals refresh the rest
}

void ComparisonsPanel::setThreshold(std::size_t caseIndex)
{
    if (caseIndex < kComparisonCases.size())
        thresholdBox_->setCurrentIndex(static_cast<int>(caseIndex));
}

void ComparisonsPanel::setVariant(ComparisonVariant variant)
{
    variantBox_->setCurrentIndex(variant == ComparisonVariant::Raw ? 0 : 1);
}

ThresholdKind ComparisonsPanel::kind() const
{
    return model_->kind();
}

std::size_t ComparisonsPanel::threshold() const
{
    return static_cast<std::size_t>(std::max(0, thresholdBox_->currentIndex()));
}

ComparisonVariant ComparisonsPanel::variant() const
{
    return variantBox_->currentIndex() == 1 ? ComparisonVariant::Clean : ComparisonVariant::Raw;
}

bool ComparisonsPanel::showsEmptyState() const
{
    return stack_->currentWidget() == emptyState_;
}

QString ComparisonsPanel::emptyStateText() const
{
    return showsEmptyState() ? emptyState_->text() : QString();
}

void ComparisonsPanel::showEmptyState(const QString& text)
{
    emptyState_->setText(text);
    stack_->setCurrentWidget(emptyState_);
    for (QChartView* view : views_)
        replaceChart(view, std::make_unique<QChart>());
}

void ComparisonsPanel::setOnScreen(bool onScreen)
{
    onScreen_ = onScreen;
    if (onScreen_ && chartsStale_)
        refreshCharts();
}

void ComparisonsPanel::refreshCharts()
{
    if (model_->computing())
        return; // rowsReady() comes back here
    chartsStale_ = !onScreen_;
    if (chartsStale_)
        return; // setOnScreen(true) comes back here
    const ThresholdTable* table = thresholdTableOf(analysis_.get(), kind());
    if (!table) {
        showEmptyState(analysis_ ? tr("This test has no %1 values.").arg(metricTitle(kind()))
                                 : tr("No test selected."));
        return;
    }
    const ComparisonChartInput input = comparisonChartInput(*table, threshold(), variant());
    QStringList empty;
    if (input.groups.x.empty())
        empty << input.xName;
    if (input.groups.y.empty())
        empty << input.yName;
    if (!empty.isEmpty()) {
        QString text = tr("No %1 comparison for %2 vs %3: the %4 group is empty (n = 0)")
                           .arg(metricTitle(kind()), input.xName, input.yName, empty.join(tr(" and the ")));
        if (variant() == ComparisonVariant::Clean)
            text += tr(" once IQR outliers are removed");
        else if (input.groups.y.empty() && !input.groups.x.empty())
            text += tr(":\nno segment with a value had a median server CPU of %1 or more").arg(input.cpuThreshold);
        showEmptyState(text + QLatin1Char('.'));
        return;
    }
    stack_->setCurrentIndex(0);
    replaceChart(chartView(ComparisonChart::Box), makeBoxPlotChart(input));
    replaceChart(chartView(ComparisonChart::Violin), makeViolinChart(input));
    replaceChart(chartView(ComparisonChart::Scatter), makeScatterChart(input));
    chartView(ComparisonChart::Box)->setToolTip(boxPlotDescription(input));
    chartView(ComparisonChart::Violin)->setToolTip(violinDescription(input));
    chartView(ComparisonChart::Scatter)
        ->setToolTip(tr("Each dot is a segment: its median server CPU and its %1. Dashed lines: CPU 0.9 and 0.95.")
                         .arg(metricTitle(kind())));
}

void ComparisonsPanel::addExportActions(QChartView* view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    const std::pair<QString, QString> formats[] = {{tr("Export PNG..."), QStringLiteral("png")},
                                                   {tr("Export SVG..."), QStringLiteral("svg")}};
    for (const auto& [text, suffix] : formats) {
        auto* action = new QAction(text, view);
        connect(action, &QAction::triggered, this, [this, view, suffix] {
            static const char* const kChartNames[] = {"box", "violin", "scatter"};
            const auto chart = static_cast<std::size_t>(std::find(views_.begin(), views_.end(), view) - views_.begin());
            const QString test = analysis_ && analysis_->data ? QString::fromStdString(analysis_->data->info.name)
                                                              : QString();
            const QString path = askSavePath(
                this, tr("Export chart"), SaveKind::Figure,
                {test, QLatin1String(thresholdKindName(kind())),
                 QLatin1String(kChartNames[std::min<std::size_t>(chart, 2)]), thresholdBox_->currentText(),
                 variant() == ComparisonVariant::Clean ? QStringLiteral("clean") : QStringLiteral("raw")},
                suffix);
            if (path.isEmpty())
                return;
            const QString error = exportChartView(*view, path);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export chart"), error);
        });
        view->addAction(action);
    }
}

QString ComparisonsPanel::exportChart(ComparisonChart chart, const QString& path)
{
    return exportChartView(*chartView(chart), path);
}

} // namespace loadscope
