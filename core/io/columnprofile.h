#pragma once

#include "io/valueparser.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tierlab {

// What a column's values read as. Date is not a signal type: it feeds as_of, renewal_date, an
// outcome date, or a signal holding the number of days before as_of.
enum class ValueType : std::uint8_t { Number, Category, Flag, Date };
QString valueTypeName(ValueType type);
bool valueTypeFromName(const QString &name, ValueType *type);

// Accumulates one column's values over a sample and infers its default type from the large
// majority of its values: a type wins when at least 95 % of the non-missing values read as it
// (kMajorityPercent), tried in the order number, flag (yes/no/true/false/y/n), date (ISO, or US/EU
// in the order that reads more of the slashed dates; when both read as many, the slashed dates
// are ambiguous and count as not dates); otherwise the column is a category. Missing values are
// empty cells and missing tokens (ValueParser::isMissing). An all-missing column is a category.
// The import stores the other values of a typed column as missing and lists each as a warning.
class ColumnProfile
{
public:
    explicit ColumnProfile(DecimalStyle style = DecimalStyle::Point) : m_style(style) {}

    void add(std::string_view value);

    ValueType inferredType() const;
    DateOrder dateOrder() const;   // meaningful when inferredType() is Date
    // Non-missing values that do not read as inferredType() (0 for a category): the import's warnings.
    std::int64_t unreadable() const;
    // More than half of the non-missing values are churn label words (ValueParser::parseLabel): with a
    // churn name, the column is the label. Laxer than a type, since the name says what the column is
    // and the other values only lose their outcome (each a warning), while a churn column taken as a
    // signal would lose every label.
    bool readsAsLabel() const;

    std::int64_t values() const { return m_values; }     // cells seen
    std::int64_t missing() const { return m_missing; }
    std::int64_t present() const { return m_values - m_missing; }
    std::int64_t distinctSeen() const { return m_distinct.size(); }   // capped at kDistinctCap
    bool distinctCapped() const { return m_distinctCapped; }
    QStringList examples() const { return m_distinct.mid(0, 5); }

    static constexpr int kDistinctCap = 100;
    static constexpr int kMajorityPercent = 95;
    // `count` of the non-missing values is a large enough majority.
    bool isMajority(std::int64_t count) const { return present() > 0 && count * 100 >= present() * kMajorityPercent; }

private:
    struct DateReading
    {
        DateOrder order = DateOrder::Iso;
        std::int64_t reads = 0;   // values that read as dates in that order
    };
    DateReading dateReading() const;

    DecimalStyle m_style;
    std::int64_t m_values = 0;
    std::int64_t m_missing = 0;
    std::int64_t m_numbers = 0;
    std::int64_t m_flags = 0;           // yes/no words: what makes a flag column
    std::int64_t m_flagReads = 0;       // those and 1/0: what the import reads in one
    std::int64_t m_labels = 0;
    std::int64_t m_isoDates = 0;
    std::int64_t m_dottedDates = 0;     // d.m.Y: European by convention, read in any order
    std::int64_t m_slashed = 0;         // undotted m/d/Y or d/m/Y dates valid in some order
    std::int64_t m_monthDayYear = 0;    // those valid as m/d/Y
    std::int64_t m_dayMonthYear = 0;    // those valid as d/m/Y
    QStringList m_distinct;
    std::vector<std::string> m_distinctBytes;   // the bytes of values known to be in m_distinct
    bool m_distinctCapped = false;
};

} // namespace tierlab
