#include "eventtable.h"

#include "io/textdictionary.h"

#include <QCoreApplication>

#include <cstring>

namespace tierlab {

int EventTable::columnIndex(const QString &name) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].info.name == name)
            return int(i);
    }
    return -1;
}

Result<std::vector<TableColumnInfo>> EventTable::columnsOf(const EventTableRecord &record)
{
    return tableColumnsFromJson(record.columnsJson);
}

Result<EventTable> EventTable::load(const Workspace &ws, const QString &name, const QStringList &wanted,
                                    const std::atomic<bool> *cancel)
{
    auto record = ws.eventTable(name);
    if (!record)
        return std::unexpected(record.error());
    auto infos = columnsOf(*record);
    if (!infos)
        return fail(QStringLiteral("%1: %2: %3").arg(ws.path(), name, infos.error().message), infos.error().code);
    EventTable t;
    t.record = std::move(*record);
    t.rows = std::size_t(t.record.rows);
    for (TableColumnInfo &info : *infos) {
        EventColumn c;
        c.info = std::move(info);
        t.columns.push_back(std::move(c));
    }
    const auto damaged = [&] {
        return fail(QCoreApplication::translate("EventTable", "%1: the stored rows of table \"%2\" are damaged")
                        .arg(ws.path(), name),
                    Error::Code::Corrupt);
    };
    for (std::size_t col = 0; col < t.columns.size(); ++col) {
        EventColumn &c = t.columns[col];
        const bool always = c.info.name == t.record.keyColumn || c.info.name == t.record.timeColumn
                            || c.info.name == t.record.endColumn;
        if (!always && !wanted.isEmpty() && !wanted.contains(c.info.name))
            continue;
        c.loaded = true;
        if (c.isText())
            c.codes.reserve(t.rows);
        else
            c.numbers.reserve(t.rows);
        TextDictionary global;   // the column's values across chunks; QStrings only for new ones
        std::vector<std::int32_t> localToGlobal;
        ColumnChunk::Decoded d;
        auto walked = ws.forEachEventChunk(t.record.pk, int(col), [&](int, const void *data, int size) -> Result<void> {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return fail(QCoreApplication::translate("EventTable", "cancelled"), Error::Code::Cancelled);
            if (!ColumnChunk::decode(data, size, &d))
                return damaged();
            const std::size_t before = c.isText() ? c.codes.size() : c.numbers.size();
            if (before + d.rows > t.rows)
                return damaged();
            if (c.isText()) {
                if (d.kind != ColumnChunk::kText)
                    return damaged();
                localToGlobal.resize(d.dictionary.size());
                for (std::size_t i = 0; i < d.dictionary.size(); ++i) {
                    const std::int32_t code = global.add(d.dictionary[i]);
                    if (std::size_t(code) == c.dictionary.size())
                        c.dictionary.push_back(QString::fromUtf8(d.dictionary[i].data(), qsizetype(d.dictionary[i].size())));
                    localToGlobal[i] = code;
                }
                c.codes.resize(before + d.rows);
                for (std::uint32_t r = 0; r < d.rows; ++r) {
                    std::int32_t local;
                    std::memcpy(&local, d.codes + std::size_t(r) * 4, 4);
                    if (local >= std::int32_t(localToGlobal.size()))
                        return damaged();
                    c.codes[before + r] = local < 0 ? -1 : localToGlobal[std::size_t(local)];
                }
            } else {
                if (d.kind != ColumnChunk::kNumbers)
                    return damaged();
                c.numbers.resize(before + d.rows);
                std::memcpy(c.numbers.data() + before, d.numbers, std::size_t(d.rows) * sizeof(double));
            }
            return {};
        });
        if (!walked)
            return std::unexpected(walked.error());
        if ((c.isText() ? c.codes.size() : c.numbers.size()) != t.rows)
            return damaged();
    }
    return t;
}

} // namespace tierlab
