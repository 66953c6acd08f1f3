#include "core/generate/file_writers.h"

#include "core/generate/media_node_model.h"
#include "core/generate/output_file.h"
#include "core/generate/random_stream.h"
#include "core/generate/results_paths.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace loadscope::generate {

namespace {

constexpr double kRecordingDelaySeconds = 5.0; // recording starts 5 s after both are connected
constexpr double kCutSeconds = 5.5;            // 5 s fragments with padding

double roundTo6(double value)
{
    return std::round(value * 1e6) / 1e6;
}

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
struct CutSyntax {
    bool compact = false;
    void key(OutputFile& out, std::string_view name) const
    {
        out.text(compact ? ",\"" : ", \"").text(name).text(compact ? "\":" : "\": ");
    }
};

void writeCut(OutputFile& out, const CutSyntax& syntax, bool first, int index, double load, bool extraMetrics,
              RandomStream& random)
{
    const double vmaf = std::clamp(0.93 - 0.45 * load - 0.03 * std::abs(random.bell()), 0.05, 1.0);
    const double mos = std::clamp(4.4 - 1.6 * load + 0.12 * random.bell(), 1.0, 5.0);
    // ViSQOL sometimes fails; the script then writes -0.25 ((0 - 1) / 4).
    const double visqol = random.chance(0.02) ? -0.25 : (mos - 1.0) / 4.0;
    if (!first)
        out.text(syntax.compact ? "," : ", ");
    out.text(syntax.compact ? "{\"cut_index\":" : "{\"cut_index\": ").integer(index);
    syntax.key(out, "vmaf");
    out.number(roundTo6(vmaf));
    syntax.key(out, "visqol");
    out.number(roundTo6(visqol));
    if (extraMetrics) {
        syntax.key(out, "msssim");
        out.number(roundTo6(std::clamp(0.96 - 0.2 * load + 0.01 * random.bell(), 0.0, 1.0)));
        syntax.key(out, "psnr");
        out.number(roundTo6(38.0 - 9.0 * load + 0.8 * random.bell()));
        syntax.key(out, "ssim");
        out.number(roundTo6(std::clamp(0.97 - 0.15 * load + 0.01 * random.bell(), 0.0, 1.0)));
    }
    out.put('}');
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
    const bool extraMetrics = test.spec.server != MediaServer::Kurento;
    const CutSyntax syntax{test.writer == WriterStyle::Year2026};
    WrittenFiles written;
    for (const auto& [sender, recording] : bySender) {
        const int cuts = static_cast<int>(recording.seconds / kCutSeconds);
        if (cuts == 0)
            continue;
        OutputFile out(qoeFolder(root, test) / qoeFileName(receiver.session, receiver.user, sender));
        out.put('[');
        bool first = true;
        for (int index = 0; index < cuts; ++index) {
            const double load = overload(test.cpuAt(recording.at(index * recording.seconds / cuts)));
            // Fragments that fail alignment are dropped, leaving gaps in cut_index; keep at least the last one.
            const bool aligned = !random.chance(0.04 + 0.25 * load) || (first && index == cuts - 1);
            if (!aligned)
                continue;
            writeCut(out, syntax, first, index, load, extraMetrics, random);
            first = false;
        }
        out.put(']');
        out.close();
        written += WrittenFiles{1, out.bytesWritten()};
    }
    return written;
}

} // namespace loadscope::generate
