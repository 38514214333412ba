#pragma once

#include "io/valueparser.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string_view>

namespace tierlab {

// What a column's values read as. Date is not a signal type: it feeds as_of, renewal_date, an
// outcome date, or a signal holding the number of days before as_of.
enum class ValueType : std::uint8_t { Number, Category, Flag, Date };
QString valueTypeName(ValueType type);
bool valueTypeFromName(const QString &name, ValueType *type);

// Accumulates one column's values over a sample and infers its default type: number when every
// non-missing value reads as a number; flag when every one is yes/no/true/false/y/n; date when
// every one is an ISO date or a US/EU date whose order is unambiguous across the column;
// otherwise category. An all-missing column is a category.
class ColumnProfile
{
public:
    explicit ColumnProfile(DecimalStyle style = DecimalStyle::Point, bool missingTokens = false)
        : m_style(style), m_missingTokens(missingTokens)
    {
    }

    void add(std::string_view value);

    ValueType inferredType() const;
    DateOrder dateOrder() const;   // meaningful when inferredType() is Date

    std::int64_t values() const { return m_values; }     // cells seen
    std::int64_t missing() const { return m_missing; }
    std::int64_t distinctSeen() const { return m_distinct.size(); }   // capped at kDistinctCap
    bool distinctCapped() const { return m_distinctCapped; }
    QStringList examples() const { return m_distinct.mid(0, 5); }

    static constexpr int kDistinctCap = 100;

private:
    DecimalStyle m_style;
    bool m_missingTokens = false;   // NA, NULL, … count as missing
    std::int64_t m_values = 0;
    std::int64_t m_missing = 0;
    bool m_allNumber = true;
    bool m_allFlag = true;
    bool m_allDate = true;
    bool m_anyOther = false;       // a non-ISO date seen
    bool m_allMonthDayYear = true;
    bool m_allDayMonthYear = true;
    bool m_anyUndotted = false;
    QStringList m_distinct;
    bool m_distinctCapped = false;
};

} // namespace tierlab
