#pragma once

// Small hand-made snapshots for scoring tests: columns by value (the original header is the id in
// capitals), accounts ACC-1…, ARR unknown.
#include "dataset/dataset.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace tierlab::test {

inline tierlab::Column numberColumn(const QString &id, std::vector<double> values,
                                    tierlab::SignalType type = tierlab::SignalType::Number)
{
    tierlab::Column c;
    c.info.id = id;
    c.info.originalName = id.toUpper();
    c.info.type = type;
    c.numbers = std::move(values);
    return c;
}

// Empty text is missing.
inline tierlab::Column textColumn(const QString &id, const QStringList &values)
{
    tierlab::Column c;
    c.info.id = id;
    c.info.originalName = id.toUpper();
    c.info.type = tierlab::SignalType::Category;
    for (const QString &v : values) {
        if (v.isEmpty()) {
            c.codes.push_back(tierlab::kMissingCode);
            continue;
        }
        auto it = std::find(c.dictionary.begin(), c.dictionary.end(), v);
        if (it == c.dictionary.end()) {
            c.dictionary.push_back(v);
            it = c.dictionary.end() - 1;
        }
        c.codes.push_back(std::int32_t(it - c.dictionary.begin()));
    }
    return c;
}

inline tierlab::Dataset dataset(std::vector<tierlab::Column> columns)
{
    tierlab::Dataset d;
    const tierlab::Column &first = columns.front();
    const std::size_t n = first.info.type == tierlab::SignalType::Category ? first.codes.size() : first.numbers.size();
    for (std::size_t i = 0; i < n; ++i)
        d.accountIds.push_back(QStringLiteral("ACC-%1").arg(i + 1));
    d.arr.assign(n, tierlab::kMissing);
    d.columns = std::move(columns);
    return d;
}

} // namespace tierlab::test
