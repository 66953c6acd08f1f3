// Live follow reads only the first bytes of a file that a normal load would read (load_limits.h): a followed
// JSON array or log growing past its limit gives its complete items / lines up to the limit and one problem, and
// reading starts again when the file is rewritten shorter.
#include "core/follow/followed_files.h"
#include "core/follow/growing_file.h"
#include "core/load/load_limits.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <fstream>

using namespace loadscope;
namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path& path, const std::string& text, std::ios::openmode mode = std::ios::trunc)
{
    std::ofstream(path, std::ios::binary | mode) << text;
}

FileStamp stampOf(const fs::path& path)
{
    return {fs::file_size(path), fs::last_write_time(path), false};
}

std::string textOf(const std::optional<FileBuffer>& buffer)
{
    return buffer ? std::string(buffer->text()) : std::string("<none>");
}

int countMentions(const ProblemList& problems, const std::string& words)
{
    return static_cast<int>(std::count_if(problems.items().begin(), problems.items().end(), [&](const Problem& p) {
        return p.message.find(words) != std::string::npos;
    }));
}

} // namespace

class TestFollowLimits : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    fs::path path(const char* name) const { return fs::path(dir_.path().toStdString()) / name; }

private slots:
    void arrayIsReadUpToItsLimitOnly()
    {
        const fs::path file = path("stats.json");
        // '[' + {"a":1} ends at byte 8, ",{"a":2}" at 16; the limit of 20 cuts the third item.
        writeFile(file, R"([{"a":1},{"a":2},{"a":3})");
        GrowingArrayFile growth;
        ArrayChunk first = growth.readNew(file, stampOf(file), 20);
        QVERIFY(first.error.empty());
        QVERIFY(first.reachedLimit);
        QCOMPARE(textOf(first.items), std::string(R"([{"a":1},{"a":2}])"));
        QCOMPARE(growth.offset(), std::uint64_t(16));

        writeFile(file, R"(,{"a":4}])", std::ios::app);
        ArrayChunk later = growth.readNew(file, stampOf(file), 20);
        QVERIFY(!later.reachedLimit); // said once
        QVERIFY(!later.items);
        QVERIFY(!later.restarted);

        writeFile(file, R"([{"b":1}])"); // rewritten, shorter: read again from the start
        ArrayChunk again = growth.readNew(file, stampOf(file), 20);
        QVERIFY(again.restarted);
        QVERIFY(!again.reachedLimit);
        QCOMPARE(textOf(again.items), std::string(R"([{"b":1}])"));
    }

    void arrayExactlyAtItsLimitIsNotCut()
    {
        const fs::path file = path("exact.json");
        writeFile(file, R"([{"a":1}])"); // 9 bytes
        GrowingArrayFile growth;
        const ArrayChunk chunk = growth.readNew(file, stampOf(file), 9);
        QVERIFY(!chunk.reachedLimit);
        QCOMPARE(textOf(chunk.items), std::string(R"([{"a":1}])"));
    }

    void linesAreReadUpToTheLimit()
    {
        const fs::path file = path("node.csv");
        writeFile(file, "a,b\nc,d\ne,f\n");
        bool cut = false;
        std::string error;
        const auto buffer = readCompleteLines(file, 10, cut, error);
        QVERIFY(error.empty());
        QVERIFY(cut);
        QCOMPARE(textOf(buffer), std::string("a,b\nc,d\n"));
        QVERIFY(readCompleteLines(file, 12, cut, error));
        QVERIFY(!cut);
    }

    void followedFileNamesTheLimitOnce()
    {
        const fs::path file = path("events.json");
        writeFile(file, R"([{"a":1},{"a":2},{"a":3})");
        FollowedFile followed(FollowedShape::JsonArray, true, 20);
        std::size_t items = 0;
        const FollowedFile::Parse count = [&items](const FileBuffer& buffer, const ChunkPlace&, ProblemList&) {
            items += static_cast<std::size_t>(std::count(buffer.text().begin(), buffer.text().end(), '{'));
        };
        const auto clear = [&items] { items = 0; };
        QVERIFY(followed.update(file, "events.json", stampOf(file), count, clear));
        writeFile(file, R"(,{"a":4})", std::ios::app);
        QVERIFY(followed.update(file, "events.json", stampOf(file), count, clear));
        QCOMPARE(items, std::size_t(2));
        const std::string message = limits::cutAtLimitMessage(20);
        QCOMPARE(countMentions(followed.problems(), message), 1);
        QCOMPARE(followed.problems().items().front().file, std::string("events.json"));

        const fs::path log = path("test.log");
        writeFile(log, "line one\nline two\n");
        FollowedFile lines(FollowedShape::Lines, true, 12);
        std::string seen;
        QVERIFY(lines.update(
            log, "logs/test.log", stampOf(log),
            [&seen](const FileBuffer& buffer, const ChunkPlace&, ProblemList&) { seen = buffer.text(); },
            [&seen] { seen.clear(); }));
        QCOMPARE(seen, std::string("line one\n"));
        QCOMPARE(countMentions(lines.problems(), limits::cutAtLimitMessage(12)), 1);
    }
};

QTEST_GUILESS_MAIN(TestFollowLimits)
#include "test_follow_limits.moc"
