#pragma once
// Small read-only tables for the panels: rows of display values (numbers stay numbers so sorting is numeric), and
// their text as CSV (for export; ui/widgets/table_copy.h copies any table view for the clipboard).
#include <QAbstractItemModel>
#include <QStandardItemModel>
#include <QVariantList>

namespace loadscope {

QStandardItemModel* makeTableModel(const QStringList& headers, QObject* parent);
void appendTableRow(QStandardItemModel* model, const QVariantList& values);
QVariant numberOrBlank(double value); // NaN shows as an empty cell

QString modelToCsv(const QAbstractItemModel& model);

// Writes atomically (QSaveFile); on failure returns false and puts a message naming the file in `error`.
bool writeTextFile(const QString& path, const QString& text, QString* error);

} // namespace loadscope
