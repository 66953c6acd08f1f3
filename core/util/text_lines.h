#pragma once
// The lines of a text read whole: split at '\n' (the newline not included, a '\r' kept), numbered from 1, a last
// line without its newline included. The one line loop of the readers of line-based files.
#include <cstddef>
#include <string_view>

namespace loadscope {

template <class Visit> // visit(std::string_view line, long number)
void forEachLine(std::string_view text, Visit visit)
{
    long number = 1;
    for (std::size_t start = 0; start < text.size(); ++number) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        visit(text.substr(start, end - start), number);
        start = end + 1;
    }
}

} // namespace loadscope
