#pragma once

#include "common/error.h"
#include "store/workspace.h"
#include "tables/tablecolumns.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <vector>

namespace tierlab {

// One column of an event table held in memory: numbers (numbers, flags, dates) or text codes into a
// dictionary shared by the whole column. A column not asked for stays unloaded (empty).
struct EventColumn
{
    TableColumnInfo info;
    bool loaded = false;
    std::vector<double> numbers;        // NaN = missing
    std::vector<std::int32_t> codes;    // -1 = missing
    std::vector<QString> dictionary;

    bool isText() const { return info.type == ValueType::Category; }
    bool isMissing(std::size_t row) const { return isText() ? codes[row] < 0 : numbers[row] != numbers[row]; }
};

// An event table as imported (`tierlab import table`), in file order, by column.
class EventTable
{
public:
    EventTableRecord record;
    std::vector<EventColumn> columns;
    std::size_t rows = 0;

    int columnIndex(const QString &name) const;   // -1 when absent
    int keyColumn() const { return columnIndex(record.keyColumn); }
    int timeColumn() const { return record.timeColumn.isEmpty() ? -1 : columnIndex(record.timeColumn); }
    int endColumn() const { return record.endColumn.isEmpty() ? -1 : columnIndex(record.endColumn); }

    // Reads the table `name` from the workspace: its key, time and end columns always, of the others
    // those in `wanted` (all when empty). Chunks are checked: a damaged one is an error naming the table.
    static Result<EventTable> load(const Workspace &ws, const QString &name, const QStringList &wanted = {},
                                   const std::atomic<bool> *cancel = nullptr);
    static Result<std::vector<TableColumnInfo>> columnsOf(const EventTableRecord &record);
};

} // namespace tierlab
