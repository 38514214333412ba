#include "eventtablesmodel.h"

#include "store/workspace.h"
#include "tables/eventtable.h"

namespace tierlab {

EventTablesModel::EventTablesModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void EventTablesModel::setTables(std::vector<EventTableRow> tables)
{
    beginResetModel();
    m_rows = std::move(tables);
    endResetModel();
}

const EventTableRow *EventTablesModel::table(const QString &name) const
{
    for (const EventTableRow &t : m_rows) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

int EventTablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventTableRow &t = m_rows[std::size_t(index.row())];
    const bool counted = t.problem.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case RowsColumn:
            // Numbers stay numbers, so that a sorting proxy orders 9 before 10.
            return qlonglong(t.rows);
        case SpanColumn:
            if (t.timeColumn.isEmpty())
                return tr("(no time)");
            if (!t.first.isValid())
                return tr("(no dated rows)");
            return tr("%1 – %2").arg(t.first.toString(Qt::ISODate), t.last.toString(Qt::ISODate));
        case KeyColumn:
            return t.via.isEmpty() ? t.keyColumn : tr("%1 via %2").arg(t.keyColumn, t.via);
        case MatchedColumn:
            return counted ? QVariant(qlonglong(t.coverage.keysMatched)) : QVariant();
        case UnmatchedColumn:
            return counted ? QVariant(qlonglong(t.coverage.keysUnmatched)) : QVariant();
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case RowsColumn:
            return qlonglong(t.rows);
        case SpanColumn:
            return t.first.isValid() ? QVariant(t.first.toJulianDay()) : QVariant(qlonglong(0));
        case KeyColumn:
            return data(index, Qt::DisplayRole);
        case MatchedColumn:
            return qlonglong(t.coverage.keysMatched);
        case UnmatchedColumn:
            return qlonglong(t.coverage.keysUnmatched);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: {
            QString tip = tr("Imported from %1").arg(t.fileName);
            if (!t.timeColumn.isEmpty())
                tip += QLatin1Char('\n') + tr("Time column: %1").arg(t.timeColumn);
            if (!t.endColumn.isEmpty())
                tip += QLatin1Char('\n') + tr("End column: %1").arg(t.endColumn);
            tip += QLatin1Char('\n') + tr("%n column(s)", nullptr, int(t.columns.size()));
            return tip;
        }
        case SpanColumn:
            return t.timeColumn.isEmpty() ? tr("Imported without a time column: no signal can be built from its rows")
                                          : tr("Earliest and latest date in column %1").arg(t.timeColumn);
        case KeyColumn:
            return t.via.isEmpty() ? tr("Column %1 holds the account id").arg(t.keyColumn)
                                   : tr("Column %1 leads to the account through table %2").arg(t.keyColumn, t.via);
        case MatchedColumn:
            if (!counted)
                return t.problem;
            return tr("%1 of %2 distinct keys name a known account").arg(t.coverage.keysMatched).arg(t.coverage.keys);
        case UnmatchedColumn:
            if (!counted)
                return t.problem;
            if (t.coverage.keysUnmatched == 0)
                return tr("Every key names a known account");
            return tr("%1 rows name no known account. First unmatched keys: %2")
                .arg(t.coverage.rowsUnmatched)
                .arg(t.coverage.unmatched.join(QStringLiteral(", ")));
        }
    } else if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case RowsColumn:
        case MatchedColumn:
        case UnmatchedColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            break;
        }
    }
    return {};
}

QVariant EventTablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case NameColumn:
        return tip ? tr("The table's name in the workspace") : tr("Table");
    case RowsColumn:
        return tip ? tr("Rows stored") : tr("Rows");
    case SpanColumn:
        return tip ? tr("Earliest and latest row date") : tr("Time span");
    case KeyColumn:
        return tip ? tr("The column that leads each row to its account") : tr("Key");
    case MatchedColumn:
        return tip ? tr("Distinct keys that name a known account") : tr("Matched");
    case UnmatchedColumn:
        return tip ? tr("Distinct keys that name no known account") : tr("Unmatched");
    }
    return {};
}

Result<std::vector<EventTableRow>> EventTablesModel::read(const Workspace &ws, const std::atomic<bool> *cancel)
{
    auto records = ws.eventTables();
    if (!records)
        return std::unexpected(records.error());
    std::vector<EventTableRow> rows;
    rows.reserve(records->size());
    for (const EventTableRecord &r : *records) {
        EventTableRow row;
        row.name = r.name;
        row.rows = r.rows;
        if (r.firstDay != 0)
            row.first = QDate::fromJulianDay(r.firstDay);
        if (r.lastDay != 0)
            row.last = QDate::fromJulianDay(r.lastDay);
        row.keyColumn = r.keyColumn;
        row.via = r.via;
        row.timeColumn = r.timeColumn;
        row.endColumn = r.endColumn;
        row.fileName = r.fileName;
        if (auto columns = EventTable::columnsOf(r))
            row.columns = std::move(*columns);
        else
            row.problem = columns.error().message;
        rows.push_back(std::move(row));
    }
    // How the keys meet the accounts: one resolver for all tables, as `tierlab table list` does.
    auto resolver = AccountResolver::create(ws, QStringLiteral("accounts"), cancel);
    if (!resolver) {
        if (resolver.error().code == Error::Code::Cancelled)
            return std::unexpected(resolver.error());
        for (EventTableRow &row : rows) {
            if (row.problem.isEmpty())
                row.problem = resolver.error().message;
        }
        return rows;
    }
    for (EventTableRow &row : rows) {
        if (cancel && cancel->load())
            return fail(tr("cancelled"), Error::Code::Cancelled);
        if (!row.problem.isEmpty())
            continue;
        auto table = EventTable::load(ws, row.name, {row.keyColumn}, cancel);
        if (!table) {
            if (table.error().code == Error::Code::Cancelled)
                return std::unexpected(table.error());
            row.problem = table.error().message;
            continue;
        }
        if (auto resolved = resolver->resolve(ws, *table, &row.coverage); !resolved)
            row.problem = resolved.error().message;
    }
    return rows;
}

} // namespace tierlab
