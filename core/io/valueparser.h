#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tierlab {

enum class DecimalStyle : std::uint8_t { Point, Comma };   // Comma: files delimited with ';'
// Point: ISO (YYYY-MM-DD, optional time); MonthDayYear: US m/d/Y; DayMonthYear: EU d.m.Y or d/m/Y.
enum class DateOrder : std::uint8_t { Iso, MonthDayYear, DayMonthYear };

// Reads cell text (UTF-8 bytes straight from the reader) as typed values. No allocation on the
// common paths: numbers go through std::from_chars.
class ValueParser
{
public:
    static std::string_view trimmed(std::string_view text);
    // The byte offset of the first control character (U+0000–U+001F but tab, and U+007F) in `text`;
    // -1 when none. An id with one (a NUL, a terminal escape) is refused: it would be stored and
    // echoed raw. The reason names the character and its position: "WHAT contains the control
    // character U+001B at character 4".
    static std::ptrdiff_t controlCharacterAt(std::string_view text);
    static QString controlCharacterReason(const QString &what, std::string_view text, std::ptrdiff_t at);
    // No value: empty, whitespace only, or a missing token. The one test every import and the
    // profiler use: such a cell is missing without a warning.
    static bool isMissing(std::string_view text) { return isMissingToken(trimmed(text)); }
    // Empty, or a token exports write for "no value": NA, N/A, n/a, NULL, null, -, ?, #N/A, NaN, nan, None.
    static bool isMissingToken(std::string_view trimmedText);

    // Plain numbers, thousands separators, a decimal comma in Comma style, "45%" -> 45, currency
    // symbols ($ € £ ¥ ₹) stripped, "(12)" -> -12. Missing or unreadable: nullopt.
    static std::optional<double> parseNumber(std::string_view text, DecimalStyle style = DecimalStyle::Point);

    // yes/no/true/false/y/n in any case.
    static std::optional<bool> parseFlagWord(std::string_view text);
    // parseFlagWord, and 1/0 as well (a flag signal fed from a 0/1 column).
    static std::optional<bool> parseFlag(std::string_view text);
    // A churn label word, any case: parseFlag's words and 1/0, plus churned (true) and retained or
    // active (false). Anything else is not a label.
    static std::optional<bool> parseLabel(std::string_view text);

    // A date, or a date-time whose date part is taken. US and EU forms need the order.
    static std::optional<QDate> parseDate(std::string_view text, DateOrder order);
    // Seconds since midnight of a date-time's time part ("2024-03-01 14:05:09", "…T14:05"); 0 for a
    // plain date or a time that does not read. Orders the rows of one day (event tables' `last`).
    static int secondsOfDay(std::string_view text);
    // Which orders can read `text` (for inferring a column's order).
    struct DateShape
    {
        bool iso = false;
        bool monthDayYear = false;
        bool dayMonthYear = false;
        bool dotted = false;   // d.m.Y: European by convention
    };
    static DateShape dateShape(std::string_view text);
};

} // namespace tierlab
