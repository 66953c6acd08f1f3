#pragma once
// View ▸ Theme: System (the desktop's style and palette), Light or Dark (Fusion with a light or dark palette),
// remembered in QSettings ("view/theme"). The charts follow the application's palette once a theme is applied:
// QCustomPlot backgrounds, axes, grids, tick labels, titles, legends and neutral (black) lines, restyled before
// every replot so rebuilt axes follow too; Qt Charts follow through ui/statistics_charts/chart_theme.h (which
// listens to themeNotifier()). Data colours (colour maps, series colours) stay as they are. Nothing is styled
// until applyTheme is called: headless figures keep the printed look.
#include <QColor>
#include <QObject>
#include <QString>

#include <optional>

class QCustomPlot;
class QPalette;

namespace loadscope {

enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // system | light | dark
std::optional<Theme> themeFromKey(const QString& key);
Theme savedTheme(); // System when never chosen
void saveTheme(Theme theme);

void applyTheme(Theme theme); // style and palette of the application; restyles every chart now and later
std::optional<Theme> appliedTheme();
QPalette darkPalette();

// The colours charts draw their neutral parts in, from the application palette; nullopt before applyTheme.
struct ThemeColours {
    QColor text, grid, background;
};
std::optional<ThemeColours> themeColours();

class ThemeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
signals:
    void changed(); // after applyTheme set the new palette
};
ThemeNotifier* themeNotifier();

void stylePlot(QCustomPlot& plot); // the palette's colours on the plot's neutral parts (no-op before applyTheme)

} // namespace loadscope
