#include "workspacecheck.h"

#include "schema.h"
#include "snapshotcodec.h"
#include "sqlitestatement.h"

#include "dataset/dataset.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace tierlab {

namespace {

struct TableSince
{
    const char *name;
    int version;    // the schema version that created it
    bool large;     // left out of the check on open: reading it all costs seconds at scale
};

constexpr TableSince kTables[] = {
    {"meta", 1, false},         {"accounts", 1, true},        {"signals", 1, false},
    {"snapshots", 1, true},     {"outcomes", 1, true},        {"models", 1, false},
    {"imports", 1, false},      {"mappings", 2, false},       {"event_tables", 3, false},
    {"event_chunks", 3, true},  {"recipes", 3, false},        {"import_undo", 4, true},
    {"manual_overrides", 5, false}, {"publications", 6, false},
};

QString tableName(const TableSince &t)
{
    return QString::fromLatin1(t.name);
}

// Collects findings, at most `max` per check; the rest are counted into one closing finding.
class Findings
{
public:
    Findings(std::vector<CheckFinding> &out, int max) : m_out(out), m_max(max) {}
    void add(const QString &check, const QString &table, const QString &row, const QString &message)
    {
        if (++m_counts[check] <= m_max)
            m_out.push_back({check, table, row, message});
    }
    void close()
    {
        for (const auto &[check, n] : m_counts) {
            if (n > m_max)
                m_out.push_back({check, QString(), QString(),
                                 WorkspaceCheck::tr("and %1 more findings of this check, not listed").arg(n - m_max)});
        }
        m_counts.clear();
    }

private:
    std::vector<CheckFinding> &m_out;
    int m_max;
    std::map<QString, int> m_counts;
};

std::uint32_t bigEndian(const QByteArray &bytes, int at, int size)
{
    std::uint32_t v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | std::uint8_t(bytes[at + i]);
    return v;
}

// The 100-byte SQLite header against the file: a copy cut short is smaller than the pages its header
// counts (SQLite itself would read the missing pages as zeros and fail somewhere later, or not at all).
// Returns false when the file is no SQLite database at all (nothing further can be checked).
bool checkHeader(const QString &path, Findings &findings)
{
    const QString check = QStringLiteral("header");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        findings.add(check, {}, {}, WorkspaceCheck::tr("cannot read the file: %1").arg(file.errorString()));
        return false;
    }
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (size == 0) {
        findings.add(check, {}, {}, WorkspaceCheck::tr("the file is empty (0 bytes)"));
        return false;
    }
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        findings.add(check, {}, {}, WorkspaceCheck::tr("not a SQLite database (the file does not start with a SQLite header)"));
        return false;
    }
    std::int64_t pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        findings.add(check, {}, {}, WorkspaceCheck::tr("the header's page size %1 is not valid").arg(pageSize));
        return false;
    }
    // With frames in the WAL, a partial last page is a checkpoint cut short (a full disk, a file size
    // limit): the WAL still holds those pages and the next checkpoint rewrites them.
    const qint64 walSize = QFileInfo(path + QStringLiteral("-wal")).size();
    if (size % pageSize != 0 && walSize == 0) {
        findings.add(check, {}, {}, WorkspaceCheck::tr("the file is %1 bytes, not a whole number of %2-byte pages: it was cut short")
                                        .arg(size).arg(pageSize));
        return true;
    }
    // The header's page count is valid while its change counter matches the version-valid-for number;
    // with a WAL beside the file the newest pages may still be there instead.
    const std::int64_t pages = bigEndian(header, 28, 4);
    const bool valid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4) && pages > 0;
    if (valid && walSize == 0 && size < pages * pageSize)
        findings.add(check, {}, {}, WorkspaceCheck::tr("the file is %1 bytes but its header counts %2 pages of %3 bytes (%4 bytes): it was cut short")
                                        .arg(size).arg(pages).arg(pageSize).arg(pages * pageSize));
    return true;
}

// The tables the schema version promises, and none of a later version (a version changed by hand).
std::set<QString> checkTables(sqlite3 *db, int version, Findings &findings)
{
    const QString check = QStringLiteral("schema");
    std::set<QString> present;
    auto st = SqliteStatement::prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'table'");
    if (!st) {
        findings.add(check, {}, {}, WorkspaceCheck::tr("cannot read the schema: %1").arg(st.error().message));
        return present;
    }
    if (auto r = st->forEachRow([&] { present.insert(st->text(0)); }); !r) {
        findings.add(check, {}, {}, WorkspaceCheck::tr("cannot read the schema: %1").arg(r.error().message));
        return present;
    }
    for (const TableSince &t : kTables) {
        const bool has = present.contains(tableName(t));
        if (t.version <= version && !has)
            findings.add(check, tableName(t), {}, WorkspaceCheck::tr("the table is missing (schema version %1 has it)").arg(version));
        else if (t.version > version && has)
            findings.add(check, tableName(t), {},
                         WorkspaceCheck::tr("the table belongs to schema version %1 but the file says version %2: the version was changed")
                             .arg(t.version)
                             .arg(version));
    }
    return present;
}

// Runs an integrity or quick check pragma; returns its lines other than "ok" (or the error).
QStringList pragmaLines(sqlite3 *db, const QByteArray &sql)
{
    QStringList lines;
    auto st = SqliteStatement::prepare(db, sql.constData());
    if (!st)
        return {st.error().message};
    if (auto r = st->forEachRow([&] {
            const QString line = st->text(0);
            if (line != u"ok")
                lines << line;
        });
        !r)
        lines << r.error().message;
    return lines;
}

QByteArray tablePragma(const char *pragma, const TableSince &t)
{
    // The names are this file's constants, never text from the workspace.
    return QByteArray("PRAGMA ") + pragma + "(\"" + t.name + "\")";
}

void checkIntegrity(sqlite3 *db, const std::set<QString> &present, Findings &findings)
{
    const QString check = QStringLiteral("integrity");
    const QStringList whole = pragmaLines(db, "PRAGMA integrity_check(200)");
    if (whole.isEmpty())
        return;
    // Name the tables: each one's own check (its b-tree and indexes) says which are hit.
    bool named = false;
    for (const TableSince &t : kTables) {
        if (!present.contains(tableName(t)))
            continue;
        for (const QString &line : pragmaLines(db, tablePragma("integrity_check", t))) {
            findings.add(check, tableName(t), {}, line);
            named = true;
        }
    }
    if (!named) {
        for (const QString &line : whole)
            findings.add(check, {}, {}, line);
    }
}

void checkForeignKeys(sqlite3 *db, Findings &findings)
{
    const QString check = QStringLiteral("foreign_key");
    auto st = SqliteStatement::prepare(db, "PRAGMA foreign_key_check");
    if (!st) {
        findings.add(check, {}, {}, st.error().message);
        return;
    }
    auto r = st->forEachRow([&] {
        const QString row = st->isNull(1) ? QString() : WorkspaceCheck::tr("rowid %1").arg(st->int64(1));
        findings.add(check, st->text(0), row, WorkspaceCheck::tr("refers to a row of %1 that does not exist").arg(st->text(2)));
    });
    if (!r)
        findings.add(check, {}, {}, r.error().message);
}

// The catalogue's indexes are what snapshot blobs refer to; returns the valid ones.
std::set<int> checkSignals(sqlite3 *db, Findings &findings)
{
    const QString check = QStringLiteral("signals"), table = QStringLiteral("signals");
    std::set<int> indexes;
    auto st = SqliteStatement::prepare(db, "SELECT idx, id, type, role FROM signals ORDER BY idx");
    if (!st) {
        findings.add(check, table, {}, st.error().message);
        return indexes;
    }
    auto r = st->forEachRow([&] {
        const std::int64_t index = st->int64(0);
        const QString row = WorkspaceCheck::tr("signal \"%1\"").arg(st->text(1).left(200));
        SignalType type;
        AttributeRole role;
        if (index < 0 || index > 0xFFFF)
            findings.add(check, table, row, WorkspaceCheck::tr("index %1 (0 to 65535 expected)").arg(index));
        else
            indexes.insert(int(index));
        if (!signalTypeFromName(st->text(2), &type))
            findings.add(check, table, row, WorkspaceCheck::tr("the unknown type \"%1\"").arg(st->text(2).left(200)));
        if (!st->isNull(3) && !st->text(3).isEmpty() && !attributeRoleFromName(st->text(3), &role))
            findings.add(check, table, row, WorkspaceCheck::tr("the unknown role \"%1\"").arg(st->text(3).left(200)));
    });
    if (!r)
        findings.add(check, table, {}, r.error().message);
    return indexes;
}

void checkSnapshots(sqlite3 *db, const std::set<int> &indexes, Findings &findings)
{
    const QString check = QStringLiteral("snapshots"), table = QStringLiteral("snapshots");
    auto st = SqliteStatement::prepare(db, "SELECT s.as_of, coalesce(a.id, '#' || s.account_pk), s.vals "
                                           "FROM snapshots s LEFT JOIN accounts a ON a.pk = s.account_pk");
    if (!st) {
        findings.add(check, table, {}, st.error().message);
        return;
    }
    auto r = st->forEachRow([&] {
        auto row = [&] { return WorkspaceCheck::tr("as_of %1, account %2").arg(st->text(0).left(40), st->text(1).left(200)); };
        if (!QDate::fromString(st->text(0), Qt::ISODate).isValid())
            findings.add(check, table, row(), WorkspaceCheck::tr("the as_of is not a date"));
        int unknown = -1;
        const bool ok = SnapshotCodec::decode(
            st->blobData(2), st->blobSize(2),
            [&](int index, double) {
                if (unknown < 0 && !indexes.contains(index))
                    unknown = index;
            },
            [&](int index, const char *, int) {
                if (unknown < 0 && !indexes.contains(index))
                    unknown = index;
            });
        if (!ok)
            findings.add(check, table, row(), WorkspaceCheck::tr("the values do not decode (%1 bytes)").arg(st->blobSize(2)));
        else if (unknown >= 0)
            findings.add(check, table, row(), WorkspaceCheck::tr("a value of signal index %1, which the catalogue does not have").arg(unknown));
    });
    if (!r)
        findings.add(check, table, {}, r.error().message);
}

void checkImports(sqlite3 *db, Findings &findings)
{
    const QString check = QStringLiteral("imports"), table = QStringLiteral("imports");
    static const std::set<QString> kinds = {QStringLiteral("snapshots"), QStringLiteral("outcomes"), QStringLiteral("table"),
                                            QStringLiteral("build"), QStringLiteral("derive")};
    auto st = SqliteStatement::prepare(db, "SELECT pk, kind, rows_read, rows_accepted, rows_rejected, started_at, finished_at FROM imports");
    if (!st) {
        findings.add(check, table, {}, st.error().message);
        return;
    }
    auto r = st->forEachRow([&] {
        const QString row = WorkspaceCheck::tr("pk %1").arg(st->int64(0));
        if (!kinds.contains(st->text(1)))
            findings.add(check, table, row, WorkspaceCheck::tr("the unknown kind \"%1\"").arg(st->text(1).left(200)));
        if (st->int64(2) < 0 || st->int64(3) < 0 || st->int64(4) < 0)
            findings.add(check, table, row, WorkspaceCheck::tr("a negative row count"));
        const QDateTime started = QDateTime::fromString(st->text(5), Qt::ISODateWithMs);
        const QDateTime finished = QDateTime::fromString(st->text(6), Qt::ISODateWithMs);
        if (!started.isValid() || !finished.isValid())
            findings.add(check, table, row, WorkspaceCheck::tr("a start or finish time that is not a date-time"));
        else if (finished < started)
            findings.add(check, table, row, WorkspaceCheck::tr("finished before it started"));
    });
    if (!r)
        findings.add(check, table, {}, r.error().message);
}

// Each column of an event table has ceil(rows / chunk_rows) chunks, numbered from 0.
void checkEventTables(sqlite3 *db, Findings &findings)
{
    const QString check = QStringLiteral("event_tables"), table = QStringLiteral("event_tables");
    auto st = SqliteStatement::prepare(db, "SELECT pk, name, columns, rows, chunk_rows FROM event_tables");
    auto chunks = SqliteStatement::prepare(db, "SELECT col, count(*), min(chunk), max(chunk) FROM event_chunks "
                                               "WHERE table_pk = ? GROUP BY col");
    if (!st || !chunks) {
        findings.add(check, table, {}, !st ? st.error().message : chunks.error().message);
        return;
    }
    auto r = st->forEachRow([&] {
        const QString row = WorkspaceCheck::tr("table \"%1\"").arg(st->text(1).left(200));
        const QJsonDocument columns = QJsonDocument::fromJson(st->utf8(2).toByteArray());
        const std::int64_t rows = st->int64(3), chunkRows = st->int64(4);
        if (!columns.isArray()) {
            findings.add(check, table, row, WorkspaceCheck::tr("the column list is not a JSON array"));
            return;
        }
        if (rows < 0 || chunkRows <= 0) {
            findings.add(check, table, row, WorkspaceCheck::tr("%1 rows in chunks of %2").arg(rows).arg(chunkRows));
            return;
        }
        const std::int64_t expected = (rows + chunkRows - 1) / chunkRows;
        const auto columnCount = std::int64_t(columns.array().size());
        std::map<std::int64_t, std::int64_t> perColumn;
        chunks->reset();
        chunks->bind(1, st->int64(0));
        auto walk = chunks->forEachRow([&] {
            const std::int64_t col = chunks->int64(0), n = chunks->int64(1);
            perColumn[col] = n;
            if (col < 0 || col >= columnCount)
                findings.add(check, table, row, WorkspaceCheck::tr("chunks of column %1, which the table does not have").arg(col));
            else if (n != expected || chunks->int64(2) != 0 || chunks->int64(3) != expected - 1)
                findings.add(check, table, row, WorkspaceCheck::tr("column %1 has %2 chunks, %3 expected for %4 rows")
                                                    .arg(col).arg(n).arg(expected).arg(rows));
        });
        if (!walk) {
            findings.add(check, table, row, walk.error().message);
            return;
        }
        for (std::int64_t col = 0; col < columnCount && expected > 0; ++col) {
            if (!perColumn.contains(col))
                findings.add(check, table, row, WorkspaceCheck::tr("column %1 has no chunks, %2 expected").arg(col).arg(expected));
        }
    });
    if (!r)
        findings.add(check, table, {}, r.error().message);
}

// Model versions are JSON; the published one and every publication name a saved version.
void checkModels(sqlite3 *db, Findings &findings)
{
    const QString check = QStringLiteral("models");
    auto add = [&](const QString &table, const char *sql, const QString &what) {
        auto st = SqliteStatement::prepare(db, sql);
        if (!st) {
            findings.add(check, table, {}, st.error().message);
            return;
        }
        auto r = st->forEachRow([&] { findings.add(check, table, st->text(0), what); });
        if (!r)
            findings.add(check, table, {}, r.error().message);
    };
    add(QStringLiteral("models"), "SELECT 'pk ' || pk || ', \"' || substr(name, 1, 200) || '\"' FROM models WHERE NOT json_valid(json)",
        WorkspaceCheck::tr("the model is not valid JSON"));
    add(QStringLiteral("meta"),
        "SELECT 'model.published = ' || substr(value, 1, 40) FROM meta WHERE key = 'model.published' "
        "AND NOT EXISTS (SELECT 1 FROM models WHERE pk = CAST(meta.value AS INTEGER))",
        WorkspaceCheck::tr("the published model is not a saved version"));
    add(QStringLiteral("publications"),
        "SELECT 'id ' || id FROM publications WHERE NOT EXISTS (SELECT 1 FROM models WHERE pk = publications.model_pk)",
        WorkspaceCheck::tr("names a model version that is not saved"));
}

// Holds a read transaction (a shared lock, or a WAL read mark) while the header is compared with the
// file's size: no commit in rollback-journal mode, which writes page 1 before the pages it appends,
// can be half done meanwhile.
class ReadLock
{
public:
    explicit ReadLock(sqlite3 *db) : m_db(db)
    {
        m_open = sqliteExec(db, "BEGIN").has_value();
        if (m_open) {
            if (auto st = SqliteStatement::prepare(db, "SELECT count(*) FROM sqlite_schema"))
                (void)st->step();
        }
    }
    ~ReadLock()
    {
        if (m_open)
            (void)sqliteExec(m_db, "COMMIT");
    }
    ReadLock(const ReadLock &) = delete;
    ReadLock &operator=(const ReadLock &) = delete;

private:
    sqlite3 *m_db;
    bool m_open = false;
};

} // namespace

QString CheckFinding::text() const
{
    QStringList where;
    if (!table.isEmpty())
        where << WorkspaceCheck::tr("table %1").arg(table);
    if (!row.isEmpty())
        where << row;
    return where.isEmpty() ? message : where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
}

std::vector<CheckFinding> WorkspaceCheck::header(const QString &path)
{
    std::vector<CheckFinding> out;
    Findings findings(out, 10);
    checkHeader(path, findings);
    return out;
}

std::vector<CheckFinding> WorkspaceCheck::onOpen(sqlite3 *db, const QString &path, int schemaVersion)
{
    std::vector<CheckFinding> out;
    Findings findings(out, 10);
    const ReadLock lock(db);
    checkHeader(path, findings);
    if (!out.empty())
        return out;
    const std::set<QString> present = checkTables(db, schemaVersion, findings);
    if (!out.empty())
        return out;
    for (const TableSince &t : kTables) {
        if (t.large || !present.contains(tableName(t)))
            continue;
        for (const QString &line : pragmaLines(db, tablePragma("quick_check", t)))
            findings.add(QStringLiteral("integrity"), tableName(t), {}, line);
    }
    findings.close();
    return out;
}

Result<std::vector<CheckFinding>> WorkspaceCheck::full(const QString &path, int maxPerCheck)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("%1: no such file").arg(path), Error::Code::NotFound);
    if (info.isDir())
        return fail(tr("%1: is a folder, not a workspace file").arg(path), Error::Code::NotAWorkspace);
    std::vector<CheckFinding> out;
    Findings findings(out, maxPerCheck);
    {
        // No SQLite file at all ends the check here; the size check is repeated under a read lock below.
        std::vector<CheckFinding> first;
        Findings header(first, maxPerCheck);
        if (!checkHeader(path, header))
            return first;
    }

    const QByteArray native = path.toUtf8();
    // A change interrupted in rollback-journal mode (a killed import or signal build) leaves a hot
    // journal; a read-only connection cannot roll it back and would read the half-written file. It is
    // rolled back first, as the next open of the workspace would (that write restores the state before).
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
        sqlite3 *writer = nullptr;
        const int opened = sqlite3_open_v2(native.constData(), &writer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(writer, sqlite3_close_v2);
        if (opened == SQLITE_OK) {
            sqlite3_extended_result_codes(writer, 1);
            sqlite3_busy_timeout(writer, 2000);
            if (auto r = sqliteExec(writer, "SELECT count(*) FROM sqlite_schema"); !r)
                return std::unexpected(r.error());
        }
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(native.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> guard(db, sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return fail(tr("%1: cannot open: %2").arg(path, db ? sqliteMessage(db) : tr("out of memory")), Error::Code::Io);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 2000);
    (void)sqliteExec(db, "PRAGMA cache_size = -65536");   // as a workspace: the checks walk every b-tree
    const ReadLock lock(db);   // one consistent state of the file for every check
    checkHeader(path, findings);

    const QString schema = QStringLiteral("schema");
    auto appId = Schema::applicationId(db);
    auto version = Schema::userVersion(db);
    if (!appId || !version) {
        findings.add(schema, {}, {}, tr("cannot read the header: %1").arg((!appId ? appId : version).error().message));
        findings.close();
        return out;
    }
    if (*appId != Schema::kApplicationId) {
        findings.add(schema, {}, {}, tr("not a Tierlab workspace (application id %1)").arg(*appId));
        findings.close();
        return out;
    }
    if (*version > Schema::kCurrentVersion)
        findings.add(schema, {}, {}, tr("schema version %1; this Tierlab reads up to %2").arg(*version).arg(Schema::kCurrentVersion));
    else if (*version < 1)
        findings.add(schema, {}, {}, tr("schema version %1 is not valid").arg(*version));
    const std::set<QString> present = checkTables(db, std::clamp(*version, 1, Schema::kCurrentVersion), findings);
    checkIntegrity(db, present, findings);
    checkForeignKeys(db, findings);
    auto has = [&](const char *table) { return present.contains(QString::fromLatin1(table)); };
    const std::set<int> indexes = has("signals") ? checkSignals(db, findings) : std::set<int>();
    if (has("snapshots") && has("accounts") && has("signals"))
        checkSnapshots(db, indexes, findings);
    if (has("imports"))
        checkImports(db, findings);
    if (has("event_tables") && has("event_chunks"))
        checkEventTables(db, findings);
    if (has("models") && has("meta") && has("publications"))
        checkModels(db, findings);
    findings.close();
    return out;
}

} // namespace tierlab
