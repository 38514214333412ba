#pragma once

#include "common/error.h"
#include "engine/dataset.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace tierlab {

struct HistoryLoadOptions
{
    std::function<void(int weeksDone, int weeksTotal)> progress;   // on the loading thread
    const std::atomic<bool> *cancel = nullptr;                      // checked per snapshot
};

// A workspace's whole history decoded once and held in memory: every as_of snapshot as a dataset,
// the outcomes, and for each snapshot the row of every account. The back-test and the calibration
// re-run on it as the model changes without touching SQL again. Immutable once loaded, so workers
// on several threads may share one.
class SnapshotHistory
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotHistory)

public:
    static Result<std::shared_ptr<const SnapshotHistory>> load(const Workspace &workspace,
                                                               const HistoryLoadOptions &options = {});

    const std::vector<QDate> &dates() const { return m_dates; }
    const std::vector<OutcomeRecord> &outcomes() const { return m_outcomes; }
    std::size_t accountCount() const { return m_accountIds.size(); }
    const std::shared_ptr<const Dataset> &week(std::size_t index) const { return m_weeks[index]; }

    // The account's index in this history (stable across snapshots); -1 when it has no snapshot.
    int accountIndex(const QString &accountId) const { return m_accountIndex.value(accountId, -1); }
    // Per account index: its row in snapshot `week`, -1 when absent that day.
    std::span<const std::int32_t> rows(std::size_t week) const;
    // What the loaded history occupies, roughly (the numbers and codes dominate).
    std::size_t memoryBytes() const;

private:
    std::vector<QDate> m_dates;
    std::vector<OutcomeRecord> m_outcomes;
    std::vector<std::shared_ptr<const Dataset>> m_weeks;
    std::vector<QString> m_accountIds;
    QHash<QString, int> m_accountIndex;
    std::vector<std::int32_t> m_rows;   // week-major: m_rows[week * accountCount + account]
};

} // namespace tierlab
