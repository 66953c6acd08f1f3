#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/generate/results_paths.h"
#include "core/load/results_layout.h"

namespace loadscope::generate {

namespace {

constexpr int kUsersPerWorker = 8; // browser-emulator workers take the participants in join order

void writeIds(OutputFile& out, const SimulatedUser& user)
{
    out.text("\"participant\":")
        .quoted(participantName(user.user))
        .text(",\"session\":")
        .quoted(sessionName(user.session));
}

} // namespace

std::string workerOf(const SimulatedUser& user)
{
    return "browseremulator-" + std::to_string(user.order / kUsersPerWorker + 1);
}

WrittenFiles writeParticipantFiles(const std::filesystem::path& root, const SimulatedTest& test,
                                   const SimulatedUser& user)
{
    const auto folder = userFolder(root, test, user);
    OutputFile joins(folder / layout::kConnectionsFile);
    joins.put('[');
    for (std::size_t i = 0; i < user.attempts.size(); ++i) {
        joins.text(i ? ",{\"@timestamp\":\"" : "{\"@timestamp\":\"")
            .time(user.attempts[i].start, ClockText::IsoUtc)
            .text("\",\"streams\":")
            .integer(test.spec.publishersPerSession())
            .text(",\"node_role\":\"browseremulator\",\"worker_name\":")
            .quoted(workerOf(user))
            .text(",\"new_participant_id\":")
            .quoted(participantName(user.user))
            .text(",\"new_participant_session\":")
            .quoted(sessionName(user.session))
            .put('}');
    }
    joins.put(']');
    joins.close();

    // The browser's serialised error for each failure the controller logged (a media-node crash aside): {name,
    // message} when it gave up connecting, `{}` (only the ids) when a connection it had broke.
    OutputFile errors(folder / layout::kErrorsFile);
    errors.put('[');
    bool first = true;
    for (const auto& a : user.attempts) {
        const bool browserSaw = a.outcome == AttemptOutcome::NeverConnected || a.outcome == AttemptOutcome::Dropped;
        if (!browserSaw || a.failureLogged == kNoTime)
            continue;
        errors.text(first ? "{" : ",{");
        first = false;
        if (a.outcome == AttemptOutcome::NeverConnected)
            errors.text(
                "\"name\":\"OPENVIDU_CONNECTION_ERROR\",\"message\":\"Timeout waiting for the media connection\",");
        writeIds(errors, user);
        errors.text(",\"timestamp\":\"").time(a.end, ClockText::IsoUtc).text("\"}");
    }
    errors.put(']');
    errors.close();
    return {2, joins.bytesWritten() + errors.bytesWritten()};
}

} // namespace loadscope::generate
