#pragma once
// Copying from every table of the GUI: Ctrl+C copies the selected rows (every shown column, in the order shown,
// a header line first) as tab-separated text that pastes into a spreadsheet; the context menu has Copy, Copy
// value (the clicked cell) and Copy all. With nothing selected, Copy takes the current row, else every row.
// Numbers are the shortest text that reads back as the same double, as the CSV exports print them.
#include <QString>

class QTableView;

namespace loadscope {

// `exactRole` (>= 0): a role whose data is the exact value behind a rounded display (e.g. comparisons.csv's text);
// a cell without it copies its display text.
void enableTableCopy(QTableView* view, int exactRole = -1);

enum class CopyRows { Selected, All };
QString tableText(const QTableView& view, CopyRows rows); // what Copy / Copy all put on the clipboard
QString currentCellText(const QTableView& view);          // what Copy value puts there

} // namespace loadscope
