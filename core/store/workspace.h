#pragma once

#include "common/error.h"
#include "dataset/dataset.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_session;

namespace tierlab {

class SnapshotStream;

class SqliteStatement;

struct AccountRecord
{
    QString id;              // the customer's own id
    QString name;
    QString csm;
    QString segment;
    double arr = kMissing;
    QDate renewalDate;
    QString attributesJson;  // extra text attributes as a JSON object, or empty
};

enum class OutcomeKind { Churned, Renewed, Expanded, Contracted, Retained };
QString outcomeKindName(OutcomeKind kind);
// Accepts the canonical names and common synonyms (cancelled, lost → churned; …).
std::optional<OutcomeKind> outcomeKindFromText(const QString &text);

struct OutcomeRecord
{
    QString accountId;
    OutcomeKind kind = OutcomeKind::Churned;
    QDate date;              // when it happened; null for a label tied to a snapshot
    double arrChange = kMissing;
    QDate snapshotAsOf;      // set for a label observed after that one snapshot
};

struct ModelVersion
{
    std::int64_t id = 0;
    QString name;
    QString json;
    QDateTime createdAt;
    QString note;
};

// One `model publish`: which saved version became the published one, and when (UTC).
struct Publication
{
    std::int64_t modelId = 0;
    QDateTime publishedAt;
};

struct ImportRecord
{
    std::int64_t pk = 0;     // set when read back
    bool undoable = false;   // read back: the workspace keeps what takes this import back
    QString fileName;
    QString contentHash;
    QString kind;            // "snapshots" | "outcomes" | "table" | "build" | "derive"
    std::int64_t rowsRead = 0;
    std::int64_t rowsAccepted = 0;
    std::int64_t rowsRejected = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
};

// One event table as stored: any CSV kept by column, in chunks of `chunkRows` rows (core/tables reads
// and writes the chunks and the column list; the store only keeps them).
struct EventTableRecord
{
    std::int64_t pk = 0;
    QString name;
    QString keyColumn;       // the account id, or with `via` a key of that other table
    QString via;
    QString timeColumn;      // empty: the rows carry no time (an accounts table without a start)
    QString endColumn;
    QString columnsJson;     // [{"name", "type", "date_order"}], written by core/tables
    std::int64_t rows = 0;
    int chunkRows = 0;
    std::int64_t firstDay = 0;   // julian days of the earliest and latest time; 0 when none
    std::int64_t lastDay = 0;
    QString fileName;
    QString contentHash;
    QDateTime importedAt;
};

// A CSM's manual override of one account (docs/overrides.md): data, not model. Either a tier (by id)
// or a score; the row stays after it is cleared, for the record.
struct ManualOverrideRecord
{
    std::int64_t id = 0;     // set when stored
    QString accountId;
    QString tierId;          // a tier override: the tier's id; empty for a score override
    double score = kMissing; // a score override: 0–100; NaN for a tier override
    QString reason;          // required
    QString author;
    QDateTime created;       // UTC; null when set: now
    QDate expires;           // null: does not expire; applies to weeks before this date
    QDateTime cleared;       // UTC; null: not cleared

    bool isTier() const { return !tierId.isEmpty(); }
    // The point-in-time rule: applies to the week with as_of `asOf` when created on or before it, not
    // cleared on or before it and not expired by it (asOf < expires).
    bool appliesOn(QDate asOf) const;
    // Not cleared and not expired on `today`: what `override list` shows and `override clear` clears.
    bool isOpen(QDate today) const { return !cleared.isValid() && (!expires.isValid() || today < expires); }
};

struct SignalCoverage
{
    SignalInfo info;
    std::int64_t present = 0;   // snapshot rows with a value
    double coverage = 0;        // present / snapshot rows
};

struct WorkspaceSummary
{
    QString path;
    int schemaVersion = 0;
    std::int64_t accounts = 0;
    std::int64_t snapshotRows = 0;
    int asOfCount = 0;
    QDate firstAsOf;
    QDate lastAsOf;
    std::vector<std::pair<QDate, std::int64_t>> accountsPerAsOf;   // snapshot rows per as_of date
    std::vector<SignalCoverage> signalCoverage;
    std::vector<std::pair<QString, std::int64_t>> outcomesByKind;
    int models = 0;
    int imports = 0;
};

// One Tierlab workspace: a single SQLite file (.tierlab). All SQL lives behind this class.
// Not thread-safe: use one Workspace per thread (open the same file again on a worker).
class Workspace
{
public:
    enum class OpenMode { OpenExisting, CreateNew, OpenOrCreate };

    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   OpenMode mode = OpenMode::OpenExisting);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // Transactions: one import is one transaction. Nested begin() is an error.
    // Bulk: a large write. Into a workspace that holds no data yet (no snapshots, outcomes or event
    // tables) and that no other connection has open, the workspace leaves WAL for the transaction's
    // duration and uses a rollback journal instead, so that new pages are written once (into the
    // file) and not twice (into the WAL, then again by the checkpoint). A workspace with data stays in
    // WAL: readers that start during the import (the GUI, review, backtest) read the state before it,
    // and so does a copy of the file taken before the commit. Either way one atomic transaction.
    // Rebuild: a write that replaces derived data wholesale (the signal build's snapshots) leaves WAL
    // whenever no other connection is open: staying in WAL cost the build 25–45 % (docs/performance.md),
    // and readers that start during it wait (busy) or are refused as locked.
    enum class WriteMode { Normal, Bulk, Rebuild };
    // Undo::Record: the transaction's changes are recorded (SQLite session) and, when it logs an import
    // (logImport), kept at commit as what undoes that import (workspaceundo.cpp).
    enum class Undo { None, Record };
    // Recording costs time and space in proportion to the rows written (about 9 µs and the row's
    // bytes each), so imports above these sizes are not recorded, and cannot be undone.
    static constexpr std::int64_t kUndoMaxFileBytes = 32 * 1024 * 1024;   // CSV imports
    static constexpr std::int64_t kUndoMaxRows = 100000;                   // snapshot rows a build writes or replaces
    static Undo undoFor(std::int64_t fileBytes, std::int64_t rows = 0)
    {
        return fileBytes <= kUndoMaxFileBytes && rows <= kUndoMaxRows ? Undo::Record : Undo::None;
    }
    Result<void> begin(WriteMode mode = WriteMode::Normal, Undo undo = Undo::None);
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    // "wal" normally; "delete" inside a bulk transaction that could leave WAL.
    Result<QString> journalMode() const;

    // Signal catalogue
    Result<std::vector<SignalInfo>> signalCatalogue() const;
    // Adds the signal (by id) if absent and returns its catalogue entry; an existing signal keeps
    // its index and type.
    Result<SignalInfo> ensureSignal(const SignalInfo &info, bool *created = nullptr);

    // Accounts: upsert by id. Returns the row key used by snapshots and outcomes.
    Result<std::int64_t> upsertAccount(const AccountRecord &account, bool *created = nullptr);
    // Only fills the columns that are set (non-null / non-NaN) on an existing account.
    Result<std::int64_t> accountKey(const QString &accountId) const;   // NotFound when absent
    Result<std::vector<AccountRecord>> accounts() const;

    // Snapshots: one blob (SnapshotCodec) per account per as_of; upsert.
    Result<void> putSnapshot(std::int64_t accountKey, QDate asOf, const QByteArray &blob,
                             bool *created = nullptr);

    // The snapshot import's bulk paths, many rows per statement, values as UTF-8 bytes. Accounts the
    // caller knows to be absent (there were none when its transaction began) get the returned key + i,
    // the keys one upsertAccount after the other gives; empty texts and a NaN arr are NULL as there.
    struct NewAccountBytes
    {
        std::string_view id, name, csm, segment;
        double arr = kMissing;
        QDate renewalDate;
    };
    Result<std::int64_t> insertNewAccounts(const NewAccountBytes *accounts, std::size_t count);
    // putSnapshot for `count` rows of one as_of with distinct accounts (row i: accountKeys[i], the bytes
    // blobs[blobEnds[i - 1], blobEnds[i])); returns how many rows were new rather than merged.
    Result<std::int64_t> putSnapshots(QDate asOf, const std::int64_t *accountKeys, const char *blobs,
                                      const std::uint32_t *blobEnds, std::size_t count);
    Result<std::vector<QDate>> asOfDates() const;
    Result<Dataset> loadSnapshot(QDate asOf) const;
    Result<Dataset> loadLatestSnapshot() const;
    // Every snapshot decoded in one pass, oldest as_of first; each dataset equals what
    // loadSnapshot(asOf) returns. onWeek(dataset, index, total) returning false cancels
    // (Error::Code::Cancelled). What the history cache of the back-test is built from.
    // A reader of single snapshots that reads the account attributes once (see SnapshotStream).
    Result<std::unique_ptr<SnapshotStream>> snapshotStream() const;
    // Changes whenever snapshots, accounts or outcomes are added or re-imported (not when models are
    // saved): what a cache of decoded snapshots compares to know it is still current.
    Result<QString> dataStamp() const;
    Result<void> forEachSnapshot(const std::function<bool(Dataset &&week, int index, int total)> &onWeek) const;

    // Outcomes
    Result<void> addOutcome(const OutcomeRecord &outcome, bool *created = nullptr);
    Result<std::vector<OutcomeRecord>> outcomes() const;
    Result<std::int64_t> deleteOutcomes();   // every outcome; returns how many

    // Model versions
    Result<std::int64_t> saveModel(const QString &name, const QString &json, const QString &note = {});
    Result<std::vector<ModelVersion>> models() const;   // newest first
    Result<ModelVersion> model(std::int64_t id) const;
    Result<ModelVersion> modelByName(const QString &name) const;   // newest of that name
    // The published version: what review, back-test, score and the report use when no model is
    // named (`tierlab model publish`). NotFound when none is published. Each publish is also logged
    // (same transaction), at `at` (default: now).
    Result<void> publishModel(std::int64_t id, const QDateTime &at = {});
    Result<ModelVersion> publishedModel() const;
    // The publish log, oldest first (by time, then by order of publishing).
    Result<std::vector<Publication>> publications() const;

    // Import log and saved CSV mappings
    Result<std::int64_t> logImport(const ImportRecord &record);
    Result<std::vector<ImportRecord>> imports() const;
    // Takes back the newest import (of any kind: snapshots, outcomes, table, build, derive): the
    // workspace returns to its state before it, the import's log entry included. Fails, changing
    // nothing, when that import kept no undo record or later changes touched the same rows.
    Result<ImportRecord> undoLastImport();
    Result<void> saveMapping(const QString &headerKey, const QString &json);
    Result<QString> mapping(const QString &headerKey) const;   // empty when none saved

    // Event tables (workspacetables.cpp). A table is created, filled chunk by chunk and finished
    // inside one transaction; replacing one drops the old rows first.
    Result<std::vector<EventTableRecord>> eventTables() const;           // by name
    Result<EventTableRecord> eventTable(const QString &name) const;      // NotFound when absent
    Result<std::int64_t> createEventTable(const EventTableRecord &record);
    Result<void> finishEventTable(std::int64_t tablePk, std::int64_t rows, std::int64_t firstDay, std::int64_t lastDay);
    Result<bool> dropEventTable(const QString &name);                    // false when there was none
    Result<void> putEventChunk(std::int64_t tablePk, int column, int chunk, const QByteArray &data);
    // The chunks of one column in order; onChunk returning an error stops the walk with it.
    Result<void> forEachEventChunk(std::int64_t tablePk, int column,
                                   const std::function<Result<void>(int chunk, const void *data, int size)> &onChunk) const;

    // Signal recipes (the newest saved set) and the snapshots a build writes.
    Result<void> saveRecipes(const QString &json);
    Result<QString> recipes() const;                                     // empty when none saved
    // Deletes the snapshots a build wrote (builtOnly) or every snapshot; returns how many.
    Result<std::int64_t> deleteSnapshots(bool builtOnly);
    // Writes a built snapshot row; on an imported row of the same account and as_of the values merge
    // (the built ones win) and the row stays an imported one.
    // `asOfText` is the date as YYYY-MM-DD (formatted once per grid date by the caller). Without
    // `merge` the row must be new (the table holds no snapshots of other origin).
    Result<void> putBuiltSnapshot(std::int64_t accountKey, const QByteArray &asOfText, const QByteArray &blob, bool merge = true);
    // The same for `count` rows of one as_of: row i is accountKeys[i] with the bytes
    // blobs[blobEnds[i - 1], blobEnds[i]) (from 0 for the first). Many rows go in one statement, about
    // half the cost per row of putBuiltSnapshot.
    Result<void> putBuiltSnapshots(const QByteArray &asOfText, const std::int64_t *accountKeys, const char *blobs,
                                   const std::uint32_t *blobEnds, std::size_t count, bool merge = true);
    // Sets the attribute role of a catalogue signal (a build re-states it each time).
    Result<void> setSignalRole(int signalIndex, AttributeRole role);

    // CSM manual overrides (workspaceoverrides.cpp). setManualOverride checks the record (a known
    // account, a tier or a score in 0–100, a reason, an expiry after its creation), clears the
    // account's open override at the new one's creation time and adds it, in one transaction; returns
    // its id. `created` and `at` default to now (tests pass hand-made times).
    Result<std::int64_t> setManualOverride(const ManualOverrideRecord &record);
    Result<std::vector<ManualOverrideRecord>> manualOverrides() const;   // every row, cleared ones too, by id
    // Clears override `id` (NotFound when absent, Invalid when already cleared or expired at `at`).
    Result<void> clearManualOverride(std::int64_t id, const QDateTime &at = {});
    // Clears the account's open overrides; returns how many (NotFound when it has none).
    Result<int> clearManualOverrides(const QString &accountId, const QDateTime &at = {});

    // Workspace metadata (key/value)
    Result<void> setMeta(const QString &key, const QString &value);
    Result<QString> meta(const QString &key) const;

    // With `full` false, only what index look-ups give: the signal coverage (which decodes every blob) is
    // left empty, snapshotRows is 0 and accountsPerAsOf lists the dates with count 0 (counting rows walks
    // the whole table), for a caller that counts them from a loaded SnapshotHistory instead.
    Result<WorkspaceSummary> summary(bool full = true) const;
    Result<std::int64_t> accountCount() const;

private:
    Workspace(sqlite3 *db, QString path);
    Result<SqliteStatement *> statement(int slot, const char *sql) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_inTransaction = false;
    bool holdsNoData() const;   // no snapshots, outcomes or event tables: what a bulk import may lock out
    bool m_leftWal = false;   // begin(Bulk) switched to a rollback journal; commit/rollback switch back
    void restoreWal();
    // Undo recording (workspaceundo.cpp): the open session and the import it will undo.
    sqlite3_session *m_session = nullptr;
    std::int64_t m_recordedImport = 0;
    Result<void> startRecording();
    Result<void> keepRecording();   // at commit: stores the changeset of the logged import
    void stopRecording();
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

// A scope guard: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Workspace &ws, Workspace::WriteMode mode = Workspace::WriteMode::Normal,
                         Workspace::Undo undo = Workspace::Undo::None)
        : m_ws(ws), m_mode(mode), m_undo(undo)
    {
    }
    ~Transaction();
    void setUndo(Workspace::Undo undo) { m_undo = undo; }   // before begin()
    Result<void> begin();
    Result<void> commit();

private:
    Workspace &m_ws;
    Workspace::WriteMode m_mode;
    Workspace::Undo m_undo;
    bool m_open = false;
};

} // namespace tierlab
