#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

struct sqlite3;

namespace tierlab {

// One thing wrong with a workspace file, named by table and row where there is one.
struct CheckFinding
{
    QString check;     // header | schema | integrity | foreign_key | signals | snapshots | imports | event_tables | models
    QString table;     // empty: the file as a whole
    QString row;       // e.g. "as_of 2026-11-02, account A-0001"; empty when not one row
    QString message;

    QString text() const;   // "table snapshots, as_of 2026-11-02, account A-0001: the values do not decode"
};

// Checks of a workspace file (issue 17). Two depths, because SQLite's own checks read every page
// (quick_check 3.1 s, integrity_check 4.2 s on the 1.8 GB 100k-account workspace):
//  - onOpen, run by Workspace::open before anything is written: the header against the file's size,
//    the tables the schema version promises, and quick_check of the small tables (not snapshots,
//    event_chunks, outcomes, import_undo, accounts) — about a millisecond at any size;
//  - full, `tierlab check`: integrity_check, foreign_key_check and the project's own consistency
//    checks (catalogue, every snapshot blob, the import log, event table chunks, models, publications).
class WorkspaceCheck
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCheck)

public:
    static std::vector<CheckFinding> onOpen(sqlite3 *db, const QString &path, int schemaVersion);
    // The header part alone: why SQLite found a file "malformed" before it could be identified.
    static std::vector<CheckFinding> header(const QString &path);
    // Opens the file read-only (nothing is written, not even a WAL), after rolling back a change that was
    // interrupted in rollback-journal mode, as any open would. An error only when the file cannot
    // be read at all; a damaged file gives findings. At most `maxPerCheck` findings per check are listed,
    // then one that counts the rest.
    static Result<std::vector<CheckFinding>> full(const QString &path, int maxPerCheck = 50);
};

} // namespace tierlab
