#include "schema.h"

#include "sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace tierlab {

namespace {

// Version 1: the original tables.
constexpr const char *kStep1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts(
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT, csm TEXT, segment TEXT,
    arr REAL,
    renewal_date TEXT,
    attributes TEXT);
CREATE TABLE signals(
    idx INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    label TEXT,
    type TEXT NOT NULL CHECK(type IN ('number', 'category', 'flag')),
    unit TEXT,
    original_name TEXT);
CREATE TABLE snapshots(
    as_of TEXT NOT NULL,
    account_pk INTEGER NOT NULL REFERENCES accounts(pk) ON DELETE CASCADE,
    vals BLOB NOT NULL,
    PRIMARY KEY(as_of, account_pk)) WITHOUT ROWID;
CREATE TABLE outcomes(
    pk INTEGER PRIMARY KEY,
    account_pk INTEGER NOT NULL REFERENCES accounts(pk) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK(kind IN ('churned', 'renewed', 'expanded', 'contracted', 'retained')),
    date TEXT,
    arr_change REAL,
    snapshot_as_of TEXT,
    CHECK(date IS NOT NULL OR snapshot_as_of IS NOT NULL));
CREATE UNIQUE INDEX outcomes_dated ON outcomes(account_pk, date, kind) WHERE snapshot_as_of IS NULL;
CREATE UNIQUE INDEX outcomes_labelled ON outcomes(account_pk, snapshot_as_of) WHERE snapshot_as_of IS NOT NULL;
CREATE TABLE models(
    pk INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT);
CREATE TABLE imports(
    pk INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_accepted INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL);
)sql";

// Version 2: the import kind, and saved CSV mappings offered again for the same header.
constexpr const char *kStep2 = R"sql(
ALTER TABLE imports ADD COLUMN kind TEXT NOT NULL DEFAULT 'snapshots';
CREATE TABLE mappings(header_key TEXT PRIMARY KEY, json TEXT NOT NULL, saved_at TEXT NOT NULL);
)sql";

// Version 3: event tables (any CSV stored by column, in chunks), the signal recipes, which snapshots a
// build wrote, and the account attribute a built signal also is (arr, renewal date, CSM, segment, name).
constexpr const char *kStep3 = R"sql(
CREATE TABLE event_tables(
    pk INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    key_column TEXT NOT NULL,
    via TEXT,
    time_column TEXT,
    end_column TEXT,
    columns TEXT NOT NULL,
    rows INTEGER NOT NULL DEFAULT 0,
    chunk_rows INTEGER NOT NULL,
    first_day INTEGER,
    last_day INTEGER,
    file_name TEXT,
    content_hash TEXT,
    imported_at TEXT NOT NULL);
CREATE TABLE event_chunks(
    table_pk INTEGER NOT NULL REFERENCES event_tables(pk) ON DELETE CASCADE,
    chunk INTEGER NOT NULL,
    col INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(table_pk, col, chunk));
CREATE TABLE recipes(pk INTEGER PRIMARY KEY, json TEXT NOT NULL, saved_at TEXT NOT NULL);
ALTER TABLE signals ADD COLUMN role TEXT;
ALTER TABLE snapshots ADD COLUMN built INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 4: what undoes an import — the SQLite session changeset of its transaction (docs/import.md,
// "Undo"), kept for the last few imports.
constexpr const char *kStep4 = R"sql(
CREATE TABLE import_undo(
    import_pk INTEGER PRIMARY KEY REFERENCES imports(pk) ON DELETE CASCADE,
    changeset BLOB NOT NULL);
)sql";

// Version 5: CSM manual overrides (docs/overrides.md). Keyed by the account's own id, not its row key:
// an override is the CSM's word about a customer and outlives re-imports and undone imports of its
// rows. Cleared rows stay, for the record.
constexpr const char *kStep5 = R"sql(
CREATE TABLE manual_overrides(
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL,
    tier TEXT,
    score REAL CHECK(score IS NULL OR (score >= 0 AND score <= 100)),
    reason TEXT NOT NULL CHECK(length(trim(reason)) > 0),
    author TEXT NOT NULL,
    created TEXT NOT NULL,
    expires TEXT,
    cleared TEXT,
    CHECK((tier IS NULL) <> (score IS NULL)));
CREATE INDEX manual_overrides_account ON manual_overrides(account_id);
)sql";

// Version 6: the publish log, one row per `model publish` (the account view marks where the published
// model changed). A workspace with a published model starts its log with it, as of its version's
// creation: the best date known for a publication made before the log existed.
constexpr const char *kStep6 = R"sql(
CREATE TABLE publications(
    id INTEGER PRIMARY KEY,
    model_pk INTEGER NOT NULL,
    published_at TEXT NOT NULL);
INSERT INTO publications(model_pk, published_at)
    SELECT m.pk, m.created_at FROM meta JOIN models m ON m.pk = CAST(meta.value AS INTEGER)
    WHERE meta.key = 'model.published';
)sql";

constexpr const char *kSteps[] = {kStep1, kStep2, kStep3, kStep4, kStep5, kStep6};
static_assert(std::size(kSteps) == Schema::kCurrentVersion);

Result<int> pragmaInt(sqlite3 *db, const char *sql)
{
    auto st = SqliteStatement::prepare(db, sql);
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? int(st->int64(0)) : 0;
}

} // namespace

Result<int> Schema::userVersion(sqlite3 *db)
{
    return pragmaInt(db, "PRAGMA user_version");
}

Result<int> Schema::applicationId(sqlite3 *db)
{
    return pragmaInt(db, "PRAGMA application_id");
}

Result<void> Schema::migrate(sqlite3 *db, int target)
{
    auto from = userVersion(db);
    if (!from)
        return std::unexpected(from.error());
    for (int v = *from + 1; v <= target; ++v) {
        if (auto r = sqliteExec(db, "BEGIN IMMEDIATE"); !r)
            return r;
        auto r = sqliteExec(db, kSteps[v - 1]);
        if (r) {
            const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(kApplicationId)
                                       + "; PRAGMA user_version = " + QByteArray::number(v) + ";";
            r = sqliteExec(db, pragmas.constData());
        }
        if (!r) {
            sqliteExec(db, "ROLLBACK");
            return fail(QCoreApplication::translate("Schema", "Migrating the workspace to schema version %1 failed: %2")
                            .arg(v)
                            .arg(r.error().message),
                        r.error().code);
        }
        if (auto c = sqliteExec(db, "COMMIT"); !c)
            return c;
    }
    return {};
}

} // namespace tierlab
