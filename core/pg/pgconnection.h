#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

struct pg_conn;   // libpq's PGconn

namespace tierlab {

// One connection to a PostgreSQL server through libpq, closed with the object. Failures come back as
// values whose message names the server (host and port, or the socket; the database) and libpq's or
// the server's reason. Values reach the server as bound parameters or COPY data, never inside SQL text.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    // A postgresql:// URL or key=value pairs, as libpq reads them (PG* variables fill the gaps). The
    // session's client encoding is UTF8; without a connect_timeout in `conninfo`, 10 seconds.
    static Result<PgConnection> connect(const QString &conninfo);

    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    ~PgConnection();

    // `PostgreSQL server db.example.com:5432, database "crm"` or `PostgreSQL server on socket
    // /run/postgresql/.s.PGSQL.5432, database "crm"`: what every message of this connection starts with.
    QString server() const { return m_server; }

    // One statement or several, without parameters; result rows are dropped.
    Result<void> exec(const QString &sql);
    // One statement with text parameters $1, $2, …; the rows as text, NULL as a null QString.
    Result<std::vector<QStringList>> query(const QString &sql, const QStringList &params = {});

    struct Field
    {
        QString name;
        unsigned typeOid = 0;
    };
    // The columns one statement would return, from the server's parse of it; nothing runs. A syntax
    // error or an unknown table is reported here, with its position in `sql`.
    Result<std::vector<Field>> describe(const QString &sql);

    // `COPY … FROM STDIN`: fill(buffer) appends the next data to the empty buffer and returns true
    // while more follows, false after the last; its error aborts the COPY (the statement fails).
    Result<void> copyIn(const QString &copySql, const std::function<Result<bool>(QByteArray &buffer)> &fill);
    // `COPY … TO STDOUT`: take(data) receives the data chunk by chunk; its error cancels the COPY.
    Result<void> copyOut(const QString &copySql, const std::function<Result<void>(QByteArrayView data)> &take);

    static constexpr unsigned kBoolOid = 16;

private:
    PgConnection(pg_conn *conn, QString server) : m_conn(conn), m_server(std::move(server)) {}
    Error failure(const QString &reason) const;

    pg_conn *m_conn = nullptr;
    QString m_server;
};

} // namespace tierlab
