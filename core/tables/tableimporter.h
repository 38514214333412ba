#pragma once

#include "common/error.h"
#include "io/csvreader.h"
#include "io/importoptions.h"
#include "io/importsummary.h"
#include "tables/accountresolver.h"
#include "tables/tablecolumns.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace tierlab {

class Workspace;

// What `tierlab import table` is told.
struct TableImportRequest
{
    QString name;            // the table's name in the workspace
    QString keyColumn;       // the account id, or with `via` a key of that table
    QString via;
    QString timeColumn;      // empty: rows without a time (an accounts table)
    QString endColumn;       // empty end cells: still open
    bool replace = false;    // replace a table of that name
    char delimiter = 0;      // 0: detect
};

struct TableImportSummary
{
    QString table;
    QString fileName;
    QString contentHash;
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    bool replaced = false;
    std::int64_t rowsRead = 0;
    std::int64_t rowsAccepted = 0;
    std::int64_t rowsRejected = 0;
    std::vector<ImportReject> rejects;       // the first ImportOptions::maxRejectsKept
    std::int64_t warningCount = 0;
    std::vector<ImportWarning> warnings;     // the first ImportOptions::maxWarningsKept
    std::vector<TableColumnInfo> columns;
    QDate first;                             // earliest and latest time
    QDate last;
    KeyCoverage coverage;                    // how the keys met the accounts
    bool accountsKnown = false;              // there is an accounts table to match against
    QDateTime startedAt;
    QDateTime finishedAt;

    QJsonObject toJson() const;
};

// Stores a CSV file as an event table (column chunks, core/tables) in one transaction. No row is
// rejected for repeating a key or a day; a row whose key or time is empty or unreadable is.
class TableImporter
{
public:
    explicit TableImporter(Workspace &workspace) : m_ws(workspace) {}
    Result<TableImportSummary> run(const QString &path, const TableImportRequest &request,
                                   const ImportOptions &options = ImportOptions());

    static constexpr int kChunkRows = 65536;

private:
    Workspace &m_ws;
};

} // namespace tierlab
