#include "ui/plot/crosshair.h"

#include "ui/plot/graph_name.h"

#include <QMouseEvent>

#include <cmath>
#include <limits>

namespace loadscope {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const char kLayer[] = "overlay";

QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    return std::abs(value) >= 1000 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 4);
}

void redrawOverlay(QCustomPlot* plot)
{
    if (QCPLayer* layer = plot->layer(QString::fromLatin1(kLayer)))
        layer->replot(); // the layer alone when it has its own buffer, else the whole plot
}

} // namespace

Crosshair::Crosshair(QObject* parent) : QObject(parent), x_(kNaN) {}

void Crosshair::add(QCustomPlot* plot)
{
    if (!plot || find(plot))
        return;
    Member m;
    m.plot = plot;
    m.object = plot;
    QCPLayer* layer = plot->layer(QString::fromLatin1(kLayer));
    layer->setMode(QCPLayer::lmBuffered);
    m.line = new QCPItemStraightLine(plot);
    m.line->setLayer(layer);
    m.line->setPen(QPen(QColor(90, 90, 90, 200), 1));
    m.line->setClipAxisRect(plot->axisRect());
    m.line->setSelectable(false);
    m.line->setVisible(false);
    m.label = new QCPItemText(plot);
    m.label->setLayer(layer);
    m.label->setClipToAxisRect(false);
    m.label->setSelectable(false);
    m.label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m.label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m.label->setBrush(QColor(255, 255, 255, 225));
    m.label->setPen(QPen(QColor(120, 120, 120)));
    m.label->setPadding(QMargins(5, 2, 5, 2));
    m.label->setTextAlignment(Qt::AlignLeft);
    m.label->setVisible(false);
    members_.push_back(m);
    plot->setMouseTracking(true);
    plot->installEventFilter(this);
    // QWidget emits destroyed() before its QPointers clear, when it is no longer a QCustomPlot: compare addresses
    // as QObject (touching member.plot there is a downcast of a half-destroyed object, which UBSan reports).
    connect(plot, &QObject::destroyed, this, [this](QObject* gone) {
        std::erase_if(members_, [gone](const Member& member) { return member.object == gone; });
    });
}

void Crosshair::setEnabled(bool enabled)
{
    if (!enabled)
        showAt(kNaN, nullptr);
    enabled_ = enabled;
}

const Crosshair::Member* Crosshair::find(const QCustomPlot* plot) const
{
    for (const Member& m : members_)
        if (m.object == plot)
            return &m;
    return nullptr;
}

bool Crosshair::lineShown(const QCustomPlot* plot) const
{
    const Member* m = find(plot);
    return m && m->line->visible();
}

QString Crosshair::labelText(const QCustomPlot* plot) const
{
    const Member* m = find(plot);
    return m && m->label->visible() ? m->label->text() : QString();
}

void Crosshair::showAt(double x, QCustomPlot* source)
{
    if (!enabled_)
        return;
    x_ = x;
    source_ = source;
    for (Member& m : members_)
        if (m.plot)
            draw(m, m.plot == source);
}

void Crosshair::draw(Member& m, bool withLabel)
{
    const bool shown = !std::isnan(x_);
    const bool wasShown = m.line->visible();
    m.line->setVisible(shown);
    m.label->setVisible(shown && withLabel);
    if (shown) {
        m.line->point1->setAxes(m.plot->xAxis, m.plot->yAxis);
        m.line->point2->setAxes(m.plot->xAxis, m.plot->yAxis);
        m.line->point1->setCoords(x_, 0);
        m.line->point2->setCoords(x_, 1);
    }
    if (shown && withLabel) {
        m.label->position->setAxes(m.plot->xAxis, m.plot->yAxis);
        m.label->position->setCoords(x_, 0.98);
        // Beside the line, on the side with more room, at the bottom: the top belongs to the timeline's crash,
        // first-failure and measured-span labels.
        const double pixel = m.plot->xAxis->coordToPixel(x_);
        const bool left = pixel > m.plot->axisRect()->center().x();
        m.label->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
        m.label->setPadding(QMargins(5, 2, 5, 2));
        m.label->setText(valuesText(m.plot, x_));
    }
    if ((shown || wasShown) && m.plot->isVisible())
        redrawOverlay(m.plot);
}

double Crosshair::valueAt(const QCPGraph* graph, double x)
{
    const auto data = graph->data();
    if (data->isEmpty() || x < data->constBegin()->key || x > (data->constEnd() - 1)->key)
        return kNaN;
    auto after = data->findBegin(x, false); // first point with key >= x
    if (after == data->constEnd())
        return kNaN;
    if (after->key == x || after == data->constBegin())
        return after->value;
    const auto before = after - 1;
    if (std::isnan(before->value) || std::isnan(after->value))
        return kNaN;
    const double t = (x - before->key) / (after->key - before->key);
    return before->value + t * (after->value - before->value);
}

QString Crosshair::valuesText(const QCustomPlot* plot, double x)
{
    QStringList lines{QStringLiteral("t = %1 s").arg(x, 0, 'f', 2)};
    for (int i = 0; i < plot->graphCount(); ++i) {
        const QCPGraph* graph = plot->graph(i);
        const QString name = graphName(graph);
        if (!graph->visible() || name.isEmpty() || graph->data()->isEmpty())
            continue;
        lines << QStringLiteral("%1: %2").arg(name, formatValue(valueAt(graph, x)));
    }
    return lines.join(QLatin1Char('\n'));
}

bool Crosshair::eventFilter(QObject* watched, QEvent* event)
{
    auto* plot = qobject_cast<QCustomPlot*>(watched);
    if (!plot || !enabled_)
        return false;
    if (event->type() == QEvent::MouseMove) {
        const QPointF pos = static_cast<QMouseEvent*>(event)->position();
        const bool inside = plot->axisRect()->rect().contains(pos.toPoint());
        showAt(inside ? plot->xAxis->pixelToCoord(pos.x()) : kNaN, plot);
    } else if (event->type() == QEvent::Leave) {
        showAt(kNaN, nullptr);
    }
    return false;
}

} // namespace loadscope
