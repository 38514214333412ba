#pragma once

#include "common/error.h"
#include "pg/pgconnection.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>

class QTemporaryDir;

namespace tierlab {

// The rows of one query on a PostgreSQL server as a CSV file, so that `tierlab import snapshots|table
// --postgres URL --query Q` imports them through the CSV path itself: same mapping, type inference,
// warnings, one transaction, progress and undo. The rows come from `COPY (Q) TO STDOUT WITH (FORMAT
// csv, HEADER)` in a read-only transaction with ISO dates and floats printed exactly, booleans as
// true/false; the file lives in a temporary folder removed with this object.
class PgQuerySource
{
    Q_DECLARE_TR_FUNCTIONS(PgQuerySource)

public:
    // Connects, runs the query (one statement; a trailing ';' is dropped) and writes the file. On
    // failure the message names the server and the server's or libpq's reason.
    static Result<PgQuerySource> fetch(const QString &conninfo, const QString &query);

    PgQuerySource(PgQuerySource &&) noexcept;
    PgQuerySource &operator=(PgQuerySource &&) noexcept;
    ~PgQuerySource();

    QString path() const { return m_path; }
    // `the query on PostgreSQL server …, database "…"`: what messages name instead of the file.
    QString label() const { return m_label; }
    // `message` with the file's path and name replaced by label().
    QString relabel(QString message) const;
    std::int64_t bytes() const { return m_bytes; }

private:
    PgQuerySource() = default;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_fileName;
    QString m_label;
    std::int64_t m_bytes = 0;
};

} // namespace tierlab
