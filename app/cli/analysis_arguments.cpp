#include "analysis_arguments.h"

#include "core/cache/results_cache.h"
#include "core/util/iso_time.h"

#include <charconv>
#include <iostream>

namespace loadscope::cli {

const std::set<std::string>& analysisValueOptions()
{
    static const std::set<std::string> names{"mode", "log-utc-offset", "threads"};
    return names;
}

const std::set<std::string>& analysisFlags()
{
    static const std::set<std::string> names{"no-cache"};
    return names;
}

const std::set<std::string>& analysisMultiOptions()
{
    static const std::set<std::string> names{"test", "tests"};
    return names;
}

std::optional<AnalyseRequest> readAnalyseRequest(const CommandLine& cl, const std::string& command)
{
    auto refuse = [&](const std::string& why) {
        std::cerr << "loadscope-cli " << command << ": " << why << '\n';
        return std::nullopt;
    };
    AnalyseRequest request;
    if (cl.positional().size() != 1)
        return refuse("needs exactly one ROOT");
    request.root = cl.positional()[0];
    for (const auto& name : analysisMultiOptions())
        for (const auto& t : cl.values(name))
            request.tests.push_back(t);
    const std::string mode = cl.value("mode").value_or("corrected");
    if (auto parsed = parseAnalysisMode(mode))
        request.analysis.mode = *parsed;
    else
        return refuse("--mode is notebook or corrected, not '" + mode + "'");
    if (auto offset = cl.value("log-utc-offset")) {
        request.analysis.logUtcOffsetMinutes = parseUtcOffset(*offset);
        if (!request.analysis.logUtcOffsetMinutes)
            return refuse("--log-utc-offset takes ±HH:MM, not '" + *offset + "'");
    }
    if (auto threads = cl.value("threads")) {
        auto [end, ec] = std::from_chars(threads->data(), threads->data() + threads->size(), request.threads);
        if (ec != std::errc() || end != threads->data() + threads->size())
            return refuse("--threads takes a number, not '" + *threads + "'");
    }
    if (!cl.has("no-cache"))
        request.cache = std::make_shared<ResultsCache>(defaultCacheSettings());
    return request;
}

} // namespace loadscope::cli
