#include "ui/widgets/count_text.h"

namespace loadscope {

QString countText(qint64 count, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

} // namespace loadscope
