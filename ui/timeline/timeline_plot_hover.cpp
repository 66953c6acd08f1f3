// TimelinePlot's hit tests: which user and span a pixel shows, the tooltip text, the CPU line's value at a time.
#include "ui/timeline/timeline_plot.h"

#include "ui/timeline/timeline_plottable.h"

#include <cmath>

namespace loadscope {

double TimelinePlot::cpuAt(double seconds) const
{
    const auto data = cpu_->data();
    if (data->isEmpty() || seconds < data->constBegin()->key || seconds > (data->constEnd() - 1)->key)
        return kNaN;
    auto after = data->findBegin(seconds, false);
    if (after == data->constEnd())
        return kNaN;
    if (after->key == seconds || after == data->constBegin())
        return after->value;
    auto before = after - 1;
    const double t = (seconds - before->key) / (after->key - before->key);
    return before->value + t * (after->value - before->value);
}

int TimelinePlot::userIndexAt(const QPoint& pixel) const
{
    if (!axisRect()->rect().contains(pixel))
        return -1;
    const TimelineRow* row = timeline_->rowAtPosition(timeline_->positionAtPixel(pixel.y()));
    return row ? row->userIndex : -1;
}

QPoint TimelinePlot::pixelOf(int position, double seconds) const
{
    return QPoint(static_cast<int>(std::lround(xAxis->coordToPixel(seconds))),
                  static_cast<int>(std::lround(yAxis->coordToPixel(position))));
}

QString TimelinePlot::tooltipAt(const QPoint& pixel) const
{
    if (!axisRect()->rect().contains(pixel))
        return {};
    // An error marker sits above its row's top edge: it is found before the row under the mouse.
    if (const QString errors = errorMarkers_->tooltipAt(pixel); !errors.isEmpty()) {
        const TimelineRow* marked = timeline_->rowAtPosition(errorMarkers_->position());
        return marked ? QStringLiteral("User %1\n%2").arg(marked->label, errors) : errors;
    }
    const int position = timeline_->positionAtPixel(pixel.y());
    const TimelineRow* row = timeline_->rowAtPosition(position);
    if (!row)
        return {};
    const double seconds = xAxis->pixelToCoord(pixel.x());
    QStringList lines;
    lines << QStringLiteral("User %1 (%2)")
                 .arg(row->label, row->publisher ? QStringLiteral("publisher") : QStringLiteral("subscriber"));
    if (!row->worker.isEmpty())
        lines << QStringLiteral("Worker: %1").arg(row->worker);
    if (const TimelineSpan* span = timeline_->spanAt(position, seconds)) {
        lines << QStringLiteral("State: %1").arg(spanStateName(span->state));
        lines << QStringLiteral("From %1 s to %2 s (%3 s)")
                     .arg(span->start, 0, 'f', 2)
                     .arg(span->end, 0, 'f', 2)
                     .arg(span->end - span->start, 0, 'f', 2);
        if (span->state == SpanState::Metric && metric_.isCategorical())
            lines << QStringLiteral("%1: %2 since %3 s")
                         .arg(metric_.label(), metric_.formatValue(span->value))
                         .arg(span->since, 0, 'f', 2);
        else if (span->state == SpanState::Metric)
            lines << QStringLiteral("%1: %2").arg(metric_.label(), metric_.formatValue(span->value));
    } else {
        lines << QStringLiteral("No state at %1 s").arg(seconds, 0, 'f', 2);
    }
    const double cpu = cpuAt(seconds);
    lines << QStringLiteral("CPU at %1 s: %2")
                 .arg(seconds, 0, 'f', 2)
                 .arg(std::isnan(cpu) ? QStringLiteral("—") : QString::number(cpu, 'f', 3));
    return lines.join(QLatin1Char('\n'));
}

} // namespace loadscope
