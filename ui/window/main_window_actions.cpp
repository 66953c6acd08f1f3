// MainWindow's menus and everything they trigger: open, recent folders, export, settings, About, drag and drop.
#include "ui/window/main_window.h"

#include "ui/compare/compare_tests_window.h"
#include "ui/plot/crosshair.h"
#include "ui/time_charts/chart_views.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/state/results_loader_job.h"
#include "ui/panels/threshold_panel.h"
#include "ui/plot/plot_export_action.h"
#include "ui/plot/theme.h"
#include "ui/widgets/save_dialog.h"
#include "ui/widgets/settings_writes.h"
#include "core/load/results_layout.h"
#include "core/util/version.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QDockWidget>
#include <QScreen>
#include <QTimer>
#include <QSpinBox>
#include <QSplitter>
#include <QUrl>

namespace loadscope {

namespace {

constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFolders");

// Asks for a PNG's size and scale; nullopt when cancelled.
std::optional<ExportSize> askPngSize(QWidget* parent, QSize current)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("PNG size"));
    auto* width = new QSpinBox(&dialog);
    auto* height = new QSpinBox(&dialog);
    auto* scale = new QDoubleSpinBox(&dialog);
    width->setRange(200, 10000);
    height->setRange(200, 10000);
    scale->setRange(0.5, 4);
    scale->setSingleStep(0.5);
    width->setValue(current.width());
    height->setValue(current.height());
    scale->setValue(1);
    auto* form = new QFormLayout(&dialog);
    form->addRow(QObject::tr("Width:"), width);
    form->addRow(QObject::tr("Height:"), height);
    form->addRow(QObject::tr("Scale:"), scale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ExportSize{width->value(), height->value(), scale->value()};
}

} // namespace

QString MainWindow::bundledSamplePath()
{
    // The source tree's copy when run from a build; else the installed one, found from the executable
    // (<prefix>/bin/loadscope → <prefix>/share/loadscope/sample), whatever prefix the package chose.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/loadscope/sample");
    for (const QString& candidate : {QString::fromUtf8(LOADSCOPE_SAMPLE_DIR), installed})
        if (QDir(candidate).exists(QString::fromLatin1(layout::kStatsFolder)))
            return QDir::cleanPath(candidate);
    return {};
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open results folder…"), QKeySequence::Open, this, [this] {
        const QString root = QFileDialog::getExistingDirectory(this, tr("Open results folder"));
        if (!root.isEmpty())
            openFolder(root);
    });
    recentMenu_ = file->addMenu(tr("Open &recent"));
    if (!bundledSamplePath().isEmpty())
        file->addAction(tr("Open the &sample"), this, [this] { openFolder(bundledSamplePath()); });
    file->addSeparator();
    file->addAction(tr("&Export timeline…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportTimelineInteractively);
    file->addAction(tr("Export &thresholds as CSV…"), this, &MainWindow::exportThresholdsInteractively);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Reset zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), plot_, &TimelinePlot::resetZoom);
    zoomBack_ = view->addAction(tr("Zoom &back"), QKeySequence(Qt::Key_Backspace), plot_, &TimelinePlot::zoomBack);
    zoomBack_->setEnabled(false);
    QAction* crosshair = view->addAction(tr("Cross&hair across charts"));
    crosshair->setCheckable(true);
    crosshair->setChecked(chartViews_->crosshair()->isEnabled());
    crosshair->setToolTip(tr("A vertical line at the mouse's time in the timeline and every chart, with the values "
                             "under it"));
    connect(crosshair, &QAction::toggled, chartViews_->crosshair(), &Crosshair::setEnabled);
    buildFollowAction(view);
    view->addSeparator();
    view->addAction(tr("&Next test"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                    [this] { selectTest(currentTest() + 1); });
    view->addAction(tr("&Previous test"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this,
                    [this] { selectTest(currentTest() - 1); });
    view->addAction(tr("&Compare tests…"), this, [this] { showCompareTests(); });
    view->addAction(tr("Reset &layout"), this, &MainWindow::resetLayout);
    buildThemeMenu(view->addMenu(tr("&Theme")));
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    buildAnalysisMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About loadscope"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildThemeMenu(QMenu* menu)
{
    auto* group = new QActionGroup(menu);
    const Theme current = appliedTheme().value_or(savedTheme());
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, text] : choices) {
        QAction* action = menu->addAction(text, this, [theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
        action->setCheckable(true);
        action->setChecked(theme == current);
        action->setObjectName(QStringLiteral("theme-") + themeKey(theme));
        group->addAction(action);
    }
}

void MainWindow::addRecent(const QString& root)
{
    recent_.removeAll(root);
    recent_.prepend(root);
    while (recent_.size() > kMaxRecent)
        recent_.removeLast();
    writeSettingsLater([recent = recent_](QSettings& settings) { settings.setValue(kRecentKey, recent); });
    rebuildRecentMenu();
}

QString MainWindow::lastOpenedFolder()
{
    for (const QString& root : QSettings().value(kRecentKey).toStringList())
        if (QDir(root).exists())
            return root;
    return {};
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    for (const QString& root : recent_)
        recentMenu_->addAction(root, this, [this, root] { openFolder(root); });
    recentMenu_->setEnabled(!recent_.isEmpty());
}

void MainWindow::restoreSettings()
{
    defaultLayout_ = saveState(); // View ▸ Reset layout goes back to this
    QSettings settings;
    // A geometry saved on another screen or at another scale factor may not fit this one: then the default size.
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()) ||
        !available.contains(frameGeometry().topLeft()) || width() > available.width() ||
        height() > available.height()) {
        resize(std::min(1500, available.width()), std::min(950, available.height()));
        move(available.center() - rect().center());
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        QTimer::singleShot(0, this, &MainWindow::fitDocksToScreen); // first start: once the window has its size
    const auto metric = TimelineMetric::fromKey(settings.value(QStringLiteral("timeline/metric")).toString());
    if (metric)
        selectMetric(*metric);
    recent_ = settings.value(kRecentKey).toStringList();
    rebuildRecentMenu();
}

void MainWindow::fitDocksToScreen()
{
    // The bottom docks get a fifth of the height, the side docks a quarter of the width: the timeline the rest.
    const auto docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        if (dockWidgetArea(dock) == Qt::BottomDockWidgetArea && !tabifiedDockWidgets(dock).isEmpty())
            resizeDocks({dock}, {height() / 5}, Qt::Vertical);
    for (QDockWidget* dock : docks)
        if (dockWidgetArea(dock) == Qt::RightDockWidgetArea)
            resizeDocks({dock}, {std::clamp(width() / 4, 300, 480)}, Qt::Horizontal);
}

void MainWindow::resetLayout()
{
    restoreState(defaultLayout_);
    fitDocksToScreen();
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("timelineChartsSplitter")))
        splitter->setSizes({splitter->height() * 72 / 100, splitter->height() * 28 / 100});
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("timeline/metric"), currentMetric().key());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    loader_->cancel();
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile() && QFileInfo(urls.front().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty())
        openFolder(urls.front().toLocalFile());
}

void MainWindow::exportTimelineInteractively()
{
    const QString path = askSavePath(this, tr("Export timeline"), SaveKind::Figure, exportNameParts(plot_));
    if (path.isEmpty())
        return;
    ExportSize size{plot_->width(), plot_->height(), 1.0};
    if (exportFormatFromPath(path) == ExportFormat::Png) {
        const auto asked = askPngSize(this, plot_->size());
        if (!asked)
            return;
        size = *asked;
    }
    const QString error = exportTimeline(path, size);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

void MainWindow::exportThresholdsInteractively()
{
    thresholds_->exportInteractively();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About loadscope"),
                       tr("<h3>loadscope %1</h3><p>A fast explorer for the results of WebRTC load tests "
                          "(OpenVidu openvidu-loadtest).</p><p>Qt %2 · QCustomPlot 2.1</p>")
                           .arg(QStringLiteral(LOADSCOPE_VERSION), QString::fromLatin1(qVersion())));
}

CompareTestsWindow* MainWindow::showCompareTests()
{
    auto* compare = findChild<CompareTestsWindow*>(QStringLiteral("compareTestsWindow"));
    if (!compare) {
        compare = new CompareTestsWindow(this);
        connect(this, &MainWindow::resultsShown, compare, [this, compare] { compare->setResults(results()); });
    }
    compare->setResults(results());
    compare->show();
    compare->raise();
    return compare;
}

} // namespace loadscope
