#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

#include <cmath>
#include <optional>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace tierlab {

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

static Error::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Code::Locked;
    case SQLITE_NOTADB:
        return Error::Code::NotAWorkspace;
    case SQLITE_CORRUPT:
        return Error::Code::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_FULL:
        return Error::Code::Io;
    default:
        return Error::Code::Generic;
    }
}

// SQLite reports a write refused for want of room as an I/O error (only a short write that leaves
// ENOSPC is SQLITE_FULL), and the errno it keeps is gone by the time it reports: look at the causes.
static bool writeRefused(int rc)
{
    return rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE || rc == SQLITE_IOERR_SHMSIZE;
}

constexpr qint64 kNearlyFull = 64 << 20;

static std::optional<qint64> fileSizeLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return qint64(limit.rlim_cur);
#endif
    return std::nullopt;
}

// What the file system refused, said plainly and with the file: SQLite's own words ("attempt to write a
// readonly database", "unable to open database file") name neither the file nor the cause.
static std::unexpected<Error> sqliteFailure(sqlite3 *db, int rc, const QString &message)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString path = file && *file ? QString::fromUtf8(file) : QString();
    const Error::Code code = codeFor(rc);
    if (path.isEmpty())
        return fail(message, code);
    int primary = rc & 0xff;
    if (primary == SQLITE_IOERR && writeRefused(rc)) {
        if (const auto limit = fileSizeLimit())
            return fail(QCoreApplication::translate("Workspace", "%1: cannot write the file: it would grow past this process's file "
                                                                 "size limit (ulimit -f, %2 bytes); nothing of this change was kept")
                            .arg(path)
                            .arg(*limit),
                        code);
        if (QStorageInfo(QFileInfo(path).absolutePath()).bytesAvailable() < kNearlyFull)
            primary = SQLITE_FULL;
    }
    if (rc == SQLITE_READONLY_ROLLBACK)
        return fail(QCoreApplication::translate("Workspace", "%1: a change to it was interrupted and the file is read-only, so it "
                                                             "cannot be rolled back (%1-journal is beside it): make the file and its "
                                                             "folder writable, then open it again")
                        .arg(path),
                    code);
    switch (primary) {
    case SQLITE_READONLY:
        return fail(QCoreApplication::translate("Workspace", "%1: cannot write the file: it is read-only (the file or its folder)")
                        .arg(path), code);
    case SQLITE_FULL:
        return fail(QCoreApplication::translate("Workspace", "%1: cannot write the file: the disk is full (nothing of this change was kept)")
                        .arg(path), code);
    case SQLITE_CANTOPEN:
        return fail(QCoreApplication::translate("Workspace", "%1: cannot open the file or its journal: %2 (is the folder read-only?)")
                        .arg(path, message), code);
    case SQLITE_IOERR:
        return fail(QCoreApplication::translate("Workspace", "%1: disk I/O error: %2").arg(path, message), code);
    case SQLITE_CORRUPT:
        return fail(QCoreApplication::translate("Workspace", "%1: the workspace is damaged (%2); "
                                                             "`tierlab check --workspace FILE` lists what is wrong")
                        .arg(path, message), code);
    default:
        return fail(message, code);
    }
}

Result<void> sqliteExec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : sqliteMessage(db);
        sqlite3_free(err);
        return sqliteFailure(db, rc, msg);
    }
    return {};
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteFailure(db, rc, sqliteMessage(db));
    return SqliteStatement(db, stmt);
}

void SqliteStatement::bindNull(int pos)
{
    sqlite3_bind_null(m_stmt, pos);
}

void SqliteStatement::bind(int pos, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, pos, value);
}

void SqliteStatement::bind(int pos, double value)
{
    if (std::isnan(value))
        sqlite3_bind_null(m_stmt, pos);
    else
        sqlite3_bind_double(m_stmt, pos, value);
}

void SqliteStatement::bind(int pos, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, pos);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, pos, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int pos, const char *utf8, int size)
{
    sqlite3_bind_text(m_stmt, pos, utf8, size, SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int pos, const QByteArray &value)
{
    bindBlob(pos, value.constData(), int(value.size()));
}

void SqliteStatement::bindBlob(int pos, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, pos, data, size, SQLITE_TRANSIENT);
}

void SqliteStatement::bindTextNoCopy(int pos, const char *utf8, int size)
{
    sqlite3_bind_text(m_stmt, pos, utf8, size, SQLITE_STATIC);
}

void SqliteStatement::bindBlobNoCopy(int pos, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, pos, data, size, SQLITE_STATIC);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString msg = sqliteMessage(m_db);
    sqlite3_reset(m_stmt);
    return sqliteFailure(m_db, rc, msg);
}

Result<void> SqliteStatement::exec()
{
    for (;;) {
        auto r = step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

std::int64_t SqliteStatement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double SqliteStatement::real(int col) const
{
    if (isNull(col))
        return std::nan("");
    return sqlite3_column_double(m_stmt, col);
}

QString SqliteStatement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView SqliteStatement::utf8(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

const void *SqliteStatement::blobData(int col) const
{
    return sqlite3_column_blob(m_stmt, col);
}

int SqliteStatement::blobSize(int col) const
{
    return sqlite3_column_bytes(m_stmt, col);
}

} // namespace tierlab
