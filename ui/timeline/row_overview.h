#pragma once
// The overview strip beside the timeline: every row squeezed into the strip's height, each pixel line coloured by
// the worst of its rows (failed red, reconnected sky blue, else grey), and a frame round the rows in view.
// Pressing or dragging on it asks to centre the view on the row under the mouse.
#include "ui/timeline/row_window.h"

#include <QRgb>
#include <QWidget>

#include <vector>

namespace loadscope {

class TimelinePlottable;

class RowOverview : public QWidget {
    Q_OBJECT
public:
    explicit RowOverview(QWidget* parent = nullptr);

    void setRows(const TimelinePlottable& timeline); // the displayed rows, top first
    void setWindow(RowSpan visible);
    int rowCount() const { return static_cast<int>(severity_.size()); }
    QRect windowRect() const;       // the frame round the rows in view, in widget pixels
    double positionAt(int y) const; // the row position (fractional) drawn at pixel line y
    QRgb colourAt(int y) const;     // the colour of pixel line y (for tests)

    QSize sizeHint() const override { return QSize(16, 100); }
    QSize minimumSizeHint() const override { return QSize(16, 20); }

signals:
    void centreRequested(double position);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    double yOf(double boundary) const; // pixel y of a row boundary (row r spans boundaries r..r+1)
    double boundaryAt(double y) const; // the inverse

    std::vector<unsigned char> severity_; // per row: 0 fine, 1 reconnected, 2 failed
    RowSpan window_;
};

} // namespace loadscope
