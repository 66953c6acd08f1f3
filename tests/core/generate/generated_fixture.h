#pragma once
// The generated folder most generator tests read, and small helpers to walk it.
#include "core/generate/generator_options.h"
#include "core/util/time.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace loadscope::testing {

inline constexpr int kLogOffsetMinutes = 120; // the generated controller logs are at UTC+02:00

generate::GeneratedTestSpec spec(const char* shortName);
// Seed 7: kurento-2p (light), pion-8p (media node crashes), mediasoup-3p-10s, pion-3p-40s (overloaded); 90 s.
generate::GeneratorOptions mainOptions();
// QTest data column "test": the full names of mainOptions().tests.
void addTestRows();

struct UserFolder {
    std::filesystem::path path;
    int session = 0, user = 0;
};
// stats/<test>/<session>/<user> folders of either layout, sorted by (session, user).
std::vector<UserFolder> userFolders(const std::filesystem::path& root, const std::string& test);
// "<event>-<connection>" when connection is present, as the notebook names events.
std::string eventName(const nlohmann::ordered_json& event);
std::vector<TimeNs> timesOf(const nlohmann::ordered_json& events, const std::string& name);
// The notebook's rule: every user of 8p, users 1-3 otherwise (1-2 in 2p).
bool isPublisher(const std::string& test, int user);

} // namespace loadscope::testing
