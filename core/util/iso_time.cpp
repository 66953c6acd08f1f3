#include "core/util/iso_time.h"

#include <charconv>
#include <limits>
#include <string>

namespace loadscope {

namespace {

bool readDigits(std::string_view s, std::size_t& pos, int count, long long& value)
{
    value = 0;
    for (int i = 0; i < count; ++i, ++pos) {
        if (pos >= s.size() || s[pos] < '0' || s[pos] > '9')
            return false;
        value = value * 10 + (s[pos] - '0');
    }
    return true;
}

// Appends a non-negative number in at least `width` digits, zeros in front.
void appendZeroPadded(std::string& out, long long value, std::size_t width)
{
    char digits[20];
    const char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    const auto length = static_cast<std::size_t>(end - digits);
    if (length < width)
        out.append(width - length, '0');
    out.append(digits, length);
}

} // namespace

long long daysFromCivil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

std::optional<int> parseUtcOffset(std::string_view s)
{
    if (s.size() < 2 || (s[0] != '+' && s[0] != '-'))
        return std::nullopt;
    const int sign = s[0] == '-' ? -1 : 1;
    std::size_t pos = 1;
    long long hours = 0, minutes = 0;
    const bool oneDigitHour = s.size() == 2 || (s.size() > 2 && (s[2] < '0' || s[2] > '9'));
    if (!readDigits(s, pos, oneDigitHour ? 1 : 2, hours))
        return std::nullopt;
    if (pos < s.size() && s[pos] == ':')
        ++pos;
    if (pos < s.size() && !readDigits(s, pos, 2, minutes))
        return std::nullopt;
    if (pos != s.size() || hours > 18 || minutes > 59)
        return std::nullopt;
    return sign * static_cast<int>(hours * 60 + minutes);
}

std::optional<ParsedTime> parseTimestamp(std::string_view s)
{
    std::size_t pos = 0;
    long long year, month, day, hour, minute, second;
    if (!readDigits(s, pos, 4, year) || pos >= s.size() || s[pos++] != '-' || !readDigits(s, pos, 2, month) ||
        pos >= s.size() || s[pos++] != '-' || !readDigits(s, pos, 2, day))
        return std::nullopt;
    if (pos >= s.size() || (s[pos] != 'T' && s[pos] != ' '))
        return std::nullopt;
    ++pos;
    if (!readDigits(s, pos, 2, hour) || pos >= s.size() || s[pos++] != ':' || !readDigits(s, pos, 2, minute) ||
        pos >= s.size() || s[pos++] != ':' || !readDigits(s, pos, 2, second))
        return std::nullopt;
    static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month < 1 || month > 12 || day < 1 || day > kDaysInMonth[month - 1] || (month == 2 && day == 29 && !leap) ||
        hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    long long nanos = 0;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        int digits = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (digits < 9) {
                nanos = nanos * 10 + (s[pos] - '0');
                ++digits;
            }
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 9; ++digits)
            nanos *= 10;
    }
    ParsedTime parsed;
    if (pos < s.size()) {
        if (s[pos] == 'Z' && pos + 1 == s.size()) {
            parsed.hasOffset = true;
        } else {
            auto offset = parseUtcOffset(s.substr(pos));
            if (!offset)
                return std::nullopt;
            parsed.hasOffset = true;
            parsed.offsetMinutes = *offset;
        }
    }
    const long long days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const long long seconds = days * 86400 + hour * 3600 + minute * 60 + second - parsed.offsetMinutes * 60LL;
    const auto time = timeFromSeconds(seconds);
    if (!time)
        return std::nullopt;
    parsed.time = *time + nanos;
    return parsed;
}

std::optional<TimeNs> timeFromSeconds(long long seconds)
{
    constexpr long long kLimit = std::numeric_limits<long long>::max() / kNsPerSecond / 2;
    if (seconds > kLimit || seconds < -kLimit)
        return std::nullopt;
    return seconds * kNsPerSecond;
}

std::string formatIsoUtc(TimeNs t)
{
    long long seconds = t / kNsPerSecond;
    long long nanos = t % kNsPerSecond;
    if (nanos < 0) {
        nanos += kNsPerSecond;
        --seconds;
    }
    long long days = seconds / 86400;
    long long rem = seconds % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    // civil_from_days (Howard Hinnant)
    const long long z = days + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
    // Built with to_chars rather than snprintf into a fixed buffer: the compiler cannot know that a TimeNs year
    // lies in 1677..2262 and warned that a 20-digit year would truncate (-Wformat-truncation).
    std::string text;
    text.reserve(24);
    appendZeroPadded(text, y, 4);
    text += '-';
    appendZeroPadded(text, m, 2);
    text += '-';
    appendZeroPadded(text, d, 2);
    text += 'T';
    appendZeroPadded(text, rem / 3600, 2);
    text += ':';
    appendZeroPadded(text, (rem / 60) % 60, 2);
    text += ':';
    appendZeroPadded(text, rem % 60, 2);
    text += '.';
    appendZeroPadded(text, nanos / 1'000'000, 3);
    text += 'Z';
    return text;
}

} // namespace loadscope
