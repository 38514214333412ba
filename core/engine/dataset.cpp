#include "dataset.h"

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

} // namespace tierlab
