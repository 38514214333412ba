#include "pgconnection.h"

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <utility>

namespace tierlab {

namespace {

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

// libpq's messages run over several lines ("…failed: Connection refused\n\tIs the server running…");
// a Tierlab message is one line.
QString oneLine(const char *text)
{
    QStringList parts;
    for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (const QString t = line.trimmed(); !t.isEmpty())
            parts << t;
    }
    return parts.join(QStringLiteral("; "));
}

// The server's own words for a failed statement: the message, its detail and hint, and where in the
// statement (the character) when the server says.
QString resultMessage(const PGresult *res, pg_conn *conn)
{
    const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    if (!primary)
        return oneLine(res && *PQresultErrorMessage(res) ? PQresultErrorMessage(res) : PQerrorMessage(conn));
    QString message = oneLine(primary);
    if (const char *position = PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION))
        message += PgConnection::tr(" (at character %1)").arg(QString::fromLatin1(position));
    if (const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL))
        message += u"; " + oneLine(detail);
    if (const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT))
        message += u"; " + oneLine(hint);
    return message;
}

QString describeServer(pg_conn *conn)
{
    const QString host = QString::fromUtf8(PQhost(conn) ? PQhost(conn) : "");
    const QString port = QString::fromUtf8(PQport(conn) && *PQport(conn) ? PQport(conn) : "5432");
    const QString db = QString::fromUtf8(PQdb(conn) ? PQdb(conn) : "");
    if (host.isEmpty() || host.startsWith(u'/'))
        return PgConnection::tr("PostgreSQL server on socket %1/.s.PGSQL.%2, database \"%3\"")
            .arg(host.isEmpty() ? QStringLiteral("/var/run/postgresql") : host, port, db);
    return PgConnection::tr("PostgreSQL server %1:%2, database \"%3\"").arg(host, port, db);
}

void ignoreNotice(void *, const char *) {}

} // namespace

Result<PgConnection> PgConnection::connect(const QString &conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    // Parse first: a malformed URL gets libpq's reason without a connection attempt (and the text,
    // which may hold a password, is never repeated).
    char *parseError = nullptr;
    if (PQconninfoOption *options = PQconninfoParse(info.constData(), &parseError); options) {
        PQconninfoFree(options);
    } else {
        QString reason = parseError ? oneLine(parseError) : tr("out of memory");
        PQfreemem(parseError);
        reason.replace(conninfo, QStringLiteral("…"));   // some of libpq's reasons quote the whole URL
        return fail(tr("invalid PostgreSQL connection string (%1)").arg(reason), Error::Code::Invalid);
    }
    // Later keywords win over the expanded dbname: the timeout is only a default, the encoding fixed.
    const char *const keywords[] = {"connect_timeout", "dbname", "client_encoding", "fallback_application_name", nullptr};
    const char *const values[] = {"10", info.constData(), "UTF8", "tierlab", nullptr};
    pg_conn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn)
        return fail(tr("cannot connect to PostgreSQL: out of memory"), Error::Code::Io);
    PgConnection connection(conn, describeServer(conn));
    if (PQstatus(conn) != CONNECTION_OK)
        return std::unexpected(connection.failure(tr("cannot connect: %1").arg(oneLine(PQerrorMessage(conn)))));
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);   // "table … does not exist, skipping" is no news
    return connection;
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr)), m_server(std::move(other.m_server))
{
}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        if (m_conn)
            PQfinish(m_conn);
        m_conn = std::exchange(other.m_conn, nullptr);
        m_server = std::move(other.m_server);
    }
    return *this;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Error PgConnection::failure(const QString &reason) const
{
    return Error(QStringLiteral("%1: %2").arg(m_server, reason), Error::Code::Io);
}

Result<void> PgConnection::exec(const QString &sql)
{
    PgResult res(PQexec(m_conn, sql.toUtf8().constData()));
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return std::unexpected(failure(resultMessage(res.get(), m_conn)));
    return {};
}

Result<std::vector<QStringList>> PgConnection::query(const QString &sql, const QStringList &params)
{
    std::vector<QByteArray> bytes;
    std::vector<const char *> values;
    for (const QString &p : params)
        bytes.push_back(p.toUtf8());
    for (std::size_t i = 0; i < bytes.size(); ++i)
        values.push_back(params[qsizetype(i)].isNull() ? nullptr : bytes[i].constData());
    PgResult res(PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return std::unexpected(failure(resultMessage(res.get(), m_conn)));
    std::vector<QStringList> rows;
    for (int r = 0; r < PQntuples(res.get()); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(res.get()); ++c)
            row << (PQgetisnull(res.get(), r, c) ? QString() : QString::fromUtf8(PQgetvalue(res.get(), r, c)));
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<PgConnection::Field>> PgConnection::describe(const QString &sql)
{
    PgResult prepared(PQprepare(m_conn, "", sql.toUtf8().constData(), 0, nullptr));
    if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
        return std::unexpected(failure(resultMessage(prepared.get(), m_conn)));
    PgResult res(PQdescribePrepared(m_conn, ""));
    if (!res || PQresultStatus(res.get()) != PGRES_COMMAND_OK)
        return std::unexpected(failure(resultMessage(res.get(), m_conn)));
    std::vector<Field> fields;
    for (int c = 0; c < PQnfields(res.get()); ++c)
        fields.push_back(Field{QString::fromUtf8(PQfname(res.get(), c)), PQftype(res.get(), c)});
    return fields;
}

Result<void> PgConnection::copyIn(const QString &copySql, const std::function<Result<bool>(QByteArray &buffer)> &fill)
{
    PgResult start(PQexec(m_conn, copySql.toUtf8().constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
        return std::unexpected(failure(resultMessage(start.get(), m_conn)));
    QByteArray buffer;
    std::optional<Error> stopped;
    for (;;) {
        buffer.clear();
        Result<bool> more = fill(buffer);
        if (!more) {
            stopped = more.error();
            break;
        }
        if (!buffer.isEmpty() && PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) != 1)
            break;   // the connection failed: the result below says why
        if (!*more)
            break;
    }
    // An end message makes the server fail the COPY: nothing of it stays.
    PQputCopyEnd(m_conn, stopped ? "stopped by tierlab" : nullptr);
    QString problem;
    while (PgResult res{PQgetResult(m_conn)}) {
        if (PQresultStatus(res.get()) != PGRES_COMMAND_OK && problem.isEmpty())
            problem = resultMessage(res.get(), m_conn);
    }
    if (stopped)
        return std::unexpected(*stopped);
    if (!problem.isEmpty())
        return std::unexpected(failure(problem));
    if (PQstatus(m_conn) != CONNECTION_OK)
        return std::unexpected(failure(oneLine(PQerrorMessage(m_conn))));
    return {};
}

Result<void> PgConnection::copyOut(const QString &copySql, const std::function<Result<void>(QByteArrayView data)> &take)
{
    PgResult start(PQexec(m_conn, copySql.toUtf8().constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_OUT)
        return std::unexpected(failure(resultMessage(start.get(), m_conn)));
    std::optional<Error> stopped;
    for (;;) {
        char *data = nullptr;
        const int size = PQgetCopyData(m_conn, &data, 0);
        if (size < 0)
            break;   // -1 the end, -2 a failure: the result below says which
        Result<void> taken = stopped ? Result<void>() : take(QByteArrayView(data, size));
        PQfreemem(data);
        if (!taken && !stopped) {
            stopped = taken.error();
            // Ask the server to stop sending; what is already on its way is read and dropped.
            if (PGcancel *cancel = PQgetCancel(m_conn)) {
                char errbuf[256];
                PQcancel(cancel, errbuf, int(sizeof errbuf));
                PQfreeCancel(cancel);
            }
        }
    }
    QString problem;
    while (PgResult res{PQgetResult(m_conn)}) {
        if (PQresultStatus(res.get()) != PGRES_COMMAND_OK && problem.isEmpty())
            problem = resultMessage(res.get(), m_conn);
    }
    if (stopped)
        return std::unexpected(*stopped);
    if (!problem.isEmpty())
        return std::unexpected(failure(problem));
    return {};
}

} // namespace tierlab
