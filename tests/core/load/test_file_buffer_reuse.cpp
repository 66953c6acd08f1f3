// A loader thread reads hundreds of stats.json files one after another; each read must reuse the memory the last
// one freed on that thread (a fresh multi-megabyte buffer costs a page fault per 4 KiB on first touch), not only
// the first time.
#include "core/load/file_buffer.h"

#include <QtTest/QtTest>

#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace loadscope;

class FileBufferReuseTest : public QObject {
    Q_OBJECT
private slots:
    void everyReadReusesTheBufferTheLastOneFreed()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("stats.json").toStdString();
        const std::string text(3 << 20, 'x'); // the size of a real stats.json
        std::ofstream(path, std::ios::binary) << text;
        std::string error;
        const char* first = nullptr;
        std::vector<std::unique_ptr<char[]>> blockers;
        for (int read = 0; read < 4; ++read) {
            {
                const FileBuffer buffer = FileBuffer::read(path, error);
                QVERIFY(error.empty());
                QCOMPARE(buffer.text().size(), text.size());
                if (read == 0)
                    first = buffer.begin();
                QCOMPARE(static_cast<const void*>(buffer.begin()), static_cast<const void*>(first));
            }
            // Whatever the allocator does with a freed block, one it got back would be handed out here and
            // kept from the next read.
            blockers.push_back(std::make_unique_for_overwrite<char[]>(text.size() + 1 + kJsonPadding));
        }
    }
};

QTEST_APPLESS_MAIN(FileBufferReuseTest)
#include "test_file_buffer_reuse.moc"
