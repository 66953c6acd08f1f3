#include "core/generate/generator_options.h"

#include <array>
#include <utility>

namespace loadscope::generate {

namespace {

constexpr std::array<std::pair<std::string_view, MediaServer>, 3> kServers{
    {{"kurento", MediaServer::Kurento}, {"mediasoup", MediaServer::Mediasoup}, {"pion", MediaServer::Pion}}};

constexpr std::array<std::pair<std::string_view, SessionTopology>, 4> kTopologies{
    {{"2p", SessionTopology::TwoPublishers},
     {"8p", SessionTopology::EightPublishers},
     {"3p-10s", SessionTopology::ThreePublishersTenSubscribers},
     {"3p-40s", SessionTopology::ThreePublishersFortySubscribers}}};

constexpr std::string_view kNamePrefix = "loadtest-webrtc-";

} // namespace

std::string GeneratedTestSpec::shortName() const
{
    std::string text;
    for (const auto& [name, value] : kServers)
        if (value == server)
            text = name;
    for (const auto& [name, value] : kTopologies)
        if (value == topology)
            text += "-" + std::string(name);
    return text;
}

std::string GeneratedTestSpec::name(ResultsLayout layout) const
{
    return std::string(kNamePrefix) + (layout == ResultsLayout::Year2026 ? "2026-" : "2024-") + shortName();
}

int GeneratedTestSpec::publishersPerSession() const
{
    switch (topology) {
    case SessionTopology::TwoPublishers: return 2;
    case SessionTopology::EightPublishers: return 8;
    default: return 3;
    }
}

int GeneratedTestSpec::subscribersPerSession() const
{
    switch (topology) {
    case SessionTopology::ThreePublishersTenSubscribers: return 10;
    case SessionTopology::ThreePublishersFortySubscribers: return 40;
    default: return 0;
    }
}

int GeneratedTestSpec::defaultSessions() const
{
    // Small by default: a few tens of users per test at most.
    return topology == SessionTopology::TwoPublishers ? 2 : 1;
}

std::optional<GeneratedTestSpec> parseTestSpec(std::string_view text)
{
    if (text.substr(0, kNamePrefix.size()) == kNamePrefix) {
        text.remove_prefix(kNamePrefix.size());
        // The year is part of the name only; both layouts' names are accepted.
        if (text.size() < 5 || text[4] != '-')
            return std::nullopt;
        text.remove_prefix(5);
    }
    const auto dash = text.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    GeneratedTestSpec spec;
    bool serverFound = false, topologyFound = false;
    for (const auto& [name, value] : kServers)
        if (text.substr(0, dash) == name) {
            spec.server = value;
            serverFound = true;
        }
    for (const auto& [name, value] : kTopologies)
        if (text.substr(dash + 1) == name) {
            spec.topology = value;
            topologyFound = true;
        }
    if (!serverFound || !topologyFound)
        return std::nullopt;
    return spec;
}

std::vector<GeneratedTestSpec> defaultTestSpecs()
{
    return {{MediaServer::Kurento, SessionTopology::TwoPublishers},
            {MediaServer::Pion, SessionTopology::EightPublishers},
            {MediaServer::Mediasoup, SessionTopology::ThreePublishersTenSubscribers},
            {MediaServer::Pion, SessionTopology::ThreePublishersFortySubscribers}};
}

} // namespace loadscope::generate
