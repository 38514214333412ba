#include "workspace.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tierlab {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

// Model versions, the import log and saved CSV mappings: the workspace's bookkeeping tables.
Result<std::int64_t> Workspace::saveModel(const QString &name, const QString &json, const QString &note)
{
    if (name.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Workspace", "a model version needs a name"), Error::Code::Invalid);
    auto st = SqliteStatement::prepare(m_db, "INSERT INTO models(name, json, created_at, note) VALUES(?1, ?2, ?3, ?4)");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, name.trimmed());
    st->bind(2, json);
    st->bind(3, nowText());
    st->bind(4, note.isEmpty() ? QString() : note);
    if (auto r = st->exec(); !r)
        return std::unexpected(r.error());
    return sqlite3_last_insert_rowid(m_db);
}

namespace {
ModelVersion readModel(const SqliteStatement &st)
{
    ModelVersion m;
    m.id = st.int64(0);
    m.name = st.text(1);
    m.json = st.text(2);
    m.createdAt = QDateTime::fromString(st.text(3), Qt::ISODateWithMs);
    m.note = st.text(4);
    return m;
}
} // namespace

Result<std::vector<ModelVersion>> Workspace::models() const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT pk, name, json, created_at, note FROM models ORDER BY pk DESC");
    if (!st)
        return std::unexpected(st.error());
    std::vector<ModelVersion> out;
    if (auto done = st->forEachRow([&] {
            out.push_back(readModel(*st));
        });
        !done)
        return std::unexpected(done.error());
    return out;
}

Result<ModelVersion> Workspace::model(std::int64_t id) const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT pk, name, json, created_at, note FROM models WHERE pk = ?1");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(QCoreApplication::translate("Workspace", "%1: no model version with id %2")
                        .arg(m_path).arg(id), Error::Code::NotFound);
    return readModel(*st);
}

Result<ModelVersion> Workspace::modelByName(const QString &name) const
{
    auto st = SqliteStatement::prepare(
        m_db, "SELECT pk, name, json, created_at, note FROM models WHERE name = ?1 ORDER BY pk DESC LIMIT 1");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, name.trimmed());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(QCoreApplication::translate("Workspace", "%1: no model version named \"%2\"")
                        .arg(m_path, name), Error::Code::NotFound);
    return readModel(*st);
}

namespace {
const QString kPublishedKey = QStringLiteral("model.published");
} // namespace

Result<void> Workspace::publishModel(std::int64_t id, const QDateTime &at)
{
    if (auto version = model(id); !version)
        return std::unexpected(version.error());
    // Inside a caller's transaction the writes join it; else they get one of their own.
    Transaction tx(*this);
    const bool own = !m_inTransaction;
    if (own) {
        if (auto r = tx.begin(); !r)
            return r;
    }
    if (auto r = setMeta(kPublishedKey, QString::number(id)); !r)
        return r;
    auto st = SqliteStatement::prepare(m_db, "INSERT INTO publications(model_pk, published_at) VALUES(?1, ?2)");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, id);
    st->bind(2, at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : nowText());
    if (auto r = st->exec(); !r)
        return r;
    return own ? tx.commit() : Result<void>{};
}

Result<ModelVersion> Workspace::publishedModel() const
{
    auto value = meta(kPublishedKey);
    if (!value)
        return std::unexpected(value.error());
    bool ok = false;
    const std::int64_t id = value->toLongLong(&ok);
    if (value->isEmpty() || !ok)
        return fail(QCoreApplication::translate("Workspace", "%1: no model is published; publish a saved version with "
                                                             "\"tierlab model publish --workspace W --name NAME\"")
                        .arg(m_path),
                    Error::Code::NotFound);
    return model(id);
}

Result<std::vector<Publication>> Workspace::publications() const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT model_pk, published_at FROM publications ORDER BY published_at, id");
    if (!st)
        return std::unexpected(st.error());
    std::vector<Publication> out;
    if (auto done = st->forEachRow([&] {
            Publication p;
            p.modelId = st->int64(0);
            p.publishedAt = QDateTime::fromString(st->text(1), Qt::ISODateWithMs).toUTC();
            out.push_back(p);
        });
        !done)
        return std::unexpected(done.error());
    return out;
}

Result<std::int64_t> Workspace::logImport(const ImportRecord &record)
{
    auto st = SqliteStatement::prepare(m_db,
                                       "INSERT INTO imports(file_name, content_hash, rows_read, rows_accepted, "
                                       "rows_rejected, started_at, finished_at, kind) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, record.fileName);
    st->bind(2, record.contentHash);
    st->bind(3, record.rowsRead);
    st->bind(4, record.rowsAccepted);
    st->bind(5, record.rowsRejected);
    st->bind(6, record.startedAt.toUTC().toString(Qt::ISODateWithMs));
    st->bind(7, record.finishedAt.toUTC().toString(Qt::ISODateWithMs));
    st->bind(8, record.kind.isEmpty() ? QStringLiteral("snapshots") : record.kind);
    if (auto r = st->exec(); !r)
        return std::unexpected(r.error());
    const std::int64_t pk = sqlite3_last_insert_rowid(m_db);
    if (m_session)
        m_recordedImport = pk;
    return pk;
}

Result<std::vector<ImportRecord>> Workspace::imports() const
{
    auto st = SqliteStatement::prepare(m_db,
                                       "SELECT file_name, content_hash, kind, rows_read, rows_accepted, rows_rejected, "
                                       "started_at, finished_at, pk, EXISTS(SELECT 1 FROM import_undo u WHERE u.import_pk = imports.pk) "
                                       "FROM imports ORDER BY pk");
    if (!st)
        return std::unexpected(st.error());
    std::vector<ImportRecord> out;
    if (auto done = st->forEachRow([&] {
            ImportRecord r;
            r.fileName = st->text(0);
            r.contentHash = st->text(1);
            r.kind = st->text(2);
            r.rowsRead = st->int64(3);
            r.rowsAccepted = st->int64(4);
            r.rowsRejected = st->int64(5);
            r.startedAt = QDateTime::fromString(st->text(6), Qt::ISODateWithMs);
            r.finishedAt = QDateTime::fromString(st->text(7), Qt::ISODateWithMs);
            r.pk = st->int64(8);
            r.undoable = st->int64(9) != 0;
            out.push_back(std::move(r));
        });
        !done)
        return std::unexpected(done.error());
    return out;
}

Result<void> Workspace::saveMapping(const QString &headerKey, const QString &json)
{
    auto st = SqliteStatement::prepare(m_db,
                                       "INSERT INTO mappings(header_key, json, saved_at) VALUES(?1, ?2, ?3) "
                                       "ON CONFLICT(header_key) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, headerKey);
    st->bind(2, json);
    st->bind(3, nowText());
    return st->exec();
}

Result<QString> Workspace::mapping(const QString &headerKey) const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT json FROM mappings WHERE header_key = ?1");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, headerKey);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st->text(0) : QString();
}

} // namespace tierlab
