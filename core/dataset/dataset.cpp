#include "dataset.h"

#include <algorithm>
#include <cmath>

namespace tierlab {

QString signalTypeName(SignalType type)
{
    switch (type) {
    case SignalType::Number:
        return QStringLiteral("number");
    case SignalType::Category:
        return QStringLiteral("category");
    case SignalType::Flag:
        return QStringLiteral("flag");
    }
    return {};
}

bool signalTypeFromName(const QString &name, SignalType *type)
{
    if (name == u"number")
        *type = SignalType::Number;
    else if (name == u"category")
        *type = SignalType::Category;
    else if (name == u"flag")
        *type = SignalType::Flag;
    else
        return false;
    return true;
}

QString attributeRoleName(AttributeRole role)
{
    switch (role) {
    case AttributeRole::None:
        return {};
    case AttributeRole::Arr:
        return QStringLiteral("arr");
    case AttributeRole::RenewalDate:
        return QStringLiteral("renewal_date");
    case AttributeRole::Csm:
        return QStringLiteral("csm");
    case AttributeRole::Segment:
        return QStringLiteral("segment");
    case AttributeRole::Name:
        return QStringLiteral("name");
    }
    return {};
}

bool attributeRoleFromName(const QString &name, AttributeRole *role)
{
    for (AttributeRole r : {AttributeRole::None, AttributeRole::Arr, AttributeRole::RenewalDate, AttributeRole::Csm,
                            AttributeRole::Segment, AttributeRole::Name}) {
        if (name == attributeRoleName(r)) {
            *role = r;
            return true;
        }
    }
    return false;
}

bool Column::isMissing(std::size_t row) const
{
    if (info.type == SignalType::Category)
        return codes[row] == kMissingCode;
    return std::isnan(numbers[row]);
}

int Dataset::columnIndex(const QString &idOrOriginalName) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].info.id == idOrOriginalName)
            return int(i);
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].info.originalName == idOrOriginalName)
            return int(i);
    }
    return -1;
}

int Dataset::rowOf(const QString &accountId) const
{
    for (std::size_t i = 0; i < accountIds.size(); ++i) {
        if (accountIds[i] == accountId)
            return int(i);
    }
    return -1;
}

Dataset Dataset::gather(std::span<const std::int32_t> rows, std::span<const int> columnsWanted) const
{
    Dataset out;
    out.asOf = asOf;
    out.csmNames = csmNames;
    out.segmentNames = segmentNames;
    auto pick = [&rows](const auto &from, auto &to) {
        if (from.empty())
            return;
        to.reserve(rows.size());
        for (std::int32_t r : rows)
            to.push_back(from[std::size_t(r)]);
    };
    pick(accountIds, out.accountIds);
    pick(csm, out.csm);
    pick(segment, out.segment);
    pick(arr, out.arr);
    pick(renewalDay, out.renewalDay);
    out.columns.reserve(columnsWanted.empty() ? columns.size() : columnsWanted.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!columnsWanted.empty() && std::find(columnsWanted.begin(), columnsWanted.end(), int(i)) == columnsWanted.end())
            continue;
        const Column &c = columns[i];
        Column g;
        g.info = c.info;
        g.dictionary = c.dictionary;
        pick(c.numbers, g.numbers);
        pick(c.codes, g.codes);
        out.columns.push_back(std::move(g));
    }
    return out;
}

} // namespace tierlab
