#include "core/util/csv_writer.h"

#include "core/util/number_format.h"

#include <stdexcept>

namespace loadscope {

std::string csvQuote(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

CsvWriter::CsvWriter(std::ostream& out, const std::vector<std::string>& header) : out_(out), columns_(header.size())
{
    for (const auto& name : header)
        cell(name);
    endRow();
}

CsvWriter& CsvWriter::cell(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") != std::string_view::npos)
        return rawCell(csvQuote(text));
    return rawCell(text);
}

// A cell that needs no quoting, written straight to the stream (no string built per cell: the segments table
// has a million numbers).
CsvWriter& CsvWriter::rawCell(std::string_view text)
{
    if (written_ > 0)
        out_.put(',');
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    ++written_;
    return *this;
}

CsvWriter& CsvWriter::number(double value)
{
    NumberText buffer;
    return rawCell(formatNumberInto(value, buffer));
}

CsvWriter& CsvWriter::integer(long long value)
{
    NumberText buffer;
    return rawCell(formatIntegerInto(value, buffer));
}

void CsvWriter::endRow()
{
    if (written_ != columns_)
        throw std::logic_error("CsvWriter: row has " + std::to_string(written_) + " cells, header has " +
                               std::to_string(columns_));
    out_ << '\n';
    written_ = 0;
}

} // namespace loadscope
