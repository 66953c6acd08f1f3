#pragma once
// Settings written off the GUI thread. A QSettings that changed something writes the whole file when it goes away
// and fdatasyncs it: 5-15 ms on this machine's disk, far more on a busy or network home directory, and opening a
// folder writes two (Open Recent, its analysis options). Writes run on one thread, one after another in the order
// asked; QSettings shares what is written with every other QSettings of the process once each write has run.
#include <QSettings>

#include <functional>

namespace loadscope {

void writeSettingsLater(std::function<void(QSettings&)> change);
void waitForSettingsWrites(); // before the application goes (the main window's destructor) and in tests

} // namespace loadscope
