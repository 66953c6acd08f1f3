#pragma once
// Keeps the x ranges of several QCustomPlot axes equal: zooming or panning any of them moves the others (the
// timeline and the chart views share one time axis). Axes leave the link when they are destroyed.
#include <QObject>
#include <QPointer>

#include <vector>

class QCPAxis;
class QCPRange;

namespace loadscope {

class XAxisLink : public QObject {
    Q_OBJECT
public:
    explicit XAxisLink(QObject* parent = nullptr);

    void add(QCPAxis* axis);       // takes the range of the axes already linked, if any
    void alignTo(QCPAxis* leader); // gives every linked axis the leader's range
    int size() const;

private:
    void follow(QCPAxis* source, const QCPRange& range);

    std::vector<QPointer<QCPAxis>> axes_;
    bool following_ = false; // the range changes this link makes must not echo back
};

} // namespace loadscope
