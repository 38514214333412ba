#pragma once

#include "common/error.h"
#include "io/snapshotrows.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace tierlab {

class Workspace;

struct SnapshotPushOptions
{
    QString table = QStringLiteral("snapshots");   // one identifier, quoted: not schema.table
    bool replace = false;                          // else an existing table is refused
    QDate asOf;                                    // only this as_of when valid
    // After each as_of: the rows written so far, the dates done and their number.
    std::function<void(std::int64_t rows, int datesDone, int dates)> progress;
};

struct SnapshotPushSummary
{
    std::int64_t rows = 0;
    int dates = 0;
    int columns = 0;
    bool replaced = false;   // a table of that name was there and is no more
    QString target;          // `table "snapshots" on PostgreSQL server …` / `table "snapshots" in FILE`
};

// `tierlab snapshots export --postgres URL | --sqlite FILE --table NAME`: the workspace's snapshots
// (SnapshotRows: account_id, as_of, the attributes, one typed column per signal named by its id) as a
// table of a database, the table `tierlab export sql` reads by default. One transaction: an existing
// table is refused unless `replace`, and a failure leaves the database as it was. Names are quoted
// identifiers (SqlExporter::quoteIdentifier, as the exported SQL spells them); values go through
// binary COPY (PostgreSQL) or one prepared INSERT (SQLite), never into SQL text.
class SnapshotPush
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotPush)

public:
    // Columns text, date and double precision (flags 0/1). With `replace`, a table of the same columns
    // is emptied (TRUNCATE: views, grants and indexes on it stay); one of other columns is dropped
    // and created again (a view reading it makes PostgreSQL refuse, with its reason).
    static Result<SnapshotPushSummary> toPostgres(const Workspace &ws, const QString &conninfo, const SnapshotPushOptions &options);
    // Columns TEXT (dates as YYYY-MM-DD) and REAL. The file is created when absent; a Tierlab workspace
    // is refused (its own table "snapshots" is not this one).
    static Result<SnapshotPushSummary> toSqlite(const Workspace &ws, const QString &file, const SnapshotPushOptions &options);

    // The CREATE TABLE statement, for the docs and the tests: `postgres` picks the dialect's types.
    static QString createTable(const QString &table, const std::vector<SnapshotField> &fields, bool postgres);
};

} // namespace tierlab
