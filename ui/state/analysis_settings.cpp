#include "ui/state/analysis_settings.h"

#include "core/util/iso_time.h"
#include "ui/widgets/settings_writes.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

namespace loadscope {

namespace {

// One settings group per folder; the absolute path is percent-encoded so its slashes do not nest groups.
QString groupOf(const QString& root)
{
    return QStringLiteral("analysisOptions/") + QString::fromLatin1(QUrl::toPercentEncoding(QDir(root).absolutePath()));
}

} // namespace

AnalysisOptions rememberedAnalysisOptions(const QString& root)
{
    QSettings settings;
    settings.beginGroup(groupOf(root));
    AnalysisOptions options;
    if (auto mode = parseAnalysisMode(settings.value(QStringLiteral("mode")).toString().toStdString()))
        options.mode = *mode;
    const QString offset = settings.value(QStringLiteral("logUtcOffset")).toString();
    if (!offset.isEmpty())
        options.logUtcOffsetMinutes = parseUtcOffset(offset.toStdString());
    return options;
}

void rememberAnalysisOptions(const QString& root, const AnalysisOptions& options)
{
    writeSettingsLater([group = groupOf(root), options](QSettings& settings) {
        settings.beginGroup(group);
        settings.setValue(QStringLiteral("mode"), QString::fromLatin1(analysisModeKey(options.mode)));
        if (options.logUtcOffsetMinutes)
            settings.setValue(QStringLiteral("logUtcOffset"), utcOffsetText(*options.logUtcOffsetMinutes));
        else
            settings.remove(QStringLiteral("logUtcOffset"));
    });
}

QString utcOffsetText(int minutes)
{
    const int magnitude = minutes < 0 ? -minutes : minutes;
    return QStringLiteral("%1%2:%3")
        .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
        .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

} // namespace loadscope
