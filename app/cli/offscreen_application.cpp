#include "offscreen_application.h"

namespace loadscope::cli {

std::unique_ptr<QApplication> makeOffscreenApplication()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "loadscope-cli";
    static char* argv[] = {name, nullptr};
    auto app = std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loadscope-cli"));
    return app;
}

} // namespace loadscope::cli
