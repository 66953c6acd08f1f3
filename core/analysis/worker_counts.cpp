#include "core/analysis/worker_counts.h"

#include "core/analysis/failure_counts.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace loadscope {

namespace {

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

} // namespace

std::string workerOf(const TestAnalysis& a, int userIndex)
{
    if (!a.data || userIndex < 0 || static_cast<std::size_t>(userIndex) >= a.data->users.size())
        return {};
    const auto& joins = a.data->users[static_cast<std::size_t>(userIndex)].joins;
    return joins.empty() ? std::string() : joins.back().worker;
}

std::vector<WorkerCount> countUsersByWorker(const TestAnalysis& a)
{
    std::map<std::string, WorkerCount> byName;
    for (std::size_t u = 0; u < a.users.size(); ++u) {
        const std::string worker = workerOf(a, static_cast<int>(u));
        if (worker.empty())
            continue;
        WorkerCount& c = byName[worker];
        c.worker = worker;
        ++c.users;
        c.usersFailed += userFailed(a.users[u]) ? 1 : 0;
    }
    std::vector<WorkerCount> out;
    for (auto& [name, count] : byName)
        out.push_back(std::move(count));
    std::sort(out.begin(), out.end(),
              [](const WorkerCount& x, const WorkerCount& y) { return naturalLess(x.worker, y.worker); });
    return out;
}

bool naturalLess(std::string_view a, std::string_view b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            std::string_view x = a.substr(i, ei - i), y = b.substr(j, ej - j);
            x.remove_prefix(std::min(x.find_first_not_of('0'), x.size()));
            y.remove_prefix(std::min(y.find_first_not_of('0'), y.size()));
            if (x.size() != y.size())
                return x.size() < y.size();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace loadscope
