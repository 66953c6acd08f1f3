#pragma once
// loadscope --bench-interaction ROOT: how the explorer feels, measured offscreen. Opens ROOT, then switches through
// every test and, on the first test, every colour metric; prints the time to the first picture, the time until a
// switched-to timeline is drawn and until every panel has its numbers, and the longest the event loop was blocked
// (the largest gap of a 1 ms heartbeat timer: what a user feels as a frozen window).
#include <QString>

namespace loadscope {

class MainWindow;

int runInteractionBench(MainWindow& window, const QString& root); // the exit code; prints to stdout
} // namespace loadscope
