#pragma once
// A crosshair shared by plots on one time axis (Grafana's shared cursor): the mouse over any of them draws a
// vertical line at that time in all of them, and the plot under the mouse lists the value of each of its named,
// visible graphs there (linear between points, named by graphName()).
// Drawn on each plot's "overlay" layer and only that layer is redrawn, so following the mouse costs no replot of
// the data.
#include <qcustomplot.h>

#include <QObject>
#include <QPointer>

#include <vector>

namespace loadscope {

class Crosshair : public QObject {
    Q_OBJECT
public:
    explicit Crosshair(QObject* parent = nullptr);

    void add(QCustomPlot* plot); // its xAxis is the shared time axis
    void setEnabled(bool enabled);
    bool isEnabled() const { return enabled_; }

    // What a mouse move over `source` at time x does (NaN hides the crosshair everywhere).
    void showAt(double x, QCustomPlot* source);
    double position() const { return x_; }
    QString labelText(const QCustomPlot* plot) const; // what the plot's label says; empty where none is shown
    bool lineShown(const QCustomPlot* plot) const;

    static double valueAt(const QCPGraph* graph, double x); // NaN outside its points or beside a NaN point
    static QString valuesText(const QCustomPlot* plot, double x);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Member {
        QPointer<QCustomPlot> plot;
        const QObject* object = nullptr; // the same plot, as the destroyed() signal names it
        QCPItemStraightLine* line = nullptr;
        QCPItemText* label = nullptr;
    };
    const Member* find(const QCustomPlot* plot) const;
    void draw(Member& member, bool withLabel);

    std::vector<Member> members_;
    bool enabled_ = true;
    double x_;
    QPointer<QCustomPlot> source_;
};

} // namespace loadscope
