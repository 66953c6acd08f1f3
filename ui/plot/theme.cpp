#include "ui/plot/theme.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QPalette>
#include <QSet>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace loadscope {

namespace {

const QString kSettingsKey = QStringLiteral("view/theme");

struct State {
    std::optional<Theme> applied;
    QString systemStyle; // what the desktop gave, before any theme
    QPalette systemPalette;
    QSet<QRgb> texts{QColor(Qt::black).rgb()};     // neutral colours ever applied: swapped on restyle
    QSet<QRgb> grids{QColor(200, 200, 200).rgb()}; // QCustomPlot's default grid
    QSet<QRgb> backgrounds{QColor(Qt::white).rgb()};
};

State& state()
{
    static State s;
    return s;
}

using Colours = ThemeColours;

Colours colours()
{
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    const auto mix = [](const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    return {text, mix(base, text, 0.25), base};
}

QColor swapped(const QColor& colour, const QSet<QRgb>& neutral, const QColor& to)
{
    if (!neutral.contains(colour.rgb()))
        return colour;
    QColor c = to;
    c.setAlpha(colour.alpha());
    return c;
}

QPen swappedPen(QPen pen, const QSet<QRgb>& neutral, const QColor& to)
{
    pen.setColor(swapped(pen.color(), neutral, to));
    return pen;
}

void styleAxis(QCPAxis* axis, const Colours& c)
{
    const auto& s = state();
    axis->setBasePen(swappedPen(axis->basePen(), s.texts, c.text));
    axis->setTickPen(swappedPen(axis->tickPen(), s.texts, c.text));
    axis->setSubTickPen(swappedPen(axis->subTickPen(), s.texts, c.text));
    axis->setLabelColor(swapped(axis->labelColor(), s.texts, c.text));
    axis->setTickLabelColor(swapped(axis->tickLabelColor(), s.texts, c.text));
    axis->grid()->setPen(swappedPen(axis->grid()->pen(), s.grids, c.grid));
    axis->grid()->setZeroLinePen(swappedPen(axis->grid()->zeroLinePen(), s.grids, c.grid));
    axis->grid()->setSubGridPen(swappedPen(axis->grid()->subGridPen(), s.grids, c.grid));
}

// Makes every QCustomPlot follow: restyled before each of its replots, from its first polish on.
class Follower : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish)
            if (auto* plot = qobject_cast<QCustomPlot*>(watched))
                follow(plot);
        return false;
    }

public:
    void follow(QCustomPlot* plot)
    {
        if (!plot->property("themeFollowed").toBool()) {
            plot->setProperty("themeFollowed", true);
            connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { stylePlot(*plot); });
        }
        stylePlot(*plot);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
};

Follower* follower()
{
    static Follower* f = [] {
        auto* created = new Follower(qApp);
        qApp->installEventFilter(created);
        return created;
    }();
    return f;
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromKey(const QString& key)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark})
        if (key == themeKey(t))
            return t;
    return std::nullopt;
}

Theme savedTheme()
{
    return themeFromKey(QSettings().value(kSettingsKey).toString()).value_or(Theme::System);
}

void saveTheme(Theme theme)
{
    QSettings().setValue(kSettingsKey, themeKey(theme));
}

QPalette darkPalette()
{
    const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 225), disabled(130, 130, 130);
    const QColor highlight(42, 130, 218);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(75, 75, 80));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, highlight.lighter(130));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void applyTheme(Theme theme)
{
    State& s = state();
    if (!s.applied) { // the desktop's look, to go back to
        s.systemStyle = QApplication::style()->name();
        s.systemPalette = QApplication::palette();
    }
    s.applied = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(s.systemStyle));
        QApplication::setPalette(s.systemPalette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    Follower* f = follower();
    for (QWidget* widget : QApplication::allWidgets())
        if (auto* plot = qobject_cast<QCustomPlot*>(widget))
            f->follow(plot);
    emit themeNotifier()->changed();
}

std::optional<Theme> appliedTheme()
{
    return state().applied;
}

std::optional<ThemeColours> themeColours()
{
    return state().applied ? std::optional(colours()) : std::nullopt;
}

ThemeNotifier* themeNotifier()
{
    static ThemeNotifier* notifier = new ThemeNotifier(qApp);
    return notifier;
}

void stylePlot(QCustomPlot& plot)
{
    State& s = state();
    if (!s.applied)
        return;
    const Colours c = colours();
    plot.setBackground(QBrush(c.background)); // no chart here sets its own (QCustomPlot has no getter for it)
    for (QCPAxisRect* rect : plot.axisRects())
        for (QCPAxis* axis : rect->axes())
            styleAxis(axis, c);
    if (QCPLegend* legend = plot.legend) {
        legend->setTextColor(swapped(legend->textColor(), s.texts, c.text));
        legend->setBorderPen(swappedPen(legend->borderPen(), s.texts, c.text));
        if (legend->brush().style() != Qt::NoBrush)
            legend->setBrush(swapped(legend->brush().color(), s.backgrounds, c.background));
    }
    for (QCPLayoutElement* element : plot.plotLayout()->elements(true))
        if (auto* text = qobject_cast<QCPTextElement*>(element))
            text->setTextColor(swapped(text->textColor(), s.texts, c.text));
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)))
            text->setColor(swapped(text->color(), s.texts, c.text));
    for (int i = 0; i < plot.graphCount(); ++i) { // a black line (CPU) stays visible on a dark background
        QCPGraph* graph = plot.graph(i);
        graph->setPen(swappedPen(graph->pen(), s.texts, c.text));
        QCPScatterStyle scatter = graph->scatterStyle();
        if (!scatter.isNone()) {
            scatter.setPen(swappedPen(scatter.pen(), s.texts, c.text));
            if (scatter.brush().style() != Qt::NoBrush)
                scatter.setBrush(swapped(scatter.brush().color(), s.texts, c.text));
            graph->setScatterStyle(scatter);
        }
    }
    s.texts.insert(c.text.rgb());
    s.grids.insert(c.grid.rgb());
    s.backgrounds.insert(c.background.rgb());
}

} // namespace loadscope
