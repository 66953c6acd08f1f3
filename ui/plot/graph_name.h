#pragma once
// A graph's short name where its legend name is not a good label (a CSV column, the crosshair's list): the
// `csvName` QObject property when set, else the legend name.
#include <qcustomplot.h>

namespace loadscope {

inline constexpr char kCsvName[] = "csvName";

inline QString graphName(const QCPGraph* graph)
{
    const QVariant name = graph->property(kCsvName);
    return name.isValid() ? name.toString() : graph->name();
}

} // namespace loadscope
