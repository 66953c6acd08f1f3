// MainWindow's opening of a folder and its Analysis menu. Opening is in two steps (ResultsLoaderJob): the first
// test is shown as soon as it is read (a first look), then the whole folder replaces it in place (test, inspected
// user and zoom stay). The Analysis menu: the analysis mode (corrected / notebook-compatible) and the controller
// log's UTC offset, as `loadscope-cli report --mode --log-utc-offset` take them. Changing either analyses the shown
// folder again (off the GUI thread) and is remembered for that folder.
#include "ui/window/main_window.h"

#include "ui/state/analysis_settings.h"
#include "ui/state/explorer_state.h"
#include "ui/state/results_loader_job.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/widgets/count_text.h"

#include "core/util/iso_time.h"

#include <QActionGroup>
#include <QLabel>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

namespace loadscope {

void MainWindow::connectLoader()
{
    connect(loader_, &ResultsLoaderJob::progress, this,
            [this](qulonglong done, qulonglong total, qulonglong bytes, qulonglong bytesTotal) {
                progress_->setMaximum(static_cast<int>(std::max<qulonglong>(total, 1)));
                progress_->setValue(static_cast<int>(done));
                progress_->setFormat(QStringLiteral("%1 / %2 · %3 / %4 MB")
                                         .arg(done)
                                         .arg(countText(static_cast<qint64>(total), tr("file"), tr("files")))
                                         .arg(bytes / 1e6, 0, 'f', 1)
                                         .arg(bytesTotal / 1e6, 0, 'f', 1));
            });
    connect(loader_, &ResultsLoaderJob::firstLook, this, &MainWindow::showFirstLook);
    connect(loader_, &ResultsLoaderJob::loaded, this, &MainWindow::showLoaded);
    connect(loader_, &ResultsLoaderJob::cancelled, this, [this] {
        progress_->hide();
        cancel_->hide();
        status_->setText(tr("Loading of %1 cancelled").arg(loadingRoot_));
        if (const auto& shown = state_->results(); shown && shown->firstLook) // its other tests will not come
            for (int i = static_cast<int>(shown->analyses.size()); i < testBox_->count(); ++i)
                testBox_->setItemText(i, tr("%1 — not loaded (cancelled)").arg(testBox_->itemData(i).toString()));
        emit loadCancelled();
    });
}

void MainWindow::showFirstLook(std::shared_ptr<const LoadedResults> results)
{
    if (results->analyses.empty())
        return; // the whole load says what is wrong
    setResults(std::move(results));
    status_->setText(tr("Showing the first test of %1; loading the rest…").arg(loadingRoot_));
}

void MainWindow::showLoaded(std::shared_ptr<const LoadedResults> results)
{
    progress_->hide();
    cancel_->hide();
    const auto& shown = state_->results();
    const bool firstLookShown = shown && shown->firstLook && shown->root == results->root;
    if (results->analyses.empty() && shown && !firstLookShown) {
        // Not a results folder (or none of its tests could be read): what was open stays open.
        const QString why = results->problems.empty() ? tr("no test found")
                                                      : QString::fromStdString(results->problems.front().message);
        status_->setText(tr("%1 was not opened: %2").arg(results->root, why));
        emit openRefused(results->root, why);
        return;
    }
    if (!results->analyses.empty())
        addRecent(results->root); // Open Recent lists folders that opened
    if (firstLookShown) {
        plot_->keepZoomOnNextTimeline(); // what the user did with the first look stays
        state_->updateResults(std::move(results));
    } else {
        setResults(std::move(results));
    }
}

void MainWindow::openFolder(const QString& root)
{
    openFolder(root, rememberedAnalysisOptions(root));
}

void MainWindow::openFolder(const QString& root, const AnalysisOptions& options)
{
    loadingRoot_ = QDir(root).absolutePath();
    loadingOptions_ = options;
    followAction_->setChecked(false); // following is of the folder shown, not of the one being opened
    status_->setText(tr("Loading %1…").arg(loadingRoot_));
    progress_->setRange(0, 0); // busy until the loader counts the files
    progress_->show();
    cancel_->show();
    loader_->start(loadingRoot_, options);
}

AnalysisOptions MainWindow::analysisOptions() const
{
    const auto& results = state_->results();
    return results ? results->options : loadingOptions_;
}

void MainWindow::setAnalysisOptions(const AnalysisOptions& options)
{
    const auto& results = state_->results();
    if (!results || results->root.isEmpty()) {
        loadingOptions_ = options;
        updateAnalysisActions();
        return;
    }
    rememberAnalysisOptions(results->root, options);
    openFolder(results->root, options);
}

void MainWindow::buildAnalysisMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Analysis"));
    auto* modes = new QActionGroup(this);
    correctedAction_ = menu->addAction(tr("&Corrected (each known fault of the notebook fixed)"));
    notebookAction_ = menu->addAction(tr("&Notebook-compatible (the notebook's numbers, quirks included)"));
    for (QAction* action : {correctedAction_, notebookAction_}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    correctedAction_->setObjectName(QStringLiteral("correctedModeAction"));
    notebookAction_->setObjectName(QStringLiteral("notebookModeAction"));
    connect(modes, &QActionGroup::triggered, this, [this](QAction* action) {
        AnalysisOptions options = analysisOptions();
        options.mode = action == notebookAction_ ? AnalysisMode::NotebookCompatible : AnalysisMode::Corrected;
        if (options.mode != analysisOptions().mode)
            setAnalysisOptions(options);
    });
    menu->addSeparator();
    offsetAction_ = menu->addAction(QString(), this, [this] {
        AnalysisOptions options = analysisOptions();
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Log UTC offset"),
            tr("UTC offset of the controller log's times, as ±HH:MM.\nEmpty: detected per test (corrected mode) or "
               "+02:00 (notebook mode)."),
            QLineEdit::Normal, options.logUtcOffsetMinutes ? utcOffsetText(*options.logUtcOffsetMinutes) : QString(),
            &ok);
        if (!ok)
            return;
        if (text.trimmed().isEmpty()) {
            options.logUtcOffsetMinutes.reset();
        } else if (auto minutes = parseUtcOffset(text.trimmed().toStdString())) {
            options.logUtcOffsetMinutes = minutes;
        } else {
            QMessageBox::warning(this, tr("Log UTC offset"), tr("'%1' is not an offset like +02:00.").arg(text));
            return;
        }
        setAnalysisOptions(options);
    });
    offsetAction_->setObjectName(QStringLiteral("logUtcOffsetAction"));
    updateAnalysisActions();
}

void MainWindow::updateAnalysisActions()
{
    if (!correctedAction_)
        return;
    const AnalysisOptions options = analysisOptions();
    (options.mode == AnalysisMode::NotebookCompatible ? notebookAction_ : correctedAction_)->setChecked(true);
    offsetAction_->setText(options.logUtcOffsetMinutes
                               ? tr("Log &UTC offset: %1…").arg(utcOffsetText(*options.logUtcOffsetMinutes))
                               : tr("Log &UTC offset: detected…"));
}

} // namespace loadscope
