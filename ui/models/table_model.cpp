#include "ui/models/table_model.h"

#include "core/util/number_format.h"

#include <QSaveFile>

#include <cmath>

namespace loadscope {

namespace {

QString cellText(const QVariant& v)
{
    // Numbers as shortest round-trip text, so exported tables keep every digit.
    if (v.typeId() == QMetaType::Double)
        return QString::fromStdString(formatNumber(v.toDouble()));
    return v.toString();
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QStandardItemModel* makeTableModel(const QStringList& headers, QObject* parent)
{
    auto* model = new QStandardItemModel(0, static_cast<int>(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    return model;
}

void appendTableRow(QStandardItemModel* model, const QVariantList& values)
{
    QList<QStandardItem*> items;
    for (const QVariant& v : values) {
        auto* item = new QStandardItem;
        item->setData(v, Qt::DisplayRole);
        item->setEditable(false);
        if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    model->appendRow(items);
}

QVariant numberOrBlank(double value)
{
    return std::isnan(value) ? QVariant(QString()) : QVariant(value);
}

QString modelToCsv(const QAbstractItemModel& model)
{
    QString out;
    QStringList fields;
    for (int c = 0; c < model.columnCount(); ++c)
        fields << csvField(model.headerData(c, Qt::Horizontal).toString());
    out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            fields << csvField(cellText(model.index(r, c).data()));
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

bool writeTextFile(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace loadscope
