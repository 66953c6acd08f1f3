#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/generate/results_paths.h"
#include "core/load/results_layout.h"

#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace loadscope::generate {

namespace {

WrittenFiles writeEmptyArray(const std::filesystem::path& path)
{
    OutputFile out(path);
    out.text("[]");
    out.close();
    return {1, out.bytesWritten()};
}

} // namespace

WrittenFiles writeEmulatedParticipants(const std::filesystem::path& root, const SimulatedTest& test)
{
    WrittenFiles written;
    if (test.writer != WriterStyle::Year2026)
        return written;
    for (int session = 1; session <= test.sessions; ++session) {
        const auto [first, last] = test.sessionRange(session);
        if (first == last)
            continue;
        SimulatedUser emulated;
        emulated.session = session;
        emulated.user = test.spec.usersPerSession() + 1;
        emulated.order = test.users[last - 1].order;
        const auto folder = userFolder(root, test, emulated);
        std::error_code error;
        std::filesystem::create_directories(folder, error);
        if (error)
            throw std::runtime_error("cannot create " + folder.string() + ": " + error.message());
        // No browser: the worker creates the participant's files as `[]` and fills only connections.json.
        for (const char* name : {layout::kEventsFile, layout::kStatsFile, layout::kErrorsFile})
            written += writeEmptyArray(folder / name);
        OutputFile joins(folder / layout::kConnectionsFile);
        joins.text("[{\"@timestamp\":\"")
            .time(test.users[first].joinTime + kNsPerSecond, ClockText::IsoUtc)
            .text("\",\"streams\":")
            .integer(test.spec.publishersPerSession())
            .text(",\"node_role\":\"browseremulator\",\"worker_name\":")
            .quoted(workerOf(emulated))
            .text(",\"new_participant_id\":")
            .quoted(participantName(emulated.user))
            .text(",\"new_participant_session\":")
            .quoted(sessionName(session))
            .text("}]");
        joins.close();
        written += {1, joins.bytesWritten()};
    }
    return written;
}

} // namespace loadscope::generate
