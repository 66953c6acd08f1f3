#pragma once
// An input problem met while loading: the file, the line where it has one, and what was wrong.
#include <string>
#include <vector>

namespace loadscope {

enum class Severity { Warning, Error };

struct Problem {
    std::string file; // path as found under the results root (absolute or root-relative)
    long line = 0;    // 1-based; 0 when the problem has no line
    Severity severity = Severity::Warning;
    std::string message;
};

const char* severityName(Severity s);

// Collects problems; one per loader, merged at the end so loaders can run in parallel.
class ProblemList {
public:
    void add(std::string file, long line, Severity severity, std::string message)
    {
        items_.push_back({std::move(file), line, severity, std::move(message)});
    }
    void warn(std::string file, long line, std::string message)
    {
        add(std::move(file), line, Severity::Warning, std::move(message));
    }
    void error(std::string file, long line, std::string message)
    {
        add(std::move(file), line, Severity::Error, std::move(message));
    }
    void append(const ProblemList& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }
    const std::vector<Problem>& items() const { return items_; }
    bool empty() const { return items_.empty(); }

private:
    std::vector<Problem> items_;
};

} // namespace loadscope
