#pragma once
// A count with its noun in the right number: "1 problem", "2 problems", "0 tests". Every count the GUI shows in
// words goes through it (Qt's "%n problem(s)" needs a translation file to say "1 problem").
#include <QString>

namespace loadscope {

QString countText(qint64 count, const QString& one, const QString& many);

} // namespace loadscope
