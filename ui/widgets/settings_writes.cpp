#include "ui/widgets/settings_writes.h"

#include <QThreadPool>

namespace loadscope {
namespace {

QThreadPool& writer()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // never deleted: no thread outlives the application (see the header)
        p->setMaxThreadCount(1);   // one after another, in order
        return p;
    }();
    return *pool;
}

} // namespace

void writeSettingsLater(std::function<void(QSettings&)> change)
{
    writer().start([change = std::move(change)] {
        QSettings settings;
        change(settings);
    }); // written as `settings` goes
}

void waitForSettingsWrites()
{
    writer().waitForDone();
}

} // namespace loadscope
