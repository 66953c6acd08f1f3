#include "ui/timeline/row_window.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loadscope {

namespace {

constexpr double kEpsilon = 1e-9;

} // namespace

QCPRange rowRange(int first, int last)
{
    return QCPRange(first - 0.5, last + 0.5);
}

RowSpan rowsIn(const QCPRange& range, int rowCount)
{
    if (rowCount <= 0)
        return {};
    const int first = std::max(0, static_cast<int>(std::ceil(range.lower - kEpsilon)));
    const int last = std::min(rowCount - 1, static_cast<int>(std::floor(range.upper + kEpsilon)));
    return last >= first ? RowSpan{first, last} : RowSpan{};
}

int rowsThatFit(double pixels, double minRowPixels)
{
    if (minRowPixels <= 0)
        return std::numeric_limits<int>::max();
    return std::max(1, static_cast<int>(std::floor(pixels / minRowPixels + kEpsilon)));
}

QCPRange defaultRowRange(int rowCount, double pixels, double minRowPixels)
{
    if (rowCount <= 0)
        return QCPRange(-0.5, 0.5);
    return rowRange(0, std::min(rowCount, rowsThatFit(pixels, minRowPixels)) - 1);
}

QCPRange clampRowRange(const QCPRange& range, int rowCount)
{
    if (rowCount <= 0)
        return QCPRange(-0.5, 0.5);
    const double all = rowCount;
    const double size = std::clamp(range.upper - range.lower, 1.0, all);
    const double lower = std::clamp(range.lower, -0.5, rowCount - 0.5 - size);
    return QCPRange(lower, lower + size);
}

QCPRange zoomRowRange(const QCPRange& range, double factor, double anchor, int rowCount)
{
    const QCPRange from = clampRowRange(range, rowCount);
    const double size = std::clamp(from.size() * factor, 1.0, std::max(1.0, static_cast<double>(rowCount)));
    const double scale = size / from.size();
    const double lower = anchor - (anchor - from.lower) * scale;
    return clampRowRange(QCPRange(lower, lower + size), rowCount);
}

QCPRange scrollRowRange(const QCPRange& range, double rows, int rowCount)
{
    return clampRowRange(QCPRange(range.lower + rows, range.upper + rows), rowCount);
}

QCPRange centreRowRange(const QCPRange& range, double position, int rowCount)
{
    const double half = range.size() / 2;
    return clampRowRange(QCPRange(position - half, position + half), rowCount);
}

int rowLabelStep(double pixelsPerRow, int lineHeight)
{
    if (pixelsPerRow <= 0)
        return std::numeric_limits<int>::max();
    return std::max(1, static_cast<int>(std::ceil(lineHeight / pixelsPerRow)));
}

} // namespace loadscope
