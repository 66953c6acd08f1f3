#pragma once
// Problems met while loading and analysing: file, line, severity, message. Double-click copies the file's path.
#include "core/model/problem.h"

#include <QWidget>

#include <vector>

class QStandardItemModel;
class QTableView;

namespace loadscope {

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget* parent = nullptr);
    void setProblems(const QString& root, const std::vector<Problem>& problems);
    int count() const;
    QTableView* view() const { return view_; }
    QString pathOfRow(int row) const; // absolute when the problem's file is root-relative

signals:
    void pathCopied(const QString& path);

private:
    QStandardItemModel* model_ = nullptr;
    QTableView* view_ = nullptr;
    QString root_;
};

} // namespace loadscope
