#include "ui/timeline/time_span_ruler.h"

#include <cmath>

namespace loadscope {

TimeSpanRuler::TimeSpanRuler(QCustomPlot* plot, QString valueName, ValueAt valueAt)
    : plot_(plot), valueName_(std::move(valueName)), valueAt_(std::move(valueAt))
{
    for (auto*& line : lines_) {
        line = new QCPItemStraightLine(plot);
        line->setPen(QPen(QColor(20, 20, 20), 1.5, Qt::DashDotLine));
        line->setVisible(false);
    }
    label_ = new QCPItemText(plot);
    label_->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label_->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label_->setBrush(QColor(255, 255, 255, 230));
    label_->setPen(QPen(QColor(20, 20, 20)));
    label_->setPadding(QMargins(6, 3, 6, 3));
    label_->setVisible(false);
}

void TimeSpanRuler::mark(double seconds)
{
    if (!start_ || end_) {
        start_ = seconds;
        end_.reset();
    } else {
        end_ = seconds;
    }
    draw();
}

void TimeSpanRuler::clear()
{
    start_.reset();
    end_.reset();
    draw();
}

std::optional<double> TimeSpanRuler::span() const
{
    if (!start_ || !end_)
        return std::nullopt;
    return *end_ - *start_;
}

QString TimeSpanRuler::text() const
{
    if (!span())
        return {};
    const double from = std::min(*start_, *end_), to = std::max(*start_, *end_);
    QString text =
        QStringLiteral("Δt = %1 s  (%2 s → %3 s)").arg(to - from, 0, 'f', 2).arg(from, 0, 'f', 2).arg(to, 0, 'f', 2);
    if (valueAt_) {
        const double a = valueAt_(from), b = valueAt_(to);
        if (!std::isnan(a) && !std::isnan(b))
            text += QStringLiteral("\n%1 %2 → %3").arg(valueName_).arg(a, 0, 'f', 3).arg(b, 0, 'f', 3);
    }
    return text;
}

void TimeSpanRuler::draw()
{
    const std::optional<double> ends[2] = {start_, end_};
    for (int i = 0; i < 2; ++i) {
        lines_[i]->setVisible(ends[i].has_value());
        if (ends[i]) {
            lines_[i]->point1->setCoords(*ends[i], 0);
            lines_[i]->point2->setCoords(*ends[i], 1);
        }
    }
    label_->setVisible(span().has_value());
    if (span()) {
        label_->setText(text());
        label_->position->setCoords((*start_ + *end_) / 2, 0.02);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace loadscope
