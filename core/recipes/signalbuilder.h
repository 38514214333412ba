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
    // Called after each batch of accounts, on the building thread.
    std::function<void(std::int64_t accountsDone, std::int64_t accountsTotal)> progress;
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
    std::int64_t snapshotRows = 0;
    std::int64_t replacedRows = 0;          // snapshots deleted before writing
    std::vector<TableUse> tables;
    QStringList signalIds;
    double seconds = 0;

    QJsonObject toJson() const;
};

// `tierlab signals build`: computes every recipe at every grid date (SignalComputer) and writes the
// snapshots into the store the engine reads, in one transaction, replacing an earlier build's; the
// recipes are stored in the workspace. Computing the next batch of accounts overlaps writing this one.
class SignalBuilder
{
public:
    static Result<BuildSummary> build(Workspace &ws, const RecipeSet &recipes, const BuildOptions &options = BuildOptions());

    static constexpr int kBatchAccounts = 256;
};

} // namespace tierlab
