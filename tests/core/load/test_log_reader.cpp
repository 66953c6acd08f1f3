// The controller's console output as it really is (results-format.md, "Controller output"): terminal colour codes,
// the Spring banner, bare stack traces, websocket traffic, the 2026 messages. Lines are those of the Spring Boot
// patterns the document quotes; each reads as the plain 2024 line does.
#include "core/load/file_buffer.h"
#include "core/load/log_reader.h"

#include <QtTest/QtTest>

using namespace loadscope;

namespace {

// Spring Boot's %clr fields for one record: faint time, level colour, magenta pid, faint "---" and thread, cyan
// logger, faint ":".
std::string coloured(const std::string& time, const std::string& level, const std::string& logger,
                     const std::string& message)
{
    const std::string reset = "\x1b[0;39m";
    const std::string levelColour = level.find("ERROR") != std::string::npos ? "\x1b[31m" : "\x1b[32m";
    return "\x1b[2m" + time + reset + " " + levelColour + level + reset + " \x1b[35m25518" + reset + " \x1b[2m---" +
           reset + " \x1b[2m[           main]" + reset + " \x1b[36m" + logger + reset + " \x1b[2m:" + reset + " " +
           message;
}

struct Read {
    LogInfo info;
    ProblemList problems;
};

Read readLog(const std::string& text)
{
    Read r;
    r.info = readLogFile(FileBuffer::fromBytes(text), "logs/x.log", r.problems);
    return r;
}

const std::string kFailure = "Participant User2 in session LoadTestSession1 failed 3 times";

} // namespace

class TestLogReader : public QObject {
    Q_OBJECT

private slots:
    void colourCodesReadAsThePlainLine()
    {
        const std::string plain =
            "2024-06-13 12:00:01.000  INFO 25518 --- [           main] i.o.l.controller.LoadTestController      : "
            "Starting test with N:M session typology\n"
            "2024-06-13 12:00:05.500 ERROR 25518 --- [           main] i.o.l.s.BrowserEmulatorClient            : " +
            kFailure +
            "\n"
            "2024-06-13 12:09:00.250  INFO 25518 --- [           main] i.o.loadtest.utils.DataIO                : "
            "Saved result in a /r/results.txt\n";
        const std::string ansi = coloured("2024-06-13 12:00:01.000", " INFO",
                                          "i.o.l.controller.LoadTestController     ",
                                          "Starting test with N:M session typology") +
                                 "\n" +
                                 coloured("2024-06-13 12:00:05.500", "ERROR",
                                          "i.o.l.s.BrowserEmulatorClient           ", kFailure) +
                                 "\n" +
                                 coloured("2024-06-13 12:09:00.250", " INFO",
                                          "i.o.loadtest.utils.DataIO               ",
                                          "Saved result in a /r/results.txt") +
                                 "\n";
        const Read a = readLog(plain), b = readLog(ansi);
        QCOMPARE(a.info.failures.size(), std::size_t(1));
        QCOMPARE(b.info.failures.size(), std::size_t(1));
        QCOMPARE(b.info.failures[0].localTime, a.info.failures[0].localTime);
        QCOMPARE(b.info.failures[0].attempts, 3);
        QCOMPARE(b.info.failures[0].key.user, 2);
        QCOMPARE(b.info.localStart, a.info.localStart);
        QCOMPARE(b.info.localEnd, a.info.localEnd);
        QVERIFY(a.info.localStart != kNoTime && a.info.localEnd != kNoTime);
        QCOMPARE(b.problems.items().size(), std::size_t(0));
    }

    void bannerAndStackTracesAreSkipped()
    {
        const Read r = readLog(
            "  .   ____          _            __ _ _\n"
            " :: Spring Boot ::                (v2.4.5)\n"
            "java.net.SocketTimeoutException: " +
            kFailure +
            "\n"
            "\tat "
            "io.openvidu.loadtest.services.BrowserEmulatorClient.createParticipant(BrowserEmulatorClient.java:212)\n");
        QCOMPARE(r.info.failures.size(), std::size_t(0));
        QCOMPARE(r.problems.items().size(), std::size_t(2)); // only "no start line", "no end line"
    }

    // The quoted texts are preceded by a space, as the failure, start and end patterns want: only the websocket
    // rule keeps them out.
    void websocketTrafficIsNeverAFailureStartOrEnd()
    {
        const Read r = readLog(
            "2026-03-10T12:00:05.500+02:00 ERROR 1 --- [main] i.o.l.utils.WebSocketClient : Received exception from "
            "wss://10.0.0.5:5001/events: {\"event\":\"exception\",\"message\":\"Error: " +
            kFailure +
            "\"}\n"
            "2026-03-10T12:00:06.000+02:00  INFO 1 --- [main] i.o.l.utils.WebSocketClient : Received message: "
            "{\"text\":\"controller: Starting test with N:N session topology\"}\n"
            "2026-03-10T12:00:07.000+02:00  INFO 1 --- [main] i.o.l.utils.WebSocketClient : Received message: "
            "{\"text\":\"controller: Saved result in /r/results.txt\"}\n");
        QCOMPARE(r.info.failures.size(), std::size_t(0));
        QCOMPARE(r.info.localStart, kNoTime);
        QCOMPARE(r.info.localEnd, kNoTime);
    }

    void messagesOf2026()
    {
        const Read r = readLog(
            "2026-03-10T12:00:01.000+02:00  INFO 1 --- [main] i.o.l.controller.LoadTestController : [LOADTEST mode] "
            "Starting test with one session 3:40 topology\n"
            "2026-03-10T12:00:05.500+02:00 ERROR 1 --- [main] i.o.l.s.BrowserEmulatorClient : " +
            kFailure +
            "\n"
            "2026-03-10T12:09:00.000+02:00  INFO 1 --- [main] i.o.loadtest.utils.DataIO : Saved result in "
            "/r/results-2026-03-10_12-09-00.txt\n");
        QCOMPARE(r.info.failures.size(), std::size_t(1));
        QCOMPARE(r.info.startLine, 1L);
        QCOMPARE(r.info.endLine, 3L);
        QCOMPARE(r.info.zoneOffsetMinutes, std::optional<int>(120));
        QCOMPARE(r.problems.items().size(), std::size_t(0));
    }

    void aCutOffColourCodeDoesNotBreakTheLine()
    {
        const Read r = readLog("\x1b[2m2024-06-13 12:00:05.500\x1b[0;39m ERROR 1 --- [main] c.Client : " + kFailure +
                               " \x1b[0;3");
        QCOMPARE(r.info.failures.size(), std::size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestLogReader)
#include "test_log_reader.moc"
