#include "core/load/log_reader.h"

#include "core/util/iso_time.h"
#include "core/util/text_lines.h"

#include <charconv>
#include <regex>

namespace loadscope {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "2024-06-13 " or "2024-06-13T": the line means to be a log record, not a continuation (stack trace, dump).
bool startsLikeTimestamp(std::string_view line)
{
    return line.size() >= 11 && isDigit(line[0]) && isDigit(line[1]) && isDigit(line[2]) && isDigit(line[3]) &&
           line[4] == '-' && isDigit(line[5]) && isDigit(line[6]) && line[7] == '-' && isDigit(line[8]) &&
           isDigit(line[9]) && (line[10] == ' ' || line[10] == 'T');
}

std::optional<int> parseWholeInt(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

std::optional<int> parsePrefixedNumber(std::string_view name, std::string_view longPrefix, std::string_view shortPrefix)
{
    if (name.starts_with(longPrefix))
        return parseWholeInt(name.substr(longPrefix.size()));
    if (name.starts_with(shortPrefix))
        return parseWholeInt(name.substr(shortPrefix.size()));
    return std::nullopt;
}

// A capture through a terminal wraps time, level, pid, thread and logger in ANSI colour codes (ESC '[' parameters
// and one final byte in @..~): the line without them, in `scratch`. Lines without ESC are returned as they are.
std::string_view withoutAnsiCodes(std::string_view line, std::string& scratch)
{
    if (line.find('\x1b') == std::string_view::npos)
        return line;
    scratch.clear();
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\x1b' && i + 1 < line.size() && line[i + 1] == '[') {
            std::size_t j = i + 2;
            while (j < line.size() && !(line[j] >= '@' && line[j] <= '~'))
                ++j;
            i = j; // the final byte (or the end of a cut-off code)
            continue;
        }
        scratch.push_back(line[i]);
    }
    return scratch;
}

// The message of a record: what follows "] <logger> : " (Spring Boot's "%t] %logger : %m"), else "".
std::string_view messageOf(std::string_view rest)
{
    const std::size_t thread = rest.find("] ");
    if (thread == std::string_view::npos)
        return {};
    const std::size_t colon = rest.find(" : ", thread);
    return colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 3);
}

// Websocket traffic some builds log ("Received message: {json}" at INFO, "Received exception from <url>: {json}"
// at ERROR): its JSON may quote any text, so it is never a failure, start or end line.
bool isWebsocketTraffic(std::string_view rest)
{
    const std::string_view message = messageOf(rest);
    return message.starts_with("Received message:") || message.starts_with("Received exception from ");
}

struct LogLineParser {
    const std::string& file;
    ProblemList& problems;
    LogInfo info;

    std::string scratch;

    void parse(std::string_view line, long lineNumber)
    {
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        line = withoutAnsiCodes(line, scratch);
        if (!startsLikeTimestamp(line))
            return;
        // Spring Boot 2: "date time" is two words; Spring Boot 3+: one ISO word.
        std::size_t timeEnd = line[10] == ' ' ? line.find(' ', 11) : line.find(' ');
        if (timeEnd == std::string_view::npos)
            timeEnd = line.size();
        const std::string_view timeText = line.substr(0, timeEnd);
        const auto parsed = parseTimestamp(timeText);
        if (!parsed) {
            problems.warn(file, lineNumber,
                          "log line starts like a timestamp but \"" + std::string(timeText) +
                              "\" does not parse; line ignored");
            return;
        }
        TimeNs local = parsed->time;
        if (parsed->hasOffset) {
            local += static_cast<TimeNs>(parsed->offsetMinutes) * 60 * kNsPerSecond;
            if (!info.zoneOffsetMinutes)
                info.zoneOffsetMinutes = parsed->offsetMinutes;
        }
        std::string_view rest = line.substr(timeEnd);
        const std::size_t levelStart = rest.find_first_not_of(' ');
        if (levelStart == std::string_view::npos)
            return;
        rest.remove_prefix(levelStart);
        const std::string_view level = rest.substr(0, rest.find(' '));
        if (isWebsocketTraffic(rest))
            return;
        if (level == "ERROR" && rest.find("Participant ") != std::string_view::npos)
            parseFailure(rest, local, lineNumber);
        else if (level == "INFO")
            parseStartEnd(rest, local, lineNumber, parsed->hasOffset);
    }

    void parseFailure(std::string_view rest, TimeNs local, long lineNumber)
    {
        // The notebook's pattern, with \S+ for the count so that a bad count is reported rather than ignored.
        static const std::regex pattern(" Participant (.*) in session (.*) failed (\\S+) times");
        // std::regex recurses once per character: a very long line (a dump) would overflow the stack. Real
        // failure lines are about a hundred characters.
        constexpr std::size_t kLongestFailureLine = 4096;
        if (rest.size() > kLongestFailureLine) {
            problems.warn(file, lineNumber,
                          "ERROR line of " + std::to_string(rest.size()) +
                              " characters mentions a Participant; too long to be a failure line, ignored");
            return;
        }
        std::match_results<std::string_view::const_iterator> match;
        if (!std::regex_search(rest.begin(), rest.end(), match, pattern))
            return;
        const auto group = [&match, rest](int i) {
            return rest.substr(static_cast<std::size_t>(match[i].first - rest.begin()),
                               static_cast<std::size_t>(match[i].length()));
        };
        const auto user = parseUserName(group(1));
        const auto session = parseSessionName(group(2));
        const auto attempts = parseWholeInt(group(3));
        if (!user || !session || !attempts) {
            problems.warn(file, lineNumber,
                          "failure line with a bad user, session or count (\"" + std::string(group(1)) + "\", \"" +
                              std::string(group(2)) + "\", \"" + std::string(group(3)) + "\"); ignored");
            return;
        }
        info.failures.push_back({{*session, *user}, local, *attempts, lineNumber});
    }

    void parseStartEnd(std::string_view rest, TimeNs local, long lineNumber, bool isoLog)
    {
        if (info.localStart == kNoTime && rest.find(" Starting test with ") != std::string_view::npos) {
            info.localStart = local;
            info.startLine = lineNumber;
        }
        // Spring Boot 2 writes "Saved result in a <path>", 3+ "Saved result in <path>".
        if (info.localEnd == kNoTime && (rest.find(" Saved result in a ") != std::string_view::npos ||
                                         (isoLog && rest.find(" Saved result in ") != std::string_view::npos))) {
            info.localEnd = local;
            info.endLine = lineNumber;
        }
    }
};

} // namespace

std::optional<int> parseUserName(std::string_view name)
{
    return parsePrefixedNumber(name, "User", "u");
}

std::optional<int> parseSessionName(std::string_view name)
{
    return parsePrefixedNumber(name, "LoadTestSession", "s");
}

LogInfo readLogFile(const FileBuffer& buffer, const std::string& file, ProblemList& problems)
{
    LogLineParser parser{file, problems, {}, {}};
    parser.info.present = true;
    forEachLine(buffer.text(), [&parser](std::string_view line, long number) { parser.parse(line, number); });
    if (parser.info.localStart == kNoTime)
        problems.warn(file, 0, "no \"Starting test with\" line: the test starts at its first event");
    if (parser.info.localEnd == kNoTime)
        problems.warn(file, 0, "no \"Saved result in\" line: the test ends at its last event");
    return std::move(parser.info);
}

} // namespace loadscope
