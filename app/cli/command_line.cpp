#include "command_line.h"

namespace loadscope::cli {

CommandLine::CommandLine(const std::vector<std::string>& args, const std::set<std::string>& withValue,
                         const std::set<std::string>& flags, const std::set<std::string>& multiValue)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0 || a == "-" || a == "--") {
            positional_.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name)) {
            options_[name];
            continue;
        }
        if (!withValue.count(name) && !multiValue.count(name)) {
            error_ = "unknown option --" + name;
            return;
        }
        auto& slot = options_[name];
        if (inlineValue) {
            slot.push_back(*inlineValue);
            continue;
        }
        if (i + 1 >= args.size()) {
            error_ = "option --" + name + " needs a value";
            return;
        }
        slot.push_back(args[++i]);
        if (multiValue.count(name))
            while (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0)
                slot.push_back(args[++i]);
    }
}

bool CommandLine::has(const std::string& name) const
{
    return options_.count(name) > 0;
}

std::optional<std::string> CommandLine::value(const std::string& name) const
{
    auto it = options_.find(name);
    if (it == options_.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> CommandLine::values(const std::string& name) const
{
    auto it = options_.find(name);
    return it == options_.end() ? std::vector<std::string>{} : it->second;
}

} // namespace loadscope::cli
