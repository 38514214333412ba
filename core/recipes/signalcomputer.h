#pragma once

#include "common/error.h"
#include "recipes/recipeset.h"
#include "tables/accountresolver.h"
#include "tables/eventtable.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace tierlab {

// How one table's keys met the accounts during a build.
struct TableUse
{
    QString name;
    std::int64_t rows = 0;
    KeyCoverage coverage;
};

// The point-in-time evaluation of a recipe set (docs/signals.md). prepare() reads the tables the
// recipes use (and the key and time columns of every other table, for the accounts' starts),
// groups each table's rows per account in time order and evaluates every `where`; then
// computeAccount() gives one account's values at each grid date from its start, reading only rows
// whose calendar date is on or before that date. computeAccount() is const and may run on several
// threads at once, each with its own Scratch.
class SignalComputer
{
public:
    static Result<std::unique_ptr<SignalComputer>> prepare(const Workspace &ws, const RecipeSet &recipes,
                                                           const std::atomic<bool> *cancel = nullptr);
    ~SignalComputer();

    const RecipeSet &recipes() const { return m_recipes; }
    const std::vector<QDate> &grid() const { return m_grid; }
    std::size_t accountCount() const { return m_resolver.accountIds().size(); }
    const QString &accountId(int account) const { return m_resolver.accountIds()[std::size_t(account)]; }
    // The first grid index at which the account has a snapshot; grid().size() when it has none
    // (no start date and no row in any table).
    int firstWeek(int account) const { return m_firstWeek[std::size_t(account)]; }
    // One past the last grid index with a snapshot: the first grid date on or after the account's
    // end (accounts.end), grid().size() without one. Values are computed to the grid's end regardless.
    int endWeek(int account) const { return m_endWeek[std::size_t(account)]; }
    // Name, segment, CSM, ARR and renewal date from the accounts table's columns the recipes name.
    AccountRecord accountRecord(int account) const;
    const std::vector<TableUse> &tableUses() const { return m_uses; }

    int signalCount() const { return int(m_recipes.signals.size()); }
    SignalType signalType(int signal) const { return m_types[std::size_t(signal)]; }
    // A category signal's value is a code; this is its text.
    const QString &text(int signal, double code) const;

    // Per-thread buffers of computeAccount(), reused from one account to the next.
    struct Scratch
    {
        std::vector<std::int64_t> day;
        std::vector<std::int64_t> end;
        std::vector<double> value;
        // `distinct`: how often each value is in the window (open addressing by the value's bits).
        std::vector<std::uint64_t> distinctKey;
        std::vector<std::int32_t> distinctCount;
    };
    static std::unique_ptr<Scratch> makeScratch() { return std::make_unique<Scratch>(); }
    // out[(w - firstWeek) * signalCount() + s] for each grid index w from firstWeek(account) on;
    // NaN where a value is missing.
    void computeAccount(int account, std::vector<double> &out, Scratch &scratch) const;

    struct PreparedTable;
    struct PreparedRecipe;

private:
    SignalComputer();
    RecipeSet m_recipes;
    std::vector<SignalType> m_types;
    AccountResolver m_resolver;
    std::vector<QDate> m_grid;
    std::vector<std::int64_t> m_gridDay;
    std::vector<int> m_firstWeek;
    std::vector<int> m_endWeek;
    std::vector<std::unique_ptr<PreparedTable>> m_tables;
    std::vector<std::unique_ptr<PreparedRecipe>> m_prepared;
    std::vector<int> m_order;
    std::vector<TableUse> m_uses;
    int m_stepsPerWeek = 1;   // grid steps in 7 days (weeks × 7 is checked to be whole steps)
};

} // namespace tierlab
