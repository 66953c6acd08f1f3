#include "ui/plot/png_encoder.h"

#include <QImage>

#include <zlib.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace loadscope {

namespace {

// zlib's level: 4 was the knee on the 170 figures of the seed-11 folder: 6 made files 3 % smaller for about 40 %
// more time, 1-3 made them 11-18 % bigger for 20-30 % less (single runs on a loaded machine).
constexpr int kDeflateLevel = 4;

enum Filter : unsigned char { kNone = 0, kSub = 1, kUp = 2 };
enum ColourType : unsigned char { kIndexed = 3, kRgb = 2, kRgba = 6 };

void appendBigEndian(QByteArray& out, quint32 value)
{
    const char bytes[4] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
    out.append(bytes, 4);
}

void appendChunk(QByteArray& out, const char (&type)[5], const void* data, std::size_t size)
{
    appendBigEndian(out, quint32(size));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(static_cast<const char*>(data), qsizetype(size));
    const auto* typed = reinterpret_cast<const Bytef*>(out.constData() + start);
    appendBigEndian(out, quint32(crc32(0, typed, uInt(size + 4))));
}

// The image's colours (an RGB32 image) and each pixel's index into them, when there are at most 256.
class Palette {
public:
    bool collect(const QImage& image)
    {
        slots_.fill(kEmpty);
        indices_.resize(std::size_t(image.width()) * std::size_t(image.height()));
        uchar* index = indices_.data();
        const int width = image.width();
        QRgb last = 0; // never a pixel's: those are opaque
        uchar lastIndex = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < width; ++x, ++index) {
                const QRgb colour = pixels[x] | 0xff000000u;
                if (colour != last) {
                    const int found = find(colour);
                    if (found < 0)
                        return false;
                    last = colour;
                    lastIndex = uchar(found);
                }
                *index = lastIndex;
            }
        }
        return true;
    }
    const std::vector<QRgb>& colours() const { return colours_; }
    const uchar* row(int y, int width) const { return indices_.data() + std::size_t(y) * std::size_t(width); }

private:
    static constexpr std::size_t kSlots = 1024; // a power of two, well above 256: short probes
    static constexpr int kEmpty = -1;

    // The colour's index, added when new; -1 when it would be the 257th.
    int find(QRgb colour)
    {
        for (std::size_t slot = (colour * 2654435761u) >> 22;; slot = (slot + 1) % kSlots) {
            if (slots_[slot] == kEmpty) {
                if (colours_.size() == 256)
                    return -1;
                slots_[slot] = int(colours_.size());
                colours_.push_back(colour);
                return slots_[slot];
            }
            if (colours_[std::size_t(slots_[slot])] == colour)
                return slots_[slot];
        }
    }

    std::array<int, kSlots> slots_{};
    std::vector<QRgb> colours_;
    std::vector<uchar> indices_;
};

std::size_t filterCost(const uchar* bytes, std::size_t size)
{
    std::size_t sum = 0; // libpng's heuristic: the smallest sum of the bytes taken as signed
    for (std::size_t i = 0; i < size; ++i)
        sum += std::size_t(std::abs(int(static_cast<signed char>(bytes[i]))));
    return sum;
}

// Turns each raw row into the filtered row that costs least (its filter byte first).
class RowFilter {
public:
    RowFilter(std::size_t rowBytes, std::size_t pixelBytes)
        : size_(rowBytes), bpp_(pixelBytes), previous_(rowBytes, 0), none_(rowBytes + 1, kNone),
          sub_(rowBytes + 1, kSub), up_(rowBytes + 1, kUp), zeros_(rowBytes + 1, 0)
    {
        zeros_[0] = kUp;
    }
    uchar* raw() { return none_.data() + 1; }
    std::size_t filteredSize() const { return size_ + 1; }

    // The row written into raw(), filtered; valid until the next call.
    const uchar* filter(bool first)
    {
        const uchar* row = raw();
        const uchar* chosen = none_.data();
        if (!first && std::memcmp(row, previous_.data(), size_) == 0)
            chosen = zeros_.data();
        else {
            uchar* sub = sub_.data() + 1;
            for (std::size_t i = 0; i < size_; ++i)
                sub[i] = uchar(row[i] - (i >= bpp_ ? row[i - bpp_] : 0));
            std::size_t best = filterCost(row, size_);
            if (const std::size_t cost = filterCost(sub, size_); cost < best) {
                best = cost;
                chosen = sub_.data();
            }
            if (!first) {
                uchar* up = up_.data() + 1;
                for (std::size_t i = 0; i < size_; ++i)
                    up[i] = uchar(row[i] - previous_[i]);
                if (filterCost(up, size_) < best)
                    chosen = up_.data();
            }
        }
        std::memcpy(previous_.data(), row, size_);
        return chosen;
    }

private:
    std::size_t size_, bpp_;
    std::vector<uchar> previous_, none_, sub_, up_, zeros_;
};

// Deflates the filtered rows into IDAT chunks of up to 64 KiB.
class IdatWriter {
public:
    explicit IdatWriter(QByteArray& out) : out_(out)
    {
        ok_ = deflateInit2(&stream_, kDeflateLevel, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        stream_.next_out = buffer_.data();
        stream_.avail_out = uInt(buffer_.size());
    }
    ~IdatWriter() { deflateEnd(&stream_); }
    IdatWriter(const IdatWriter&) = delete;
    IdatWriter& operator=(const IdatWriter&) = delete;

    bool add(const uchar* data, std::size_t size) { return run(data, size, Z_NO_FLUSH); }
    bool finish() { return run(nullptr, 0, Z_FINISH) && flushChunk(); }

private:
    bool run(const uchar* data, std::size_t size, int flush)
    {
        stream_.next_in = const_cast<Bytef*>(data);
        stream_.avail_in = uInt(size);
        while (ok_) {
            const int status = deflate(&stream_, flush);
            ok_ = status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR;
            if (stream_.avail_out == 0)
                flushChunk();
            else if (stream_.avail_in == 0 && (flush != Z_FINISH || status == Z_STREAM_END))
                break;
        }
        return ok_;
    }
    bool flushChunk()
    {
        const std::size_t size = buffer_.size() - stream_.avail_out;
        if (size > 0)
            appendChunk(out_, "IDAT", buffer_.data(), size);
        stream_.next_out = buffer_.data();
        stream_.avail_out = uInt(buffer_.size());
        return true;
    }

    QByteArray& out_;
    z_stream stream_{};
    std::array<Bytef, 1 << 16> buffer_{};
    bool ok_ = false;
};

void appendHeader(QByteArray& out, const QImage& image, ColourType type)
{
    static const char signature[] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    out.append(signature, sizeof signature);
    QByteArray header;
    appendBigEndian(header, quint32(image.width()));
    appendBigEndian(header, quint32(image.height()));
    header.append(char(8)).append(char(type)).append(3, '\0'); // depth 8; deflate, adaptive filters, no interlace
    appendChunk(out, "IHDR", header.constData(), std::size_t(header.size()));
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray physical;
        appendBigEndian(physical, quint32(image.dotsPerMeterX()));
        appendBigEndian(physical, quint32(image.dotsPerMeterY()));
        physical.append(char(1)); // metres
        appendChunk(out, "pHYs", physical.constData(), std::size_t(physical.size()));
    }
}

void appendPalette(QByteArray& out, const std::vector<QRgb>& colours)
{
    QByteArray entries;
    for (QRgb colour : colours)
        entries.append(char(qRed(colour))).append(char(qGreen(colour))).append(char(qBlue(colour)));
    appendChunk(out, "PLTE", entries.constData(), std::size_t(entries.size()));
}

// One pixel row of `image` (RGB32 or ARGB32) as PNG's raw bytes: R G B [A].
void rawRow(const QImage& image, int y, bool alpha, uchar* out)
{
    const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
    const int width = image.width();
    for (int x = 0; x < width; ++x) {
        const QRgb pixel = pixels[x];
        *out++ = uchar(qRed(pixel));
        *out++ = uchar(qGreen(pixel));
        *out++ = uchar(qBlue(pixel));
        if (alpha)
            *out++ = uchar(qAlpha(pixel));
    }
}

} // namespace

QByteArray writePng(const QImage& image)
{
    if (image.isNull())
        return {};
    const bool alpha = image.hasAlphaChannel();
    const QImage source = image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    Palette palette;
    const bool indexed = !alpha && palette.collect(source);
    const std::size_t pixelBytes = indexed ? 1 : alpha ? 4 : 3;

    QByteArray out;
    appendHeader(out, source, indexed ? kIndexed : alpha ? kRgba : kRgb);
    if (indexed)
        appendPalette(out, palette.colours());
    IdatWriter idat(out);
    RowFilter rows(std::size_t(source.width()) * pixelBytes, pixelBytes);
    for (int y = 0; y < source.height(); ++y) {
        if (indexed)
            std::memcpy(rows.raw(), palette.row(y, source.width()), std::size_t(source.width()));
        else
            rawRow(source, y, alpha, rows.raw());
        if (!idat.add(rows.filter(y == 0), rows.filteredSize()))
            return {};
    }
    if (!idat.finish())
        return {};
    appendChunk(out, "IEND", nullptr, 0);
    return out;
}

} // namespace loadscope
