#include "ui/panels/requirement_editor.h"

#include "core/quality/qoo_requirement_file.h"
#include "core/util/number_format.h"
#include "ui/widgets/save_dialog.h"
#include "ui/widgets/table_copy.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loadscope {
namespace {

const char* const kEditorSource = "requirement editor"; // how parse errors of the fields name their source

QDoubleSpinBox* spinBox(double maximum, const QString& suffix, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.0, maximum);
    box->setDecimals(4); // the file format has no precision limit; 0.0001 % is finer than any test needs
    box->setSuffix(suffix);
    return box;
}

} // namespace

QByteArray requirementToJson(const QooRequirement& requirement)
{
    QJsonObject root;
    root.insert("name", QString::fromStdString(requirement.name));
    if (!requirement.latency.empty()) {
        QJsonArray latency;
        for (const QooLatencyPoint& point : requirement.latency)
            latency.append(
                QJsonObject{{"percentile", point.percentile}, {"rop_ms", point.ropMs}, {"cpup_ms", point.cpupMs}});
        root.insert("latency", latency);
    }
    if (requirement.loss)
        root.insert("loss", QJsonObject{{"rop_percent", requirement.loss->ropPercent},
                                        {"cpup_percent", requirement.loss->cpupPercent}});
    if (requirement.minThroughputMbps)
        root.insert("min_throughput_mbps", *requirement.minThroughputMbps);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

RequirementEditor::RequirementEditor(QWidget* parent) : QWidget(parent)
{
    name_ = new QLineEdit(this);
    latency_ = new QTableWidget(0, 3, this);
    latency_->setHorizontalHeaderLabels({tr("percentile"), tr("ROP (ms)"), tr("CPUP (ms)")});
    latency_->verticalHeader()->setVisible(false);
    latency_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    enableTableCopy(latency_);
    latency_->setToolTip(tr("ROP: Requirement for Optimal Performance (scores 100 at or below).\n"
                            "CPUP: Critical Point of Unacceptable Performance (scores 0 at or above)."));
    auto* addRow = new QPushButton(tr("Add percentile"), this);
    auto* removeRow = new QPushButton(tr("Remove"), this);
    lossEnabled_ = new QCheckBox(tr("Packet loss"), this);
    lossRop_ = spinBox(100.0, tr(" % ROP"), this);
    lossCpup_ = spinBox(100.0, tr(" % CPUP"), this);
    throughputEnabled_ = new QCheckBox(tr("Minimum throughput"), this);
    throughput_ = spinBox(1e6, tr(" Mb/s"), this);
    auto* load = new QPushButton(tr("Load…"), this);
    auto* save = new QPushButton(tr("Save…"), this);
    status_ = new QLabel(this);
    status_->setWordWrap(true);

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(addRow);
    rowButtons->addWidget(removeRow);
    rowButtons->addStretch(1);
    auto* loss = new QHBoxLayout;
    loss->addWidget(lossEnabled_);
    loss->addWidget(lossRop_);
    loss->addWidget(lossCpup_);
    auto* throughput = new QHBoxLayout;
    throughput->addWidget(throughputEnabled_);
    throughput->addWidget(throughput_);
    throughput->addStretch(1);
    auto* files = new QHBoxLayout;
    files->addWidget(load);
    files->addWidget(save);
    files->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(latency_, 1);
    layout->addLayout(rowButtons);
    layout->addLayout(loss);
    layout->addLayout(throughput);
    layout->addLayout(files);
    layout->addWidget(status_);

    connect(name_, &QLineEdit::textEdited, this, &RequirementEditor::fieldsChanged);
    connect(latency_, &QTableWidget::itemChanged, this, &RequirementEditor::fieldsChanged);
    for (QCheckBox* box : {lossEnabled_, throughputEnabled_})
        connect(box, &QCheckBox::toggled, this, &RequirementEditor::fieldsChanged);
    for (QDoubleSpinBox* box : {lossRop_, lossCpup_, throughput_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RequirementEditor::fieldsChanged);
    connect(addRow, &QPushButton::clicked, this, [this] {
        addLatencyRow(99, 100, 200);
        fieldsChanged();
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        const int row = latency_->currentRow() >= 0 ? latency_->currentRow() : latency_->rowCount() - 1;
        if (row >= 0) {
            latency_->removeRow(row);
            fieldsChanged();
        }
    });
    connect(load, &QPushButton::clicked, this, &RequirementEditor::chooseAndLoad);
    connect(save, &QPushButton::clicked, this, &RequirementEditor::chooseAndSave);

    setRequirement(qooPresets().front());
}

void RequirementEditor::addLatencyRow(double percentile, double ropMs, double cpupMs)
{
    const bool wasFilling = filling_;
    filling_ = true; // itemChanged fires per cell; the caller reports the change once
    const int row = latency_->rowCount();
    latency_->insertRow(row);
    int column = 0;
    for (double value : {percentile, ropMs, cpupMs})
        latency_->setItem(row, column++, new QTableWidgetItem(QString::fromStdString(formatNumber(value))));
    filling_ = wasFilling;
}

void RequirementEditor::setRequirement(const QooRequirement& requirement)
{
    filling_ = true;
    name_->setText(QString::fromStdString(requirement.name));
    latency_->setRowCount(0);
    for (const QooLatencyPoint& point : requirement.latency)
        addLatencyRow(point.percentile, point.ropMs, point.cpupMs);
    lossEnabled_->setChecked(requirement.loss.has_value());
    lossRop_->setValue(requirement.loss ? requirement.loss->ropPercent : 0.1);
    lossCpup_->setValue(requirement.loss ? requirement.loss->cpupPercent : 0.5);
    throughputEnabled_->setChecked(requirement.minThroughputMbps.has_value());
    throughput_->setValue(requirement.minThroughputMbps.value_or(4.0));
    lossRop_->setEnabled(lossEnabled_->isChecked());
    lossCpup_->setEnabled(lossEnabled_->isChecked());
    throughput_->setEnabled(throughputEnabled_->isChecked());
    status_->clear();
    filling_ = false;
}

std::optional<QooRequirement> RequirementEditor::requirement(QString* error) const
{
    // The fields become a requirement file's JSON and go through its parser: one set of rules for both.
    QooRequirement fields;
    fields.name = name_->text().trimmed().isEmpty() ? "custom" : name_->text().trimmed().toStdString();
    for (int row = 0; row < latency_->rowCount(); ++row) {
        double values[3] = {};
        for (int column = 0; column < 3; ++column) {
            const QTableWidgetItem* item = latency_->item(row, column);
            bool ok = false;
            values[column] = item ? item->text().trimmed().toDouble(&ok) : 0.0;
            if (!ok) {
                if (error)
                    *error = tr("latency row %1: \"%2\" (%3) is not a number")
                                 .arg(row + 1)
                                 .arg(item ? item->text() : QString(), latency_->horizontalHeaderItem(column)->text());
                return std::nullopt;
            }
        }
        fields.latency.push_back({values[0], values[1], values[2]});
    }
    if (lossEnabled_->isChecked())
        fields.loss = QooLossRequirement{lossRop_->value(), lossCpup_->value()};
    if (throughputEnabled_->isChecked())
        fields.minThroughputMbps = throughput_->value();
    QooRequirementParse parsed = parseQooRequirement(requirementToJson(fields).toStdString(), kEditorSource);
    if (!parsed.requirement && error)
        *error = QString::fromStdString(parsed.error);
    return parsed.requirement;
}

void RequirementEditor::fieldsChanged()
{
    lossRop_->setEnabled(lossEnabled_->isChecked());
    lossCpup_->setEnabled(lossEnabled_->isChecked());
    throughput_->setEnabled(throughputEnabled_->isChecked());
    if (filling_)
        return;
    QString error;
    const std::optional<QooRequirement> edited = requirement(&error);
    status_->setText(edited ? QString() : error);
    status_->setStyleSheet(edited ? QString() : QStringLiteral("color: #b00020"));
    if (edited)
        emit requirementEdited(*edited);
}

QString RequirementEditor::statusText() const
{
    return status_->text();
}

bool RequirementEditor::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open the requirement file (%2)").arg(path, file.errorString());
        return false;
    }
    const QByteArray json = file.readAll();
    QooRequirementParse parsed = parseQooRequirement(json.toStdString(), path.toStdString());
    if (!parsed.requirement) {
        *error = QString::fromStdString(parsed.error);
        return false;
    }
    setRequirement(*parsed.requirement);
    emit requirementEdited(*parsed.requirement);
    return true;
}

bool RequirementEditor::saveFile(const QString& path, QString* error) const
{
    QString invalid;
    const std::optional<QooRequirement> fields = requirement(&invalid);
    if (!fields) {
        *error = tr("%1: not saved: %2").arg(path, invalid);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(requirementToJson(*fields)) < 0 || !file.commit()) {
        *error = tr("%1: cannot write the requirement file (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

void RequirementEditor::chooseAndLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load QoO requirement"),
                                                      saveStartDirectory(SaveKind::Requirement),
                                                      tr("QoO requirement (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !loadFile(path, &error))
        QMessageBox::warning(this, tr("Cannot load the requirement"), error);
}

void RequirementEditor::chooseAndSave()
{
    const QString path = askSavePath(this, tr("Save QoO requirement"), SaveKind::Requirement,
                                     {QStringLiteral("requirement"), name_->text()});
    QString error;
    if (!path.isEmpty() && !saveFile(path, &error))
        QMessageBox::warning(this, tr("Cannot save the requirement"), error);
}

} // namespace loadscope
