#include "offscreen_application.h"

#include <cstdio>
#include <utility>

namespace loadscope::cli {

namespace {

QtMessageHandler defaultHandler = nullptr;
bool quietInstalled = false;

// The offscreen platform says that it "does not support propagateSizeHints()" each time a widget is laid out
// offscreen: true and of no use to anyone reading the progress.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

std::unique_ptr<QApplication> makeOffscreenApplication()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "loadscope-cli";
    static char* argv[] = {name, nullptr};
    if (!std::exchange(quietInstalled, true))
        defaultHandler = qInstallMessageHandler(quietHandler);
    auto app = std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loadscope-cli"));
    return app;
}

} // namespace loadscope::cli
