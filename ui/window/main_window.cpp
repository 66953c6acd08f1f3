#include "ui/window/main_window.h"

#include "core/quality/rolling_qoo.h"
#include "ui/time_charts/chart_views.h"
#include "ui/plot/plot_export_action.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_rows.h"
#include "ui/panels/comparisons_panel.h"
#include "ui/panels/problems_panel.h"
#include "ui/panels/quality_panel.h"
#include "ui/state/results_loader_job.h"
#include "ui/panels/test_summary_panel.h"
#include "ui/panels/threshold_panel.h"
#include "ui/panels/user_inspector.h"

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
#include <QToolBar>

#include <set>

// The icons live in loadscope_ui, a static library: its resources must be registered by hand.
static void registerUiResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace loadscope {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    registerUiResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/loadscope.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    loader_ = new ResultsLoaderJob(this);
    plot_ = new TimelinePlot(this);
    addExportAction(plot_);
    chartViews_ = new ChartViews(this); // QoE, QoS, participants under the timeline, on its time axis
    setCentralWidget(chartViews_->belowTimeline(plot_));
    chartViews_->linkTimeAxis(plot_->xAxis);
    buildToolBar();
    buildDocks();
    buildMenus();
    buildStatusBar();

    connect(loader_, &ResultsLoaderJob::progress, this,
            [this](qulonglong done, qulonglong total, qulonglong bytes, qulonglong bytesTotal) {
                progress_->setMaximum(static_cast<int>(std::max<qulonglong>(total, 1)));
                progress_->setValue(static_cast<int>(done));
                progress_->setFormat(QStringLiteral("%1 / %2 files · %3 / %4 MB")
                                         .arg(done)
                                         .arg(total)
                                         .arg(bytes / 1e6, 0, 'f', 1)
                                         .arg(bytesTotal / 1e6, 0, 'f', 1));
            });
    connect(loader_, &ResultsLoaderJob::loaded, this, [this](std::shared_ptr<const LoadedResults> r) {
        progress_->hide();
        cancel_->hide();
        addRecent(r->root);
        setResults(std::move(r));
    });
    connect(loader_, &ResultsLoaderJob::cancelled, this, [this] {
        progress_->hide();
        cancel_->hide();
        status_->setText(tr("Loading of %1 cancelled").arg(loadingRoot_));
        emit loadCancelled();
    });
    connect(plot_, &TimelinePlot::userClicked, this, &MainWindow::inspectUser);
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
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Timeline"));
    bar->setObjectName(QStringLiteral("timelineToolBar"));
    testBox_ = new QComboBox(this);
    testBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    testBox_->setToolTip(tr("Test (Ctrl+PgDown / Ctrl+PgUp: next / previous)"));
    metricBox_ = new QComboBox(this);
    for (int i = 0; i < TimelineMetric::count(); ++i)
        metricBox_->addItem(TimelineMetric::at(i).label(), TimelineMetric::at(i).key());
    roleBox_ = new QComboBox(this);
    roleBox_->addItems({tr("All users"), tr("Publishers"), tr("Subscribers")});
    sessionBox_ = new QComboBox(this);
    orderBox_ = new QComboBox(this);
    orderBox_->addItems({tr("Natural order"), tr("By first failure"), tr("By mean value")});
    for (QComboBox* box : {metricBox_, roleBox_, sessionBox_, orderBox_})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "All sessions", not "All sessio"
    failedOnly_ = new QCheckBox(tr("Failed only"), this);
    memory_ = new QCheckBox(tr("Memory"), this);
    bar->addWidget(new QLabel(tr(" Test: "), this));
    bar->addWidget(testBox_);
    bar->addWidget(new QLabel(tr("  Colour by: "), this));
    bar->addWidget(metricBox_);
    bar->addSeparator();
    bar->addWidget(roleBox_);
    bar->addWidget(sessionBox_);
    bar->addWidget(failedOnly_);
    bar->addWidget(orderBox_);
    bar->addWidget(memory_);

    connect(testBox_, &QComboBox::currentIndexChanged, this, [this] {
        refreshRowFilters();
        showTestInPanels();
        inspector_->setUser(nullptr, -1);
        plot_->selectUser(-1);
        refreshTimeline();
        updateTitle();
    });
    connect(metricBox_, &QComboBox::currentIndexChanged, this, [this] {
        const TimelineMetric metric = currentMetric();
        if (metric.qoeMetric() == QoeMetric::Vmaf) {
            thresholds_->setKind(ThresholdKind::Vmaf);
            comparisons_->setKind(ThresholdKind::Vmaf);
        } else if (metric.qoeMetric() == QoeMetric::Visqol) {
            thresholds_->setKind(ThresholdKind::Visqol);
            comparisons_->setKind(ThresholdKind::Visqol);
        }
        refreshTimeline();
    });
    for (QComboBox* box : {roleBox_, sessionBox_, orderBox_})
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::refreshTimeline);
    connect(failedOnly_, &QCheckBox::toggled, this, &MainWindow::refreshTimeline);
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
    auto* inspectorDock = dock(inspector_, tr("User inspector"), QStringLiteral("inspectorDock"),
                               Qt::BottomDockWidgetArea);
    auto* problemsDock = dock(problems_, tr("Problems"), QStringLiteral("problemsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(inspectorDock, problemsDock);
    // Tall panels scroll inside their dock rather than forcing the window to their height.
    auto scrolled = [this](QWidget* content) {
        auto* area = new QScrollArea(this);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(content);
        return area;
    };
    auto* qualityDock = dock(scrolled(quality_), tr("Quality (QoO)"), QStringLiteral("qualityDock"),
                             Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, qualityDock);
    auto* comparisonsDock = dock(scrolled(comparisons_), tr("Comparisons"), QStringLiteral("comparisonsDock"),
                                 Qt::BottomDockWidgetArea);
    tabifyDockWidget(qualityDock, comparisonsDock);
    inspectorDock->raise();
    connect(quality_, &QualityPanel::userActivated, this, &MainWindow::inspectUser);
    resizeDocks({summaryDock}, {380}, Qt::Horizontal);
    resizeDocks({inspectorDock}, {230}, Qt::Vertical);
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
    // The panels keep pointers into the results: let go before the old ones are freed.
    quality_->setTest(nullptr);
    comparisons_->setAnalysis(nullptr);
    chartViews_->setAnalysis(nullptr);
    results_ = std::move(results);
    qosCache_.clear();
    problems_->setProblems(results_ ? results_->root : QString(),
                           results_ ? results_->problems : std::vector<Problem>{});
    QSignalBlocker block(testBox_); // one refresh below, not one per item
    fillTestBox();
    testBox_->setCurrentIndex(testBox_->count() > 0 ? 0 : -1);
    block.unblock();
    refreshRowFilters();
    showTestInPanels();
    inspector_->setUser(nullptr, -1);
    plot_->selectUser(-1);
    refreshTimeline();
    updateTitle();
    updateAnalysisActions();
    status_->setText(resultsStatus());
    emit resultsShown();
}

QString MainWindow::resultsStatus() const
{
    if (!results_)
        return {};
    const auto count = [](qsizetype n, const QString& one, const QString& many) {
        return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
    };
    QString status = QStringLiteral("%1: %2, %3")
                         .arg(results_->root, count(testBox_->count(), tr("test"), tr("tests")),
                              count(static_cast<qsizetype>(results_->problems.size()), tr("problem"), tr("problems")));
    if (results_->options.mode == AnalysisMode::NotebookCompatible)
        status += tr(" (notebook-compatible analysis)");
    return status;
}

void MainWindow::fillTestBox()
{
    testBox_->clear();
    for (std::size_t i = 0; results_ && i < results_->analyses.size(); ++i) {
        const TestAnalysis& a = *results_->analyses[i];
        const TestSummary s = summariseTest(a);
        const TestInfo& info = results_->results->tests[i].info;
        testBox_->addItem(QStringLiteral("%1 — %2 %3 · %4 users · %5 s · %6 failures · %7 reconnections")
                              .arg(QString::fromStdString(info.name), QString::fromStdString(info.server),
                                   QString::fromStdString(info.topology))
                              .arg(s.users)
                              .arg(a.duration, 0, 'f', 0)
                              .arg(s.failures.failures)
                              .arg(s.failures.reconnections),
                          QString::fromStdString(info.name));
    }
}

void MainWindow::showTestInPanels()
{
    const TestAnalysis* a = analysis();
    summary_->setAnalysis(a);
    thresholds_->setAnalysis(a);
    quality_->setTest(a ? a->data : nullptr);
    comparisons_->setAnalysis(a);
    chartViews_->setAnalysis(a);
}

const TestAnalysis* MainWindow::analysis() const
{
    const int test = currentTest();
    if (!results_ || test < 0 || static_cast<std::size_t>(test) >= results_->analyses.size())
        return nullptr;
    return results_->analyses[static_cast<std::size_t>(test)].get();
}

int MainWindow::currentTest() const
{
    return testBox_->currentIndex();
}

void MainWindow::selectTest(int index)
{
    if (index >= 0 && index < testBox_->count())
        testBox_->setCurrentIndex(index);
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
    return TimelineMetric::at(std::max(0, metricBox_->currentIndex()));
}

void MainWindow::selectMetric(const TimelineMetric& metric)
{
    metricBox_->setCurrentIndex(metric.index());
}

void MainWindow::refreshRowFilters()
{
    const QSignalBlocker block(sessionBox_);
    sessionBox_->clear();
    sessionBox_->addItem(tr("All sessions"), 0);
    if (const TestAnalysis* a = analysis()) {
        std::set<int> sessions;
        for (const UserTimeline& u : a->users)
            sessions.insert(u.key.session);
        for (int s : sessions)
            sessionBox_->addItem(tr("Session %1").arg(s), s);
    }
}

std::shared_ptr<const std::vector<QosSeries>> MainWindow::qosSeries(int test, const TimelineMetric& metric)
{
    const auto key = std::make_pair(test, metric.index());
    auto& cached = qosCache_[key];
    if (!cached) {
        const TestAnalysis& a = *results_->analyses[static_cast<std::size_t>(test)];
        std::vector<QosSeries> series;
        if (a.data && metric.isRollingQoo())
            series = rollingQoo(*a.data, a.start, *findQooPreset("video-conferencing"));
        else if (a.data)
            series = averageQosPerSecond(*a.data, a.start, metric.qosMetric());
        cached = std::make_shared<const std::vector<QosSeries>>(std::move(series));
    }
    return cached;
}

void MainWindow::refreshTimeline()
{
    const TestAnalysis* a = analysis();
    const TimelineMetric metric = currentMetric();
    if (!a) {
        plot_->setTimeline(nullptr, std::make_shared<const std::vector<TimelineRow>>(), {}, metric, tr("No test"));
        return;
    }
    std::shared_ptr<const std::vector<QosSeries>> qos;
    if (!metric.isQoe())
        qos = qosSeries(currentTest(), metric);
    auto rows = std::make_shared<const std::vector<TimelineRow>>(buildTimelineRows(*a, metric, qos.get()));
    RowSelection selection;
    selection.role = static_cast<RoleFilter>(std::max(0, roleBox_->currentIndex()));
    selection.session = sessionBox_->currentData().toInt();
    selection.onlyEverFailed = failedOnly_->isChecked();
    selection.order = static_cast<RowOrder>(std::max(0, orderBox_->currentIndex()));
    std::vector<int> order = selectRows(*rows, selection);
    const QString name = a->data ? QString::fromStdString(a->data->info.name) : QString();
    plot_->setTimeline(a, std::move(rows), std::move(order), metric,
                       tr("Connection progression — %1 — %2").arg(metric.label(), name));
    plot_->selectUser(inspector_->userIndex());
}

void MainWindow::inspectUser(int userIndex)
{
    inspector_->setUser(analysis(), userIndex);
    plot_->selectUser(userIndex);
    quality_->selectUser(userIndex);
    if (auto* dock = qobject_cast<QDockWidget*>(inspector_->parentWidget())) {
        dock->show();
        dock->raise();
    }
}

bool MainWindow::inspectUserByLabel(const QString& label)
{
    const TestAnalysis* a = analysis();
    for (std::size_t i = 0; a && i < a->users.size(); ++i)
        if (QStringLiteral("%1-%2").arg(a->users[i].key.user).arg(a->users[i].key.session) == label) {
            inspectUser(static_cast<int>(i));
            return true;
        }
    return false;
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("loadscope");
    if (results_)
        title = QStringLiteral("%1 — %2").arg(QFileInfo(results_->root).fileName(), title);
    if (const TestAnalysis* a = analysis(); a && a->data)
        title = QStringLiteral("%1 — %2").arg(QString::fromStdString(a->data->info.name), title);
    setWindowTitle(title);
}

QString MainWindow::exportTimeline(const QString& path, const ExportSize& size)
{
    return exportPlot(*plot_, path, exportFormatFromPath(path), size);
}

} // namespace loadscope
