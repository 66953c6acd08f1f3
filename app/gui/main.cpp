// loadscope: the explorer GUI. Parses the command line and wires the main window; --screenshot renders it
// offscreen to a PNG and exits (for docs, tests and checks).
#include "gui_options.h"
#include "interaction_bench.h"

#include "ui/time_charts/chart_views.h"
#include "ui/timeline/timeline_metric.h"
#include "ui/jobs/background_job.h"
#include "ui/window/main_window.h"
#include "ui/panels/user_inspector.h"
#include "ui/state/analysis_settings.h"
#include "ui/state/explorer_state.h"
#include "ui/plot/theme.h"
#include "core/util/version.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTimer>

#include <cstdio>

using namespace loadscope;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "loadscope: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool screenshot = arguments.contains(QStringLiteral("--screenshot")) ||
                            arguments.contains(QStringLiteral("--bench-interaction")); // offscreen, own settings
    const bool textOnly = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")) ||
                          arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"));
    if ((screenshot || textOnly) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed to render or to print help

    QApplication app(argc, argv);
    // A machine without any font draws every label as empty boxes and Qt says nothing: say it.
    if (!QFontMetrics(QApplication::font()).inFont(QLatin1Char('A')))
        std::fprintf(stderr, "loadscope: warning: no font with Latin letters found, so no text can be drawn; "
                             "install fonts-dejavu-core\n");
    QApplication::setOrganizationName(QStringLiteral("loadscope"));
    // Screenshots neither read nor change the user's saved window layout.
    QApplication::setApplicationName(screenshot ? QStringLiteral("loadscope-screenshot") : QStringLiteral("loadscope"));
    QApplication::setApplicationVersion(QStringLiteral(LOADSCOPE_VERSION));

    QString error;
    bool helpOnly = false;
    const auto options = parseGuiOptions(QApplication::arguments(), &error, &helpOnly);
    if (!options) {
        if (helpOnly) {
            std::fputs(qPrintable(error), stdout);
            return 0;
        }
        return fail(error);
    }
    // No ROOT: the folder opened last (a person picking up where they left off), else the sample; batch runs
    // (screenshots, the bench) never depend on what was opened before.
    QString root = options->root;
    if (root.isEmpty() && !screenshot)
        root = MainWindow::lastOpenedFolder();
    if (root.isEmpty())
        root = MainWindow::bundledSamplePath();

    // The theme before any widget: this run's --theme, else the one chosen in View > Theme; batch renders keep the
    // platform's look unless --theme asks.
    if (!options->theme.isEmpty())
        applyTheme(*themeFromKey(options->theme));
    else if (!screenshot)
        applyTheme(savedTheme());
    MainWindow window;
    if (options->benchInteraction)
        return root.isEmpty() ? fail(QStringLiteral("no results folder given and no bundled sample found"))
                              : runInteractionBench(window, root);
    int status = 0;
    QObject::connect(&window, &MainWindow::resultsShown, &window, [&] {
        if (!options->test.isEmpty() && !window.selectTestByName(options->test)) {
            status = fail(QStringLiteral("no test named '%1' in %2").arg(options->test, root));
            if (!options->screenshot.isEmpty())
                QApplication::exit(status);
            return;
        }
        if (!options->metric.isEmpty()) {
            const TimelineMetric metric = *TimelineMetric::fromKey(options->metric);
            if (!window.state()->offers(metric)) { // a QoE score the test's cuts lack, LiveKit's quality elsewhere
                status = fail(QStringLiteral("the test shown has no '%1' to colour by").arg(options->metric));
                if (!options->screenshot.isEmpty())
                    QApplication::exit(status);
                return;
            }
            window.selectMetric(metric);
        }
        if (!options->view.isEmpty())
            window.chartViews()->showView(options->view);
        if (!options->inspect.isEmpty() && !window.inspectUserByLabel(options->inspect)) {
            status = fail(QStringLiteral("no user '%1' in the test shown").arg(options->inspect));
            if (!options->screenshot.isEmpty())
                QApplication::exit(status);
            return;
        }
        if (options->view == QLatin1String("qos") && !options->inspect.isEmpty())
            window.inspector()->showQosTab(); // the user's own QoS next to the test's
        if (!options->inspectorTab.isEmpty() && !window.inspector()->showTab(options->inspectorTab)) {
            status = fail(QStringLiteral("no inspector tab '%1'").arg(options->inspectorTab));
            if (!options->screenshot.isEmpty())
                QApplication::exit(status);
            return;
        }
        if (options->rows) // the timeline's rows come from a background job
            BackgroundJob::waitUntilIdle();
        if (const QString rows = showRowsOption(*options, *window.timelinePlot()); !rows.isEmpty()) {
            status = fail(rows);
            if (!options->screenshot.isEmpty())
                QApplication::exit(status);
            return;
        }
        if (options->screenshot.isEmpty())
            return;
        // Every panel's background job delivers, then the layout settles (queued replots, plot areas lining up).
        BackgroundJob::waitUntilIdle();
        QTimer::singleShot(300, &window, [&] {
            if (!window.grab().save(options->screenshot, "PNG"))
                status = fail(QStringLiteral("cannot write %1").arg(options->screenshot));
            QApplication::exit(status);
        });
    });
    QObject::connect(&window, &MainWindow::loadCancelled, &window, [&] {
        if (!options->screenshot.isEmpty())
            QApplication::exit(fail(QStringLiteral("loading %1 was cancelled").arg(root)));
    });
    if (!options->screenshot.isEmpty())
        window.resize(options->width, options->height);
    window.show();
    if (!root.isEmpty() && options->analysis) {
        if (options->screenshot.isEmpty()) // a batch render leaves the user's settings alone
            rememberAnalysisOptions(root, *options->analysis);
        window.openFolder(root, *options->analysis);
    } else if (!root.isEmpty()) {
        window.openFolder(root);
    } else if (!options->screenshot.isEmpty())
        return fail(QStringLiteral("no results folder given and no bundled sample found"));
    const int code = QApplication::exec();
    return status != 0 ? status : code;
}
