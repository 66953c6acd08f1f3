// loadscope-cli: dispatches to one command; parsing and wiring only.
#include "commands.h"
#include "core/util/version.h"

#include <cstring>
#include <iostream>
#include <string>

namespace {

struct Command {
    const char* name;
    int (*run)(const loadscope::cli::Arguments&);
    const char* summary;
};

constexpr Command kCommands[] = {
    {"report", loadscope::cli::runReport, "analyse a results folder and write the notebook's tables as CSV"},
    {"generate", loadscope::cli::runGenerate, "write a realistic, seeded results folder"},
    {"quality-attenuation", loadscope::cli::runQualityAttenuation,
     "t-digest quality attenuation and QoO of a latency sample"},
    {"bench", loadscope::cli::runBench, "time each analysis phase on a results folder"},
    {"figures", loadscope::cli::runFigures, "draw the notebook's figures (PNG, SVG, PDF) without a display"},
};

void printUsage(std::ostream& out)
{
    out << "Usage: loadscope-cli COMMAND [ARGS...]\n\nCommands:\n";
    for (const auto& c : kCommands)
        out << "  " << c.name << std::string(22 - std::strlen(c.name), ' ') << c.summary << '\n';
    out << "\n'loadscope-cli COMMAND --help' describes a command.\n"
           "Exit codes: 0 success, 1 failure, 2 bad usage, 3 nothing under ROOT is a results folder.\n";
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        printUsage(std::cerr);
        return loadscope::cli::kExitUsage;
    }
    const std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        printUsage(std::cout);
        return loadscope::cli::kExitOk;
    }
    if (name == "--version") {
        std::cout << "loadscope-cli " << LOADSCOPE_VERSION << '\n';
        return loadscope::cli::kExitOk;
    }
    for (const auto& c : kCommands)
        if (name == c.name)
            return c.run(loadscope::cli::Arguments(argv + 2, argv + argc));
    std::cerr << "loadscope-cli: unknown command '" << name << "'\n";
    printUsage(std::cerr);
    return loadscope::cli::kExitUsage;
}
