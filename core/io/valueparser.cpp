#include "valueparser.h"

#include <QCoreApplication>

#include <algorithm>

#include <charconv>
#include <cmath>
#include <cstring>

namespace tierlab {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// UTF-8 spellings of the currency symbols and of the spaces used as thousands separators.
constexpr std::string_view kCurrencies[] = {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE2\x82\xB9"};
constexpr std::string_view kSpaces[] = {" ", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89", "'"};

bool stripCurrencyPrefix(std::string_view &s)
{
    for (std::string_view c : kCurrencies) {
        if (startsWith(s, c)) {
            s.remove_prefix(c.size());
            return true;
        }
    }
    return false;
}

bool stripCurrencySuffix(std::string_view &s)
{
    for (std::string_view c : kCurrencies) {
        if (endsWith(s, c)) {
            s.remove_suffix(c.size());
            return true;
        }
    }
    return false;
}

// Length of the space-like separator at the start of `s`, 0 if none.
std::size_t spaceSeparator(std::string_view s)
{
    for (std::string_view sp : kSpaces) {
        if (startsWith(s, sp))
            return sp.size();
    }
    return 0;
}

std::optional<double> fromChars(const char *first, const char *last)
{
    double v = 0;
    const auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Reads digits with optional grouping: the first group 1–3 digits, every later one exactly 3.
// Appends the digits to `out`. `group` is the ASCII grouping character (spaces are always groups).
bool readInteger(std::string_view &s, char group, std::string &out, bool *grouped)
{
    std::size_t groupLen = 0;
    bool any = false;
    *grouped = false;
    while (!s.empty()) {
        if (isDigit(s[0])) {
            out.push_back(s[0]);
            s.remove_prefix(1);
            ++groupLen;
            any = true;
            continue;
        }
        std::size_t sep = (s[0] == group) ? 1 : spaceSeparator(s);
        if (sep == 0 || !any)
            break;
        if ((*grouped && groupLen != 3) || (!*grouped && groupLen > 3))
            return false;
        s.remove_prefix(sep);
        *grouped = true;
        groupLen = 0;
        if (s.empty() || !isDigit(s[0]))
            return false;
    }
    if (*grouped && groupLen != 3)
        return false;
    return any;
}

bool parseNumberBody(std::string_view s, char decimal, char group, std::string &out)
{
    bool grouped = false;
    const bool intDigits = !s.empty() && isDigit(s[0]);
    if (intDigits && !readInteger(s, group, out, &grouped))
        return false;
    if (!s.empty() && s[0] == decimal) {
        s.remove_prefix(1);
        out.push_back('.');
        bool any = false;
        while (!s.empty() && isDigit(s[0])) {
            out.push_back(s[0]);
            s.remove_prefix(1);
            any = true;
        }
        if (!any && !intDigits)
            return false;
    }
    return s.empty() && out.size() > 0 && out != ".";
}

int twoDigits(std::string_view s, std::size_t &pos)
{
    // one or two digits
    int v = 0;
    std::size_t n = 0;
    while (pos < s.size() && isDigit(s[pos]) && n < 2) {
        v = v * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    return n == 0 ? -1 : v;
}

int fourDigits(std::string_view s, std::size_t &pos)
{
    if (pos + 4 > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        if (!isDigit(s[pos]))
            return -1;
        v = v * 10 + (s[pos] - '0');
        ++pos;
    }
    return v;
}

// After the date: nothing, or a time ("T10:00", " 03:00:00", " 3:00", with anything after the seconds:
// fractions, a zone). The clock must be one: T25:00:00 or 10:75 make the cell no date (issue 17).
bool timeRestOk(std::string_view rest)
{
    if (rest.empty())
        return true;
    if (rest[0] != 'T' && rest[0] != ' ')
        return false;
    std::size_t pos = 1;
    auto number = [&] {   // one or two digits; -1 when none
        int v = -1;
        for (int n = 0; n < 2 && pos < rest.size() && isDigit(rest[pos]); ++n, ++pos)
            v = (v < 0 ? 0 : v * 10) + (rest[pos] - '0');
        return v;
    };
    const int h = number();
    if (h < 0 || pos >= rest.size() || rest[pos] != ':')
        return false;
    ++pos;
    const int m = number();
    int sec = 0;
    if (pos < rest.size() && rest[pos] == ':') {
        ++pos;
        sec = number();
    }
    if (m < 0 || m > 59 || sec < 0 || sec > 60)
        return false;
    return h < 24 || (h == 24 && m == 0 && sec == 0);   // 24:00:00 is the day's end
}

bool validDate(int y, int m, int d)
{
    return y > 0 && QDate::isValid(y, m, d);
}

struct Parts
{
    bool iso = false;
    bool other = false;
    bool dotted = false;
    int y = 0, a = 0, b = 0;   // iso: a = month, b = day; other: the two leading numbers in order
};

Parts split(std::string_view t)
{
    Parts p;
    std::size_t pos = 0;
    if (t.size() >= 8 && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && isDigit(t[3])
        && (t[4] == '-' || t[4] == '/')) {
        const char sep = t[4];
        p.y = fourDigits(t, pos);
        ++pos;
        p.a = twoDigits(t, pos);
        if (p.a < 0 || pos >= t.size() || t[pos] != sep)
            return p;
        ++pos;
        p.b = twoDigits(t, pos);
        if (p.b < 0 || !timeRestOk(t.substr(pos)))
            return p;
        p.iso = true;
        return p;
    }
    p.a = twoDigits(t, pos);
    if (p.a < 0 || pos >= t.size())
        return p;
    const char sep = t[pos];
    if (sep != '/' && sep != '.' && sep != '-')
        return p;
    ++pos;
    p.b = twoDigits(t, pos);
    if (p.b < 0 || pos >= t.size() || t[pos] != sep)
        return p;
    ++pos;
    p.y = fourDigits(t, pos);
    if (p.y < 0 || !timeRestOk(t.substr(pos)))
        return p;
    p.other = true;
    p.dotted = sep == '.';
    return p;
}

// [-]digits[.digits] with at most 15 digits in all: the significand is an exact integer below 2^53 and
// 10^k an exact double, so one division gives the correctly rounded value, the same bits std::from_chars
// gives (Clinger's fast path). Most cells of an export look like this; anything else returns false.
bool parseSimpleDecimal(std::string_view t, double *out)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char *p = t.data();
    const char *const end = p + t.size();
    const bool negative = p < end && *p == '-';
    p += negative ? 1 : 0;
    std::uint64_t significand = 0;
    int digits = 0, fraction = 0;
    for (; p < end && isDigit(*p); ++p, ++digits)
        significand = significand * 10 + std::uint64_t(*p - '0');
    if (digits == 0)
        return false;
    if (p < end && *p == '.') {
        ++p;
        for (; p < end && isDigit(*p); ++p, ++fraction)
            significand = significand * 10 + std::uint64_t(*p - '0');
        if (fraction == 0)
            return false;
    }
    if (p != end || digits + fraction > 15)
        return false;
    const double v = double(significand) / kPowers[fraction];
    *out = negative ? -v : v;
    return true;
}

} // namespace

std::string_view ValueParser::trimmed(std::string_view text)
{
    std::size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r' || text[b] == '\n'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' || text[e - 1] == '\n'))
        --e;
    return text.substr(b, e - b);
}

std::ptrdiff_t ValueParser::controlCharacterAt(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t') || c == 0x7F)
            return std::ptrdiff_t(i);
    }
    return -1;
}

QString ValueParser::controlCharacterReason(const QString &what, std::string_view text, std::ptrdiff_t at)
{
    // Characters, not bytes: count the UTF-8 sequences before it.
    const auto before = std::count_if(text.begin(), text.begin() + at, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return QCoreApplication::translate("Import", "%1 contains the control character U+%2 at character %3")
        .arg(what)
        .arg(QString::number(int(static_cast<unsigned char>(text[std::size_t(at)])), 16).toUpper().rightJustified(4, u'0'))
        .arg(before + 1);
}

std::optional<double> ValueParser::parseNumber(std::string_view text, DecimalStyle style)
{
    std::string_view t = trimmed(text);
    if (t.empty())
        return std::nullopt;
    // In Comma style a '.' is a thousands separator: only whole numbers read the same in both styles.
    if (double v; (style == DecimalStyle::Point || t.find('.') == std::string_view::npos) && parseSimpleDecimal(t, &v))
        return v;
    // Fast path: what from_chars reads whole. A '.' in Comma style is a thousands separator, so
    // that case takes the slow path.
    const char c0 = t[0];
    if ((isDigit(c0) || ((c0 == '-' || c0 == '.') && t.size() > 1))
        && (style == DecimalStyle::Point || t.find('.') == std::string_view::npos)) {
        if (auto v = fromChars(t.data(), t.data() + t.size()))
            return v;
    }

    bool negative = false;
    bool percent = false;
    if (t.size() > 2 && t.front() == '(' && t.back() == ')') {
        negative = true;
        t = trimmed(t.substr(1, t.size() - 2));
    }
    bool sign = negative;
    for (;;) {
        t = trimmed(t);
        if (stripCurrencyPrefix(t))
            continue;
        if (!sign && !t.empty() && (t[0] == '-' || t[0] == '+')) {
            negative = t[0] == '-';
            sign = true;
            t.remove_prefix(1);
            continue;
        }
        break;
    }
    for (;;) {
        t = trimmed(t);
        if (!percent && !t.empty() && t.back() == '%') {
            percent = true;
            t.remove_suffix(1);
            continue;
        }
        if (stripCurrencySuffix(t))
            continue;
        break;
    }
    if (t.empty() || t.size() > 64)
        return std::nullopt;

    std::string clean;
    clean.reserve(t.size() + 1);
    if (negative)
        clean.push_back('-');
    const std::size_t signLen = clean.size();
    bool ok;
    if (style == DecimalStyle::Point) {
        ok = parseNumberBody(t, '.', ',', clean);
    } else {
        ok = parseNumberBody(t, ',', '.', clean);
        if (!ok && t.find(',') == std::string_view::npos) {
            // "4.0" in a ';' file: not a valid grouping, so the '.' is a decimal point after all.
            clean.resize(signLen);
            ok = parseNumberBody(t, '.', '\0', clean);
        }
    }
    if (!ok)
        return std::nullopt;
    return fromChars(clean.data(), clean.data() + clean.size());
}

std::optional<bool> ValueParser::parseFlagWord(std::string_view text)
{
    const std::string_view t = trimmed(text);
    if (t.empty() || t.size() > 5)
        return std::nullopt;
    char lower[5];
    for (std::size_t i = 0; i < t.size(); ++i)
        lower[i] = (t[i] >= 'A' && t[i] <= 'Z') ? char(t[i] - 'A' + 'a') : t[i];
    const std::string_view l(lower, t.size());
    if (l == "yes" || l == "true" || l == "y")
        return true;
    if (l == "no" || l == "false" || l == "n")
        return false;
    return std::nullopt;
}

std::optional<bool> ValueParser::parseFlag(std::string_view text)
{
    const std::string_view t = trimmed(text);
    if (t == "1")
        return true;
    if (t == "0")
        return false;
    return parseFlagWord(t);
}

std::optional<bool> ValueParser::parseLabel(std::string_view text)
{
    const std::string_view t = trimmed(text);
    if (const auto f = parseFlag(t))
        return f;
    if (t.size() < 6 || t.size() > 8)
        return std::nullopt;
    char lower[8];
    for (std::size_t i = 0; i < t.size(); ++i)
        lower[i] = (t[i] >= 'A' && t[i] <= 'Z') ? char(t[i] - 'A' + 'a') : t[i];
    const std::string_view l(lower, t.size());
    if (l == "churned")
        return true;
    if (l == "retained" || l == "active")
        return false;
    return std::nullopt;
}

std::optional<QDate> ValueParser::parseDate(std::string_view text, DateOrder order)
{
    const Parts p = split(trimmed(text));
    if (p.iso) {
        if (!validDate(p.y, p.a, p.b))
            return std::nullopt;
        return QDate(p.y, p.a, p.b);
    }
    if (!p.other)
        return std::nullopt;
    // Dotted dates are European by convention; otherwise the column's order decides.
    const bool dayFirst = p.dotted || order == DateOrder::DayMonthYear;
    if (!p.dotted && order == DateOrder::Iso)
        return std::nullopt;
    const int m = dayFirst ? p.b : p.a;
    const int d = dayFirst ? p.a : p.b;
    if (!validDate(p.y, m, d))
        return std::nullopt;
    return QDate(p.y, m, d);
}

bool ValueParser::isMissingToken(std::string_view t)
{
    // Asked of every cell an import reads: the length decides which of the tokens can match.
    switch (t.size()) {
    case 0:
        return true;
    case 1:
        return t[0] == '-' || t[0] == '?';
    case 2:
        return t == "NA";
    case 3:
        return t == "N/A" || t == "n/a" || t == "NaN" || t == "nan";
    case 4:
        return t == "NULL" || t == "null" || t == "#N/A" || t == "None";
    default:
        return false;
    }
}

int ValueParser::secondsOfDay(std::string_view text)
{
    const std::string_view t = trimmed(text);
    std::size_t pos = t.find_first_of("T ");
    if (pos == std::string_view::npos || pos < 8)
        return 0;
    int parts[3] = {0, 0, 0};
    int part = 0;
    int digits = 0;
    for (++pos; pos < t.size() && part < 3; ++pos) {
        const char c = t[pos];
        if (isDigit(c) && digits < 2) {
            parts[part] = parts[part] * 10 + (c - '0');
            ++digits;
        } else if (c == ':' && digits > 0) {
            ++part;
            digits = 0;
        } else {
            break;
        }
    }
    if (parts[0] > 23 || parts[1] > 59 || parts[2] > 60)
        return 0;
    return std::min(parts[0] * 3600 + parts[1] * 60 + parts[2], 86399);
}

ValueParser::DateShape ValueParser::dateShape(std::string_view text)
{
    const Parts p = split(trimmed(text));
    DateShape s;
    if (p.iso) {
        s.iso = validDate(p.y, p.a, p.b);
        return s;
    }
    if (!p.other)
        return s;
    s.dotted = p.dotted;
    s.monthDayYear = !p.dotted && validDate(p.y, p.a, p.b);
    s.dayMonthYear = validDate(p.y, p.b, p.a);
    return s;
}

} // namespace tierlab
