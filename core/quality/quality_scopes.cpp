#include "core/quality/quality_scopes.h"

#include "core/analysis/emulated_participants.h"

namespace loadscope {
namespace {

// One digest per user of `test`, from both media kinds of the metric's table.
std::vector<SimpleQualityAttenuation> userDigests(const TestData& test, const QualityMetric& metric, QualityMode mode)
{
    std::vector<SimpleQualityAttenuation> users(test.users.size(), SimpleQualityAttenuation(mode));
    for (MediaKind kind : kMediaKinds) {
        const QosTable& table = test.qos.at(metric.direction, kind);
        const std::vector<double>* values = table.column(metric.column);
        if (!values)
            continue;
        for (std::size_t row = 0; row < table.rows(); ++row) {
            const double v = (*values)[row];
            const int user = table.userIndex()[row];
            if (!(v > 0.0) || user < 0 || static_cast<std::size_t>(user) >= users.size())
                continue;                                             // NaN, <= 0, or a row pointing at no user
            (void)users[static_cast<std::size_t>(user)].addSample(v); // v > 0 and not NaN: always accepted
        }
    }
    return users;
}

} // namespace

const std::array<QualityMetric, 2>& qualityMetrics()
{
    static const std::array<QualityMetric, 2> metrics{{
        {"rtt", Direction::RemoteInbound, "roundTripTime"},
        {"jitter", Direction::Inbound, "jitter"},
    }};
    return metrics;
}

const char* qualityScopeName(QualityScope scope)
{
    switch (scope) {
    case QualityScope::User: return "user";
    case QualityScope::Session: return "session";
    case QualityScope::Test: return "test";
    }
    return "";
}

std::vector<QualityScopeDigest> qualityScopes(const TestData& test, const QualityMetric& metric, QualityMode mode)
{
    std::vector<SimpleQualityAttenuation> users = userDigests(test, metric, mode);
    std::vector<QualityScopeDigest> scopes;
    scopes.reserve(users.size() * 2 + 1);
    for (std::size_t i = 0; i < users.size(); ++i) {
        if (isEmulatedParticipant(test.users[i]))
            continue; // no browser, no stats: not a user row (emulated_participants.h)
        const UserKey& key = test.users[i].key;
        scopes.push_back({QualityScope::User, std::to_string(key.user) + "-" + std::to_string(key.session),
                          static_cast<int>(i), key.session, users[i]});
    }
    // TestData::users is sorted by (session, user): each session is one contiguous run.
    for (std::size_t first = 0; first < users.size();) {
        const int session = test.users[first].key.session;
        SimpleQualityAttenuation merged(mode);
        std::size_t i = first;
        for (; i < users.size() && test.users[i].key.session == session; ++i)
            (void)merged.merge(users[i]); // same mode and parameters: never refused
        scopes.push_back({QualityScope::Session, std::to_string(session), -1, session, std::move(merged)});
        first = i;
    }
    SimpleQualityAttenuation whole(mode);
    for (SimpleQualityAttenuation& user : users)
        (void)whole.merge(user);
    scopes.push_back({QualityScope::Test, test.info.name, -1, 0, std::move(whole)});
    return scopes;
}

} // namespace loadscope
