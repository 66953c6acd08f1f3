#pragma once
// The loadscope command line: [ROOT] [--screenshot OUT.png [--size WxH]] [--test NAME] [--metric KEY] [--inspect USER-SESSION]
// [--bench-interaction] [--view qoe|qos|participants] [--rows A:B] [--mode notebook|corrected] [--log-utc-offset ±HH:MM]
// [--theme system|light|dark].
#include "core/analysis/analysis_mode.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace loadscope {

class TimelinePlot;

struct GuiOptions {
    QString root;                  // empty: the bundled sample
    QString screenshot;            // render the window to this PNG and exit
    bool benchInteraction = false; // --bench-interaction: time opening ROOT and switching, print, exit
    QString test;                  // test folder name to show first
    QString metric;                // timeline metric key (vmaf, visqol, rtt, ...)
    QString inspect;               // user-session to open in the inspector
    QString view;                  // chart tab under the timeline: qoe, qos or participants
    QString inspectorTab;          // inspector tab to show, by title (Events, Failures, Reconnections, ...)
    int width = 1600, height = 1000;
    std::optional<std::pair<int, int>> rows; // --rows A:B: timeline rows A..B, 1-based, inclusive, displayed order
    std::optional<AnalysisOptions> analysis; // --mode / --log-utc-offset given: analyse ROOT so (and remember it)
    QString theme;                           // --theme system|light|dark: this run only (else View ▸ Theme's)
};

// nullopt with `error` set when the arguments are wrong; `error` holds the help text for --help.
std::optional<GuiOptions> parseGuiOptions(const QStringList& arguments, QString* error, bool* helpOnly);

// Shows --rows A:B on `plot` (nothing without --rows); the error when the timeline has fewer than B rows.
QString showRowsOption(const GuiOptions& options, TimelinePlot& plot);

} // namespace loadscope
