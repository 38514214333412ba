#include "snapshotpush.h"

#include "pg/pgconnection.h"
#include "sqlexport/sqlexporter.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <unordered_map>

namespace tierlab {

namespace {

constexpr std::int64_t kPostgresEpochJulianDay = 2451545;   // 2000-01-01, day 0 of a binary COPY date
constexpr qsizetype kCopyChunk = 1 << 20;

QString quoted(const QString &name)
{
    return SqlExporter::quoteIdentifier(name);
}

// What neither dialect can quote, or what PostgreSQL would cut short (and so merge two names).
Result<void> checkNames(const QString &where, const QString &table, const std::vector<SnapshotField> &fields, bool postgres)
{
    if (table.isEmpty())
        return fail(SnapshotPush::tr("%1: the table needs a name (--table)").arg(where), Error::Code::Invalid);
    QStringList names = {table};
    for (const SnapshotField &f : fields)
        names << f.name;
    for (const QString &name : names) {
        if (name.contains(QChar(0)))
            return fail(SnapshotPush::tr("%1: the name \"%2\" holds a NUL character, which SQL cannot quote; nothing was written").arg(where, name),
                        Error::Code::Invalid);
        if (postgres && name.toUtf8().size() > 63)
            return fail(SnapshotPush::tr("%1: the name \"%2\" is longer than PostgreSQL's 63 bytes (it would be cut short); nothing was written")
                            .arg(where, name),
                        Error::Code::Invalid);
    }
    // SQLite's column names ignore case: two such signals would make the CREATE TABLE fail.
    for (std::size_t a = 0; a < fields.size() && !postgres; ++a) {
        for (std::size_t b = a + 1; b < fields.size(); ++b) {
            if (fields[a].name.compare(fields[b].name, Qt::CaseInsensitive) == 0)
                return fail(SnapshotPush::tr("%1: the columns \"%2\" and \"%3\" differ only in case, which SQLite does not tell apart; nothing was written")
                                .arg(where, fields[a].name, fields[b].name),
                            Error::Code::Invalid);
        }
    }
    return {};
}

QString columnType(SnapshotFieldType type, bool postgres)
{
    switch (type) {
    case SnapshotFieldType::Text:
        return postgres ? QStringLiteral("text") : QStringLiteral("TEXT");
    case SnapshotFieldType::Date:
        return postgres ? QStringLiteral("date") : QStringLiteral("TEXT");
    case SnapshotFieldType::Number:
    case SnapshotFieldType::Flag:
        break;
    }
    return postgres ? QStringLiteral("double precision") : QStringLiteral("REAL");
}

void putInt16(QByteArray &out, qint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void putInt32(QByteArray &out, qint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putDouble(QByteArray &out, double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    char b[8];
    qToBigEndian(bits, b);
    putInt32(out, 8);
    out.append(b, 8);
}

void putText(QByteArray &out, const QByteArray &utf8)
{
    putInt32(out, qint32(utf8.size()));
    out += utf8;
}

// Text from the dictionaries (csm, segment, category values) repeats on every row: each is encoded once
// per as_of. The pointers stay valid until the next as_of is loaded.
class Utf8Cache
{
public:
    const QByteArray &operator()(const QString *text)
    {
        auto it = m_bytes.find(text);
        if (it == m_bytes.end())
            it = m_bytes.emplace(text, text->toUtf8()).first;
        return it->second;
    }
    void clear() { m_bytes.clear(); }

private:
    std::unordered_map<const QString *, QByteArray> m_bytes;
};

Error withWhere(Error e, const QString &where)
{
    if (!e.message.startsWith(where))
        e.message = QStringLiteral("%1: %2").arg(where, e.message);
    return e;
}

} // namespace

QString SnapshotPush::createTable(const QString &table, const std::vector<SnapshotField> &fields, bool postgres)
{
    QStringList columns;
    for (const SnapshotField &f : fields) {
        const bool key = f.source == SnapshotField::Source::AccountId || f.source == SnapshotField::Source::AsOf;
        columns << QStringLiteral("%1 %2%3").arg(quoted(f.name), columnType(f.type, postgres), key ? QStringLiteral(" NOT NULL") : QString());
    }
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(quoted(table), columns.join(QStringLiteral(", ")));
}

Result<SnapshotPushSummary> SnapshotPush::toPostgres(const Workspace &ws, const QString &conninfo, const SnapshotPushOptions &options)
{
    auto table = SnapshotRows::open(ws, options.asOf);
    if (!table)
        return std::unexpected(table.error());
    const std::vector<SnapshotField> &fields = table->fields();
    auto conn = PgConnection::connect(conninfo);
    if (!conn)
        return std::unexpected(conn.error());
    const QString where = conn->server();
    if (auto ok = checkNames(where, options.table, fields, true); !ok)
        return std::unexpected(ok.error());
    SnapshotPushSummary summary;
    summary.target = tr("table %1 on %2").arg(quoted(options.table), where);
    summary.columns = int(fields.size());
    // Any failure below rolls back: the old table, if any, is as it was.
    const auto abandon = [&](const Error &e) {
        (void)conn->exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(e);
    };
    if (auto r = conn->exec(QStringLiteral("BEGIN")); !r)
        return std::unexpected(r.error());
    // The table CREATE TABLE would meet: the name in the schema new tables go to.
    auto existing = conn->query(QStringLiteral("SELECT c.oid::text, c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                               "WHERE n.nspname = current_schema() AND c.relname = $1"),
                                {options.table});
    if (!existing)
        return abandon(existing.error());
    bool truncate = false;
    if (!existing->empty()) {
        if (!options.replace)
            return abandon(Error(tr("%1: the table %2 exists already; give --replace to replace it (nothing was written)").arg(where, quoted(options.table)),
                                 Error::Code::NeedsConfirmation));
        summary.replaced = true;
        auto columns = conn->query(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                                                  "WHERE attrelid = $1::oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum"),
                                   {existing->front().value(0)});
        if (!columns)
            return abandon(columns.error());
        truncate = existing->front().value(1) == u"r" && columns->size() == fields.size();
        for (std::size_t i = 0; truncate && i < fields.size(); ++i)
            truncate = (*columns)[i].value(0) == fields[i].name && (*columns)[i].value(1) == columnType(fields[i].type, true);
        const QString clear = truncate ? QStringLiteral("TRUNCATE TABLE %1").arg(quoted(options.table))
                                       : QStringLiteral("DROP TABLE %1").arg(quoted(options.table));
        if (auto r = conn->exec(clear); !r)
            return abandon(r.error());
    }
    if (!truncate) {
        if (auto r = conn->exec(createTable(options.table, fields, true)); !r)
            return abandon(r.error());
    }
    QStringList names;
    for (const SnapshotField &f : fields)
        names << quoted(f.name);

    // Binary COPY: numbers travel as their 8 bytes (exact, and nothing to format or parse), dates
    // as days, text as UTF-8.
    const int dateCount = int(table->dates().size());
    bool started = false, loaded = false;
    std::size_t row = 0;
    Utf8Cache cache;
    const auto fill = [&](QByteArray &out) -> Result<bool> {
        if (!started) {
            out.append("PGCOPY\n\xff\r\n\0", 11);
            putInt32(out, 0);   // flags
            putInt32(out, 0);   // header extension
            started = true;
        }
        for (;;) {
            if (!loaded || row >= table->size()) {
                if (loaded && options.progress)
                    options.progress(summary.rows, summary.dates, dateCount);
                auto more = table->next();
                if (!more)
                    return std::unexpected(more.error());
                if (!*more) {
                    putInt16(out, -1);
                    return false;
                }
                loaded = true;
                row = 0;
                ++summary.dates;
                cache.clear();
            }
            for (; row < table->size() && out.size() < kCopyChunk; ++row) {
                putInt16(out, qint16(fields.size()));
                for (std::size_t f = 0; f < fields.size(); ++f) {
                    const SnapshotValue v = table->value(row, f);
                    if (v.missing) {
                        putInt32(out, -1);
                        continue;
                    }
                    switch (fields[f].type) {
                    case SnapshotFieldType::Text:
                        putText(out, fields[f].source == SnapshotField::Source::AccountId || fields[f].source == SnapshotField::Source::Name
                                         ? v.text->toUtf8()
                                         : cache(v.text));
                        break;
                    case SnapshotFieldType::Date:
                        putInt32(out, 4);
                        putInt32(out, qint32(v.day - kPostgresEpochJulianDay));
                        break;
                    case SnapshotFieldType::Number:
                    case SnapshotFieldType::Flag:
                        putDouble(out, v.number);
                        break;
                    }
                }
                ++summary.rows;
            }
            if (out.size() >= kCopyChunk)
                return true;
        }
    };
    if (auto r = conn->copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN WITH (FORMAT binary)").arg(quoted(options.table), names.join(QStringLiteral(", "))), fill);
        !r)
        return abandon(r.error());
    if (auto r = conn->exec(QStringLiteral("COMMIT")); !r)
        return abandon(r.error());
    return summary;
}

Result<SnapshotPushSummary> SnapshotPush::toSqlite(const Workspace &ws, const QString &file, const SnapshotPushOptions &options)
{
    auto table = SnapshotRows::open(ws, options.asOf);
    if (!table)
        return std::unexpected(table.error());
    const std::vector<SnapshotField> &fields = table->fields();
    if (auto ok = checkNames(file, options.table, fields, false); !ok)
        return std::unexpected(ok.error());
    if (QFileInfo(file).canonicalFilePath() == QFileInfo(ws.path()).canonicalFilePath() && QFileInfo::exists(file))
        return fail(tr("%1 is the workspace itself: push the snapshots into another file").arg(file), Error::Code::Invalid);
    const bool existed = QFileInfo::exists(file);
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const auto closer = [](sqlite3 *db) { sqlite3_close_v2(db); };
    std::unique_ptr<sqlite3, decltype(closer)> db(raw, closer);
    if (rc != SQLITE_OK)
        return fail(tr("%1: cannot open: %2").arg(file, raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc))),
                    Error::Code::Io);
    sqlite3_busy_timeout(db.get(), 2000);
    SnapshotPushSummary summary;
    summary.target = tr("table %1 in %2").arg(quoted(options.table), file);
    summary.columns = int(fields.size());
    bool began = false;
    // A failure rolls back, and a file this push created goes again.
    const auto abandon = [&](const Error &e) {
        if (began)
            (void)sqliteExec(db.get(), "ROLLBACK");
        db.reset();
        if (!existed)
            QFile::remove(file);
        return std::unexpected(withWhere(e, file));
    };
    {
        auto id = SqliteStatement::prepare(db.get(), "PRAGMA application_id");
        if (!id)
            return abandon(id.error());
        auto hasRow = id->step();
        if (!hasRow)
            return abandon(hasRow.error());
        if (*hasRow && id->int64(0) == 0x54524C42)   // "TRLB": Workspace's application_id
            return abandon(Error(tr("%1 is a Tierlab workspace: push the snapshots into another file (its table \"snapshots\" is the "
                                    "workspace's own)")
                                     .arg(file),
                                 Error::Code::Invalid));
    }
    if (auto r = sqliteExec(db.get(), "BEGIN IMMEDIATE"); !r)
        return abandon(r.error());
    began = true;
    {
        auto existing = SqliteStatement::prepare(db.get(), "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1 COLLATE NOCASE");
        if (!existing)
            return abandon(existing.error());
        existing->bind(1, options.table);
        auto found = existing->step();
        if (!found)
            return abandon(found.error());
        if (*found) {
            if (!options.replace)
                return abandon(Error(tr("%1: the table %2 exists already; give --replace to replace it (nothing was written)").arg(file, quoted(existing->text(0))),
                                     Error::Code::NeedsConfirmation));
            summary.replaced = true;
            const QString drop = QStringLiteral("DROP TABLE %1").arg(quoted(existing->text(0)));
            existing = SqliteStatement();   // finalised before the DROP
            if (auto r = sqliteExec(db.get(), drop.toUtf8().constData()); !r)
                return abandon(r.error());
        }
    }
    if (auto r = sqliteExec(db.get(), createTable(options.table, fields, false).toUtf8().constData()); !r)
        return abandon(r.error());
    QStringList params;
    for (std::size_t f = 0; f < fields.size(); ++f)
        params << QStringLiteral("?%1").arg(f + 1);
    auto insert = SqliteStatement::prepare(db.get(), QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(quoted(options.table), params.join(u',')).toUtf8().constData());
    if (!insert)
        return abandon(insert.error());
    const int dateCount = int(table->dates().size());
    Utf8Cache cache;
    std::unordered_map<std::int64_t, QByteArray> days;   // renewal dates repeat across rows
    const auto dayText = [&](std::int64_t day) -> const QByteArray & {
        auto it = days.find(day);
        if (it == days.end())
            it = days.emplace(day, QDate::fromJulianDay(day).toString(Qt::ISODate).toUtf8()).first;
        return it->second;
    };
    for (;;) {
        auto more = table->next();
        if (!more)
            return abandon(more.error());
        if (!*more)
            break;
        cache.clear();
        for (std::size_t row = 0; row < table->size(); ++row) {
            for (std::size_t f = 0; f < fields.size(); ++f) {
                const int pos = int(f) + 1;
                const SnapshotValue v = table->value(row, f);
                if (v.missing) {
                    insert->bindNull(pos);
                    continue;
                }
                switch (fields[f].type) {
                case SnapshotFieldType::Text:
                    if (fields[f].source == SnapshotField::Source::AccountId || fields[f].source == SnapshotField::Source::Name) {
                        const QByteArray utf8 = v.text->toUtf8();
                        insert->bindText(pos, utf8.constData(), int(utf8.size()));
                    } else {
                        const QByteArray &utf8 = cache(v.text);
                        insert->bindTextNoCopy(pos, utf8.constData(), int(utf8.size()));
                    }
                    break;
                case SnapshotFieldType::Date: {
                    const QByteArray &text = dayText(v.day);
                    insert->bindTextNoCopy(pos, text.constData(), int(text.size()));
                    break;
                }
                case SnapshotFieldType::Number:
                case SnapshotFieldType::Flag:
                    insert->bind(pos, v.number);
                    break;
                }
            }
            if (auto r = insert->exec(); !r)
                return abandon(r.error());
            ++summary.rows;
        }
        ++summary.dates;
        if (options.progress)
            options.progress(summary.rows, summary.dates, dateCount);
    }
    insert = SqliteStatement();
    if (auto r = sqliteExec(db.get(), "COMMIT"); !r)
        return abandon(r.error());
    began = false;
    return summary;
}

} // namespace tierlab
