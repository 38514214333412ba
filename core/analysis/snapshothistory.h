#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace tierlab {

struct HistoryLoadOptions
{
    std::function<void(int weeksDone, int weeksTotal)> progress;   // on the loading thread, in order
    const std::atomic<bool> *cancel = nullptr;                      // checked per snapshot
    // Snapshots decoded at once, each on its own connection: 1 = on the calling thread only; 0 = one per
    // core, at most 4.
    int threads = 0;
    // A folder for the decoded history's cache file (analysis/historycache.h); empty = none. A history
    // of at least `cacheMinRows` account-weeks is written there once decoded and read back instead of
    // decoding while the workspace's data stamp is unchanged.
    QString cacheDirectory;
    std::size_t cacheMinRows = 200'000;
    // When set, writing the cache file is handed to this function (to run later, on another thread)
    // instead of delaying load()'s return by the write: the first start after an import then shows its
    // figures before the file is written. Unset, load() writes it before returning (the CLI).
    std::function<void(std::function<void()> write)> deferCacheWrite;
};

// One snapshot's numbers in the narrowest form that gives back every value bit for bit: small
// integers as int8/int16/int32, few distinct values as one-byte or two-byte codes into a table, values a
// float holds exactly as float, the rest as double. Most signals are counts, flags or a handful of levels.
class PackedNumbers
{
public:
    enum class Kind : std::uint8_t { Int8, Int16, Int32, Table8, Table16, Float, Double };

    static PackedNumbers pack(std::span<const double> values);
    double at(std::size_t row) const;
    // out[i] = at(rows[i]), or every row in order when `all`.
    void expand(bool all, std::span<const std::int32_t> rows, std::vector<double> &out) const;
    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const;
    Kind kind() const { return m_kind; }

private:
    friend struct HistoryFile;
    Kind m_kind = Kind::Double;
    std::size_t m_size = 0;
    std::vector<std::int8_t> m_i8;
    std::vector<std::int16_t> m_i16;
    std::vector<std::int32_t> m_i32;
    std::vector<std::uint8_t> m_t8;
    std::vector<std::uint16_t> m_t16;
    std::vector<float> m_f32;
    std::vector<double> m_f64;   // the values (Double) or the table (Table8, Table16)
};

// Dictionary codes (kMissingCode or 0…n-1) in one, two or four bytes.
class PackedCodes
{
public:
    static PackedCodes pack(std::span<const std::int32_t> codes, std::size_t dictionarySize);
    std::int32_t at(std::size_t row) const;
    void expand(bool all, std::span<const std::int32_t> rows, std::vector<std::int32_t> &out) const;
    std::size_t memoryBytes() const { return m_u8.size() + 2 * m_u16.size() + 4 * m_i32.size(); }

private:
    friend struct HistoryFile;
    std::size_t m_size = 0;
    std::vector<std::uint8_t> m_u8;     // code + 1 (0 = missing)
    std::vector<std::uint16_t> m_u16;   // code + 1
    std::vector<std::int32_t> m_i32;
};

// A workspace's whole history decoded once and held in memory: every as_of snapshot, the outcomes, and
// for each snapshot the row of every account. The back-test and the calibration re-run on it as the
// model changes without touching SQL again. Immutable once loaded, so workers on several threads may
// share one.
//
// Compact: an account's id, name and stored attributes are held once, not per week; each week keeps
// its rows' account indices, its CSM and segment codes and its signal columns packed exactly
// (PackedNumbers, PackedCodes). week() rebuilds a snapshot's Dataset on demand — the same bits as
// Workspace::loadSnapshot — and gather() only the rows asked for, which is what the back-test scores.
class SnapshotHistory
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotHistory)

public:
    // Decodes the weeks on `options.threads` connections at once (the calling thread is one of them).
    static Result<std::shared_ptr<const SnapshotHistory>> load(const Workspace &workspace,
                                                               const HistoryLoadOptions &options = {});

    const std::vector<QDate> &dates() const { return m_dates; }
    const std::vector<OutcomeRecord> &outcomes() const { return m_outcomes; }
    std::size_t accountCount() const { return m_accountIds.size(); }
    // The signal columns every snapshot has, in order (the workspace's catalogue).
    const std::vector<SignalInfo> &catalogue() const { return m_catalogue; }
    // Snapshot `index` as a dataset. Built from the compact form on demand; while a caller holds it,
    // every other caller gets the same object.
    std::shared_ptr<const Dataset> week(std::size_t index) const;
    std::size_t weekSize(std::size_t index) const { return m_weeks[index].account.size(); }
    // Equals week(index)->gather(rows, columnsWanted), with the names too when `withNames`, without
    // building the whole snapshot.
    Dataset gather(std::size_t index, std::span<const std::int32_t> rows, std::span<const int> columnsWanted = {},
                   bool withNames = false) const;

    // The account's index in this history (stable across snapshots); -1 when it has no snapshot.
    int accountIndex(const QString &accountId) const { return m_accountIndex.value(accountId, -1); }
    // Per account index: its row in snapshot `week`, -1 when absent that day.
    std::span<const std::int32_t> rows(std::size_t week) const;
    // What the loaded history occupies, roughly (the packed columns and row tables dominate).
    std::size_t memoryBytes() const;
    // Per catalogue signal: in how many snapshot rows it has a value (what Workspace::summary()
    // counts by decoding every blob again), counted while the history loaded.
    std::vector<SignalCoverage> signalCoverage() const;
    // Fills what Workspace::summary(false) leaves out — row counts per as_of and the signal coverage —
    // from this history: the same figures as summary(true) without decoding every blob again.
    void completeSummary(WorkspaceSummary &summary) const;
    // True when this history was read from the cache file rather than decoded from the workspace.
    bool fromCache() const { return m_fromCache; }

    // One snapshot in compact form (public for the loader's helpers; not part of the API).
    struct PackedWeek
    {
        std::vector<std::int32_t> account;   // row → account index (account slot while loading)
        PackedCodes csm, segment;
        std::vector<QString> csmNames, segmentNames;
        std::vector<PackedNumbers> numbers;   // per column (Number and Flag columns; empty for Category)
        std::vector<PackedCodes> codes;       // per column (Category columns)
        std::vector<std::vector<QString>> dictionaries;
        std::vector<std::int64_t> present;    // per column: rows with a value
        // Attributes that a built signal (role) set this week; empty when none did.
        std::vector<double> arr;
        std::vector<std::int64_t> renewalDay;
        std::vector<QString> names;
    };

private:
    friend struct HistoryFile;
    static Result<std::shared_ptr<const SnapshotHistory>> decode(const Workspace &workspace,
                                                                 const HistoryLoadOptions &options);
    // Fills m_rows, m_accountIndex and the week cache from the weeks and the account ids.
    void index();
    Dataset build(std::size_t index, bool all, std::span<const std::int32_t> rows, std::span<const int> columnsWanted,
                  bool withNames) const;

    std::vector<QDate> m_dates;
    std::vector<OutcomeRecord> m_outcomes;
    std::vector<SignalInfo> m_catalogue;
    std::vector<PackedWeek> m_weeks;
    // Per account index: the accounts table's attributes.
    std::vector<QString> m_accountIds, m_accountNames;
    std::vector<double> m_accountArr;
    std::vector<std::int64_t> m_accountRenewal;
    QHash<QString, int> m_accountIndex;
    std::vector<std::int32_t> m_rows;   // week-major: m_rows[week * accountCount + account]
    bool m_fromCache = false;

    mutable std::mutex m_cacheMutex;
    mutable std::vector<std::weak_ptr<const Dataset>> m_cache;
};

} // namespace tierlab
