#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "store/workspace.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace tierlab {

// The signal recipes file: format "tierlab-signals", version 1 (docs/signals.md is the contract).
enum class Aggregation : std::uint8_t { None, Count, Sum, Mean, Min, Max, Distinct, Last, DaysSince, Open, OpenSum };
enum class Derivation : std::uint8_t { None, Ratio, Change, PctChange, Slope };
enum class ConditionOp : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn };

QString aggregationName(Aggregation agg);
QString derivationName(Derivation expr);
QString conditionOpName(ConditionOp op);

// One `where` condition. Values keep their JSON form: text (strings), numbers (numbers, and
// booleans as 1/0). Which one a condition compares with depends on the column's type, checked
// against the workspace's tables (RecipeSet::check).
struct RecipeCondition
{
    QString column;
    ConditionOp op = ConditionOp::Eq;
    QStringList texts;
    std::vector<double> numbers;
    std::vector<bool> isText;   // per value: written as a JSON string
};

struct SignalRecipe
{
    QString id;
    QString path;                 // "$.signals[3]", for messages
    // An aggregation over a table's rows …
    QString table;
    Aggregation agg = Aggregation::None;
    QString column;
    std::vector<RecipeCondition> where;
    int windowDays = 0;           // 0: every row up to as_of
    // … or a signal derived from others.
    Derivation expr = Derivation::None;
    QStringList of;
    int weeks = 0;
    AttributeRole role = AttributeRole::None;

    bool isDerived() const { return expr != Derivation::None; }
    bool readsColumn() const;     // the aggregation reads `column`
};

struct RecipeGrid
{
    int everyDays = 7;
    QDate first;                  // null: the Monday on or after the tables' earliest time
    QDate last;                   // null: the Monday on or after the tables' latest time
};

struct RecipeAccounts
{
    QString table = QStringLiteral("accounts");
    QString start;                // column: the account's first snapshot is on or after it
    QString end;                  // column: the account's last snapshot is before it (empty: none)
    QString name, segment, csm, arr, renewalDate;   // attribute columns
};

struct RecipeSet
{
    RecipeGrid grid;
    RecipeAccounts accounts;
    std::vector<SignalRecipe> signals;

    // Reads the file's text; every problem is reported with its JSON path ("$.signals[2].agg: …"),
    // all of them in one message, each on its own line, prefixed with `source`.
    static Result<RecipeSet> parse(const QByteArray &json, const QString &source);
    static Result<RecipeSet> load(const QString &path);
    QByteArray toJson() const;

    // Checks tables, columns, where values and types against the workspace's tables; messages as
    // parse() gives them. Returns each signal's type once built: category for `last` of a text
    // column, flag for `last`, `min` or `max` of a flag column, number otherwise.
    Result<std::vector<SignalType>> check(const Workspace &ws, const QString &source) const;

    int indexOf(const QString &id) const;
    // Recipe indexes in an order where each derived signal follows the signals it reads.
    std::vector<int> evaluationOrder() const;
};

} // namespace tierlab
