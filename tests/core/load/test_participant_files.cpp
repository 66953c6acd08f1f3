// errors.json and connections.json as results-format.md ("errors.json / connections.json") describes the real
// browser-emulator's records; and the generated folder's files, read back through the loader.
#include "core/generate/results_generator.h"
#include "core/load/file_buffer.h"
#include "core/load/participant_files_reader.h"
#include "core/load/results_loader.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace loadscope;

namespace {

constexpr TimeNs kTen = 1718272800LL * kNsPerSecond; // 2024-06-13T10:00:00Z

} // namespace

class TestParticipantFiles : public QObject {
    Q_OBJECT

private slots:
    void errorsOfEveryShape()
    {
        const std::string text =
            R"([{"participant":"User1","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:01.000Z"},)"
            R"({"name":"OPENVIDU_PERMISSION_DENIED","message":"no camera","participant":"User1","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:02.000Z"},)"
            "\n"
            R"({"event":"EMULATED_PARTICIPANT_HEALTH_ERROR","source":"worker-2","participant":"User1","session":"LoadTestSession1","timestamp":"2024-06-13T10:00:03.500Z","reason":"no media for 10 s"},)"
            R"({"name":"x","timestamp":"yesterday"}])";
        std::vector<BrowserError> errors;
        ProblemList problems;
        readErrorsFile(FileBuffer::fromBytes(text), "stats/t/s1/u1/errors.json", errors, problems);
        QCOMPARE(errors.size(), std::size_t(4));
        QCOMPARE(errors[0].kind, std::string());
        QCOMPARE(errors[0].time, kTen + kNsPerSecond);
        QCOMPARE(errors[1].kind, std::string("OPENVIDU_PERMISSION_DENIED"));
        QCOMPARE(errors[1].message, std::string("no camera"));
        QCOMPARE(errors[2].kind, std::string("EMULATED_PARTICIPANT_HEALTH_ERROR"));
        QCOMPARE(errors[2].message, std::string("no media for 10 s"));
        QCOMPARE(errors[2].time, kTen + 3500 * 1000000LL);
        QCOMPARE(errors[2].line, 2L);
        QVERIFY(errors[2].raw.find("worker-2") != std::string::npos);
        QCOMPARE(errors[3].time, kNoTime); // kept, without a time, and said
        QCOMPARE(problems.items().size(), std::size_t(1));
        QCOMPARE(problems.items()[0].file, std::string("stats/t/s1/u1/errors.json"));
    }

    void joinRecordsNameTheirParticipant()
    {
        const std::string text =
            R"([{"@timestamp":"2024-06-13T10:00:05.000Z","streams":2,"node_role":"browseremulator","worker_name":"w-1","new_participant_id":"User2","new_participant_session":"LoadTestSession1"},)"
            R"({"@timestamp":"2024-06-13T10:00:06.000Z","streams":3,"node_role":"browseremulator","worker_name":"w-1","new_participant_id":"User3","new_participant_session":"LoadTestSession1"},)"
            R"({"@timestamp":"2024-06-13T10:00:07.000Z","node_role":"browseremulator"}])";
        std::vector<JoinRecord> joins;
        ProblemList problems;
        readConnectionsFile(FileBuffer::fromBytes(text), "c.json", joins, problems);
        QCOMPARE(joins.size(), std::size_t(2));
        QCOMPARE(problems.items().size(), std::size_t(1)); // the record without a worker
        const auto mine = joinsOfUser(joins, {1, 3});
        QCOMPARE(mine.size(), std::size_t(1));
        QCOMPARE(mine[0].worker, std::string("w-1"));
        QCOMPARE(mine[0].time, kTen + 6 * kNsPerSecond);
        QCOMPARE(joinsOfUser(joins, {2, 3}).size(), std::size_t(0));
    }

    // The generator writes both files for every user; the loader puts them on the users, and an older folder
    // without them loads without a word about them.
    void generatedFilesReachTheUsers()
    {
        QTemporaryDir dir;
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("pion-3p-40s")};
        options.durationSeconds = 120;
        options.capacityScale = 0.7;
        options.seed = 16;
        generate::generateResults(dir.path().toStdString(), options, 1);
        const auto results = loadResults(dir.path().toStdString());
        QVERIFY(results && results->tests.size() == 1);
        int withJoin = 0, errors = 0;
        for (const UserEvents& u : results->tests[0].users) {
            withJoin += u.joins.empty() ? 0 : 1;
            errors += static_cast<int>(u.errors.size());
            for (const JoinRecord& j : u.joins)
                QVERIFY(j.worker.starts_with("browseremulator-"));
        }
        QCOMPARE(withJoin, static_cast<int>(results->tests[0].users.size()));
        const auto& first = results->tests[0].users.front();
        QCOMPARE(first.joins.front().time, first.events.front().time); // joined when its first attempt started
        // One browser error per failure the controller logged (no crash in this test).
        QVERIFY(errors > 0);
        QCOMPARE(static_cast<std::size_t>(errors), results->tests[0].log.failures.size());
        for (const UserEvents& u : results->tests[0].users) {
            std::filesystem::remove(dir.path().toStdString() + "/" + u.folder + "/errors.json");
            std::filesystem::remove(dir.path().toStdString() + "/" + u.folder + "/connections.json");
        }
        const auto older = loadResults(dir.path().toStdString());
        for (const Problem& p : older->problems)
            QVERIFY2(p.file.find("errors.json") == std::string::npos &&
                         p.file.find("connections.json") == std::string::npos,
                     p.file.c_str());
    }
};

QTEST_APPLESS_MAIN(TestParticipantFiles)
#include "test_participant_files.moc"
