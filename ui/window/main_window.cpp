#include "ui/window/main_window.h"

#include "ui/time_charts/chart_views.h"
#include "ui/plot/plot_export_action.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_rows.h"
#include "ui/timeline/timeline_rows_job.h"
#include "ui/timeline/timeline_series.h"
#include "ui/timeline/timeline_view.h"
#include "ui/panels/comparisons_panel.h"
#include "ui/panels/problems_panel.h"
#include "ui/panels/quality_panel.h"
#include "ui/state/results_loader_job.h"
#include "ui/panels/test_summary_panel.h"
#include "ui/panels/threshold_panel.h"
#include "ui/panels/user_inspector.h"
#include "ui/jobs/background_job.h"
#include "ui/state/explorer_state.h"
#include "ui/widgets/count_text.h"
#include "ui/widgets/save_dialog.h"
#include "ui/widgets/settings_writes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>

#include <utility>
#include <QToolBar>

// The icons live in loadscope_ui, a static library: its resources must be registered by hand.
static void registerUiResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace loadscope {

namespace {

// The test (by name) of both analyses: a follow update or the whole folder after a first look is the same test.
bool sameTest(const TestAnalysis* a, const TestAnalysis* b)
{
    return a && b && (a == b || (a->data && b->data && a->data->info.name == b->data->info.name));
}

void retitle(TimelinePlot& plot, const QString& title)
{
    if (auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0)))
        text->setText(title);
    plot.replot(QCustomPlot::rpQueuedReplot);
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    registerUiResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/loadscope.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    state_ = new ExplorerState(this);
    qosJob_ = new BackgroundJob(this);
    loader_ = new ResultsLoaderJob(this);
    rowsJob_ = new TimelineRowsJob(this);
    auto* timeline = new TimelineView(this); // the plot with its row scrollbar and overview strip
    plot_ = timeline->plot();
    addExportAction(plot_);
    chartViews_ = new ChartViews(this); // QoE, QoS, participants under the timeline, on its time axis
    setCentralWidget(chartViews_->belowTimeline(timeline));
    chartViews_->linkTimeAxis(plot_->xAxis);
    buildToolBar();
    buildDocks();
    buildMenus();
    buildStatusBar();

    connectLoader();
    connect(state_, &ExplorerState::changed, this, [this](ExplorerState::Changes what) { showState(what.toInt()); });
    connect(state_, &ExplorerState::changed, this, [this] {
        setOpenResultsFolder(state_->results() ? state_->results()->root : QString()); // no dialog starts there
        const TestAnalysis* shown = analysis();
        setExportTest(plot_, shown && shown->data ? QString::fromStdString(shown->data->info.name) : QString());
        setExportFigure(plot_, {QStringLiteral("timeline"), currentMetric().key()});
    });
    connect(plot_, &TimelinePlot::userClicked, this, [this](int user) {
        if (shownAnalysis_ == state_->analysis()) // not a row of the test shown before the new rows came
            inspectUser(user);
    });
    connect(rowsJob_, &TimelineRowsJob::ready, this, &MainWindow::refreshTimeline);
    connect(plot_, &QCustomPlot::afterReplot, this, [this] {
        if (std::exchange(timelinePending_, false))
            emit timelineShown();
    });
    connect(plot_, &TimelinePlot::zoomHistoryChanged, this, [this] { zoomBack_->setEnabled(plot_->canZoomBack()); });
    connect(inspector_, &UserInspector::timeSelected, plot_, &TimelinePlot::highlightTime);
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // A load still running must not call back into a half-destroyed window.
    loader_->disconnect(this);
    loader_->cancel();
    waitForSettingsWrites(); // before the application, whose name says which file they go to
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Timeline"));
    bar->setObjectName(QStringLiteral("timelineToolBar"));
    testBox_ = new QComboBox(this);
    // The test's name and summary are long: the box shows about 40 characters, its list and tooltip all of it.
    testBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    testBox_->setMinimumContentsLength(40);
    testBox_->setToolTip(tr("Test (Ctrl+PgDown / Ctrl+PgUp: next / previous)"));
    metricBox_ = new QComboBox(this);
    // Filled per test by offerMetrics(): only the metrics the test has.
    roleBox_ = new QComboBox(this);
    roleBox_->addItems({tr("All users"), tr("Publishers"), tr("Subscribers")});
    sessionBox_ = new QComboBox(this);
    workerBox_ = new QComboBox(this);
    workerBox_->setToolTip(tr("Browser-emulator worker (connections.json): its users and how many failed"));
    orderBox_ = new QComboBox(this);
    orderBox_->addItems({tr("Natural order"), tr("By first failure"), tr("By mean value"), tr("By worker")});
    // "All sessions", not "All sessio": a narrow window (1366 or 1500 px) squeezed the boxes below their text; at a
    // fixed width what does not fit goes to the toolbar's » menu instead.
    for (QComboBox* box : {metricBox_, roleBox_, sessionBox_, workerBox_, orderBox_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    // Its entries say users and failures ("browseremulator-13 · 40 users · 5 failed"): the list shows them whole,
    // the toolbar keeps "All workers" wide.
    workerBox_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    workerBox_->setMinimumContentsLength(14);
    failedOnly_ = new QCheckBox(tr("Failed only"), this);
    memory_ = new QCheckBox(tr("Memory"), this);
    bar->addWidget(new QLabel(tr(" Test: "), this));
    bar->addWidget(testBox_);
    bar->addWidget(new QLabel(tr("  Colour by: "), this));
    bar->addWidget(metricBox_);
    bar->addSeparator();
    bar->addWidget(roleBox_);
    bar->addWidget(sessionBox_);
    bar->addWidget(workerBox_);
    bar->addWidget(failedOnly_);
    bar->addWidget(orderBox_);
    bar->addWidget(memory_);
    buildUserSearch(bar);

    // The controls only ask the state to change; showState() brings every view, the controls included, up to date.
    connect(testBox_, &QComboBox::currentIndexChanged, state_, &ExplorerState::selectTest);
    connect(metricBox_, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto metric = TimelineMetric::fromKey(metricBox_->currentData().toString()))
            state_->selectMetric(*metric);
    });
    for (QComboBox* box : {roleBox_, sessionBox_, workerBox_, orderBox_})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { state_->selectRows(rowSelectionOfControls()); });
    connect(failedOnly_, &QCheckBox::toggled, this, [this] { state_->selectRows(rowSelectionOfControls()); });
    connect(memory_, &QCheckBox::toggled, plot_, &TimelinePlot::setMemoryVisible);
}

void MainWindow::buildDocks()
{
    auto dock = [this](QWidget* content, const QString& title, const QString& name, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    problems_ = new ProblemsPanel(this);
    summary_ = new TestSummaryPanel(this);
    thresholds_ = new ThresholdPanel(this);
    inspector_ = new UserInspector(this);
    quality_ = new QualityPanel(this);
    comparisons_ = new ComparisonsPanel(this);
    auto* summaryDock = dock(summary_, tr("Test summary"), QStringLiteral("summaryDock"), Qt::RightDockWidgetArea);
    auto* thresholdDock = dock(thresholds_, tr("Threshold statistics"), QStringLiteral("thresholdDock"),
                               Qt::RightDockWidgetArea);
    splitDockWidget(summaryDock, thresholdDock, Qt::Vertical);
    // Tall panels scroll inside their dock rather than forcing the window to their height (on a 768-px screen the
    // inspector's minimum alone took a third of it from the timeline).
    auto scrolled = [this](QWidget* content) {
        auto* area = new QScrollArea(this);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(content);
        return area;
    };
    auto* inspectorDock = dock(scrolled(inspector_), tr("User inspector"), QStringLiteral("inspectorDock"),
                               Qt::BottomDockWidgetArea);
    auto* problemsDock = dock(problems_, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(inspectorDock, problemsDock);
    auto* qualityDock = dock(scrolled(quality_), tr("Quality (QoO)"), QStringLiteral("qualityDock"),
                             Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, qualityDock);
    auto* comparisonsDock = dock(scrolled(comparisons_), tr("Comparisons"), QStringLiteral("comparisonsDock"),
                                 Qt::BottomDockWidgetArea);
    tabifyDockWidget(qualityDock, comparisonsDock);
    comparisons_->setOnScreen(false); // behind the inspector's tab until raised
    connect(comparisonsDock, &QDockWidget::visibilityChanged, comparisons_, &ComparisonsPanel::setOnScreen);
    inspectorDock->raise();
    connect(quality_, &QualityPanel::userActivated, this, &MainWindow::inspectUser);
    resizeDocks({summaryDock}, {380}, Qt::Horizontal);
    resizeDocks({inspectorDock}, {190}, Qt::Vertical); // the timeline keeps most of a 768-px screen
    connect(problems_, &ProblemsPanel::pathCopied, this,
            [this](const QString& path) { status_->setText(tr("Copied %1").arg(path)); });
}

void MainWindow::buildStatusBar()
{
    status_ = new QLabel(this);
    progress_ = new QProgressBar(this);
    progress_->setTextVisible(true);
    progress_->setMinimumWidth(280);
    progress_->hide();
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->hide();
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, loader_, &ResultsLoaderJob::cancel);
}

void MainWindow::setResults(std::shared_ptr<const LoadedResults> results)
{
    state_->showResults(std::move(results));
}

std::shared_ptr<const LoadedResults> MainWindow::results() const
{
    return state_->results();
}

void MainWindow::showTestInPanels()
{
    const TestAnalysis* a = analysis();
    summary_->setAnalysis(a);
    thresholds_->setAnalysis(a);
    quality_->setTest(state_->testData());
    comparisons_->setAnalysis(state_->analysis());
    chartViews_->showAnalysis(state_->analysis());
}

const TestAnalysis* MainWindow::analysis() const
{
    return state_->analysis().get(); // alive while shown: the state frees old results after every view moved on
}

int MainWindow::currentTest() const
{
    return state_->testIndex();
}

void MainWindow::selectTest(int index)
{
    state_->selectTest(index);
}

bool MainWindow::selectTestByName(const QString& name)
{
    const int index = testBox_->findData(name);
    if (index >= 0)
        selectTest(index);
    return index >= 0;
}

TimelineMetric MainWindow::currentMetric() const
{
    return state_->metric();
}

void MainWindow::selectMetric(const TimelineMetric& metric)
{
    state_->selectMetric(metric);
}

std::shared_ptr<const std::vector<QosSeries>> MainWindow::qosSeries(const TimelineMetric& metric)
{
    const auto key = std::make_pair(currentTest(), metric.index());
    if (auto cached = qosCache_.find(key); cached != qosCache_.end())
        return cached->second;
    qosJob_->start<std::shared_ptr<const std::vector<QosSeries>>>(
        [analysis = state_->analysis(), metric](const std::atomic<bool>&) {
            return std::make_shared<const std::vector<QosSeries>>(timelineSeries(*analysis, metric));
        },
        [this, key](std::shared_ptr<const std::vector<QosSeries>> series) {
            qosCache_[key] = std::move(series);
            if (key == std::make_pair(currentTest(), currentMetric().index()))
                refreshTimeline();
        });
    return nullptr;
}

void MainWindow::refreshTimeline()
{
    const auto a = state_->analysis();
    const TimelineMetric metric = currentMetric();
    if (!a) {
        shownAnalysis_ = nullptr;
        plot_->setTimeline(nullptr, std::make_shared<const std::vector<TimelineRow>>(), {}, metric, tr("No test"));
        return;
    }
    std::shared_ptr<const std::vector<QosSeries>> qos;
    const bool waitsForStats = needsStats(metric) && !qosAvailable(); // a first look has no stats.json yet
    if (needsSeries(metric) && !waitsForStats)
        qos = qosSeries(metric); // nullptr while computing: the rows show their states, uncoloured, meanwhile
    TimelineRowsPtr rows = rowsJob_->rows(a, metric, qos);
    const QString name = a->data ? QString::fromStdString(a->data->info.name) : QString();
    QString title = tr("Connection progression — %1 — %2").arg(metric.label(), name);
    if (waitsForStats)
        title += tr(" (%1 once the whole folder is loaded…)").arg(metric.label());
    else if (needsSeries(metric) && !qos)
        title += tr(" (computing %1…)").arg(metric.label());
    if (!rows) { // computed in the background; ready() comes back here
        if (sameTest(shownAnalysis_.get(), a.get())) {
            retitle(*plot_, title + tr(" (computing…)")); // the same test's rows stay until the new ones are in
        } else {                                          // never another test's rows meanwhile
            shownAnalysis_ = a;
            plot_->setTimeline(a.get(), std::make_shared<const std::vector<TimelineRow>>(), {}, metric,
                               title + tr(" (computing…)"));
        }
        return;
    }
    std::vector<int> order = selectRows(*rows, state_->rows());
    plot_->setTimeline(a.get(), std::move(rows), std::move(order), metric, title);
    shownAnalysis_ = a;
    plot_->selectUser(state_->inspectedUser());
    timelinePending_ = true;
}

bool MainWindow::qosAvailable() const
{
    const auto& results = state_->results();
    return !results || results->qosLoaded;
}

void MainWindow::inspectUser(int userIndex)
{
    state_->inspectUser(userIndex);
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("loadscope");
    if (const auto& results = state_->results())
        title = QStringLiteral("%1 — %2").arg(QFileInfo(results->root).fileName(), title);
    if (const TestAnalysis* a = analysis(); a && a->data)
        title = QStringLiteral("%1 — %2").arg(QString::fromStdString(a->data->info.name), title);
    setWindowTitle(title);
}

QString MainWindow::exportTimeline(const QString& path, const ExportSize& size)
{
    return exportPlot(*plot_, path, exportFormatFromPath(path), size);
}

} // namespace loadscope
