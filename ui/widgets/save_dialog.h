#pragma once
// Every save / export dialog of the GUI asks through askSavePath, so they all start in the same sensible place and
// suggest a name that says what is saved:
// - the start folder is the last folder the user saved an export to (remembered in QSettings), else the user's
//   Pictures (figures) or Documents (tables, requirements), else home; never a folder inside the open results
//   folder (nothing is written there unless the user goes there); the process's working directory plays no part;
// - the suggested name joins test, figure and metric ("kurento-8p-qos-inbound-video-jitter.png");
// - a name typed without a suffix gets the selected filter's (png, svg, pdf, csv, json), before the dialog asks
//   whether to overwrite.
#include <QString>
#include <QStringList>

class QWidget;

namespace loadscope {

enum class SaveKind { Figure, Table, Requirement };

QStringList saveFilters(SaveKind kind); // Figure: PNG, SVG, PDF; Table: CSV; Requirement: JSON

// The folder a save dialog must never start in: the open results folder ("" when none is open).
void setOpenResultsFolder(const QString& root);
QString openResultsFolder();

// Where a dialog for `kind` starts (an existing folder, outside the open results folder).
QString saveStartDirectory(SaveKind kind);
// Remembers the folder of a path the user saved to, for the next dialog.
void rememberSaveDirectory(const QString& path);

// "Kurento 8p", "QoS", "inbound video jitter" -> "kurento-8p-qos-inbound-video-jitter": lower case, words and
// parts joined by '-', nothing a file system or a shell dislikes; empty parts are left out; "export" when empty.
QString suggestedFileStem(const QStringList& parts);
// "a" with "PNG image (*.png)" -> "a.png"; a path that has a suffix of the filter (or any when the filter has
// none) is returned as it is.
QString withFilterSuffix(const QString& path, const QString& filter);

// Opens the dialog (starting folder, suggested name, suffix rule) and returns the chosen path, "" when cancelled;
// remembers the folder. `initialFilter` selects one of saveFilters(kind) (e.g. "svg"); the first when empty.
QString askSavePath(QWidget* parent, const QString& title, SaveKind kind, const QStringList& nameParts,
                    const QString& initialFilter = {});

} // namespace loadscope
