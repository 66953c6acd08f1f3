#pragma once
// Builds small TestData tables by hand for the analysis tests. Times are seconds after 2024-06-13T10:00:00Z.
#include "core/analysis/test_analysis.h"
#include "core/model/results.h"

#include <string>

namespace loadscope::testing {

inline constexpr TimeNs kBase = 1718272800LL * kNsPerSecond; // 2024-06-13T10:00:00Z
inline constexpr int kLogOffset = 120;                       // the generator's and the notebook's +02:00

inline TimeNs at(double seconds)
{
    return kBase + static_cast<TimeNs>(seconds * 1e9);
}

class TestDataBuilder {
public:
    TestDataBuilder(const std::string& server, const std::string& topology)
    {
        data_.info.name = "loadtest-webrtc-2024-" + server + "-" + topology;
        data_.info.server = server;
        data_.info.topology = topology;
        data_.info.family = server == "pion" ? EventFamily::LiveKit : EventFamily::OpenVidu2;
        data_.log.present = true;
    }
    // The log's start/end lines, given in UTC seconds (written as local +02:00 time).
    TestDataBuilder& bounds(double start, double end)
    {
        data_.log.localStart = at(start) + kLogOffset * 60LL * kNsPerSecond;
        data_.log.localEnd = at(end) + kLogOffset * 60LL * kNsPerSecond;
        return *this;
    }
    TestDataBuilder& event(int session, int user, double t, const std::string& name)
    {
        UserEvents& u = userOf(session, user);
        Event e;
        e.time = at(t);
        e.name = name;
        e.event = name.substr(0, name.find('-'));
        u.events.push_back(e);
        return *this;
    }
    TestDataBuilder& failure(int session, int user, double t, int attempts)
    {
        data_.log.failures.push_back({{session, user}, at(t) + kLogOffset * 60LL * kNsPerSecond, attempts, 0});
        return *this;
    }
    TestDataBuilder& cpu(double t, double value, double memory = 0.5)
    {
        data_.resources.push_back({at(t), value, memory});
        return *this;
    }
    TestDataBuilder& cut(int session, int receiver, int sender, int index, double vmaf, double visqol)
    {
        QoeCut c;
        c.receiver = {session, receiver};
        c.sender = sender;
        c.cutIndex = index;
        c.vmaf = vmaf;
        c.visqol = visqol;
        data_.qoe.push_back(c);
        return *this;
    }
    TestDataBuilder& batches(int starting, int size)
    {
        data_.batches = Batches{starting, size};
        return *this;
    }
    const TestData& data() const { return data_; }

private:
    UserEvents& userOf(int session, int user)
    {
        const UserKey key{session, user};
        for (auto& u : data_.users)
            if (u.key == key)
                return u;
        auto it = data_.users.begin();
        while (it != data_.users.end() && it->key < key)
            ++it;
        return *data_.users.insert(it, UserEvents{key, "", {}});
    }

    TestData data_;
};

// The test analysed with the default options. The analysis points into `data`: it must outlive it (a temporary
// is refused).
inline TestAnalysis analyse(const TestData& data)
{
    ProblemList problems;
    return analyseTest(data, AnalysisOptions{}, problems);
}
TestAnalysis analyse(TestData&&) = delete;

} // namespace loadscope::testing
