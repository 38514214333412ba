#include "workspace.h"

#include "schema.h"
#include "snapshotcodec.h"
#include "snapshotdecoder.h"
#include "sqlitestatement.h"
#include "workspacecheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <sqlite3.h>

#include <array>
#include <map>
#include <optional>
#include <string>

namespace tierlab {

namespace {

// A row of `SELECT idx, id, label, type, unit, original_name, role FROM signals`, checked: the index is
// what snapshot blobs refer to in two bytes and what decoders size their tables by, so a workspace
// edited by hand must not hand them -5 or 9e18.
Result<SignalInfo> signalOfRow(const SqliteStatement &st, const QString &path)
{
    SignalInfo s;
    const std::int64_t index = st.int64(0);
    s.id = st.text(1);
    s.label = st.text(2);
    s.unit = st.text(4);
    s.originalName = st.text(5);
    const QString type = st.text(3), role = st.text(6);
    auto damaged = [&](const QString &what) {
        return fail(QCoreApplication::translate("Workspace", "%1: the signal catalogue is damaged: signal \"%2\" %3")
                        .arg(path, s.id.left(200), what),
                    Error::Code::Corrupt);
    };
    if (index < 0 || index > 0xFFFF)
        return damaged(QCoreApplication::translate("Workspace", "has index %1 (0 to 65535 expected)").arg(index));
    s.index = int(index);
    if (!signalTypeFromName(type, &s.type))
        return damaged(QCoreApplication::translate("Workspace", "has the unknown type \"%1\"").arg(type.left(200)));
    if (!role.isEmpty() && !attributeRoleFromName(role, &s.role))
        return damaged(QCoreApplication::translate("Workspace", "has the unknown role \"%1\"").arg(role.left(200)));
    return s;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

// tierlab_merge(old, new): the values of `new` win, the signals only `old` has are kept. Used when a
// second file brings other columns for the same account and as_of.
void mergeBlobs(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *mergeCount = static_cast<std::int64_t *>(sqlite3_user_data(ctx));
    ++*mergeCount;
    struct Entry
    {
        bool isText = false;
        double number = 0;
        QByteArray text;
    };
    std::map<int, Entry> merged;
    bool ok = true;
    for (int arg = 0; arg < 2 && ok; ++arg) {
        ok = SnapshotCodec::decode(
            sqlite3_value_blob(argv[arg]), sqlite3_value_bytes(argv[arg]),
            [&](int index, double v) { merged[index] = Entry{false, v, {}}; },
            [&](int index, const char *utf8, int size) { merged[index] = Entry{true, 0, QByteArray(utf8, size)}; });
    }
    if (!ok) {
        sqlite3_result_error(ctx, "tierlab_merge: malformed snapshot values", -1);
        return;
    }
    SnapshotCodec::Builder builder;
    for (const auto &[index, e] : merged) {
        if (e.isText)
            builder.addText(index, QString::fromUtf8(e.text));
        else
            builder.addNumber(index, e.number);
    }
    const QByteArray &out = builder.data();
    sqlite3_result_blob(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

enum Slot {
    SlotEnsureSignalFind,
    SlotEnsureSignalInsert,
    SlotUpsertAccount,
    SlotAccountKey,
    SlotPutSnapshot,
    SlotAddOutcomeDated,
    SlotAddOutcomeLabelled,
    SlotSetMeta,
    SlotMeta,
    SlotPutBuiltSnapshot,
    SlotPutBuiltSnapshotMerge,
    SlotPutBuiltSnapshotBatch,
    SlotPutEventChunk,
    SlotPutSnapshots,
    SlotCount
};

// What a reader or writer meets while another connection writes in rollback-journal mode (a signal
// build, an import into an empty workspace): SQLite's "database is locked" says neither who nor what
// to do.
std::unexpected<Error> lockedByAnother(const QString &path)
{
    return fail(QCoreApplication::translate("Workspace", "%1: the workspace is locked by another program writing to it "
                                                         "(a signal build or an import, say); try again once it has finished")
                    .arg(path),
                Error::Code::Locked);
}

} // namespace

struct Workspace::Cache
{
    std::array<SqliteStatement, SlotCount> statements;
    std::int64_t mergeCount = 0;
    // putSnapshot runs once per imported row, rows mostly share an as_of: format it once.
    QDate putAsOf;
    QByteArray putAsOfText;
};

QString outcomeKindName(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Churned:
        return QStringLiteral("churned");
    case OutcomeKind::Renewed:
        return QStringLiteral("renewed");
    case OutcomeKind::Expanded:
        return QStringLiteral("expanded");
    case OutcomeKind::Contracted:
        return QStringLiteral("contracted");
    case OutcomeKind::Retained:
        return QStringLiteral("retained");
    }
    return {};
}

std::optional<OutcomeKind> outcomeKindFromText(const QString &text)
{
    static const QHash<QString, OutcomeKind> kinds = {
        {QStringLiteral("churned"), OutcomeKind::Churned},      {QStringLiteral("churn"), OutcomeKind::Churned},
        {QStringLiteral("cancelled"), OutcomeKind::Churned},    {QStringLiteral("canceled"), OutcomeKind::Churned},
        {QStringLiteral("cancellation"), OutcomeKind::Churned}, {QStringLiteral("lost"), OutcomeKind::Churned},
        {QStringLiteral("closed lost"), OutcomeKind::Churned},  {QStringLiteral("terminated"), OutcomeKind::Churned},
        {QStringLiteral("renewed"), OutcomeKind::Renewed},      {QStringLiteral("renewal"), OutcomeKind::Renewed},
        {QStringLiteral("renew"), OutcomeKind::Renewed},        {QStringLiteral("won"), OutcomeKind::Renewed},
        {QStringLiteral("closed won"), OutcomeKind::Renewed},   {QStringLiteral("expanded"), OutcomeKind::Expanded},
        {QStringLiteral("expansion"), OutcomeKind::Expanded},   {QStringLiteral("upsell"), OutcomeKind::Expanded},
        {QStringLiteral("upgrade"), OutcomeKind::Expanded},     {QStringLiteral("contracted"), OutcomeKind::Contracted},
        {QStringLiteral("contraction"), OutcomeKind::Contracted}, {QStringLiteral("downgrade"), OutcomeKind::Contracted},
        {QStringLiteral("downsell"), OutcomeKind::Contracted},  {QStringLiteral("retained"), OutcomeKind::Retained},
    };
    const auto it = kinds.constFind(text.trimmed().toLower());
    if (it == kinds.constEnd())
        return std::nullopt;
    return *it;
}

Workspace::Workspace(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)), m_cache(std::make_unique<Cache>())
{
}

Workspace::~Workspace()
{
    stopRecording();
    m_cache.reset();   // statements first, then the connection
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == OpenMode::OpenExisting && !exists)
        return fail(QCoreApplication::translate("Workspace", "%1: no such file").arg(path), Error::Code::NotFound);
    if (mode == OpenMode::CreateNew && exists)
        return fail(QCoreApplication::translate("Workspace", "%1: the file exists already").arg(path), Error::Code::Io);
    if (exists && info.isDir())
        return fail(QCoreApplication::translate("Workspace", "%1: is a folder, not a workspace file")
                        .arg(path), Error::Code::NotAWorkspace);
    // SQLite would take an empty file for a new database and write a workspace into it. A file that
    // should hold a workspace and is empty (a sync that failed, a copy cut short) is reported instead;
    // only an import, which may create a workspace, starts one in it.
    if (exists && info.size() == 0 && mode == OpenMode::OpenExisting)
        return fail(QCoreApplication::translate("Workspace", "%1: the file is empty (0 bytes), not a Tierlab workspace; "
                                                             "nothing was written to it")
                        .arg(path),
                    Error::Code::NotAWorkspace);

    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    const QByteArray native = path.toUtf8();
    if (sqlite3_open_v2(native.constData(), &db, flags, nullptr) != SQLITE_OK) {
        const QString msg = db ? sqliteMessage(db) : QCoreApplication::translate("Workspace", "out of memory");
        sqlite3_close_v2(db);
        return fail(QCoreApplication::translate("Workspace", "%1: cannot open: %2").arg(path, msg), Error::Code::Io);
    }
    std::unique_ptr<Workspace> ws(new Workspace(db, path));
    sqlite3_busy_timeout(db, 2000);
    sqlite3_extended_result_codes(db, 1);

    // Identify the file before anything writes to it: a foreign or newer file stays untouched.
    const auto damaged = [&](const std::vector<CheckFinding> &damage) {
        return fail(QCoreApplication::translate("Workspace", "%1: the workspace is damaged (%2); nothing was written to it. "
                                                             "`tierlab check --workspace FILE` lists what is wrong")
                        .arg(path, damage.front().text()),
                    Error::Code::Corrupt);
    };
    // A read-only folder, an I/O error, a damaged page: those messages already name the file and why.
    const auto unreadable = [&](const Error &e) {
        if (e.code == Error::Code::Io || e.code == Error::Code::Corrupt)
            return std::unexpected(e);
        return fail(QCoreApplication::translate("Workspace", "%1: not a Tierlab workspace (%2)").arg(path, e.message),
                    Error::Code::NotAWorkspace);
    };
    auto appId = Schema::applicationId(db);
    if (!appId && appId.error().code == Error::Code::Corrupt) {
        if (const auto damage = WorkspaceCheck::header(path); !damage.empty())
            return damaged(damage);
    }
    if (!appId) {
        if (appId.error().code == Error::Code::Locked)
            return lockedByAnother(path);
        return unreadable(appId.error());
    }
    auto version = Schema::userVersion(db);
    if (!version)
        return unreadable(version.error());
    bool empty = false;
    {
        auto st = SqliteStatement::prepare(db, "SELECT count(*) FROM sqlite_schema");
        if (!st)
            return unreadable(st.error());
        auto row = st->step();
        if (!row)
            return unreadable(row.error());
        empty = st->int64(0) == 0;
    }
    if (empty && *appId == 0 && *version == 0) {
        if (exists && info.size() > 0 && mode == OpenMode::OpenExisting)
            return fail(QCoreApplication::translate("Workspace", "%1: not a Tierlab workspace (an empty SQLite database)").arg(path),
                        Error::Code::NotAWorkspace);
    } else if (*appId != Schema::kApplicationId) {
        return fail(QCoreApplication::translate("Workspace", "%1: not a Tierlab workspace (a SQLite database of another application)").arg(path),
                    Error::Code::NotAWorkspace);
    } else if (*version > Schema::kCurrentVersion) {
        return fail(QCoreApplication::translate("Workspace", "%1: the workspace was written by a newer Tierlab (schema version %2; this version reads up to %3)")
                        .arg(path)
                        .arg(*version)
                        .arg(Schema::kCurrentVersion),
                    Error::Code::NewerVersion);
    }
    // A damaged file is never written to: the cheap structural check (workspacecheck.h) runs before the
    // first write below (even switching to WAL writes the header).
    if (!empty) {
        const std::vector<CheckFinding> damage = WorkspaceCheck::onOpen(db, path, *version);
        if (!damage.empty())
            return damaged(damage);
    }

    // A bulk import into a workspace with data grows the WAL to the import's size: once checkpointed,
    // the file is cut back to 64 MB rather than kept that large.
    if (auto r = sqliteExec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"
                                "PRAGMA cache_size = -65536; PRAGMA journal_size_limit = 67108864;");
        !r)
        return r.error().code == Error::Code::Locked
                   ? lockedByAnother(path)
                   : fail(QCoreApplication::translate("Workspace", "%1: %2").arg(path, r.error().message), r.error().code);
    if (auto r = Schema::migrate(db); !r)
        return r.error().code == Error::Code::Locked
                   ? lockedByAnother(path)
                   : fail(QCoreApplication::translate("Workspace", "%1: %2").arg(path, r.error().message), r.error().code);
    // A new workspace's schema goes from the WAL into the file at once: the file alone (a copy, a
    // sync) is then a workspace from the start.
    if (empty)
        (void)sqliteExec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_create_function_v2(db, "tierlab_merge", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &ws->m_cache->mergeCount,
                               mergeBlobs, nullptr, nullptr, nullptr);
    return ws;
}

int Workspace::schemaVersion() const
{
    auto v = Schema::userVersion(m_db);
    return v ? *v : 0;
}

Result<SqliteStatement *> Workspace::statement(int slot, const char *sql) const
{
    SqliteStatement &st = m_cache->statements[std::size_t(slot)];
    if (!st.isValid()) {
        auto prepared = SqliteStatement::prepare(m_db, sql);
        if (!prepared)
            return std::unexpected(prepared.error());
        st = std::move(*prepared);
    } else {
        st.reset();
    }
    return &st;
}

Result<void> Workspace::begin(WriteMode mode, Undo undo)
{
    if (m_inTransaction)
        return fail(QCoreApplication::translate("Workspace", "a transaction is already open"));
    if (mode == WriteMode::Rebuild || (mode == WriteMode::Bulk && holdsNoData())) {
        // SQLite refuses to leave WAL while another connection has the file open; the answer
        // names the mode in force, and an error (a busy file) also just means "stay in WAL".
        auto switched = SqliteStatement::prepare(m_db, "PRAGMA journal_mode = DELETE");
        if (switched) {
            const auto row = switched->step();
            m_leftWal = row && *row && switched->text(0).compare(u"delete", Qt::CaseInsensitive) == 0;
        }
    } else if (mode == WriteMode::Bulk) {
        // Everything committed so far into the file first: a copy of the file alone taken during the
        // import (a sync client, a backup) is then the state before it. Best effort: a reader may hold
        // part of the WAL back, which only makes that copy older.
        (void)sqliteExec(m_db, "PRAGMA wal_checkpoint(PASSIVE)");
    }
    if (auto r = sqliteExec(m_db, "BEGIN IMMEDIATE"); !r) {
        restoreWal();
        if (r.error().code == Error::Code::Locked)
            return lockedByAnother(m_path);
        return r;
    }
    m_inTransaction = true;
    if (undo == Undo::Record) {
        if (auto r = startRecording(); !r) {
            rollback();
            return r;
        }
    }
    return {};
}

Result<void> Workspace::commit()
{
    if (!m_inTransaction)
        return fail(QCoreApplication::translate("Workspace", "no transaction is open"));
    if (auto r = keepRecording(); !r)
        return r;
    if (auto r = sqliteExec(m_db, "COMMIT"); !r)
        return r;
    m_inTransaction = false;
    restoreWal();
    return {};
}

void Workspace::rollback()
{
    if (!m_inTransaction)
        return;
    stopRecording();
    sqliteExec(m_db, "ROLLBACK");
    m_inTransaction = false;
    restoreWal();
}

bool Workspace::holdsNoData() const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT EXISTS(SELECT 1 FROM snapshots) OR EXISTS(SELECT 1 FROM outcomes) "
                                             "OR EXISTS(SELECT 1 FROM event_tables)");
    if (!st)
        return false;   // unreadable: stay in WAL, the safe mode
    const auto row = st->step();
    return row && *row && st->int64(0) == 0;
}

Result<QString> Workspace::journalMode() const
{
    auto st = SqliteStatement::prepare(m_db, "PRAGMA journal_mode");
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st->text(0).toLower() : QString();
}

void Workspace::restoreWal()
{
    if (!m_leftWal)
        return;
    m_leftWal = false;
    // Failing here leaves a valid workspace in rollback-journal mode; the next open() sets WAL again.
    (void)sqliteExec(m_db, "PRAGMA journal_mode = WAL");
}

Result<std::vector<SignalInfo>> Workspace::signalCatalogue() const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT idx, id, label, type, unit, original_name, role FROM signals ORDER BY idx");
    if (!st)
        return std::unexpected(st.error());
    std::vector<SignalInfo> out;
    std::optional<Error> damaged;
    if (auto done = st->forEachRow([&] {
            auto s = signalOfRow(*st, m_path);
            if (s)
                out.push_back(std::move(*s));
            else if (!damaged)
                damaged = s.error();
        });
        !done)
        return std::unexpected(done.error());
    if (damaged)
        return std::unexpected(*damaged);
    return out;
}

Result<SignalInfo> Workspace::ensureSignal(const SignalInfo &info, bool *created)
{
    auto find = statement(SlotEnsureSignalFind,
                          "SELECT idx, id, label, type, unit, original_name, role FROM signals WHERE id = ?1");
    if (!find)
        return std::unexpected(find.error());
    SqliteStatement *st = *find;
    st->bind(1, info.id);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (created)
        *created = !*row;
    if (*row) {
        auto s = signalOfRow(*st, m_path);
        st->reset();
        return s;
    }
    st->reset();
    auto ins = statement(SlotEnsureSignalInsert,
                         "INSERT INTO signals(idx, id, label, type, unit, original_name, role) "
                         "VALUES((SELECT coalesce(max(idx) + 1, 0) FROM signals), ?1, ?2, ?3, ?4, ?5, ?6) RETURNING idx");
    if (!ins)
        return std::unexpected(ins.error());
    SqliteStatement *is = *ins;
    is->bind(1, info.id);
    is->bind(2, info.label.isNull() ? info.id : info.label);
    is->bind(3, signalTypeName(info.type));
    is->bind(4, info.unit);
    is->bind(5, info.originalName.isNull() ? info.id : info.originalName);
    is->bind(6, info.role == AttributeRole::None ? QString() : attributeRoleName(info.role));
    auto r = is->step();
    if (!r)
        return std::unexpected(r.error());
    SignalInfo s = info;
    s.index = int(is->int64(0));
    if (s.index > 0xFFFF)
        return fail(QCoreApplication::translate("Workspace", "too many signals: a workspace holds at most 65,536"), Error::Code::Invalid);
    if (s.label.isNull())
        s.label = s.id;
    if (s.originalName.isNull())
        s.originalName = s.id;
    is->reset();
    return s;
}

Result<std::int64_t> Workspace::upsertAccount(const AccountRecord &account, bool *created)
{
    auto prepared = statement(SlotUpsertAccount,
                              "INSERT INTO accounts(id, name, csm, segment, arr, renewal_date, attributes) "
                              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET "
                              "name = coalesce(excluded.name, name), csm = coalesce(excluded.csm, csm), "
                              "segment = coalesce(excluded.segment, segment), arr = coalesce(excluded.arr, arr), "
                              "renewal_date = coalesce(excluded.renewal_date, renewal_date), "
                              "attributes = coalesce(excluded.attributes, attributes) RETURNING pk");
    if (!prepared)
        return std::unexpected(prepared.error());
    SqliteStatement *st = *prepared;
    if (account.id.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Workspace", "an account needs an id"), Error::Code::Invalid);
    // A DO UPDATE leaves last_insert_rowid alone: reset it to tell an insert from an update.
    sqlite3_set_last_insert_rowid(m_db, 0);
    st->bind(1, account.id);
    st->bind(2, account.name.isEmpty() ? QString() : account.name);
    st->bind(3, account.csm.isEmpty() ? QString() : account.csm);
    st->bind(4, account.segment.isEmpty() ? QString() : account.segment);
    st->bind(5, account.arr);
    st->bind(6, dateText(account.renewalDate));
    st->bind(7, account.attributesJson.isEmpty() ? QString() : account.attributesJson);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    const std::int64_t pk = st->int64(0);
    st->reset();
    if (created)
        *created = sqlite3_last_insert_rowid(m_db) == pk;
    return pk;
}

Result<std::int64_t> Workspace::accountKey(const QString &accountId) const
{
    auto prepared = statement(SlotAccountKey, "SELECT pk FROM accounts WHERE id = ?1");
    if (!prepared)
        return std::unexpected(prepared.error());
    SqliteStatement *st = *prepared;
    st->bind(1, accountId);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(QCoreApplication::translate("Workspace", "no account with id %1")
                        .arg(accountId), Error::Code::NotFound);
    const std::int64_t pk = st->int64(0);
    st->reset();
    return pk;
}

Result<std::vector<AccountRecord>> Workspace::accounts() const
{
    auto st = SqliteStatement::prepare(
        m_db, "SELECT id, name, csm, segment, arr, renewal_date, attributes FROM accounts ORDER BY pk");
    if (!st)
        return std::unexpected(st.error());
    std::vector<AccountRecord> out;
    if (auto done = st->forEachRow([&] {
            AccountRecord a;
            a.id = st->text(0);
            a.name = st->text(1);
            a.csm = st->text(2);
            a.segment = st->text(3);
            a.arr = st->real(4);
            a.renewalDate = dateFrom(st->text(5));
            a.attributesJson = st->text(6);
            out.push_back(std::move(a));
        });
        !done)
        return std::unexpected(done.error());
    return out;
}

// An imported row that meets a built one makes it an imported row (built = 0): a later rebuild then
// merges into it instead of deleting it, so that no imported value is lost.
Result<void> Workspace::putSnapshot(std::int64_t accountKey, QDate asOf, const QByteArray &blob, bool *created)
{
    if (!asOf.isValid())
        return fail(QCoreApplication::translate("Workspace", "a snapshot needs a valid as_of date"), Error::Code::Invalid);
    auto prepared = statement(SlotPutSnapshot,
                              "INSERT INTO snapshots(as_of, account_pk, vals) VALUES(?1, ?2, ?3) "
                              "ON CONFLICT(as_of, account_pk) DO UPDATE SET vals = tierlab_merge(vals, excluded.vals), built = 0");
    if (!prepared)
        return std::unexpected(prepared.error());
    SqliteStatement *st = *prepared;
    const std::int64_t merges = m_cache->mergeCount;
    if (asOf != m_cache->putAsOf) {
        m_cache->putAsOf = asOf;
        m_cache->putAsOfText = dateText(asOf).toUtf8();
    }
    st->bindText(1, m_cache->putAsOfText.constData(), int(m_cache->putAsOfText.size()));
    st->bind(2, accountKey);
    st->bindBlob(3, blob);
    if (auto r = st->exec(); !r)
        return r;
    if (created)
        *created = m_cache->mergeCount == merges;
    return {};
}

namespace {

// Most of a one-row statement's cost is per statement (step, cursors, halt): kImportBatch rows share it.
constexpr std::size_t kImportBatch = 64;

} // namespace

Result<std::int64_t> Workspace::putSnapshots(QDate asOf, const std::int64_t *accountKeys, const char *blobs,
                                             const std::uint32_t *blobEnds, std::size_t count)
{
    if (!asOf.isValid())
        return fail(QCoreApplication::translate("Workspace", "a snapshot needs a valid as_of date"), Error::Code::Invalid);
    const QByteArray day = dateText(asOf).toUtf8();
    const std::int64_t merges = m_cache->mergeCount;
    const auto bindRow = [&](SqliteStatement &st, int p, std::size_t i) {
        const std::uint32_t begin = i == 0 ? 0 : blobEnds[i - 1];
        st.bindTextNoCopy(p + 1, day.constData(), int(day.size()));
        st.bind(p + 2, accountKeys[i]);
        st.bindBlobNoCopy(p + 3, blobs + begin, int(blobEnds[i] - begin));
    };
    std::size_t done = 0;
    if (count >= kImportBatch) {
        // The rows of one call have distinct keys (the importer rejects a repeated account and as_of),
        // so a conflict can only be with a row stored before: merged as putSnapshot merges it.
        static const std::string sql = [] {
            std::string q = "INSERT INTO snapshots(as_of, account_pk, vals) VALUES";
            for (std::size_t i = 0; i < kImportBatch; ++i)
                q += i == 0 ? "(?,?,?)" : ",(?,?,?)";
            return q + " ON CONFLICT(as_of, account_pk) DO UPDATE SET vals = tierlab_merge(vals, excluded.vals), built = 0";
        }();
        auto prepared = statement(SlotPutSnapshots, sql.c_str());
        if (!prepared)
            return std::unexpected(prepared.error());
        for (; done + kImportBatch <= count; done += kImportBatch) {
            for (std::size_t i = 0; i < kImportBatch; ++i)
                bindRow(**prepared, int(3 * i), done + i);
            if (auto r = (*prepared)->exec(); !r)
                return std::unexpected(r.error());
        }
    }
    if (done < count) {
        auto prepared = statement(SlotPutSnapshot,
                                  "INSERT INTO snapshots(as_of, account_pk, vals) VALUES(?1, ?2, ?3) "
                                  "ON CONFLICT(as_of, account_pk) DO UPDATE SET vals = tierlab_merge(vals, excluded.vals), built = 0");
        if (!prepared)
            return std::unexpected(prepared.error());
        for (; done < count; ++done) {
            bindRow(**prepared, 0, done);
            if (auto r = (*prepared)->exec(); !r)
                return std::unexpected(r.error());
        }
    }
    return std::int64_t(count) - (m_cache->mergeCount - merges);
}

Result<void> Workspace::putBuiltSnapshot(std::int64_t accountKey, const QByteArray &asOfText, const QByteArray &blob, bool merge)
{
    // A plain insert is markedly faster than the upsert when no imported row can be in the way.
    auto prepared = merge ? statement(SlotPutBuiltSnapshotMerge,
                                      "INSERT INTO snapshots(as_of, account_pk, vals, built) VALUES(?1, ?2, ?3, 1) "
                                      "ON CONFLICT(as_of, account_pk) DO UPDATE SET vals = tierlab_merge(vals, excluded.vals)")
                          : statement(SlotPutBuiltSnapshot, "INSERT INTO snapshots(as_of, account_pk, vals, built) VALUES(?1, ?2, ?3, 1)");
    if (!prepared)
        return std::unexpected(prepared.error());
    SqliteStatement *st = *prepared;
    st->bindText(1, asOfText.constData(), int(asOfText.size()));
    st->bind(2, accountKey);
    st->bindBlob(3, blob);
    return st->exec();
}

Result<void> Workspace::putBuiltSnapshots(const QByteArray &asOfText, const std::int64_t *accountKeys, const char *blobs,
                                          const std::uint32_t *blobEnds, std::size_t count, bool merge)
{
    // Most of a single-row INSERT's cost is per statement (step, cursors, halt), not per row: a
    // multi-row VALUES shares it among kBatch rows. Bound without copies: the caller's buffers outlive
    // each step. The upsert (merge) stays one row at a time; it only meets imported snapshots.
    constexpr std::size_t kBatch = 64;
    std::size_t done = 0;
    const auto blobAt = [&](std::size_t i, std::uint32_t *size) {
        const std::uint32_t begin = i == 0 ? 0 : blobEnds[i - 1];
        *size = blobEnds[i] - begin;
        return blobs + begin;
    };
    if (!merge && count >= kBatch) {
        static const std::string sql = [] {
            std::string q = "INSERT INTO snapshots(as_of, account_pk, vals, built) VALUES";
            for (std::size_t i = 0; i < kBatch; ++i)
                q += i == 0 ? "(?,?,?,1)" : ",(?,?,?,1)";
            return q;
        }();
        auto prepared = statement(SlotPutBuiltSnapshotBatch, sql.c_str());
        if (!prepared)
            return std::unexpected(prepared.error());
        SqliteStatement *st = *prepared;
        for (; done + kBatch <= count; done += kBatch) {
            for (std::size_t i = 0; i < kBatch; ++i) {
                const int p = int(3 * i);
                std::uint32_t size = 0;
                const char *blob = blobAt(done + i, &size);
                st->bindTextNoCopy(p + 1, asOfText.constData(), int(asOfText.size()));
                st->bind(p + 2, accountKeys[done + i]);
                st->bindBlobNoCopy(p + 3, blob, int(size));
            }
            if (auto r = st->exec(); !r)
                return r;
        }
    }
    auto prepared = merge ? statement(SlotPutBuiltSnapshotMerge,
                                      "INSERT INTO snapshots(as_of, account_pk, vals, built) VALUES(?1, ?2, ?3, 1) "
                                      "ON CONFLICT(as_of, account_pk) DO UPDATE SET vals = tierlab_merge(vals, excluded.vals)")
                          : statement(SlotPutBuiltSnapshot, "INSERT INTO snapshots(as_of, account_pk, vals, built) VALUES(?1, ?2, ?3, 1)");
    if (!prepared)
        return std::unexpected(prepared.error());
    SqliteStatement *st = *prepared;
    for (; done < count; ++done) {
        std::uint32_t size = 0;
        const char *blob = blobAt(done, &size);
        st->bindTextNoCopy(1, asOfText.constData(), int(asOfText.size()));
        st->bind(2, accountKeys[done]);
        st->bindBlobNoCopy(3, blob, int(size));
        if (auto r = st->exec(); !r)
            return r;
    }
    return {};
}

Result<void> Workspace::putEventChunk(std::int64_t tablePk, int column, int chunk, const QByteArray &data)
{
    auto prepared = statement(SlotPutEventChunk, "INSERT INTO event_chunks(table_pk, chunk, col, data) VALUES(?1, ?2, ?3, ?4)");
    if (!prepared)
        return std::unexpected(prepared.error());
    SqliteStatement *st = *prepared;
    st->bind(1, tablePk);
    st->bind(2, chunk);
    st->bind(3, column);
    st->bindBlobNoCopy(4, data.constData(), int(data.size()));   // a chunk is MBs; exec() is done with it on return
    return st->exec();
}

Result<std::vector<QDate>> Workspace::asOfDates() const
{
    // One index probe per distinct date on the (as_of, account_pk) key, not one step per row: SQLite
    // plans `SELECT DISTINCT as_of` as a scan of the whole table (1.7 s at 9.2 M rows, 8 ms this way).
    auto st = SqliteStatement::prepare(m_db, "WITH RECURSIVE d(x) AS (SELECT min(as_of) FROM snapshots UNION ALL "
                                             "SELECT (SELECT min(as_of) FROM snapshots WHERE as_of > x) FROM d WHERE x IS NOT NULL) "
                                             "SELECT x FROM d WHERE x IS NOT NULL");
    if (!st)
        return std::unexpected(st.error());
    std::vector<QDate> out;
    if (auto done = st->forEachRow([&] {
            out.push_back(dateFrom(st->text(0)));
        });
        !done)
        return std::unexpected(done.error());
    return out;
}

Result<Dataset> Workspace::loadSnapshot(QDate asOf) const
{
    auto catalogue = signalCatalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    auto count = SqliteStatement::prepare(m_db, "SELECT count(*) FROM snapshots WHERE as_of = ?1");
    if (!count)
        return std::unexpected(count.error());
    count->bind(1, dateText(asOf));
    if (auto r = count->step(); !r)
        return std::unexpected(r.error());
    const auto rows = std::size_t(count->int64(0));
    SnapshotDecoder decoder(*catalogue);
    Dataset ds;
    decoder.start(ds, asOf, rows);

    auto st = SqliteStatement::prepare(m_db,
                                       "SELECT a.id, a.name, a.csm, a.segment, a.arr, a.renewal_date, s.vals "
                                       "FROM snapshots s JOIN accounts a ON a.pk = s.account_pk "
                                       "WHERE s.as_of = ?1 ORDER BY s.account_pk");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, dateText(asOf));
    for (;;) {
        auto next = st->step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        if (ds.size() >= rows)
            return fail(QCoreApplication::translate("Workspace", "%1: the snapshot changed while it was read")
                            .arg(m_path), Error::Code::Corrupt);
        const QDate renewal = dateFrom(st->text(5));
        if (!decoder.append(ds, st->text(0), st->text(1), st->text(2), st->text(3), st->real(4),
                            renewal.isValid() ? renewal.toJulianDay() : Dataset::kNoDate, st->blobData(6), st->blobSize(6)))
            return fail(QCoreApplication::translate("Workspace", "%1: the values of account %2 on %3 are damaged")
                            .arg(m_path, ds.accountIds.back(), dateText(asOf)),
                        Error::Code::Corrupt);
    }
    if (ds.size() != rows)
        return fail(QCoreApplication::translate("Workspace", "%1: the snapshot changed while it was read")
                        .arg(m_path), Error::Code::Corrupt);
    return ds;
}

Result<Dataset> Workspace::loadLatestSnapshot() const
{
    auto st = SqliteStatement::prepare(m_db, "SELECT max(as_of) FROM snapshots");
    if (!st)
        return std::unexpected(st.error());
    if (auto r = st->step(); !r)
        return std::unexpected(r.error());
    if (st->isNull(0))
        return fail(QCoreApplication::translate("Workspace", "%1: the workspace has no snapshots yet")
                        .arg(m_path), Error::Code::NotFound);
    return loadSnapshot(dateFrom(st->text(0)));
}

Result<void> Workspace::addOutcome(const OutcomeRecord &outcome, bool *created)
{
    auto key = accountKey(outcome.accountId);
    if (!key)
        return std::unexpected(key.error());
    const bool labelled = outcome.snapshotAsOf.isValid();
    if (!labelled && !outcome.date.isValid())
        return fail(QCoreApplication::translate("Workspace", "an outcome needs a date or the snapshot it belongs to"), Error::Code::Invalid);
    auto prepared = labelled
                        ? statement(SlotAddOutcomeLabelled,
                                    "INSERT INTO outcomes(account_pk, kind, date, arr_change, snapshot_as_of) "
                                    "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(account_pk, snapshot_as_of) "
                                    "WHERE snapshot_as_of IS NOT NULL DO UPDATE SET kind = excluded.kind, "
                                    "date = excluded.date, arr_change = excluded.arr_change")
                        : statement(SlotAddOutcomeDated,
                                    "INSERT INTO outcomes(account_pk, kind, date, arr_change, snapshot_as_of) "
                                    "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(account_pk, date, kind) "
                                    "WHERE snapshot_as_of IS NULL DO UPDATE SET arr_change = excluded.arr_change");
    if (!prepared)
        return std::unexpected(prepared.error());
    SqliteStatement *st = *prepared;
    sqlite3_set_last_insert_rowid(m_db, 0);
    st->bind(1, *key);
    st->bind(2, outcomeKindName(outcome.kind));
    st->bind(3, dateText(outcome.date));
    st->bind(4, outcome.arrChange);
    st->bind(5, dateText(outcome.snapshotAsOf));
    if (auto r = st->exec(); !r)
        return r;
    if (created)
        *created = sqlite3_last_insert_rowid(m_db) != 0;
    return {};
}

Result<std::vector<OutcomeRecord>> Workspace::outcomes() const
{
    auto st = SqliteStatement::prepare(m_db,
                                       "SELECT a.id, o.kind, o.date, o.arr_change, o.snapshot_as_of FROM outcomes o "
                                       "JOIN accounts a ON a.pk = o.account_pk ORDER BY o.pk");
    if (!st)
        return std::unexpected(st.error());
    std::vector<OutcomeRecord> out;
    if (auto done = st->forEachRow([&] {
            OutcomeRecord o;
            o.accountId = st->text(0);
            o.kind = outcomeKindFromText(st->text(1)).value_or(OutcomeKind::Churned);
            o.date = dateFrom(st->text(2));
            o.arrChange = st->real(3);
            o.snapshotAsOf = dateFrom(st->text(4));
            out.push_back(std::move(o));
        });
        !done)
        return std::unexpected(done.error());
    return out;
}

Result<void> Workspace::setMeta(const QString &key, const QString &value)
{
    auto prepared = statement(SlotSetMeta,
                              "INSERT INTO meta(key, value) VALUES(?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!prepared)
        return std::unexpected(prepared.error());
    (*prepared)->bind(1, key);
    (*prepared)->bind(2, value.isNull() ? QStringLiteral("") : value);
    return (*prepared)->exec();
}

Result<QString> Workspace::meta(const QString &key) const
{
    auto prepared = statement(SlotMeta, "SELECT value FROM meta WHERE key = ?1");
    if (!prepared)
        return std::unexpected(prepared.error());
    SqliteStatement *st = *prepared;
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    const QString value = *row ? st->text(0) : QString();
    st->reset();
    return value;
}

Transaction::~Transaction()
{
    if (m_open)
        m_ws.rollback();
}

Result<void> Transaction::begin()
{
    auto r = m_ws.begin(m_mode, m_undo);
    m_open = r.has_value();
    return r;
}

Result<void> Transaction::commit()
{
    auto r = m_ws.commit();
    if (r)
        m_open = false;
    return r;
}

} // namespace tierlab
