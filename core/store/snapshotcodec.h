#pragma once

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

namespace tierlab {

// Encodes one account's signal values of one snapshot as a compact blob (one row per account per
// as_of). Missing values are simply absent. Layout: u8 version, then entries of
// [u16 signal index][u8 tag][payload], tag 1 = f64 number, tag 2 = u32 length + UTF-8 text.
// See docs/architecture.md for why this layout beat a row-per-value table.
class SnapshotCodec
{
public:
    static constexpr std::uint8_t kVersion = 1;

    class Builder
    {
    public:
        Builder();
        void clear();
        void addNumber(int signalIndex, double value);   // NaN is skipped
        void addText(int signalIndex, const QString &value);  // empty is skipped
        const QByteArray &data() const { return m_data; }
        bool isEmpty() const { return m_data.size() <= 1; }

    private:
        QByteArray m_data;
    };

    // Calls onNumber(int index, double) and onText(int index, const char *utf8, int size) per value.
    // Returns false when the blob is malformed (corrupt workspace). A template: it runs per value
    // when a snapshot loads.
    template <typename OnNumber, typename OnText>
    static bool decode(const void *data, int size, OnNumber &&onNumber, OnText &&onText);

    // A day number (a renewal date's Julian day) read from a blob, or nothing when it is not a finite
    // number an int64 holds: a damaged or crafted blob must not reach the conversion, which would be
    // undefined behaviour (found by fuzz/fuzz_snapshot).
    static std::optional<std::int64_t> dayNumber(double v)
    {
        if (!(v >= -0x1p63 && v < 0x1p63))   // false for NaN too
            return std::nullopt;
        return std::int64_t(std::floor(v));
    }

    static constexpr std::uint8_t kTagNumber = 1;
    static constexpr std::uint8_t kTagText = 2;
};

template <typename OnNumber, typename OnText>
bool SnapshotCodec::decode(const void *data, int size, OnNumber &&onNumber, OnText &&onText)
{
    const auto *p = static_cast<const unsigned char *>(data);
    if (size < 1 || p[0] != kVersion)
        return false;
    int pos = 1;
    while (pos < size) {
        if (pos + 3 > size)
            return false;
        std::uint16_t index;
        std::memcpy(&index, p + pos, 2);
        const std::uint8_t tag = p[pos + 2];
        pos += 3;
        if (tag == kTagNumber) {
            if (pos + 8 > size)
                return false;
            double v;
            std::memcpy(&v, p + pos, 8);
            pos += 8;
            onNumber(int(index), v);
        } else if (tag == kTagText) {
            if (pos + 4 > size)
                return false;
            std::uint32_t len;
            std::memcpy(&len, p + pos, 4);
            pos += 4;
            if (len > std::uint32_t(size - pos))
                return false;
            onText(int(index), reinterpret_cast<const char *>(p + pos), int(len));
            pos += int(len);
        } else {
            return false;
        }
    }
    return true;
}

} // namespace tierlab
