#pragma once
// loadscope --bench-interaction ROOT: how the explorer feels, measured offscreen. Shows the window and lets it
// settle, opens ROOT, then switches through every test and, on the first test, every colour metric; prints the time
// from opening to the first picture, the time until a switched-to timeline is drawn and until every panel has its
// numbers, and the longest the event loop was blocked (the largest gap of a 1 ms heartbeat timer: what a user feels
// as a frozen window) while the empty window appeared, while opening, and on switches.
#include <QString>

namespace loadscope {

class MainWindow;

int runInteractionBench(MainWindow& window, const QString& root); // the exit code; prints to stdout
} // namespace loadscope
