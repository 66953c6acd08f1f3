#include "core/generate/file_writers.h"

#include "core/generate/media_node_model.h"
#include "core/generate/output_file.h"
#include "core/generate/qoe_cut_scores.h"
#include "core/generate/random_stream.h"
#include "core/generate/results_paths.h"

#include <map>
#include <vector>

namespace loadscope::generate {

namespace {

constexpr double kRecordingDelaySeconds = 5.0; // recording starts 5 s after both are connected
constexpr double kCutSeconds = 5.5;            // 5 s fragments with padding

struct Recording { // what a receiver recorded of one sender
    std::vector<std::pair<TimeNs, TimeNs>> pieces;
    double seconds = 0;

    // The instant `offset` seconds into the recording (pieces laid end to end).
    TimeNs at(double offset) const
    {
        for (const auto& [begin, end] : pieces) {
            const double length = static_cast<double>(end - begin) / 1e9;
            if (offset < length)
                return begin + secondsToNs(offset);
            offset -= length;
        }
        return pieces.back().second;
    }
};

// Python's json.dump (2024: ", " and ": ") or JSON.stringify (2026: no spaces).
void writeCut(OutputFile& out, bool compact, bool first, int index, const std::vector<WrittenScore>& scores)
{
    if (!first)
        out.text(compact ? "," : ", ");
    out.text(compact ? "{\"cut_index\":" : "{\"cut_index\": ").integer(index);
    for (const WrittenScore& score : scores)
        out.text(compact ? ",\"" : ", \"").text(score.key).text(compact ? "\":" : "\": ").number(score.value);
    out.put('}');
}

// Probability that aligning one fragment with the reference fails at this overload.
double alignmentFailureChance(double load)
{
    return 0.04 + 0.25 * load;
}

double mean(const std::vector<double>& values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

} // namespace

WrittenFiles writeQoeCuts(const std::filesystem::path& root, const SimulatedTest& test, const SimulatedUser& receiver,
                          const std::vector<RemoteStream>& received)
{
    std::map<int, Recording> bySender;
    for (const auto& rs : received) {
        const TimeNs begin = rs.begin + secondsToNs(kRecordingDelaySeconds);
        if (begin < rs.end) {
            auto& recording = bySender[rs.publisher->user];
            recording.pieces.emplace_back(begin, rs.end);
            recording.seconds += static_cast<double>(rs.end - begin) / 1e9;
        }
    }
    RandomStream random(streamKey(receiver.key, {kQoeStream}));
    const QoeScriptYear year = test.writer == WriterStyle::Year2026 ? QoeScriptYear::Year2026 : QoeScriptYear::Year2024;
    const bool optionalScores = test.spec.server != MediaServer::Kurento;
    WrittenFiles written;
    for (const auto& [sender, recording] : bySender) {
        const int cuts = static_cast<int>(recording.seconds / kCutSeconds);
        if (cuts == 0)
            continue;
        std::vector<double> loads; // the media node's overload at each fragment's start
        for (int index = 0; index < cuts; ++index)
            loads.push_back(overload(test.cpuAt(recording.at(index * recording.seconds / cuts))));
        // 2026 aligns the recording once, as a whole: when that fails there is no file at all.
        if (year == QoeScriptYear::Year2026 && random.chance(alignmentFailureChance(mean(loads))))
            continue;
        OutputFile out(qoeFolder(root, test) / qoeFileName(receiver.session, receiver.user, sender));
        out.put('[');
        bool first = true;
        for (int index = 0; index < cuts; ++index) {
            // 2024 aligns each fragment: those that fail are dropped, leaving gaps in cut_index; keep at least the
            // last one.
            if (year == QoeScriptYear::Year2024 && random.chance(alignmentFailureChance(loads[index])) &&
                !(first && index == cuts - 1))
                continue;
            writeCut(out, year == QoeScriptYear::Year2026, first, index,
                     measureCut(year, optionalScores, loads[index], random));
            first = false;
        }
        out.put(']');
        out.close();
        written += WrittenFiles{1, out.bytesWritten()};
    }
    return written;
}

} // namespace loadscope::generate
