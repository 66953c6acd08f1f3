#pragma once
// A small parser for "--name value", "--flag" and positional arguments, shared by the commands.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace loadscope::cli {

class CommandLine {
public:
    // `withValue`: options that take a value (may repeat; "--tests a b c" takes values until the next "--").
    // `flags`: options without a value. Anything else starting with "--" is an error.
    CommandLine(const std::vector<std::string>& args, const std::set<std::string>& withValue,
                const std::set<std::string>& flags, const std::set<std::string>& multiValue = {});

    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    const std::vector<std::string>& positional() const { return positional_; }
    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const; // the last value given
    std::vector<std::string> values(const std::string& name) const;  // every value given

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::vector<std::string>> options_;
    std::string error_;
};

} // namespace loadscope::cli
