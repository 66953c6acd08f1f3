#include "core/model/problem.h"

namespace loadscope {

const char* severityName(Severity s)
{
    return s == Severity::Error ? "error" : "warning";
}

} // namespace loadscope
