#pragma once
// Writes comma-separated tables with a header row; quotes cells that need it (RFC 4180).
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace loadscope {

class CsvWriter {
public:
    CsvWriter(std::ostream& out, const std::vector<std::string>& header);
    CsvWriter& cell(std::string_view text);
    CsvWriter& number(double value); // round-trip precision, empty for NaN
    CsvWriter& integer(long long value);
    void endRow();

private:
    CsvWriter& rawCell(std::string_view text);

    std::ostream& out_;
    std::size_t columns_;
    std::size_t written_ = 0;
};

std::string csvQuote(std::string_view text);

} // namespace loadscope
