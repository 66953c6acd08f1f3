#include "commands.h"

#include <iostream>

namespace loadscope::cli {

// Placeholder until the command lands; it says so and fails.
int runBench(const Arguments&)
{
    std::cerr << "loadscope-cli: this command is not implemented yet\n";
    return kExitFailure;
}

} // namespace loadscope::cli
