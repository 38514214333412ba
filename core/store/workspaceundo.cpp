// Undo of imports through SQLite's session extension: an import's transaction records every row it
// inserts, updates or deletes (net of each other); at commit the changeset is stored beside the
// import's log entry, and undo applies its inverse. Exact by construction — attributes an import
// updated come back, rows a rebuild replaced come back — and it aborts, changing nothing, when a later
// change touched the same rows.

#include "sqlitestatement.h"
#include "workspace.h"

#include <QCoreApplication>

// The session API is declared only with these; Debian's libsqlite3 is built with both (the tests
// prove it by undoing imports).
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <cstring>

namespace tierlab {

namespace {

// What undoes an import is kept for the newest few imports, and only up to this size: a changeset
// holds every row the import wrote, so the largest imports are not kept (the import log says so).
constexpr int kKeptUndos = 5;
constexpr int kMaxUndoBytes = 256 * 1024 * 1024;

int recordTable(void *, const char *table)
{
    return std::strcmp(table, "import_undo") != 0;
}

struct ApplyState
{
    int conflicts = 0;
    QString firstTable;
};

int onConflict(void *context, int, sqlite3_changeset_iter *iter)
{

    auto *state = static_cast<ApplyState *>(context);
    if (state->conflicts++ == 0) {
        const char *table = nullptr;
        int columns = 0, op = 0;
        if (sqlite3changeset_op(iter, &table, &columns, &op, nullptr) == SQLITE_OK && table)
            state->firstTable = QString::fromUtf8(table);
    }
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

Result<void> Workspace::startRecording()
{
    stopRecording();
    if (int rc = sqlite3session_create(m_db, "main", &m_session); rc != SQLITE_OK) {
        m_session = nullptr;
        return fail(QCoreApplication::translate("Workspace", "%1: cannot record the import for undo: %2").arg(m_path, sqliteMessage(m_db)));
    }
    sqlite3session_table_filter(m_session, recordTable, nullptr);
    if (sqlite3session_attach(m_session, nullptr) != SQLITE_OK) {
        stopRecording();
        return fail(QCoreApplication::translate("Workspace", "%1: cannot record the import for undo: %2").arg(m_path, sqliteMessage(m_db)));
    }
    m_recordedImport = 0;
    return {};
}

void Workspace::stopRecording()
{
    if (m_session)
        sqlite3session_delete(m_session);
    m_session = nullptr;
    m_recordedImport = 0;
}

Result<void> Workspace::keepRecording()
{
    if (!m_session)
        return {};
    const std::int64_t importPk = m_recordedImport;
    int size = 0;
    void *data = nullptr;
    const int rc = importPk > 0 ? sqlite3session_changeset(m_session, &size, &data) : SQLITE_OK;
    stopRecording();
    if (rc != SQLITE_OK) {
        sqlite3_free(data);
        // Out of memory for a very large import: it stays, without undo.
        return {};
    }
    if (importPk <= 0 || !data)
        return {};
    Result<void> stored;
    if (size <= kMaxUndoBytes) {
        auto st = SqliteStatement::prepare(m_db, "INSERT INTO import_undo(import_pk, changeset) VALUES(?1, ?2)");
        if (!st) {
            stored = std::unexpected(st.error());
        } else {
            st->bind(1, importPk);
            st->bindBlob(2, data, size);
            stored = st->exec();
        }
    }
    sqlite3_free(data);
    if (!stored)
        return stored;
    const QByteArray prune = "DELETE FROM import_undo WHERE import_pk NOT IN (SELECT import_pk FROM import_undo ORDER BY import_pk DESC LIMIT "
                             + QByteArray::number(kKeptUndos) + ")";
    return sqliteExec(m_db, prune.constData());
}

Result<ImportRecord> Workspace::undoLastImport()
{
    if (m_inTransaction)
        return fail(QCoreApplication::translate("Workspace", "%1: cannot undo an import while another change is being written").arg(m_path));
    auto log = imports();
    if (!log)
        return std::unexpected(log.error());
    if (log->empty())
        return fail(QCoreApplication::translate("Workspace", "%1: there is no import to undo").arg(m_path), Error::Code::NotFound);
    const ImportRecord last = log->back();
    const QString what = QCoreApplication::translate("Workspace", "the last import (%1, %2 of %3)")
                             .arg(last.kind, last.fileName, last.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!last.undoable)
        return fail(QCoreApplication::translate("Workspace", "%1: %2 cannot be undone: the workspace keeps no undo record of imports of "
                                                             "files over %3 MB, of builds writing over %4 snapshot rows, of imports older "
                                                             "than the last %5, or of imports made before undo existed")
                        .arg(m_path, what)
                        .arg(kUndoMaxFileBytes / (1024 * 1024))
                        .arg(kUndoMaxRows)
                        .arg(kKeptUndos),
                    Error::Code::Invalid);

    // The changeset holds every row the import changed, cascaded ones included: with foreign keys
    // enforced, deleting a parent would cascade to children the changeset deletes next (a conflict).
    // They are off while the inverse applies (the pragma is a no-op inside a transaction), and the
    // result is checked before the commit.
    if (auto r = sqliteExec(m_db, "PRAGMA foreign_keys = OFF"); !r)
        return std::unexpected(r.error());
    struct KeysBackOn
    {
        sqlite3 *db;
        ~KeysBackOn() { (void)sqliteExec(db, "PRAGMA foreign_keys = ON"); }
    } keysBackOn{m_db};
    if (auto r = begin(); !r)
        return std::unexpected(r.error());
    const auto failed = [&](Error e) -> Result<ImportRecord> {
        rollback();
        return std::unexpected(std::move(e));
    };
    auto st = SqliteStatement::prepare(m_db, "SELECT changeset FROM import_undo WHERE import_pk = ?1");
    if (!st)
        return failed(st.error());
    st->bind(1, last.pk);
    auto row = st->step();
    if (!row)
        return failed(row.error());
    if (!*row)
        return failed(Error(QCoreApplication::translate("Workspace", "%1: the undo record of the last import has gone").arg(m_path)));
    int invertedSize = 0;
    void *inverted = nullptr;
    if (sqlite3changeset_invert(st->blobSize(0), st->blobData(0), &invertedSize, &inverted) != SQLITE_OK)
        return failed(Error(QCoreApplication::translate("Workspace", "%1: the undo record of the last import is damaged").arg(m_path)));
    st = SqliteStatement();
    auto drop = SqliteStatement::prepare(m_db, "DELETE FROM import_undo WHERE import_pk = ?1");
    if (drop)
        drop->bind(1, last.pk);
    if (auto r = drop ? drop->exec() : Result<void>(std::unexpected(drop.error())); !r) {
        sqlite3_free(inverted);
        return failed(r.error());
    }
    ApplyState state;
    const int rc = sqlite3changeset_apply(m_db, invertedSize, inverted, nullptr, onConflict, &state);
    sqlite3_free(inverted);
    if (rc != SQLITE_OK || state.conflicts > 0) {
        const QString message = state.conflicts > 0
            ? QCoreApplication::translate("Workspace", "%1: %2 cannot be undone exactly: a later change touched the same rows (table %3); "
                                                       "nothing was changed")
                  .arg(m_path, what, state.firstTable)
            : QCoreApplication::translate("Workspace", "%1: undoing %2 failed: %3").arg(m_path, what, sqliteMessage(m_db));
        return failed(Error(message));
    }
    auto check = SqliteStatement::prepare(m_db, "PRAGMA foreign_key_check");
    if (!check)
        return failed(check.error());
    auto broken = check->step();
    if (!broken)
        return failed(broken.error());
    if (*broken)
        return failed(Error(QCoreApplication::translate("Workspace", "%1: undoing %2 would leave rows of %3 without their %4; nothing was changed")
                                .arg(m_path, what, check->text(0), check->text(2))));
    check = SqliteStatement();
    if (auto r = commit(); !r)
        return failed(r.error());
    return last;
}

} // namespace tierlab
