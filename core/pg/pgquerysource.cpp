#include "pgquerysource.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

namespace tierlab {

namespace {

QString quoted(const QString &name)
{
    QString inner = name;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

// The file name the import log and row-number ids see: the database's name, in safe characters.
QString spoolName(const QString &database)
{
    QString name = QStringLiteral("postgres-");
    for (const QChar c : database)
        name += c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' ? c : u'_';
    return name + QStringLiteral(".csv");
}

} // namespace

PgQuerySource::PgQuerySource(PgQuerySource &&) noexcept = default;
PgQuerySource &PgQuerySource::operator=(PgQuerySource &&) noexcept = default;
PgQuerySource::~PgQuerySource() = default;

QString PgQuerySource::relabel(QString message) const
{
    if (!m_path.isEmpty())
        message.replace(m_path, m_label);
    if (!m_fileName.isEmpty())
        message.replace(m_fileName, m_label);
    return message;
}

Result<PgQuerySource> PgQuerySource::fetch(const QString &conninfo, const QString &query)
{
    QString text = query.trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();
    if (text.isEmpty())
        return fail(tr("--query: the query is empty"), Error::Code::Invalid);
    auto conn = PgConnection::connect(conninfo);
    if (!conn)
        return std::unexpected(conn.error());
    PgQuerySource source;
    source.m_label = tr("the query on %1").arg(conn->server());
    // Read-only, so a query cannot change the server; the output settings make the CSV exact and the
    // same whatever the server's defaults: ISO dates, floats with every digit they need.
    if (auto r = conn->exec(QStringLiteral("BEGIN READ ONLY; SET LOCAL DateStyle = 'ISO, YMD'; "
                                           "SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 3"));
        !r)
        return std::unexpected(r.error());
    // The server's words after "SERVER: " become "SERVER: the query failed: …"; other errors stay.
    const auto queryFailed = [&](Error e) {
        const QString prefix = conn->server() + QStringLiteral(": ");
        if (e.message.startsWith(prefix))
            e.message = prefix + tr("the query failed: %1").arg(e.message.mid(prefix.size()));
        return std::unexpected(std::move(e));
    };
    auto fields = conn->describe(text);
    if (!fields)
        return queryFailed(fields.error());
    // COPY writes a boolean as t/f, which the CSV import would read as text: as true/false it is a flag.
    // The query's columns are renamed by position (names may repeat) and keep their names in the header.
    QString select = text;
    if (std::any_of(fields->begin(), fields->end(), [](const PgConnection::Field &f) { return f.typeOid == PgConnection::kBoolOid; })) {
        QStringList outputs, positions;
        for (std::size_t i = 0; i < fields->size(); ++i) {
            const QString position = quoted(QStringLiteral("c%1").arg(i + 1));
            positions << position;
            outputs << QStringLiteral("q.%1%2 AS %3")
                           .arg(position, (*fields)[i].typeOid == PgConnection::kBoolOid ? QStringLiteral("::text") : QString(),
                                quoted((*fields)[i].name));
        }
        // Line breaks around the query: a trailing `-- comment` in it cannot swallow the parenthesis.
        const QString wrapped = QStringLiteral("SELECT %1 FROM (\n%2\n) AS q(%3)").arg(outputs.join(QStringLiteral(", ")), text, positions.join(QStringLiteral(", ")));
        // Only a SELECT can be wrapped (not `DELETE … RETURNING`, which the read-only COPY then refuses
        // with the server's own reason); the savepoint keeps the transaction usable when it cannot.
        if (auto r = conn->exec(QStringLiteral("SAVEPOINT wrap")); !r)
            return std::unexpected(r.error());
        if (conn->describe(wrapped))
            select = wrapped;
        else if (auto back = conn->exec(QStringLiteral("ROLLBACK TO SAVEPOINT wrap")); !back)
            return std::unexpected(back.error());
    }
    source.m_dir = std::make_unique<QTemporaryDir>();
    if (!source.m_dir->isValid())
        return fail(tr("cannot make a temporary folder for the query's rows: %1").arg(source.m_dir->errorString()), Error::Code::Io);
    auto database = conn->query(QStringLiteral("SELECT current_database()"));
    source.m_fileName = spoolName(database && !database->empty() ? database->front().value(0) : QString());
    source.m_path = source.m_dir->filePath(source.m_fileName);
    QFile file(source.m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1: cannot write: %2").arg(source.m_path, file.errorString()), Error::Code::Io);
    auto copied = conn->copyOut(QStringLiteral("COPY (\n%1\n) TO STDOUT WITH (FORMAT csv, HEADER)").arg(select),
                                [&](QByteArrayView data) -> Result<void> {
                                    if (file.write(data.data(), data.size()) != data.size())
                                        return fail(tr("%1: cannot write: %2").arg(source.m_path, file.errorString()), Error::Code::Io);
                                    source.m_bytes += data.size();
                                    return {};
                                });
    if (!copied)
        return queryFailed(copied.error());
    if (!file.flush())
        return fail(tr("%1: cannot write: %2").arg(source.m_path, file.errorString()), Error::Code::Io);
    file.close();
    if (auto r = conn->exec(QStringLiteral("COMMIT")); !r)
        return std::unexpected(r.error());
    return source;
}

} // namespace tierlab
