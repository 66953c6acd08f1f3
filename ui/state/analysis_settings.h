#pragma once
// The analysis options (mode, log UTC offset) the GUI uses for a results folder, remembered per folder in the
// user's settings so re-opening a folder shows it as it was last analysed.
#include "core/analysis/analysis_mode.h"

#include <QString>

namespace loadscope {

AnalysisOptions rememberedAnalysisOptions(const QString& root); // the defaults for a folder never set
void rememberAnalysisOptions(const QString& root, const AnalysisOptions& options);

QString utcOffsetText(int minutes); // "+02:00", "-05:30"

} // namespace loadscope
