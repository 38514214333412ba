#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tierlab {

enum class SqlDialect : std::uint8_t { Sqlite, Postgres };

QString sqlDialectName(SqlDialect dialect);
bool sqlDialectFromName(const QString &name, SqlDialect *dialect);

struct SqlExportOptions
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString source = QStringLiteral("snapshots");   // one row per account per as_of
    QString view = QStringLiteral("tierlab_scores");
    bool selectOnly = false;                        // a plain SELECT instead of CREATE VIEW
    // The workspace's signal catalogue, when known: a model column is then read from the catalogue
    // entry's id (the source table names its columns by signal id) with that entry's type. Without
    // it a column keeps the model's name and is text when a map rule, a text condition or
    // `segments.by` reads it, else a number.
    std::vector<SignalInfo> catalogue;
};

// A model as one set-based SQL statement (docs/sql-export.md): the score, tier and category scores
// of every row of the source table, computed exactly as ScoringEngine does, one CTE per stage; with
// hysteresis or a trend tier, the tier and trend flag TierPaths gives each account-week.
// Everything taken from the model reaches the SQL as a quoted identifier or an escaped literal.
class SqlExporter
{
    Q_DECLARE_TR_FUNCTIONS(SqlExporter)

public:
    SqlExporter(const Model &model, SqlExportOptions options);

    // The SQL text, or why the model cannot be exported (invalid, or a member SQL cannot express).
    Result<QString> sql() const;

    static QString quoteIdentifier(const QString &name);
    static QString quoteText(const QString &text);
    // The shortest text that reads back as the same double, as a literal of `dialect`'s double type.
    static QString numberLiteral(double value, SqlDialect dialect);
    // PostgreSQL truncates longer identifiers (NAMEDATALEN − 1 bytes), which could merge two names.
    static constexpr int kPostgresIdentifierBytes = 63;

private:
    struct Input
    {
        QString column;   // in the source table
        bool text = false;
    };

    Result<void> check() const;
    int inputOf(const QString &modelColumn);
    QString number(double value) const;
    QString noNumber() const;
    QString real(const QString &integerExpression) const;
    QString smallest(const QStringList &values) const;
    QString byVariant(const std::vector<QString> &perVariant) const;
    QString trimmed(const QString &expression) const;
    QString flagWords(const QString &x, bool yes) const;
    QString signalExpression(const Model &model, std::size_t signal) const;
    QString condition(int input, CompareOp op, const RuleValue &value) const;
    QString categoryStage(bool sums) const;
    QString baseStage(bool sums) const;
    QString tierExpression(const Model &model) const;
    QString header() const;
    QString body() const;
    QString outputColumns(const QString &tier, const QString &declining) const;
    // Hysteresis and the trend tier (sqlexporterdynamics.cpp): the stages after `tiered` and the
    // statement's SELECT, over each account's weeks.
    QString dynamicsBody(QStringList stages) const;
    QString hysteresisStages(QStringList *stages) const;
    void trendStages(QStringList *stages, const QString &from, const QString &tierIndex) const;

    Model m_model;
    SqlExportOptions m_options;
    std::vector<Model> m_variants;   // index 0 the base model, v + 1 variant v (no segments)
    std::vector<Input> m_inputs;     // the source columns read, as x0, x1, …
    std::vector<int> m_signalInputs;
    std::vector<int> m_penaltyInputs;
    std::vector<int> m_overrideInputs;
    int m_byInput = -1;
};

} // namespace tierlab
