// 2026 emulated participants (results-format.md, "Folders"): the worker creates events.json and stats.json as `[]`
// and fills only connections.json / errors.json. They are counted as emulated, and a user folder whose events are
// empty without either record (data missing) is not. Bytes as the 2026 browser-emulator writes them.
#include "core/analysis/emulated_participants.h"
#include "core/analysis/test_analysis.h"
#include "core/generate/results_generator.h"
#include "core/load/results_loader.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <filesystem>
#include <fstream>

using namespace loadscope;
namespace fs = std::filesystem;

namespace {

const std::string kTest = "loadtest-webrtc-2026-pion-2p";

void write(const fs::path& path, const std::string& text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string joinRecord(int user)
{
    return R"([{"@timestamp":"2026-03-10T08:00:05.000Z","streams":2,"node_role":"browseremulator","worker_name":"browseremulator-1","new_participant_id":"User)" +
           std::to_string(user) + R"(","new_participant_session":"LoadTestSession1"}])";
}

} // namespace

class EmulatedParticipants : public QObject {
    Q_OBJECT

private slots:
    void emptyFilesWithAJoinOrAnErrorAreEmulated()
    {
        QTemporaryDir dir;
        const fs::path user = fs::path(dir.path().toStdString()) / "stats" / kTest / "s1";
        for (const char* file : {"events.json", "stats.json"})
            for (const char* u : {"u1", "u2", "u3"})
                write(user / u / file, "[]");
        write(user / "u1" / "connections.json", joinRecord(1));
        write(user / "u1" / "errors.json", "[]");
        write(
            user / "u2" / "errors.json",
            R"([{"event":"EMULATED_PARTICIPANT_CREATION_ERROR","source":"browseremulator-1","participant":"User2","session":"LoadTestSession1","timestamp":"2026-03-10T08:00:06.000Z","reason":"no capacity"}])");
        const auto results = loadResults(dir.path().toStdString());
        QVERIFY(results && results->tests.size() == 1);
        const TestData& data = results->tests[0];
        QCOMPARE(data.users.size(), std::size_t(3));
        QVERIFY(isEmulatedParticipant(data.users[0]));
        QVERIFY(isEmulatedParticipant(data.users[1]));
        QVERIFY(!isEmulatedParticipant(data.users[2])); // empty events and nothing else: data missing
        QCOMPARE(countEmulatedParticipants(data), 2);
        for (const Problem& p : results->problems)
            QVERIFY2(p.file.find("/s1/u") == std::string::npos, p.file.c_str()); // no user folder is a problem

        ProblemList problems;
        analyseTest(data, AnalysisOptions{}, problems);
        bool said = false;
        for (const Problem& p : problems.items())
            said = said || p.message.find("its 2 participants are emulated") != std::string::npos;
        QVERIFY(said);
    }

    // --writer 2026 adds one emulated participant per session: User<users per session + 1>.
    void generated2026FoldersHoldOnePerSession()
    {
        QTemporaryDir dir;
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("kurento-2p")};
        options.durationSeconds = 60;
        options.sessions = 3;
        options.writer = generate::WriterStyle::Year2026;
        generate::generateResults(dir.path().toStdString(), options, 1);
        const auto results = loadResults(dir.path().toStdString());
        QVERIFY(results && results->tests.size() == 1);
        const TestData& data = results->tests[0];
        QCOMPARE(countEmulatedParticipants(data), 3);
        for (const UserEvents& u : data.users)
            QCOMPARE(isEmulatedParticipant(u), u.key.user == 3);
    }
};

QTEST_APPLESS_MAIN(EmulatedParticipants)
#include "test_emulated_participants.moc"
