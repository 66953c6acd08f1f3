#pragma once
// The report's CSV tables as HTML: a CSV text (RFC 4180, as CsvWriter writes it) read back into rows, and rows
// written as a sortable <table> (the report's inline script sorts a column when its header is clicked).
#include <string>
#include <string_view>
#include <vector>

namespace loadscope {

struct CsvText {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

CsvText parseCsvText(std::string_view text);

// The rows whose `column` (by header name) equals `value`; all rows when there is no such column.
CsvText rowsWhere(const CsvText& table, std::string_view column, std::string_view value);

std::string htmlEscape(std::string_view text);

// <table class="sortable">…</table>; numbers are right-aligned. `caption` may be empty.
std::string htmlTable(const CsvText& table, std::string_view caption);

} // namespace loadscope
