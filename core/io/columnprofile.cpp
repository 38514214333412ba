#include "columnprofile.h"

#include <algorithm>

namespace tierlab {

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Number:
        return QStringLiteral("number");
    case ValueType::Category:
        return QStringLiteral("category");
    case ValueType::Flag:
        return QStringLiteral("flag");
    case ValueType::Date:
        return QStringLiteral("date");
    }
    return {};
}

bool valueTypeFromName(const QString &name, ValueType *type)
{
    if (name == u"number")
        *type = ValueType::Number;
    else if (name == u"category")
        *type = ValueType::Category;
    else if (name == u"flag")
        *type = ValueType::Flag;
    else if (name == u"date")
        *type = ValueType::Date;
    else
        return false;
    return true;
}

void ColumnProfile::add(std::string_view value)
{
    ++m_values;
    const std::string_view t = ValueParser::trimmed(value);
    if (ValueParser::isMissingToken(t)) {
        ++m_missing;
        return;
    }
    // A low-cardinality column never reaches the cap, so every one of its cells is checked: against the
    // bytes seen before first (no QString made per cell), and only new bytes are converted and
    // compared as text (different invalid UTF-8 can make the same text).
    if (!m_distinctCapped && std::find(m_distinctBytes.begin(), m_distinctBytes.end(), t) == m_distinctBytes.end()) {
        const QString s = QString::fromUtf8(t.data(), qsizetype(t.size()));
        if (!m_distinct.contains(s)) {
            if (m_distinct.size() >= kDistinctCap)
                m_distinctCapped = true;
            else
                m_distinct.append(s);
        }
        if (!m_distinctCapped && m_distinctBytes.size() < std::size_t(4 * kDistinctCap))
            m_distinctBytes.emplace_back(t);
    }
    if (ValueParser::parseNumber(t, m_style))
        ++m_numbers;
    if (ValueParser::parseFlagWord(t))
        ++m_flags;
    if (ValueParser::parseFlag(t))
        ++m_flagReads;
    if (ValueParser::parseLabel(t))
        ++m_labels;
    const ValueParser::DateShape s = ValueParser::dateShape(t);
    if (s.iso) {
        ++m_isoDates;
    } else if (s.dotted) {
        m_dottedDates += s.dayMonthYear ? 1 : 0;
    } else if (s.monthDayYear || s.dayMonthYear) {
        ++m_slashed;
        m_monthDayYear += s.monthDayYear ? 1 : 0;
        m_dayMonthYear += s.dayMonthYear ? 1 : 0;
    }
}

ColumnProfile::DateReading ColumnProfile::dateReading() const
{
    DateReading r;
    r.reads = m_isoDates + m_dottedDates;
    r.order = m_dottedDates > 0 ? DateOrder::DayMonthYear : DateOrder::Iso;
    if (m_slashed == 0)
        return r;
    // Slashed dates need an order: the one that reads more of them. When both read as many, dotted
    // dates (European) settle it; without them the column does not tell, and the slashed dates
    // count as not dates.
    if (m_monthDayYear > m_dayMonthYear) {
        r.order = DateOrder::MonthDayYear;
        r.reads += m_monthDayYear;
    } else if (m_dayMonthYear > m_monthDayYear || m_dottedDates > 0) {
        r.order = DateOrder::DayMonthYear;
        r.reads += m_dayMonthYear;
    }
    return r;
}

ValueType ColumnProfile::inferredType() const
{
    if (present() == 0)
        return ValueType::Category;
    if (isMajority(m_numbers))
        return ValueType::Number;
    if (isMajority(m_flags))
        return ValueType::Flag;
    if (isMajority(dateReading().reads))
        return ValueType::Date;
    return ValueType::Category;
}

DateOrder ColumnProfile::dateOrder() const
{
    return dateReading().order;
}

std::int64_t ColumnProfile::unreadable() const
{
    switch (inferredType()) {
    case ValueType::Number:
        return present() - m_numbers;
    case ValueType::Flag:
        return present() - m_flagReads;   // the import also reads 1/0 as a flag
    case ValueType::Date:
        return present() - dateReading().reads;
    case ValueType::Category:
        break;
    }
    return 0;
}

bool ColumnProfile::readsAsLabel() const
{
    return m_labels * 2 > present();
}

} // namespace tierlab
