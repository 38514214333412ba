#include "columnprofile.h"

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
    if (t.empty() || (m_missingTokens && ValueParser::isMissingToken(t))) {
        ++m_missing;
        return;
    }
    if (!m_distinctCapped) {
        const QString s = QString::fromUtf8(t.data(), qsizetype(t.size()));
        if (!m_distinct.contains(s)) {
            if (m_distinct.size() >= kDistinctCap)
                m_distinctCapped = true;
            else
                m_distinct.append(s);
        }
    }
    if (m_allNumber && !ValueParser::parseNumber(t, m_style))
        m_allNumber = false;
    if (m_allFlag && !ValueParser::parseFlagWord(t))
        m_allFlag = false;
    if (m_allDate) {
        const ValueParser::DateShape s = ValueParser::dateShape(t);
        if (s.iso)
            return;
        if (!s.monthDayYear && !s.dayMonthYear) {
            m_allDate = false;
            return;
        }
        m_anyOther = true;
        if (!s.dotted)
            m_anyUndotted = true;
        m_allMonthDayYear = m_allMonthDayYear && (s.monthDayYear || s.dotted);
        m_allDayMonthYear = m_allDayMonthYear && s.dayMonthYear;
    }
}

ValueType ColumnProfile::inferredType() const
{
    if (m_missing == m_values)
        return ValueType::Category;
    if (m_allNumber)
        return ValueType::Number;
    if (m_allFlag)
        return ValueType::Flag;
    if (m_allDate) {
        if (!m_anyOther)
            return ValueType::Date;
        // Dotted dates alone are European by convention; slashed ones must settle the order.
        if (!m_anyUndotted && m_allDayMonthYear)
            return ValueType::Date;
        if (m_allMonthDayYear != m_allDayMonthYear)
            return ValueType::Date;
    }
    return ValueType::Category;
}

DateOrder ColumnProfile::dateOrder() const
{
    if (!m_anyOther)
        return DateOrder::Iso;
    if (!m_anyUndotted)
        return DateOrder::DayMonthYear;
    return m_allMonthDayYear && !m_allDayMonthYear ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
}

} // namespace tierlab
