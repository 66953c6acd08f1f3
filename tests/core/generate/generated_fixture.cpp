#include "generated_fixture.h"

#include "generated_folder.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <regex>

namespace loadscope::testing {

using namespace loadscope::generate;
namespace fs = std::filesystem;

GeneratedTestSpec spec(const char* shortName)
{
    return *parseTestSpec(shortName);
}

GeneratorOptions mainOptions()
{
    GeneratorOptions options;
    options.seed = 7;
    options.tests = {spec("kurento-2p"), spec("pion-8p"), spec("mediasoup-3p-10s"), spec("pion-3p-40s")};
    options.durationSeconds = 90;
    options.capacityScale = 0.8;
    options.crashes = {spec("pion-8p")};
    return options;
}

std::vector<UserFolder> userFolders(const fs::path& root, const std::string& test)
{
    static const std::regex sessionName(R"((?:LoadTestSession|s)(\d+))"), userName(R"((?:User|u)(\d+))");
    std::vector<UserFolder> users;
    std::smatch m;
    for (const auto& session : fs::directory_iterator(root / "stats" / test)) {
        const std::string s = session.path().filename().string();
        if (!std::regex_match(s, m, sessionName))
            continue;
        const int sessionNumber = std::stoi(m[1]);
        for (const auto& user : fs::directory_iterator(session.path())) {
            const std::string u = user.path().filename().string();
            if (std::regex_match(u, m, userName))
                users.push_back({user.path(), sessionNumber, std::stoi(m[1])});
        }
    }
    std::sort(users.begin(), users.end(), [](const UserFolder& a, const UserFolder& b) {
        return std::tie(a.session, a.user) < std::tie(b.session, b.user);
    });
    return users;
}

std::string eventName(const nlohmann::ordered_json& e)
{
    std::string name = e.at("event").get<std::string>();
    if (e.contains("connection"))
        name += "-" + e.at("connection").get<std::string>();
    return name;
}

std::vector<TimeNs> timesOf(const nlohmann::ordered_json& events, const std::string& name)
{
    std::vector<TimeNs> times;
    for (const auto& e : events)
        if (eventName(e) == name)
            times.push_back(parseTime(e.at("timestamp").get<std::string>()));
    return times;
}

bool isPublisher(const std::string& test, int user)
{
    return test.find("-8p") != std::string::npos || user <= (test.find("-2p") != std::string::npos ? 2 : 3);
}

void addTestRows()
{
    QTest::addColumn<QString>("test");
    for (const auto& s : mainOptions().tests)
        QTest::newRow(s.shortName().c_str()) << QString::fromStdString(s.name(ResultsLayout::Year2024));
}

} // namespace loadscope::testing
