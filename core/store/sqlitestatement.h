#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace tierlab {

// Thin RAII wrapper over a prepared statement. Values from files reach SQL only through bind().
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static Result<SqliteStatement> prepare(sqlite3 *db, const char *sql);

    void bindNull(int pos);
    void bind(int pos, std::int64_t value);
    void bind(int pos, int value) { bind(pos, std::int64_t(value)); }
    void bind(int pos, double value);            // NaN binds NULL
    void bind(int pos, const QString &value);    // a null QString binds NULL
    void bindText(int pos, const char *utf8, int size);   // UTF-8 bytes, copied
    void bindBlob(int pos, const QByteArray &value);
    void bindBlob(int pos, const void *data, int size);
    // Not copied: the bytes must stay valid and unchanged until the statement is stepped and reset.
    void bindTextNoCopy(int pos, const char *utf8, int size);
    void bindBlobNoCopy(int pos, const void *data, int size);

    // Returns true while a row is available, false when done; an error otherwise.
    Result<bool> step();
    Result<void> exec();   // step to completion, ignoring rows
    // Steps through the remaining rows, calling onRow() with the statement positioned on each; the first
    // error ends the walk and is returned.
    template <typename OnRow>
    Result<void> forEachRow(OnRow &&onRow);
    void reset();

    bool isNull(int col) const;
    std::int64_t int64(int col) const;
    double real(int col) const;                 // NULL reads as NaN
    QString text(int col) const;                // NULL reads as a null QString
    QByteArrayView utf8(int col) const;         // the text's bytes, valid until the next step()
    const void *blobData(int col) const;
    int blobSize(int col) const;

    bool isValid() const { return m_stmt != nullptr; }

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

template <typename OnRow>
Result<void> SqliteStatement::forEachRow(OnRow &&onRow)
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        onRow();
    }
}

QString sqliteMessage(sqlite3 *db);
Result<void> sqliteExec(sqlite3 *db, const char *sql);

} // namespace tierlab
