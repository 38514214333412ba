// Event tables, signal recipes and built snapshots: the raw exports a build reads and what it writes;
// and the accounts a snapshot import inserts in bulk.
#include "workspace.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

namespace tierlab {

namespace {

constexpr const char *kTableColumns =
    "pk, name, key_column, via, time_column, end_column, columns, rows, chunk_rows, first_day, last_day, "
    "file_name, content_hash, imported_at";

EventTableRecord tableFrom(const SqliteStatement &st)
{
    EventTableRecord r;
    r.pk = st.int64(0);
    r.name = st.text(1);
    r.keyColumn = st.text(2);
    r.via = st.text(3);
    r.timeColumn = st.text(4);
    r.endColumn = st.text(5);
    r.columnsJson = st.text(6);
    r.rows = st.int64(7);
    r.chunkRows = int(st.int64(8));
    r.firstDay = st.isNull(9) ? 0 : st.int64(9);
    r.lastDay = st.isNull(10) ? 0 : st.int64(10);
    r.fileName = st.text(11);
    r.contentHash = st.text(12);
    r.importedAt = QDateTime::fromString(st.text(13), Qt::ISODateWithMs);
    return r;
}

QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

} // namespace

Result<std::vector<EventTableRecord>> Workspace::eventTables() const
{
    const QByteArray sql = QByteArray("SELECT ") + kTableColumns + " FROM event_tables ORDER BY name";
    auto st = SqliteStatement::prepare(m_db, sql.constData());
    if (!st)
        return std::unexpected(st.error());
    std::vector<EventTableRecord> out;
    if (auto done = st->forEachRow([&] { out.push_back(tableFrom(*st)); }); !done)
        return std::unexpected(done.error());
    return out;
}

Result<EventTableRecord> Workspace::eventTable(const QString &name) const
{
    const QByteArray sql = QByteArray("SELECT ") + kTableColumns + " FROM event_tables WHERE name = ?1";
    auto st = SqliteStatement::prepare(m_db, sql.constData());
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, name);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(QCoreApplication::translate("Workspace", "%1: no table named \"%2\"").arg(m_path, name),
                    Error::Code::NotFound);
    return tableFrom(*st);
}

Result<std::int64_t> Workspace::createEventTable(const EventTableRecord &record)
{
    auto st = SqliteStatement::prepare(
        m_db, "INSERT INTO event_tables(name, key_column, via, time_column, end_column, columns, rows, chunk_rows, "
              "file_name, content_hash, imported_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9, ?10) RETURNING pk");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, record.name);
    st->bind(2, record.keyColumn);
    st->bind(3, orNull(record.via));
    st->bind(4, orNull(record.timeColumn));
    st->bind(5, orNull(record.endColumn));
    st->bind(6, record.columnsJson);
    st->bind(7, record.chunkRows);
    st->bind(8, orNull(record.fileName));
    st->bind(9, orNull(record.contentHash));
    st->bind(10, (record.importedAt.isValid() ? record.importedAt : QDateTime::currentDateTimeUtc())
                     .toString(Qt::ISODateWithMs));
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return st->int64(0);
}

Result<void> Workspace::finishEventTable(std::int64_t tablePk, std::int64_t rows, std::int64_t firstDay, std::int64_t lastDay)
{
    auto st = SqliteStatement::prepare(m_db, "UPDATE event_tables SET rows = ?2, first_day = ?3, last_day = ?4 WHERE pk = ?1");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, tablePk);
    st->bind(2, rows);
    if (firstDay)
        st->bind(3, firstDay);
    else
        st->bindNull(3);
    if (lastDay)
        st->bind(4, lastDay);
    else
        st->bindNull(4);
    return st->exec();
}

Result<bool> Workspace::dropEventTable(const QString &name)
{
    auto st = SqliteStatement::prepare(m_db, "DELETE FROM event_tables WHERE name = ?1 RETURNING pk");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, name);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    const bool dropped = *row;
    if (auto r = st->exec(); !r)
        return std::unexpected(r.error());
    return dropped;
}

Result<void> Workspace::forEachEventChunk(std::int64_t tablePk, int column,
                                          const std::function<Result<void>(int, const void *, int)> &onChunk) const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT chunk, data FROM event_chunks WHERE table_pk = ?1 AND col = ?2 ORDER BY chunk");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, tablePk);
    st->bind(2, column);
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        if (auto r = onChunk(int(st->int64(0)), st->blobData(1), st->blobSize(1)); !r)
            return r;
    }
}

Result<void> Workspace::saveRecipes(const QString &json)
{
    auto st = SqliteStatement::prepare(m_db, "INSERT INTO recipes(json, saved_at) VALUES(?1, ?2)");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, json);
    st->bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return st->exec();
}

Result<QString> Workspace::recipes() const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT json FROM recipes ORDER BY pk DESC LIMIT 1");
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st->text(0) : QString();
}

namespace {

Result<std::int64_t> deleteRows(sqlite3 *db, const char *sql)
{
    auto st = SqliteStatement::prepare(db, sql);
    if (!st)
        return std::unexpected(st.error());
    if (auto r = st->exec(); !r)
        return std::unexpected(r.error());
    auto changes = SqliteStatement::prepare(db, "SELECT changes()");
    if (!changes)
        return std::unexpected(changes.error());
    if (auto r = changes->step(); !r)
        return std::unexpected(r.error());
    return changes->int64(0);
}

} // namespace

Result<std::int64_t> Workspace::deleteSnapshots(bool builtOnly)
{
    return deleteRows(m_db, builtOnly ? "DELETE FROM snapshots WHERE built = 1" : "DELETE FROM snapshots");
}

Result<std::int64_t> Workspace::deleteOutcomes()
{
    return deleteRows(m_db, "DELETE FROM outcomes");
}

Result<void> Workspace::setSignalRole(int signalIndex, AttributeRole role)
{
    auto st = SqliteStatement::prepare(m_db, "UPDATE signals SET role = ?2 WHERE idx = ?1");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, signalIndex);
    st->bind(2, role == AttributeRole::None ? QString() : attributeRoleName(role));
    return st->exec();
}

namespace {

// Multi-row statements for the import's fast path: most of a one-row statement's cost is per
// statement (step, cursors, halt), so kImportBatch rows share it. Prepared per call, which brings
// thousands of rows (a batch of the file).
constexpr std::size_t kImportBatch = 64;

std::string repeatedValues(const char *head, const char *row, const char *tail, std::size_t rows)
{
    std::string q = head;
    for (std::size_t i = 0; i < rows; ++i) {
        q += i == 0 ? " " : ",";
        q += row;
    }
    q += tail;
    return q;
}

bool isAscii(std::string_view t)
{
    for (const char c : t) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Binds `t` as upsertAccount binds the QString it comes from: NULL when empty, and a text that is not
// ASCII as QString's UTF-8 round trip gives it (an invalid sequence becomes U+FFFD there).
void bindUtf8(SqliteStatement &st, int pos, std::string_view t)
{
    if (t.empty())
        st.bindNull(pos);
    else if (isAscii(t))
        st.bindTextNoCopy(pos, t.data(), int(t.size()));
    else
        st.bind(pos, QString::fromUtf8(t.data(), qsizetype(t.size())));
}

// Workspace's dateText ("YYYY-MM-DD") without QDate::toString for the years it writes with four digits.
void bindDate(SqliteStatement &st, int pos, QDate date)
{
    if (!date.isValid()) {
        st.bindNull(pos);
        return;
    }
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1 || y > 9999) {
        st.bind(pos, date.toString(Qt::ISODate));
        return;
    }
    char text[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                     char('0' + m / 10), char('0' + m % 10), '-', char('0' + d / 10), char('0' + d % 10)};
    st.bindText(pos, text, 10);
}

} // namespace

Result<std::int64_t> Workspace::insertNewAccounts(const NewAccountBytes *accounts, std::size_t count)
{
    auto maxKey = SqliteStatement::prepare(m_db, "SELECT coalesce(max(pk), 0) FROM accounts");
    if (!maxKey)
        return std::unexpected(maxKey.error());
    if (auto r = maxKey->step(); !r)
        return std::unexpected(r.error());
    // An INSERT without a key gives max(pk) + 1: the same keys, in the same order.
    const std::int64_t first = maxKey->int64(0) + 1;
    for (std::size_t i = 0; i < count; ++i) {
        // upsertAccount refuses an id that QString::trimmed() empties.
        const std::string_view id = accounts[i].id;
        const bool blank = isAscii(id) ? std::all_of(id.begin(), id.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); })
                                       : QString::fromUtf8(id.data(), qsizetype(id.size())).trimmed().isEmpty();
        if (blank)
            return fail(QCoreApplication::translate("Workspace", "an account needs an id"), Error::Code::Invalid);
    }
    const auto bindRow = [&](SqliteStatement &st, int p, std::size_t i) {
        const NewAccountBytes &a = accounts[i];
        st.bind(p + 1, first + std::int64_t(i));
        bindUtf8(st, p + 2, a.id);
        bindUtf8(st, p + 3, a.name);
        bindUtf8(st, p + 4, a.csm);
        bindUtf8(st, p + 5, a.segment);
        st.bind(p + 6, a.arr);
        bindDate(st, p + 7, a.renewalDate);
    };
    std::size_t done = 0;
    if (count >= kImportBatch) {
        static const std::string sql = repeatedValues("INSERT INTO accounts(pk, id, name, csm, segment, arr, renewal_date) VALUES",
                                                      "(?,?,?,?,?,?,?)", "", kImportBatch);
        auto prepared = SqliteStatement::prepare(m_db, sql.c_str());
        if (!prepared)
            return std::unexpected(prepared.error());
        for (; done + kImportBatch <= count; done += kImportBatch) {
            for (std::size_t i = 0; i < kImportBatch; ++i)
                bindRow(*prepared, int(7 * i), done + i);
            if (auto r = prepared->exec(); !r)
                return std::unexpected(r.error());
        }
    }
    if (done < count) {
        auto prepared = SqliteStatement::prepare(m_db, "INSERT INTO accounts(pk, id, name, csm, segment, arr, renewal_date) VALUES(?,?,?,?,?,?,?)");
        if (!prepared)
            return std::unexpected(prepared.error());
        for (; done < count; ++done) {
            bindRow(*prepared, 0, done);
            if (auto r = prepared->exec(); !r)
                return std::unexpected(r.error());
        }
    }
    return first;
}

} // namespace tierlab
