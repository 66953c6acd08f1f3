// Without the Qt GUI libraries (LOADSCOPE_BUILD_GUI=OFF) loadscope-cli cannot draw: figures and report --html
// say so and fail.
#include "commands.h"
#include "html_report_file.h"

#include <iostream>

namespace loadscope::cli {

int runFigures(const Arguments&)
{
    std::cerr << "loadscope-cli figures: this loadscope-cli was built without the Qt GUI libraries "
                 "(LOADSCOPE_BUILD_GUI=OFF); drawing figures needs them\n";
    return kExitFailure;
}

std::string writeHtmlReportFile(const AnalysedResults&, const AnalyseRequest&, const std::filesystem::path&)
{
    return "this loadscope-cli was built without the Qt GUI libraries (LOADSCOPE_BUILD_GUI=OFF); report.html "
           "needs them to draw its figures";
}

} // namespace loadscope::cli
