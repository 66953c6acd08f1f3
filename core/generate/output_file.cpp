#include "core/generate/output_file.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace loadscope::generate {

namespace {

constexpr std::size_t kBufferBytes = 1 << 20;
constexpr std::size_t kLongestItem = 64; // the longest single number or time text

// Howard Hinnant's civil_from_days: days since 1970-01-01 to year, month, day.
void civilFromDays(long long days, long long& year, unsigned& month, unsigned& day)
{
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<long long>(yoe) + era * 400 + (month <= 2);
}

char* digits(char* out, long long value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = static_cast<char>('0' + value % 10);
    return out + width;
}

std::runtime_error ioError(const std::filesystem::path& path, const char* what)
{
    return std::runtime_error("cannot " + std::string(what) + " " + path.string() + ": " + std::strerror(errno));
}

} // namespace

OutputFile::OutputFile(const std::filesystem::path& path) : path_(path), buffer_(kBufferBytes)
{
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_)
        throw ioError(path, "create");
    std::setvbuf(file_, nullptr, _IONBF, 0);
}

OutputFile::~OutputFile()
{
    if (file_) {
        try {
            flush();
        } catch (...) {
        }
        std::fclose(file_);
    }
}

void OutputFile::flush()
{
    if (used_ > 0 && std::fwrite(buffer_.data(), 1, used_, file_) != used_)
        throw ioError(path_, "write");
    written_ += used_;
    used_ = 0;
}

void OutputFile::close()
{
    if (!file_)
        return;
    flush();
    const int result = std::fclose(file_);
    file_ = nullptr;
    if (result != 0)
        throw ioError(path_, "close");
}

void OutputFile::ensure(std::size_t bytes)
{
    if (used_ + bytes > buffer_.size())
        flush();
}

OutputFile& OutputFile::text(std::string_view text)
{
    if (text.size() > buffer_.size()) {
        flush();
        if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
            throw ioError(path_, "write");
        written_ += text.size();
        return *this;
    }
    ensure(text.size());
    std::memcpy(buffer_.data() + used_, text.data(), text.size());
    used_ += text.size();
    return *this;
}

OutputFile& OutputFile::put(char c)
{
    ensure(1);
    buffer_[used_++] = c;
    return *this;
}

OutputFile& OutputFile::integer(long long value)
{
    ensure(kLongestItem);
    used_ = static_cast<std::size_t>(std::to_chars(buffer_.data() + used_, buffer_.data() + buffer_.size(), value).ptr -
                                     buffer_.data());
    return *this;
}

OutputFile& OutputFile::number(double value)
{
    if (std::isnan(value))
        return text("null");
    ensure(kLongestItem);
    used_ = static_cast<std::size_t>(std::to_chars(buffer_.data() + used_, buffer_.data() + buffer_.size(), value).ptr -
                                     buffer_.data());
    return *this;
}

OutputFile& OutputFile::quoted(std::string_view text)
{
    put('"');
    this->text(text);
    return put('"');
}

OutputFile& OutputFile::time(TimeNs t, ClockText style, int offsetMinutes)
{
    if (style != ClockText::IsoUtc)
        t += static_cast<TimeNs>(offsetMinutes) * 60 * kNsPerSecond;
    const long long totalMs = t >= 0 ? t / 1'000'000 : -((-t + 999'999) / 1'000'000);
    long long days = totalMs >= 0 ? totalMs / 86'400'000 : -((-totalMs + 86'399'999) / 86'400'000);
    long long msOfDay = totalMs - days * 86'400'000;
    long long year;
    unsigned month, day;
    civilFromDays(days, year, month, day);
    ensure(kLongestItem);
    char* out = buffer_.data() + used_;
    out = digits(out, year, 4);
    *out++ = '-';
    out = digits(out, month, 2);
    *out++ = '-';
    out = digits(out, day, 2);
    *out++ = style == ClockText::LocalNoZone ? ' ' : 'T';
    out = digits(out, msOfDay / 3'600'000, 2);
    *out++ = ':';
    out = digits(out, msOfDay / 60'000 % 60, 2);
    *out++ = ':';
    out = digits(out, msOfDay / 1000 % 60, 2);
    *out++ = '.';
    out = digits(out, msOfDay % 1000, 3);
    if (style == ClockText::IsoUtc) {
        *out++ = 'Z';
    } else if (style == ClockText::IsoWithOffset) {
        const int magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
        *out++ = offsetMinutes < 0 ? '-' : '+';
        out = digits(out, magnitude / 60, 2);
        *out++ = ':';
        out = digits(out, magnitude % 60, 2);
    }
    used_ = static_cast<std::size_t>(out - buffer_.data());
    return *this;
}

OutputFile& OutputFile::epochMilliseconds(TimeNs t)
{
    // Browsers report RTCStats timestamps as a double of milliseconds with microsecond digits.
    return number(static_cast<double>(t / 1000) / 1000.0);
}

void writeTextFile(const std::filesystem::path& path, std::string_view content)
{
    OutputFile file(path);
    file.text(content);
    file.close();
}

} // namespace loadscope::generate
