#include "core/cache/test_data_codec.h"

namespace loadscope {

namespace {

void putKey(BinaryWriter& out, const UserKey& key)
{
    out.put(key.session);
    out.put(key.user);
}

UserKey getKey(BinaryReader& in)
{
    UserKey key;
    key.session = in.get<int>();
    key.user = in.get<int>();
    return key;
}

void putEvents(BinaryWriter& out, const UserEvents& user)
{
    out.putCount(user.events.size());
    for (const Event& e : user.events) {
        out.put(e.time);
        for (const std::string* text : {&e.name, &e.event, &e.connection, &e.connectionId, &e.raw})
            out.putString(*text);
        out.put(e.line);
        out.put(e.fileIndex);
    }
    out.putCount(user.errors.size());
    for (const BrowserError& e : user.errors) {
        out.put(e.time);
        for (const std::string* text : {&e.kind, &e.message, &e.raw})
            out.putString(*text);
        out.put(e.line);
    }
    out.putCount(user.joins.size());
    for (const JoinRecord& j : user.joins) {
        out.put(j.time);
        for (const std::string* text : {&j.worker, &j.participant, &j.session})
            out.putString(*text);
        out.put(j.line);
    }
}

// The smallest encoding of each record (its fixed fields and empty strings): bounds a count by the bytes left.
constexpr std::size_t kStringBytes = sizeof(std::uint64_t);
constexpr std::size_t kEventBytes = sizeof(TimeNs) + 5 * kStringBytes + sizeof(long) + sizeof(int);
constexpr std::size_t kErrorBytes = sizeof(TimeNs) + 3 * kStringBytes + sizeof(long);

void getEvents(BinaryReader& in, UserEvents& user)
{
    user.events.resize(in.getCount(kEventBytes));
    for (Event& e : user.events) {
        e.time = in.get<TimeNs>();
        for (std::string* text : {&e.name, &e.event, &e.connection, &e.connectionId, &e.raw})
            *text = in.getString();
        e.line = in.get<long>();
        e.fileIndex = in.get<int>();
    }
    user.errors.resize(in.getCount(kErrorBytes));
    for (BrowserError& e : user.errors) {
        e.time = in.get<TimeNs>();
        for (std::string* text : {&e.kind, &e.message, &e.raw})
            *text = in.getString();
        e.line = in.get<long>();
    }
    user.joins.resize(in.getCount(kErrorBytes));
    for (JoinRecord& j : user.joins) {
        j.time = in.get<TimeNs>();
        for (std::string* text : {&j.worker, &j.participant, &j.session})
            *text = in.getString();
        j.line = in.get<long>();
    }
}

void putLog(BinaryWriter& out, const LogInfo& log)
{
    out.put<std::uint8_t>(log.present ? 1 : 0);
    out.putCount(log.failures.size());
    for (const Failure& f : log.failures) {
        putKey(out, f.key);
        out.put(f.localTime);
        out.put(f.attempts);
        out.put(f.line);
    }
    out.put(log.localStart);
    out.put(log.localEnd);
    out.put(log.startLine);
    out.put(log.endLine);
    out.putOptional(log.zoneOffsetMinutes);
}

LogInfo getLog(BinaryReader& in)
{
    LogInfo log;
    log.present = in.getFlag();
    log.failures.resize(in.getCount(2 * sizeof(int) + sizeof(TimeNs) + sizeof(int) + sizeof(long)));
    for (Failure& f : log.failures) {
        f.key = getKey(in);
        f.localTime = in.get<TimeNs>();
        f.attempts = in.get<int>();
        f.line = in.get<long>();
    }
    log.localStart = in.get<TimeNs>();
    log.localEnd = in.get<TimeNs>();
    log.startLine = in.get<long>();
    log.endLine = in.get<long>();
    log.zoneOffsetMinutes = in.getOptional<int>();
    return log;
}

void putQoe(BinaryWriter& out, const std::vector<QoeCut>& cuts)
{
    out.putCount(cuts.size());
    for (const QoeCut& cut : cuts) {
        putKey(out, cut.receiver);
        out.put(cut.sender);
        out.put(cut.cutIndex);
        out.put(cut.vmaf);
        out.put(cut.visqol);
        out.putNumbers(cut.extra);
        out.put(cut.fileIndex);
        out.put(cut.row);
    }
}

std::vector<QoeCut> getQoe(BinaryReader& in)
{
    std::vector<QoeCut> cuts(in.getCount(6 * sizeof(int) + 2 * sizeof(double) + sizeof(std::uint64_t)));
    for (QoeCut& cut : cuts) {
        cut.receiver = getKey(in);
        cut.sender = in.get<int>();
        cut.cutIndex = in.get<int>();
        cut.vmaf = in.get<double>();
        cut.visqol = in.get<double>();
        cut.extra = in.getNumbers();
        cut.fileIndex = in.get<int>();
        cut.row = in.get<int>();
    }
    return cuts;
}

void putQos(BinaryWriter& out, const QosTables& qos)
{
    for (const QosTable& table : qos.tables) {
        out.putValues(table.userIndex());
        out.putValues(table.recordTime());
        out.putValues(table.peer());
        out.putStrings(table.peers());
        out.putStrings(table.metricNames());
        for (const auto& name : table.metricNames())
            out.putValues(*table.column(name));
    }
}

QosTables getQos(BinaryReader& in, std::size_t users)
{
    QosTables qos;
    for (QosTable& table : qos.tables) {
        QosColumns parts;
        parts.userIndex = in.getValues<int>();
        for (const int user : parts.userIndex)
            if (user < 0 || static_cast<std::size_t>(user) >= users)
                throw CacheFormatError("a QoS row of no user");
        parts.recordTime = in.getValues<TimeNs>();
        parts.peer = in.getValues<std::uint32_t>();
        parts.peers = in.getStrings();
        parts.names = in.getStrings();
        for (std::size_t c = 0; c < parts.names.size(); ++c)
            parts.columns.push_back(in.getValues<double>());
        try {
            table = QosTable::fromColumns(std::move(parts));
        } catch (const std::invalid_argument& error) {
            throw CacheFormatError(error.what());
        }
    }
    return qos;
}

} // namespace

void encodeCachedTest(BinaryWriter& out, const TestData& data, const std::vector<Problem>& problems)
{
    for (const std::string* text : {&data.info.name, &data.info.server, &data.info.topology})
        out.putString(*text);
    out.put(data.info.family);
    out.putCount(data.users.size());
    for (const UserEvents& user : data.users) {
        putKey(out, user.key);
        out.putString(user.folder);
        putEvents(out, user);
    }
    putLog(out, data.log);
    out.putValues(data.resources);
    out.putString(data.resourcesFile);
    putQoe(out, data.qoe);
    out.putOptional(data.batches);
    putQos(out, data.qos);
    out.putCount(problems.size());
    for (const Problem& p : problems) {
        out.putString(p.file);
        out.put(p.line);
        out.put(p.severity);
        out.putString(p.message);
    }
}

CachedTest decodeCachedTest(BinaryReader& in)
{
    CachedTest cached;
    TestData& data = cached.data;
    for (std::string* text : {&data.info.name, &data.info.server, &data.info.topology})
        *text = in.getString();
    data.info.family = in.getEnum(EventFamily::LiveKit);
    data.users.resize(in.getCount(2 * sizeof(int) + 4 * kStringBytes));
    for (UserEvents& user : data.users) {
        user.key = getKey(in);
        user.folder = in.getString();
        getEvents(in, user);
    }
    data.log = getLog(in);
    data.resources = in.getValues<ResourceSample>();
    data.resourcesFile = in.getString();
    data.qoe = getQoe(in);
    data.batches = in.getOptional<Batches>();
    data.qos = getQos(in, data.users.size());
    cached.problems.resize(in.getCount(2 * kStringBytes + sizeof(long) + sizeof(Severity)));
    for (Problem& p : cached.problems) {
        p.file = in.getString();
        p.line = in.get<long>();
        p.severity = in.getEnum(Severity::Error);
        p.message = in.getString();
    }
    if (!in.atEnd())
        throw CacheFormatError("bytes after the test");
    return cached;
}

} // namespace loadscope
