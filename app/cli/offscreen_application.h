#pragma once
// The Qt application the drawing commands (figures, report --html) need: the GUI's charts are widgets. It never
// shows anything, so it renders offscreen (QT_QPA_PLATFORM=offscreen) unless the caller chose a platform.
#include <QApplication>

#include <memory>

namespace loadscope::cli {

std::unique_ptr<QApplication> makeOffscreenApplication();

} // namespace loadscope::cli
