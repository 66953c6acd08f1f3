#pragma once
// The explorer's window: test selector and timeline controls on a tool bar, the timeline in the centre, the
// problems, summary, thresholds and inspector as docks; loading in the background with progress and Cancel.
#include "core/analysis/qos_series.h"
#include "ui/plot/plot_exporter.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/timeline_metric.h"
#include "ui/state/loaded_results.h"

#include <QMainWindow>

#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolBar;
class QMenu;
class QProgressBar;
class QPushButton;

namespace loadscope {

class ChartViews;
class BackgroundJob;
class CompareTestsWindow;
class ExplorerState;
class ComparisonsPanel;
class FollowController;
class ProblemsPanel;
class QualityPanel;
class ResultsLoaderJob;
class TestSummaryPanel;
class TimelineRowsJob;
class ThresholdPanel;
class TimelinePlot;
class UserInspector;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString& root); // loads in the background, analysed as last time (Analysis menu)
    void openFolder(const QString& root, const AnalysisOptions& options);
    AnalysisOptions analysisOptions() const;                       // of the results shown (or being opened)
    void setAnalysisOptions(const AnalysisOptions& options);       // analyses the shown folder again; remembered
    void setResults(std::shared_ptr<const LoadedResults> results); // shows already-loaded results
    std::shared_ptr<const LoadedResults> results() const;
    ExplorerState* state() const { return state_; } // what is shown; the widgets are views of it

    int currentTest() const;
    void selectTest(int index);
    bool selectTestByName(const QString& name);
    TimelineMetric currentMetric() const;
    void selectMetric(const TimelineMetric& metric);
    void inspectUser(int userIndex);
    bool inspectUserByLabel(const QString& label);                       // "user-session", as the rows are labelled
    QString exportTimeline(const QString& path, const ExportSize& size); // "" on success

    TimelinePlot* timelinePlot() const { return plot_; }
    QLineEdit* userSearch() const { return userSearch_; }
    ChartViews* chartViews() const { return chartViews_; }
    QComboBox* testSelector() const { return testBox_; }
    QComboBox* metricSelector() const { return metricBox_; }
    QComboBox* workerSelector() const { return workerBox_; } // "All workers", then "<worker> · N users · M failed"
    QComboBox* orderSelector() const { return orderBox_; }
    ProblemsPanel* problemsPanel() const { return problems_; }
    UserInspector* inspector() const { return inspector_; }
    ThresholdPanel* thresholdPanel() const { return thresholds_; }
    TestSummaryPanel* summaryPanel() const { return summary_; }
    ResultsLoaderJob* loaderJob() const { return loader_; }
    FollowController* followController() const { return follow_; } // View ▸ Follow (main_window_follow.cpp)
    QAction* followAction() const { return followAction_; }
    // View ▸ Compare tests: shows (creating once) the Compare tests window, which follows these results from then on.
    CompareTestsWindow* showCompareTests();

    static QString bundledSamplePath(); // the sample results shipped with loadscope, or "" when absent
    static QString lastOpenedFolder();  // the most recent folder of Open Recent that still exists, or ""

signals:
    void resultsShown();  // after results replaced the previous ones (also with no tests); not for a first look
    void timelineShown(); // the timeline drawn with the rows of the test and metric shown (after an open, a switch)
    void loadCancelled();
    void openRefused(const QString& root, const QString& why); // not a results folder: what was open stays

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildToolBar();
    void buildDocks();
    void showState(int changes);    // ExplorerState::Changes: brings every view up to date, the timeline once
    void showControls(int changes); // the tool bar's combos and boxes as the state has them (signals blocked)
    void showTestInPanels();        // the current test's analysis into every side panel
    void fillTestBox();             // one item per test of the results, with its summary
    RowSelection rowSelectionOfControls() const;
    void buildFollowAction(QMenu* view);
    void buildUserSearch(QToolBar* bar); // main_window_search.cpp
    void fillUserSearch();               // the current test's row labels for completion
    void applyFollowedResults(std::shared_ptr<const LoadedResults> results); // in place: zoom and user stay
    void connectLoader();                                                    // main_window_analysis.cpp
    void showFirstLook(std::shared_ptr<const LoadedResults> results);        // the first test while the rest loads
    void showLoaded(std::shared_ptr<const LoadedResults> results);           // the whole folder
    bool qosAvailable() const; // false while a first look without stats.json is shown
    void buildMenus();
    void buildThemeMenu(QMenu* menu); // View ▸ Theme: System, Light, Dark (ui/plot/theme.h), remembered
    void buildAnalysisMenu();         // main_window_analysis.cpp
    void updateAnalysisActions();
    void buildStatusBar();
    void refreshTimeline();
    void fillSessionBox();
    void fillWorkerBox(); // disabled when no user's connections.json names a worker
    void offerMetrics();  // the metric box lists what the current test offers (ExplorerState::offers)
    void updateTitle();
    QString resultsStatus() const; // "ROOT: 2 tests, 1 problem", and the analysis mode when not the default
    void addRecent(const QString& root);
    void rebuildRecentMenu();
    void restoreSettings();
    void fitDocksToScreen(); // the default dock sizes, relative to the window's
    void resetLayout();      // View ▸ Reset layout: the docks and splitter as a first start has them
    void saveSettings() const;
    void exportTimelineInteractively();
    void exportThresholdsInteractively();
    void showAbout();
    const TestAnalysis* analysis() const;
    // The current test's per-user series of a QoS metric: cached, else computed in qosJob_ (nullptr until then).
    std::shared_ptr<const std::vector<QosSeries>> qosSeries(const TimelineMetric& metric);

    ExplorerState* state_ = nullptr;
    BackgroundJob* qosJob_ = nullptr;
    std::map<std::pair<int, int>, std::shared_ptr<const std::vector<QosSeries>>> qosCache_; // (test, metric)
    ResultsLoaderJob* loader_ = nullptr;
    TimelineRowsJob* rowsJob_ = nullptr;
    std::shared_ptr<const TestAnalysis> shownAnalysis_; // what the timeline shows (its rows point into it)
    bool timelinePending_ = false;                      // new rows set: timelineShown() after the next replot
    TimelinePlot* plot_ = nullptr;
    ChartViews* chartViews_ = nullptr;
    QComboBox* testBox_ = nullptr;
    QComboBox* metricBox_ = nullptr;
    QComboBox* roleBox_ = nullptr;
    QComboBox* sessionBox_ = nullptr;
    QComboBox* workerBox_ = nullptr;
    QComboBox* orderBox_ = nullptr;
    QCheckBox* failedOnly_ = nullptr;
    QCheckBox* memory_ = nullptr;
    QLineEdit* userSearch_ = nullptr;
    ProblemsPanel* problems_ = nullptr;
    TestSummaryPanel* summary_ = nullptr;
    ThresholdPanel* thresholds_ = nullptr;
    UserInspector* inspector_ = nullptr;
    QualityPanel* quality_ = nullptr;
    ComparisonsPanel* comparisons_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* status_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QStringList recent_; // Open Recent, newest first (the settings are written off the GUI thread)
    QAction* zoomBack_ = nullptr;
    QString loadingRoot_;
    AnalysisOptions loadingOptions_;
    QAction* correctedAction_ = nullptr;
    QAction* notebookAction_ = nullptr;
    QAction* offsetAction_ = nullptr;
    FollowController* follow_ = nullptr;
    QAction* followAction_ = nullptr;
    QLabel* followStatus_ = nullptr;
    QByteArray defaultLayout_; // saveState() before the saved layout was restored
};

} // namespace loadscope
