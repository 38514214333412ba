#pragma once

#include "common/error.h"
#include "recipes/recipeset.h"
#include "recipes/signalcomputer.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace tierlab {

class Workspace;

struct BuildOptions
{
    // Also delete the snapshots imports wrote (by default only an earlier build's are replaced).
    bool replaceImported = false;
    // Called on the building thread as the work goes on: computing the accounts, then writing the weeks.
    std::function<void(std::int64_t done, std::int64_t total)> progress;
    // Checked before each batch; the build then rolls back and returns Error::Code::Cancelled.
    const std::atomic<bool> *cancel = nullptr;
};

struct BuildSummary
{
    QDate first;
    QDate last;
    int everyDays = 7;
    int gridDates = 0;
    std::int64_t accounts = 0;              // accounts with at least one snapshot
    std::int64_t accountsWithoutStart = 0;  // accounts of the accounts table with no start and no row
    std::int64_t accountsEnded = 0;         // accounts whose end (accounts.end) falls within the grid
    std::int64_t snapshotRows = 0;
    std::int64_t replacedRows = 0;          // snapshots deleted before writing
    std::vector<TableUse> tables;
    QStringList signalIds;
    double seconds = 0;

    QJsonObject toJson() const;
};

// `tierlab signals build`: computes every recipe at every grid date (SignalComputer) and writes the
// snapshots into the store the engine reads, in one transaction, replacing an earlier build's; the
// recipes are stored in the workspace. Accounts are computed on two threads, then written week by week.
class SignalBuilder
{
public:
    static Result<BuildSummary> build(Workspace &ws, const RecipeSet &recipes, const BuildOptions &options = BuildOptions());

    static constexpr int kBatchAccounts = 256;
    // The computed values wait in memory to be written in key order; a build needing more is refused.
    static constexpr double kMaxValueBytes = 8e9;
};

} // namespace tierlab
