#include "tablecolumns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace tierlab {

namespace {

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Iso:
        return QStringLiteral("iso");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    }
    return {};
}

template <typename T>
char *put(char *out, T value)
{
    std::memcpy(out, &value, sizeof(T));
    return out + sizeof(T);
}

} // namespace

double dateValue(std::int64_t julianDay, int secondsOfDay)
{
    return double(julianDay) + double(secondsOfDay) / 86400.0;
}

QString tableColumnsToJson(const std::vector<TableColumnInfo> &columns)
{
    QJsonArray a;
    for (const TableColumnInfo &c : columns) {
        QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), valueTypeName(c.type)}};
        if (c.type == ValueType::Date)
            o.insert(QStringLiteral("date_order"), dateOrderName(c.dateOrder));
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Result<std::vector<TableColumnInfo>> tableColumnsFromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isArray())
        return fail(QCoreApplication::translate("EventTable", "the stored column list of a table is damaged"), Error::Code::Corrupt);
    std::vector<TableColumnInfo> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        TableColumnInfo c;
        c.name = o.value(QStringLiteral("name")).toString();
        if (!valueTypeFromName(o.value(QStringLiteral("type")).toString(), &c.type))
            return fail(QCoreApplication::translate("EventTable", "the stored column list of a table is damaged"), Error::Code::Corrupt);
        const QString order = o.value(QStringLiteral("date_order")).toString();
        c.dateOrder = order == u"mdy" ? DateOrder::MonthDayYear : order == u"dmy" ? DateOrder::DayMonthYear : DateOrder::Iso;
        out.push_back(std::move(c));
    }
    return out;
}

// Both encoders size the blob once and write it through a pointer: a chunk holds up to 65,536 values
// and dictionary entries, and an append per value was a measurable share of an import.
QByteArray ColumnChunk::encodeNumbers(const std::vector<double> &values)
{
    QByteArray out(qsizetype(5 + values.size() * sizeof(double)), Qt::Uninitialized);
    char *p = out.data();
    p = put(p, kNumbers);
    p = put(p, std::uint32_t(values.size()));
    if (!values.empty())
        std::memcpy(p, values.data(), values.size() * sizeof(double));
    return out;
}

QByteArray ColumnChunk::encodeText(const std::vector<std::string_view> &dictionary, const std::vector<std::int32_t> &codes)
{
    std::size_t bytes = 9 + codes.size() * 4;
    for (const std::string_view s : dictionary)
        bytes += 4 + s.size();
    QByteArray out(qsizetype(bytes), Qt::Uninitialized);
    char *p = out.data();
    p = put(p, kText);
    p = put(p, std::uint32_t(codes.size()));
    p = put(p, std::uint32_t(dictionary.size()));
    for (const std::string_view s : dictionary) {
        p = put(p, std::uint32_t(s.size()));
        if (!s.empty())
            std::memcpy(p, s.data(), s.size());
        p += s.size();
    }
    if (!codes.empty())
        std::memcpy(p, codes.data(), codes.size() * sizeof(std::int32_t));
    return out;
}

bool ColumnChunk::decode(const void *data, int size, Decoded *out)
{
    const auto *p = static_cast<const char *>(data);
    const auto n = std::size_t(size);
    if (size < 5)
        return false;
    std::uint32_t rows;
    std::memcpy(&rows, p + 1, 4);
    out->kind = std::uint8_t(p[0]);
    out->rows = rows;
    std::size_t pos = 5;
    if (out->kind == kNumbers) {
        if (n - pos != std::size_t(rows) * 8)
            return false;
        out->numbers = p + pos;
        return true;
    }
    if (out->kind != kText || n - pos < 4)
        return false;
    std::uint32_t dict;
    std::memcpy(&dict, p + pos, 4);
    pos += 4;
    if (dict > n)
        return false;
    out->dictionary.clear();
    out->dictionary.reserve(dict);
    for (std::uint32_t i = 0; i < dict; ++i) {
        if (n - pos < 4)
            return false;
        std::uint32_t len;
        std::memcpy(&len, p + pos, 4);
        pos += 4;
        if (n - pos < len)
            return false;
        out->dictionary.emplace_back(p + pos, len);
        pos += len;
    }
    if (n - pos != std::size_t(rows) * 4)
        return false;
    out->codes = p + pos;
    return true;
}

} // namespace tierlab
