#pragma once
// Per-stream QoS samples of stats.json, split as the notebook does into
// {inbound, outbound, remote_inbound, remote_outbound} x {audio, video}. Column-oriented: numbers, not JSON text.
#include "core/util/time.h"

#include <array>
#include <functional>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace loadscope {

enum class Direction { Inbound, Outbound, RemoteInbound, RemoteOutbound };
enum class MediaKind { Audio, Video };
inline constexpr std::array<Direction, 4> kDirections{Direction::Inbound, Direction::Outbound, Direction::RemoteInbound,
                                                      Direction::RemoteOutbound};
inline constexpr std::array<MediaKind, 2> kMediaKinds{MediaKind::Audio, MediaKind::Video};

const char* directionName(Direction d); // inbound | outbound | remote_inbound | remote_outbound
const char* mediaKindName(MediaKind k); // audio | video

// A table's parts, as its accessors give them (the re-open cache writes and reads these).
struct QosColumns {
    std::vector<int> userIndex;
    std::vector<TimeNs> recordTime;
    std::vector<std::uint32_t> peer;
    std::vector<std::string> peers;
    std::vector<std::string> names;
    std::vector<std::vector<double>> columns; // one per name, each rows() long
};

class QosTable {
public:
    // The table made of `parts`; std::invalid_argument when they do not fit (lengths differ, a peer index out of
    // range, a name twice): parts read from outside are never trusted.
    static QosTable fromColumns(QosColumns parts);

    // Starts a new row for (userIndex into TestData::users, record time, peer id); returns its index.
    std::size_t addRow(int userIndex, TimeNs recordTime, std::string_view peerId);
    // Sets a numeric field of the last row; a column first seen is back-filled with NaN.
    void set(std::string_view metric, double value);
    // Sets the record time of every row from `firstRow` on: a stats record names its time after its rows.
    void setRecordTimeFrom(std::size_t firstRow, TimeNs recordTime);

    // How far the table is filled; rolling back to a mark drops the rows, columns and peers added since (a
    // record that turns out to have no time is taken back whole).
    struct Mark {
        std::size_t rows = 0;
        std::size_t columns = 0;
        std::size_t peers = 0;
    };
    Mark mark() const { return {rows(), names_.size(), peers_.size()}; }
    void rollBack(const Mark& mark);

    std::size_t rows() const { return userIndex_.size(); }
    const std::vector<int>& userIndex() const { return userIndex_; }
    const std::vector<TimeNs>& recordTime() const { return recordTime_; }
    const std::vector<std::uint32_t>& peer() const { return peer_; }
    const std::vector<std::string>& peers() const { return peers_; }
    const std::vector<std::string>& metricNames() const { return names_; }
    // The column of `metric` (NaN where a row lacks it), or nullptr when no row has it.
    const std::vector<double>* column(std::string_view metric) const;
    void append(const QosTable& other, int userIndexOffset = 0);
    // Room for `rows` rows in every column, present and future, so appending that many never reallocates.
    void reserveRows(std::size_t rows);
    // Empties the table (no rows, no columns, no peers) but keeps the memory of its columns for the next
    // fill: a loader thread parses file after file into one scratch table instead of growing fresh vectors.
    void clearKeepingCapacity();

private:
    std::vector<int> userIndex_;
    std::vector<TimeNs> recordTime_;
    std::vector<std::uint32_t> peer_;
    std::vector<std::string> peers_;
    std::vector<std::string> names_;
    std::vector<std::vector<double>> columns_;
    std::vector<std::vector<double>> spareColumns_; // emptied columns whose memory the next new column reuses
    std::size_t reservedRows_ = 0;
    // string_view lookups without building a std::string per value.
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> peerIndex_;
    std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> columnIndex_;
    // RTCStats reports list their fields in the same order every time: the column after the one set last is the
    // likely next one, which spares the hash lookup.
    std::size_t nextColumnHint_ = 0;
    std::size_t columnOf(std::string_view metric);
    std::size_t addColumn(std::string_view metric);
};

struct QosTables {
    std::array<QosTable, 8> tables; // index = direction * 2 + kind
    QosTable& at(Direction d, MediaKind k) { return tables[static_cast<int>(d) * 2 + static_cast<int>(k)]; }
    const QosTable& at(Direction d, MediaKind k) const { return tables[static_cast<int>(d) * 2 + static_cast<int>(k)]; }
};

} // namespace loadscope
