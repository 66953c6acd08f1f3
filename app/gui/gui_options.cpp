#include "gui_options.h"

#include "ui/time_charts/chart_views.h"
#include "ui/timeline/timeline_metric.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "core/util/iso_time.h"
#include "core/util/version.h"
#include "ui/plot/theme.h"
#include "ui/widgets/count_text.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace loadscope {

std::optional<GuiOptions> parseGuiOptions(const QStringList& arguments, QString* error, bool* helpOnly)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explore the results of WebRTC load tests."));
    parser.addPositionalArgument(QStringLiteral("ROOT"), QStringLiteral("Results folder (default: the sample)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window offscreen to a PNG and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption benchInteraction(
        QStringLiteral("bench-interaction"),
        QStringLiteral("Open ROOT offscreen, switch through every test and metric, print the time to the first "
                       "picture, per switch, and the longest the event loop was blocked; then exit."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Screenshot size (default 1600x1000)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption test(QStringLiteral("test"), QStringLiteral("Test to show first."),
                                  QStringLiteral("NAME"));
    QStringList keys;
    for (const TimelineMetric& m : TimelineMetric::menu())
        keys << m.key();
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    QStringLiteral("Timeline colour: %1.").arg(keys.join(QStringLiteral(", "))),
                                    QStringLiteral("KEY"));
    const QCommandLineOption inspect(QStringLiteral("inspect"), QStringLiteral("User to open in the inspector."),
                                     QStringLiteral("USER-SESSION"));
    const QStringList views = ChartViews::viewKeys();
    const QCommandLineOption view(
        QStringLiteral("view"),
        QStringLiteral("Chart shown under the timeline: %1.").arg(views.join(QStringLiteral(", "))),
        QStringLiteral("VIEW"));
    const QCommandLineOption inspectorTab(QStringLiteral("inspector-tab"),
                                          QStringLiteral("Inspector tab to show (Events, Failures, Reconnections, "
                                                         "Segments, QoE cuts, QoS)."),
                                          QStringLiteral("TITLE"));
    const QCommandLineOption rows(
        QStringLiteral("rows"),
        QStringLiteral("Timeline rows A to B shown (1-based, inclusive, in the displayed order)."),
        QStringLiteral("A:B"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("Analysis: corrected (default) or notebook, as loadscope-cli report."),
                                  QStringLiteral("MODE"));
    const QCommandLineOption logUtcOffset(
        QStringLiteral("log-utc-offset"),
        QStringLiteral("UTC offset of the controller log's times (default: detected)."), QStringLiteral("±HH:MM"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QStringLiteral("Theme for this run: system, light or dark (default: View > Theme's; screenshots: none)."),
        QStringLiteral("THEME"));
    parser.addOptions({help, version, screenshot, benchInteraction, size, test, metric, inspect, view, inspectorTab,
                       rows, mode, logUtcOffset, theme});
    *helpOnly = false;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *helpOnly = true;
        *error = parser.isSet(help) ? parser.helpText() : QStringLiteral("loadscope " LOADSCOPE_VERSION "\n");
        return std::nullopt;
    }
    GuiOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QStringLiteral("Give one results folder, not %1.").arg(positional.size());
        return std::nullopt;
    }
    options.root = positional.value(0);
    options.screenshot = parser.value(screenshot);
    options.benchInteraction = parser.isSet(benchInteraction);
    options.test = parser.value(test);
    options.metric = parser.value(metric);
    options.inspect = parser.value(inspect);
    options.view = parser.value(view);
    options.inspectorTab = parser.value(inspectorTab);
    options.theme = parser.value(theme);
    if (!options.theme.isEmpty() && !themeFromKey(options.theme)) {
        *error = QStringLiteral("--theme is system, light or dark, not '%1'.").arg(options.theme);
        return std::nullopt;
    }
    if (!options.view.isEmpty() && !views.contains(options.view)) {
        *error = QStringLiteral("Unknown view '%1'; use one of %2.")
                     .arg(options.view, views.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!options.metric.isEmpty() && !TimelineMetric::fromKey(options.metric)) {
        *error = QStringLiteral("Unknown metric '%1'; use one of %2.")
                     .arg(options.metric, keys.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (parser.isSet(mode) || parser.isSet(logUtcOffset)) {
        AnalysisOptions analysis;
        if (parser.isSet(mode)) {
            const auto parsed = parseAnalysisMode(parser.value(mode).toStdString());
            if (!parsed) {
                *error = QStringLiteral("--mode is notebook or corrected, not '%1'.").arg(parser.value(mode));
                return std::nullopt;
            }
            analysis.mode = *parsed;
        }
        if (parser.isSet(logUtcOffset)) {
            analysis.logUtcOffsetMinutes = parseUtcOffset(parser.value(logUtcOffset).toStdString());
            if (!analysis.logUtcOffsetMinutes) {
                *error = QStringLiteral("--log-utc-offset takes ±HH:MM, not '%1'.").arg(parser.value(logUtcOffset));
                return std::nullopt;
            }
        }
        options.analysis = analysis;
    }
    if (parser.isSet(rows)) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d{1,9}):(\\d{1,9})$")).match(parser.value(rows));
        const int first = match.captured(1).toInt(), last = match.captured(2).toInt();
        if (!match.hasMatch() || first < 1 || last < first) {
            *error = QStringLiteral("--rows wants A:B with 1 <= A <= B (timeline rows, 1-based), not '%1'.")
                         .arg(parser.value(rows));
            return std::nullopt;
        }
        options.rows = std::pair(first, last);
    }
    if (parser.isSet(size)) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!match.hasMatch() || match.captured(1).toInt() < 200 || match.captured(2).toInt() < 200) {
            *error = QStringLiteral("--size wants WxH of at least 200x200, not '%1'.").arg(parser.value(size));
            return std::nullopt;
        }
        options.width = match.captured(1).toInt();
        options.height = match.captured(2).toInt();
    }
    return options;
}

QString showRowsOption(const GuiOptions& options, TimelinePlot& plot)
{
    if (!options.rows)
        return {};
    const auto [first, last] = *options.rows;
    const int count = plot.timeline()->rowCount();
    if (last > count)
        return QStringLiteral("--rows %1:%2: the timeline shows %3")
            .arg(first)
            .arg(last)
            .arg(countText(count, QStringLiteral("row"), QStringLiteral("rows")));
    plot.showRows(first - 1, last - 1); // positions are 0-based
    return {};
}

} // namespace loadscope
