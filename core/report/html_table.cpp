#include "core/report/html_table.h"

#include <algorithm>
#include <charconv>

namespace loadscope {

CsvText parseCsvText(std::string_view text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
            continue;
        }
        any = true;
        if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
            any = false;
        } else {
            cell += c;
        }
    }
    if (any || !cell.empty() || !row.empty()) {
        row.push_back(std::move(cell));
        rows.push_back(std::move(row));
    }
    CsvText table;
    if (!rows.empty()) {
        table.header = std::move(rows.front());
        table.rows.assign(std::make_move_iterator(rows.begin() + 1), std::make_move_iterator(rows.end()));
    }
    return table;
}

CsvText rowsWhere(const CsvText& table, std::string_view column, std::string_view value)
{
    const auto it = std::find(table.header.begin(), table.header.end(), column);
    if (it == table.header.end())
        return table;
    const auto index = static_cast<std::size_t>(it - table.header.begin());
    CsvText out;
    out.header = table.header;
    for (const auto& row : table.rows)
        if (index < row.size() && row[index] == value)
            out.rows.push_back(row);
    return out;
}

std::string htmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

bool isNumber(std::string_view text)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return !text.empty() && ec == std::errc() && end == text.data() + text.size();
}

} // namespace

std::string htmlTable(const CsvText& table, std::string_view caption)
{
    std::string out = "<table class=\"sortable\">";
    if (!caption.empty())
        out += "<caption>" + htmlEscape(caption) + "</caption>";
    out += "<thead><tr>";
    for (const auto& h : table.header)
        out += "<th title=\"click to sort\">" + htmlEscape(h) + "</th>";
    out += "</tr></thead><tbody>";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (const auto& cell : row)
            out += (isNumber(cell) ? "<td class=\"n\">" : "<td>") + htmlEscape(cell) + "</td>";
        out += "</tr>";
    }
    out += "</tbody></table>\n";
    return out;
}

} // namespace loadscope
