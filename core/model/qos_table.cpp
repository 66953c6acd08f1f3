#include "core/model/qos_table.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace loadscope {

namespace {
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// Room for `size` elements, growing geometrically: appending table after table must not copy the column each time.
template <typename T>
void makeRoom(std::vector<T>& v, std::size_t size)
{
    if (v.capacity() < size)
        v.reserve(std::max(size, v.capacity() * 2));
}
} // namespace

const char* directionName(Direction d)
{
    switch (d) {
    case Direction::Inbound: return "inbound";
    case Direction::Outbound: return "outbound";
    case Direction::RemoteInbound: return "remote_inbound";
    case Direction::RemoteOutbound: return "remote_outbound";
    }
    return "";
}

const char* mediaKindName(MediaKind k)
{
    return k == MediaKind::Audio ? "audio" : "video";
}

std::size_t QosTable::addRow(int userIndex, TimeNs recordTime, std::string_view peerId)
{
    auto it = peerIndex_.find(peerId);
    if (it == peerIndex_.end()) {
        it = peerIndex_.emplace(std::string(peerId), static_cast<std::uint32_t>(peers_.size())).first;
        peers_.emplace_back(peerId);
    }
    nextColumnHint_ = 0;
    userIndex_.push_back(userIndex);
    recordTime_.push_back(recordTime);
    peer_.push_back(it->second);
    for (auto& column : columns_)
        column.push_back(kMissing);
    return userIndex_.size() - 1;
}

std::size_t QosTable::columnOf(std::string_view metric)
{
    if (nextColumnHint_ < names_.size() && names_[nextColumnHint_] == metric)
        return nextColumnHint_;
    auto it = columnIndex_.find(metric);
    return it == columnIndex_.end() ? addColumn(metric) : it->second;
}

// A new column, NaN for the rows so far.
std::size_t QosTable::addColumn(std::string_view metric)
{
    const std::size_t index = columns_.size();
    columnIndex_.emplace(std::string(metric), index);
    names_.emplace_back(metric);
    if (spareColumns_.empty()) {
        columns_.emplace_back();
    } else {
        columns_.push_back(std::move(spareColumns_.back()));
        spareColumns_.pop_back();
    }
    columns_.back().reserve(reservedRows_);
    columns_.back().assign(userIndex_.size(), kMissing);
    return index;
}

QosTable QosTable::fromColumns(QosColumns parts)
{
    const std::size_t rows = parts.userIndex.size();
    if (parts.recordTime.size() != rows || parts.peer.size() != rows || parts.columns.size() != parts.names.size())
        throw std::invalid_argument("QoS table parts of different lengths");
    QosTable table;
    for (std::size_t p = 0; p < parts.peers.size(); ++p)
        if (!table.peerIndex_.try_emplace(parts.peers[p], static_cast<std::uint32_t>(p)).second)
            throw std::invalid_argument("a QoS peer named twice");
    for (std::size_t c = 0; c < parts.names.size(); ++c)
        if (parts.columns[c].size() != rows || !table.columnIndex_.try_emplace(parts.names[c], c).second)
            throw std::invalid_argument("a QoS column of another length, or named twice");
    for (const std::uint32_t peer : parts.peer)
        if (peer >= parts.peers.size())
            throw std::invalid_argument("a QoS row's peer out of range");
    table.userIndex_ = std::move(parts.userIndex);
    table.recordTime_ = std::move(parts.recordTime);
    table.peer_ = std::move(parts.peer);
    table.peers_ = std::move(parts.peers);
    table.names_ = std::move(parts.names);
    table.columns_ = std::move(parts.columns);
    return table;
}

void QosTable::reserveRows(std::size_t rows)
{
    reservedRows_ = std::max(reservedRows_, rows);
    userIndex_.reserve(rows);
    recordTime_.reserve(rows);
    peer_.reserve(rows);
    for (auto& column : columns_)
        column.reserve(rows);
}

void QosTable::clearKeepingCapacity()
{
    userIndex_.clear();
    recordTime_.clear();
    peer_.clear();
    peers_.clear();
    names_.clear();
    peerIndex_.clear();
    columnIndex_.clear();
    for (auto& column : columns_) {
        column.clear();
        spareColumns_.push_back(std::move(column));
    }
    columns_.clear();
    nextColumnHint_ = 0;
}

void QosTable::set(std::string_view metric, double value)
{
    if (userIndex_.empty())
        return;
    const std::size_t c = columnOf(metric);
    columns_[c].back() = value;
    nextColumnHint_ = c + 1;
}

void QosTable::setRecordTimeFrom(std::size_t firstRow, TimeNs recordTime)
{
    for (std::size_t r = firstRow; r < recordTime_.size(); ++r)
        recordTime_[r] = recordTime;
}

void QosTable::rollBack(const Mark& mark)
{
    if (mark.rows > rows() || mark.columns > names_.size() || mark.peers > peers_.size())
        return; // not a mark of this table's current contents
    for (std::size_t c = mark.columns; c < names_.size(); ++c) {
        columnIndex_.erase(names_[c]);
        columns_[c].clear();
        spareColumns_.push_back(std::move(columns_[c]));
    }
    names_.resize(mark.columns);
    columns_.resize(mark.columns);
    for (std::size_t p = mark.peers; p < peers_.size(); ++p)
        peerIndex_.erase(peers_[p]);
    peers_.resize(mark.peers);
    userIndex_.resize(mark.rows);
    recordTime_.resize(mark.rows);
    peer_.resize(mark.rows);
    for (auto& column : columns_)
        column.resize(mark.rows);
    nextColumnHint_ = 0;
}

const std::vector<double>* QosTable::column(std::string_view metric) const
{
    auto it = columnIndex_.find(metric);
    return it == columnIndex_.end() ? nullptr : &columns_[it->second];
}

void QosTable::append(const QosTable& other, int userIndexOffset)
{
    const std::size_t before = rows(), after = before + other.rows();
    // Columns first (a new one is NaN for the rows so far), each written once: the other table's values, or NaN
    // where it lacks the column.
    std::vector<char> written(columns_.size() + other.names_.size(), 0);
    for (std::size_t c = 0; c < other.names_.size(); ++c) {
        auto it = columnIndex_.find(std::string_view(other.names_[c]));
        const std::size_t into = it == columnIndex_.end() ? addColumn(other.names_[c]) : it->second;
        std::vector<double>& column = columns_[into];
        makeRoom(column, after);
        column.insert(column.end(), other.columns_[c].begin(), other.columns_[c].end());
        written[into] = 1;
    }
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        if (!written[c]) {
            makeRoom(columns_[c], after);
            columns_[c].resize(after, kMissing);
        }
    }
    std::vector<std::uint32_t> peerMap(other.peers_.size());
    for (std::size_t p = 0; p < other.peers_.size(); ++p) {
        auto [it, inserted] = peerIndex_.try_emplace(other.peers_[p], static_cast<std::uint32_t>(peers_.size()));
        if (inserted)
            peers_.push_back(other.peers_[p]);
        peerMap[p] = it->second;
    }
    makeRoom(userIndex_, after);
    makeRoom(recordTime_, after);
    makeRoom(peer_, after);
    for (std::size_t r = 0; r < other.rows(); ++r) {
        userIndex_.push_back(other.userIndex_[r] + userIndexOffset);
        recordTime_.push_back(other.recordTime_[r]);
        peer_.push_back(peerMap[other.peer_[r]]);
    }
}

} // namespace loadscope
