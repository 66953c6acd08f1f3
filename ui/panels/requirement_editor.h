#pragma once
// Edits a QoO requirement (draft-ietf-ippm-qoo): a name, latency rows (percentile, ROP ms, CPUP ms), an optional
// loss term (ROP %, CPUP %) and an optional minimum throughput (Mb/s). Loads and saves the JSON requirement file
// of core/quality/qoo_requirement_file.h. The fields are checked by that file's parser, so what the editor accepts
// is exactly what the file format accepts.
#include "core/quality/qoo.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace loadscope {

// The requirement as the JSON of the requirement file format (every term it has; shortest round-trip numbers).
QByteArray requirementToJson(const QooRequirement& requirement);

class RequirementEditor : public QWidget {
    Q_OBJECT
public:
    explicit RequirementEditor(QWidget* parent = nullptr);

    void setRequirement(const QooRequirement& requirement); // does not emit requirementEdited
    // The fields as a requirement; nullopt (and the reason in `error`) when they do not make one.
    std::optional<QooRequirement> requirement(QString* error = nullptr) const;

    // Replace the fields with a requirement file / write the fields to one (atomically, QSaveFile). On failure
    // false, the fields unchanged, and a message naming the file in `error`.
    bool loadFile(const QString& path, QString* error);
    bool saveFile(const QString& path, QString* error) const;

    QTableWidget* latencyTable() const { return latency_; }
    QLineEdit* nameEdit() const { return name_; }
    QString statusText() const;

signals:
    // The user changed a field (or loaded a file) and the fields make a valid requirement.
    void requirementEdited(const loadscope::QooRequirement& requirement);

private:
    void addLatencyRow(double percentile, double ropMs, double cpupMs);
    void fieldsChanged();
    void chooseAndLoad();
    void chooseAndSave();

    QLineEdit* name_ = nullptr;
    QTableWidget* latency_ = nullptr;
    QCheckBox* lossEnabled_ = nullptr;
    QDoubleSpinBox* lossRop_ = nullptr;
    QDoubleSpinBox* lossCpup_ = nullptr;
    QCheckBox* throughputEnabled_ = nullptr;
    QDoubleSpinBox* throughput_ = nullptr;
    QLabel* status_ = nullptr;
    bool filling_ = false; // set while setRequirement() fills the fields: no requirementEdited then
};

} // namespace loadscope
