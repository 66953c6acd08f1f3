#include "ui/jobs/worker_priority.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <utility>
#endif

namespace loadscope {

namespace {
constexpr int kNicer = 5;
}

int threadNiceValue()
{
#ifdef __linux__
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid))); // per thread on Linux
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

void yieldToGuiThread()
{
#ifdef __linux__
    static thread_local bool done = false;
    if (std::exchange(done, true))
        return;
    const int nice = std::min(19, threadNiceValue() + kNicer);
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), nice);
#endif
}

} // namespace loadscope
