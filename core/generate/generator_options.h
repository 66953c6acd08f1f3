#pragma once
// What `loadscope-cli generate` is asked to write: which tests, how big, which seed, which on-disk layout.
#include "core/load/media_node_file.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loadscope::generate {

enum class MediaServer { Kurento, Mediasoup, Pion };
enum class SessionTopology {
    TwoPublishers,
    EightPublishers,
    ThreePublishersTenSubscribers,
    ThreePublishersFortySubscribers
};
// 2024: stats/<test>/LoadTestSession<k>/User<u>, Spring Boot 2 log; 2026: s<k>/u<u>, `@timestamp`, ISO log times.
enum class ResultsLayout { Year2024, Year2026 };
// How the writers format what they write, everything else equal (results-format.md, "What the real writers do"):
// 2024 as the layout says (Spring Boot 2 log for the 2024 layout, ISO times for 2026); Ansi the same log captured
// through a terminal (colour codes around time, level, pid, thread and logger); Year2026 the 2026 controller and
// browser-emulator (ISO times with an offset, "[LOADTEST mode] " prefixes, "Starting test with one session P:S
// topology", "Saved result in <dir>/results-<ts>.txt", websocket "Received message:" / "Received exception from"
// lines, emulated participants, perf-results leftovers) and the 2026 QoE script (compact cuts, every value clamped to [0, 1] so a failed
// ViSQOL is 0, more scores, and no file at all for a recording whose alignment failed: qoe_cut_scores.h). Format
// only, except the QoE cuts: a report of the folder changes only where it reads QoE values.
enum class WriterStyle { Year2024, Ansi, Year2026 };

struct GeneratedTestSpec {
    MediaServer server = MediaServer::Kurento;
    SessionTopology topology = SessionTopology::TwoPublishers;

    std::string shortName() const;                // kurento-2p
    std::string name(ResultsLayout layout) const; // loadtest-webrtc-2024-kurento-2p
    bool usesLiveKitEvents() const { return server == MediaServer::Pion; }
    int publishersPerSession() const;
    int subscribersPerSession() const;
    int usersPerSession() const { return publishersPerSession() + subscribersPerSession(); }
    int defaultSessions() const;
    bool operator==(const GeneratedTestSpec&) const = default;
};

// "kurento-2p", "pion-3p-10s" or a full name "loadtest-webrtc-2024-mediasoup-8p"; nullopt when not understood.
std::optional<GeneratedTestSpec> parseTestSpec(std::string_view text);
// One test per topology, both event families, small sessions.
std::vector<GeneratedTestSpec> defaultTestSpecs();

struct GeneratorOptions {
    std::uint64_t seed = 1;
    std::vector<GeneratedTestSpec> tests;   // empty = defaultTestSpecs()
    int sessions = 0;                       // sessions per test; 0 = the topology's default
    double durationSeconds = 600;           // from "Starting test with" to "Saved result in"
    double capacityScale = 1.0;             // scales the media node's capacity; below 1 = a busier node
    std::vector<GeneratedTestSpec> crashes; // tests whose media node dies during the test
    ResultsLayout layout = ResultsLayout::Year2024;
    WriterStyle writer = WriterStyle::Year2024;
    // dfs_final/<test>-medianode.csv (hand-merged, as the notebook reads it) or the Metricbeat export (.ndjson):
    // format only, the report does not change.
    MediaNodeFormat mediaNode = MediaNodeFormat::Csv;
    bool force = false; // allow writing into a non-empty folder
};

} // namespace loadscope::generate
