#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/generate/random_stream.h"
#include "core/generate/results_paths.h"
#include "core/util/iso_time.h"

#include <algorithm>

namespace loadscope::generate {

namespace {

constexpr std::string_view kResultsFolder = "/opt/openvidu-loadtest/loadtest-controller/results/";

constexpr std::string_view kBanner[] = {
    "",
    "  .   ____          _            __ _ _",
    " /\\\\ / ___'_ __ _ _(_)_ __  __ _ \\ \\ \\ \\",
    "( ( )\\___ | '_ | '_| | '_ \\/ _` | \\ \\ \\ \\",
    " \\\\/  ___)| |_)| | | | | || (_| |  ) ) ) )",
    "  '  |____| .__|_| |_|_| |_\\__, | / / / /",
    " =========|_|==============|___/=/_/_/_/",
};

constexpr std::string_view kStackTrace[] = {
    "java.net.SocketTimeoutException: Read timed out",
    "\tat java.base/java.net.SocketInputStream.socketRead0(Native Method) ~[na:na]",
    "\tat java.base/java.net.SocketInputStream.socketRead(SocketInputStream.java:168) ~[na:na]",
    "\tat io.openvidu.loadtest.services.BrowserEmulatorClient.createParticipant(BrowserEmulatorClient.java:212) "
    "~[classes!/:1.0.0]",
    "\tat io.openvidu.loadtest.controller.LoadTestController.startTest(LoadTestController.java:143) "
    "~[classes!/:1.0.0]",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128) ~[na:na]",
};

// Spring Boot's console colours (%clr): time, "---", thread and ":" faint, pid magenta, logger cyan, the level by
// severity. Each coloured field is followed by the reset code Spring writes ("ESC[0;39m").
constexpr std::string_view kFaint = "\x1b[2m", kMagenta = "\x1b[35m", kCyan = "\x1b[36m", kReset = "\x1b[0;39m";

std::string_view levelColour(std::string_view level)
{
    return level == "ERROR" ? "\x1b[31m" : level == "WARN" ? "\x1b[33m" : "\x1b[32m";
}

// Spring Boot 3/4 write ISO times with the offset: the 2026 layout's controller and the 2026 writer.
bool isoTimes(const SimulatedTest& test)
{
    return test.layout == ResultsLayout::Year2026 || test.writer == WriterStyle::Year2026;
}

constexpr std::string_view kApplication = "i.o.loadtest.LoadTestApplication";
constexpr std::string_view kController = "i.o.l.controller.LoadTestController";
constexpr std::string_view kClient = "i.o.l.s.BrowserEmulatorClient";
constexpr std::string_view kDataIo = "i.o.loadtest.utils.DataIO";
constexpr std::string_view kWebSocket = "i.o.l.utils.WebSocketClient";

struct LogLine {
    TimeNs time;
    std::string level; // INFO, WARN, ERROR; empty for a raw line (stdout, stack trace)
    std::string thread, logger, message;
};

class ControllerLog {
public:
    explicit ControllerLog(const SimulatedTest& test)
        : test_(test), random_(streamKey(test.key, {kLogStream})), pid_(20000 + random_.below(20000))
    {
    }

    void info(TimeNs t, std::string_view logger, std::string message, std::string thread = "main")
    {
        add(t, "INFO", logger, std::move(message), std::move(thread));
    }
    // The 2026 controller starts its own messages with "[LOADTEST mode] "; the failure line is unchanged.
    void add(TimeNs t, std::string_view level, std::string_view logger, std::string message, std::string thread)
    {
        if (test_.writer == WriterStyle::Year2026 && logger == kController)
            message = "[LOADTEST mode] " + message;
        lines_.push_back({t, std::string(level), std::move(thread), std::string(logger), std::move(message)});
    }
    void raw(TimeNs t, std::string text) { lines_.push_back({t, "", "", "", std::move(text)}); }
    RandomStream& random() { return random_; }

    std::uint64_t write(const std::filesystem::path& path)
    {
        std::stable_sort(lines_.begin(), lines_.end(),
                         [](const LogLine& a, const LogLine& b) { return a.time < b.time; });
        const ClockText clock = isoTimes(test_) ? ClockText::IsoWithOffset : ClockText::LocalNoZone;
        const bool ansi = test_.writer == WriterStyle::Ansi;
        OutputFile out(path);
        // One field, in its colour and followed by the reset code when the capture went through a terminal.
        const auto field = [&out, ansi](std::string_view colour, auto&& write) {
            if (ansi)
                out.text(colour);
            write();
            if (ansi)
                out.text(kReset);
            out.put(' ');
        };
        for (const auto& line : lines_) {
            if (line.level.empty()) {
                out.text(line.message).put('\n');
                continue;
            }
            field(kFaint, [&] { out.time(line.time, clock, kLocalOffsetMinutes); });
            field(levelColour(line.level), [&] {
                out.text(std::string(5 - std::min<std::size_t>(5, line.level.size()), ' ')).text(line.level);
            });
            field(kMagenta, [&] { out.integer(pid_); });
            field(kFaint, [&] { out.text("---"); });
            field(kFaint, [&] { out.put('[').text(padThread(line.thread)).put(']'); });
            field(kCyan, [&] {
                out.text(line.logger).text(std::string(40 - std::min<std::size_t>(40, line.logger.size()), ' '));
            });
            field(kFaint, [&] { out.put(':'); });
            out.text(line.message).put('\n');
        }
        out.close();
        return out.bytesWritten();
    }

private:
    // %15.15t: right-aligned in 15 columns, longer names keep their last 15 characters.
    static std::string padThread(const std::string& name)
    {
        if (name.size() >= 15)
            return name.substr(name.size() - 15);
        return std::string(15 - name.size(), ' ') + name;
    }

    const SimulatedTest& test_;
    RandomStream random_;
    int pid_;
    std::vector<LogLine> lines_;
};

std::string workerThread(const SimulatedUser& user)
{
    return "pool-2-thread-" + std::to_string(user.order % 12 + 1);
}

std::string who(const SimulatedUser& user)
{
    return "Participant " + participantName(user.user) + " in session " + sessionName(user.session);
}

void addStartup(ControllerLog& log, const SimulatedTest& test)
{
    const bool spring3 = isoTimes(test);
    TimeNs t = test.logStart;
    for (std::string_view line : kBanner)
        log.raw(t, std::string(line));
    log.raw(t, spring3 ? " :: Spring Boot ::                (v3.2.4)" : " :: Spring Boot ::                (v2.4.5)");
    log.raw(t, "");
    log.info(t + secondsToNs(0.4), kApplication,
             "Starting LoadTestApplication v1.0.0 using Java 11.0.22 on loadtest-controller "
             "(/opt/openvidu-loadtest/loadtest-controller/target/loadtest-controller-1.0.0.jar started by root)");
    log.info(t + secondsToNs(0.41), kApplication, "No active profile set, falling back to default profiles: default");
    log.info(t + secondsToNs(3.1), kApplication, "Started LoadTestApplication in 3.012 seconds (JVM running for 3.6)");
    log.raw(t + secondsToNs(3.2), "Elasticsearch host: http://172.31.0.10:9200");
    log.info(t + secondsToNs(3.3), kController,
             "Load test configuration: sessions=" + std::to_string(test.sessions) + ", startingParticipants=" +
                 std::to_string(test.startingParticipants) + ", batchSize=" + std::to_string(test.batchSize));
    const bool allPublish = test.spec.subscribersPerSession() == 0;
    if (test.writer == WriterStyle::Year2026 && test.sessions == 1)
        log.info(test.testStart, kController,
                 "Starting test with one session " + std::to_string(test.spec.publishersPerSession()) + ":" +
                     std::to_string(test.spec.subscribersPerSession()) + " topology");
    else
        log.info(test.testStart, kController,
                 std::string("Starting test with ") + (allPublish ? "N:N" : "N:M") +
                     (spring3 ? " session topology" : " session typology"));
}

void addUser(ControllerLog& log, const SimulatedTest& test, const SimulatedUser& user)
{
    const std::string thread = workerThread(user);
    for (std::size_t i = 0; i < user.attempts.size(); ++i) {
        const auto& a = user.attempts[i];
        log.info(a.start, kClient, who(user) + " is connecting (attempt " + std::to_string(i + 1) + ")", thread);
        if (a.everConnected() && log.random().chance(0.5))
            log.raw(a.connected, "{\"connectionId\":\"" + a.connectionId +
                                     "\",\"workerCpuUsage\":" + std::to_string(20 + log.random().below(70)) +
                                     ",\"participants\":" + std::to_string(test.spec.usersPerSession()) + "}");
        const std::string ids = "\"participant\":\"" + participantName(user.user) + "\",\"session\":\"" +
                                sessionName(user.session) + "\"";
        if (test.writer == WriterStyle::Year2026)
            log.info(a.start + secondsToNs(0.01), kWebSocket,
                     "Received message: {\"event\":\"connectionStart\"," + ids + "}", thread);
        if (a.failureLogged == kNoTime)
            continue;
        const std::string failure = who(user) + " failed " + std::to_string(a.failuresSoFar) + " times";
        log.add(a.failureLogged, "ERROR", kClient, failure, thread);
        // The worker's echo quotes the failure line: read as a failure, it would count twice.
        if (test.writer == WriterStyle::Year2026)
            log.add(a.failureLogged, "ERROR", kWebSocket,
                    "Received exception from wss://172.31.0.21:5001/events: {\"event\":\"exception\"," + ids +
                        ",\"message\":\"Error: " + failure + "\"}",
                    thread);
        if (log.random().chance(0.4))
            for (std::string_view line : kStackTrace)
                log.raw(a.failureLogged, std::string(line));
    }
}

void addBatches(ControllerLog& log, const SimulatedTest& test)
{
    if (test.batchIntervalSeconds <= 0)
        return;
    const int later = (static_cast<int>(test.users.size()) - test.startingParticipants + test.batchSize - 1) /
                      test.batchSize;
    for (int batch = 0; batch < later; ++batch) {
        const TimeNs t = test.testStart + secondsToNs(3.0 + batch * test.batchIntervalSeconds + 0.01);
        log.info(t, kController,
                 "Waiting " + std::to_string(static_cast<int>(test.batchIntervalSeconds * 1000)) +
                     " ms before the next batch of " + std::to_string(test.batchSize) + " participants");
    }
}

void addEnd(ControllerLog& log, const SimulatedTest& test)
{
    const bool spring3 = isoTimes(test);
    if (test.crash) {
        log.add(*test.crash + secondsToNs(5.0), "ERROR", kController,
                "Media node metrics unavailable: Connection refused", "scheduling-1");
        log.add(*test.crash + secondsToNs(15.0), "WARN", kController, "Media node did not answer 3 health checks",
                "scheduling-1");
    }
    log.info(test.testEnd - secondsToNs(0.8), kController, "Test duration reached, stopping participants");
    log.info(test.testEnd, kDataIo,
             std::string(spring3 ? "Saved result in " : "Saved result in a ") + std::string(kResultsFolder) +
                 test.name + "/" + resultsFileName(test));
    log.info(test.testEnd + secondsToNs(1.5), kController, "Disconnecting all participants");
    log.info(test.testEnd + secondsToNs(9.0), kController, "Load test finished");
}

} // namespace

WrittenFiles writeControllerLog(const std::filesystem::path& root, const SimulatedTest& test)
{
    ControllerLog log(test);
    addStartup(log, test);
    addBatches(log, test);
    for (const auto& user : test.users)
        addUser(log, test, user);
    addEnd(log, test);
    return {1, log.write(controllerLogPath(root, test))};
}

} // namespace loadscope::generate
