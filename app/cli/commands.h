#pragma once
// The sub-commands of loadscope-cli. Each returns the process exit code:
// 0 success, 1 failure, 2 bad usage, 3 nothing under ROOT is a results folder.
#include <string>
#include <vector>

namespace loadscope::cli {

using Arguments = std::vector<std::string>; // the arguments after the command name

int runGenerate(const Arguments& args);
int runReport(const Arguments& args);
int runQualityAttenuation(const Arguments& args);
int runBench(const Arguments& args);
int runFigures(const Arguments& args); // needs the GUI libraries; fails with a message without them

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitNoResults = 3;

} // namespace loadscope::cli
