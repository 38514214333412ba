#pragma once

#include "common/error.h"
#include "tables/accountresolver.h"
#include "tables/tablecolumns.h"

#include <QAbstractTableModel>
#include <QDate>

#include <atomic>
#include <cstdint>
#include <vector>

namespace tierlab {

class Workspace;

// One event table as the signals page lists it: what `tierlab table list` prints, plus its columns.
struct EventTableRow
{
    QString name;
    std::int64_t rows = 0;
    QDate first;                          // earliest and latest time; null when none
    QDate last;
    QString keyColumn;
    QString via;
    QString timeColumn;
    QString endColumn;
    QString fileName;
    std::vector<TableColumnInfo> columns;
    KeyCoverage coverage;
    QString problem;                      // why the coverage could not be read; empty when it was
};

// The workspace's event tables: name, rows, time span, key ("subscription_id via subscriptions"),
// keys matched to an account and keys unmatched (its tooltip lists the first unmatched keys). It only
// shows rows it is given: read() does the SQL, off the GUI thread.
class EventTablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId { NameColumn, RowsColumn, SpanColumn, KeyColumn, MatchedColumn, UnmatchedColumn, ColumnCount };
    // Sort role: the raw value (numbers as numbers, the span by its first date).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit EventTablesModel(QObject *parent = nullptr);

    void setTables(std::vector<EventTableRow> tables);
    const std::vector<EventTableRow> &tables() const { return m_rows; }
    const EventTableRow *table(const QString &name) const;   // null when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads every event table of the workspace with its columns and how its keys meet the accounts
    // (as `tierlab table list` does). A table whose rows cannot be read keeps its row, with `problem` set.
    static Result<std::vector<EventTableRow>> read(const Workspace &ws, const std::atomic<bool> *cancel = nullptr);

private:
    std::vector<EventTableRow> m_rows;
};

} // namespace tierlab
