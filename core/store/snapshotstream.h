#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "store/snapshotdecoder.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>
#include <unordered_map>

struct sqlite3;

namespace tierlab {

// One account as every snapshot of it shows it (the attributes live in the accounts table).
struct StoredAccount
{
    QString id, name, csm, segment;
    double arr = kMissing;
    std::int64_t renewalDay = Dataset::kNoDate;
};
using StoredAccounts = std::unordered_map<std::int64_t, StoredAccount>;   // by accounts.pk

// Loads snapshots one as_of at a time with the account attributes read once, so that each load is a
// range scan of the snapshots table without a join or text per row: what a walk over many dates uses
// when the history should not be held in memory (the CLI's back-test). Each dataset equals
// Workspace::loadSnapshot(asOf). Made by Workspace::snapshotStream(); valid while that workspace is
// open, on its thread.
class SnapshotStream
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStream)

public:
    Result<Dataset> load(QDate asOf);
    // The stored rows of one as_of in account order, not decoded: onRow(accounts.pk, blob, size), false
    // to stop. For loaders that decode into a form of their own (SnapshotHistory, one stream per thread).
    Result<void> scan(QDate asOf, const std::function<bool(std::int64_t accountPk, const void *blob, int size)> &onRow);
    // The account attributes, read once when the stream was made.
    const StoredAccounts &accounts() const { return m_accounts; }

private:
    friend class Workspace;
    SnapshotStream(sqlite3 *db, QString path, const std::vector<SignalInfo> &catalogue, StoredAccounts accounts);

    sqlite3 *m_db;
    QString m_path;
    SnapshotDecoder m_decoder;
    StoredAccounts m_accounts;
};

} // namespace tierlab
