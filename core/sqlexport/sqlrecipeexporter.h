#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "recipes/recipeset.h"
#include "sqlexport/sqlexporter.h"
#include "store/workspace.h"
#include "tables/tablecolumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace tierlab {

struct SqlRecipeOptions
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString view = QStringLiteral("tierlab_signals");   // the model's source: export the model with --source VIEW
    bool selectOnly = false;                            // a plain SELECT instead of CREATE VIEW
    QString source;                                     // the recipes file, in messages ("R.json: $.signals[3]: …")
};

// The signal recipes as one SQL view over the raw event tables (docs/sql-export.md, "The recipes as
// SQL"): one row per account and grid date from the account's start to its end, one column per signal
// id, with docs/signals.md's point-in-time semantics — SignalComputer's values. The warehouse holds each
// event table under its workspace name with the imported columns and one more, `tierlab_row` (the
// row's position in its file), typed as the workspace typed them. Every name is a quoted identifier
// and every value an escaped literal; what SQL cannot express is refused with its JSON path.
class SqlRecipeExporter
{
    Q_DECLARE_TR_FUNCTIONS(SqlRecipeExporter)

public:
    // The column of every warehouse table that holds the row's position in its file (1, 2, …).
    static QString rowColumn() { return QStringLiteral("tierlab_row"); }

    // Checks the recipes against the workspace's tables (RecipeSet::check, then what SQL needs).
    static Result<SqlRecipeExporter> create(const Workspace &ws, const RecipeSet &recipes, SqlRecipeOptions options);

    Result<QString> sql() const;
    // The view's signal columns (ids and types): SqlExportOptions::catalogue for the model's SQL.
    std::vector<SignalInfo> catalogue() const;

private:
    struct Table
    {
        EventTableRecord record;
        std::vector<TableColumnInfo> columns;
        const TableColumnInfo *column(const QString &name) const;
    };

    SqlRecipeExporter() = default;
    Result<void> checkNames() const;
    QString number(double value) const;
    QString real(const QString &expression) const;
    QString dayOf(const QString &expression) const;
    QString timeKey(const QString &expression) const;
    QString julian(const QString &expression) const;
    QString dateOfDay(const QString &day) const;
    QString valueOf(const Table &t, const QString &column) const;
    QString condition(const Table &t, const RecipeCondition &c) const;
    int tableIndex(const QString &name) const;
    int valueSlot(int table, const QString &column) const;
    QString header() const;
    QString accountStages(QStringList *stages) const;
    void tableStages(QStringList *stages) const;
    void gridStages(QStringList *stages, const QString &accountJoin) const;
    void aggregateStages(QStringList *stages) const;
    QString derivedStages(QStringList *stages) const;
    QString outputSelect(const QString &from) const;

    RecipeSet m_recipes;
    std::vector<SignalType> m_types;
    SqlRecipeOptions m_options;
    std::vector<Table> m_tables;            // the workspace's tables, by name
    std::vector<int> m_dated;               // those with a time: the rows that make weeks
    int m_accounts = -1;                    // the recipes' accounts table, when the workspace has it
    std::vector<QStringList> m_values;      // per table: the value columns the recipes read, as c0, c1, …
};

} // namespace tierlab
