#pragma once

#include "common/error.h"
#include "io/columnprofile.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tierlab {

// One column of an event table. Number and flag cells are stored as f64 (flags 0/1), dates as
// f64 "julian day + seconds / 86400" (the calendar date is its floor), text as per-chunk
// dictionaries. NaN / code -1 is a missing cell.
struct TableColumnInfo
{
    QString name;            // the CSV header, exact text
    ValueType type = ValueType::Category;
    DateOrder dateOrder = DateOrder::Iso;
};

QString tableColumnsToJson(const std::vector<TableColumnInfo> &columns);
Result<std::vector<TableColumnInfo>> tableColumnsFromJson(const QString &json);

// The calendar date (julian day) of a stored date cell; callers check for NaN first.
inline std::int64_t dayOf(double dateValue)
{
    return std::int64_t(std::floor(dateValue));
}
double dateValue(std::int64_t julianDay, int secondsOfDay);

// A chunk of one column as stored in the workspace. Layout: u8 kind (1 = f64 values, 2 = text),
// u32 rows, then the rows' f64 values, or u32 dictionary size, the dictionary's entries
// (u32 length + UTF-8 bytes) and the rows' i32 codes.
class ColumnChunk
{
public:
    static constexpr std::uint8_t kNumbers = 1;
    static constexpr std::uint8_t kText = 2;

    static QByteArray encodeNumbers(const std::vector<double> &values);
    static QByteArray encodeText(const std::vector<std::string_view> &dictionary, const std::vector<std::int32_t> &codes);

    // Decoding checks every length against the blob: a damaged chunk is an error, never a crash.
    struct Decoded
    {
        std::uint8_t kind = 0;
        std::uint32_t rows = 0;
        const char *numbers = nullptr;              // kind 1: rows × f64, unaligned (memcpy)
        std::vector<std::string_view> dictionary;   // kind 2
        const char *codes = nullptr;                // kind 2: rows × i32, unaligned
    };
    static bool decode(const void *data, int size, Decoded *out);
};

} // namespace tierlab
