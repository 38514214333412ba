// The history-dependent stages of the SQL export (docs/sql-export.md, "Hysteresis and the trend
// tier"): TierDynamics and TierPaths as set-based SQL over each account's weeks, with the engine's
// arithmetic in the engine's order so that every comparison decides as it does there.
#include "sqlexporter.h"

namespace tierlab {

namespace {

const QString kSep = QStringLiteral(",\n    ");

// The categories, carried through every stage after `tiered` for the output.
QStringList categoryColumns(const Model &model, const QString &prefix)
{
    QStringList columns;
    for (std::size_t c = 0; c < model.categories.size(); ++c)
        columns << QStringLiteral("%1c%2").arg(prefix).arg(c);
    return columns;
}

} // namespace

QString SqlExporter::hysteresisStages(QStringList *stages) const
{
    // TierDynamics::hysteresisTiers: a walk over each account's scored weeks in as_of order (unscored
    // weeks have no tier and leave the state alone, so they are not in it). The state is the held tier
    // and the count of scored weeks in a row whose score's tier differed from it.
    const Hysteresis &h = *m_model.hysteresis;
    const std::size_t tiers = m_model.tiers.size();
    const bool postgres = m_options.dialect == SqlDialect::Postgres;
    // The output's columns. SQLite: the walk carries them along, as joining its rows back would need
    // an index SQLite does not build on a recursive result (a scan per row). PostgreSQL joins back once.
    const QStringList carried = QStringList{QStringLiteral("account_id"), QStringLiteral("as_of"), QStringLiteral("score"),
                                            QStringLiteral("tier_cap")}
                                + categoryColumns(m_model, {});
    QStringList rows = carried;
    rows << QStringLiteral("score_tier") << QStringLiteral("ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY as_of) AS step");
    // The edges of the row's variant, computed here in double as the engine computes them: moving up
    // from held t needs score ≥ min(t + 1) + points, moving down score < min(t) − points. A literal
    // when every variant has the same; else a column of the row.
    std::vector<QString> up(tiers), down(tiers);
    QStringList edgeColumns;
    auto edge = [&](const QString &name, auto &&value) {
        std::vector<QString> perVariant;
        for (const Model &variant : m_variants)
            perVariant.push_back(number(value(variant)));
        const QString expression = byVariant(perVariant);
        if (expression == perVariant.front())
            return expression;
        rows << QStringLiteral("%1 AS %2").arg(expression, name);
        edgeColumns << name;
        return name;
    };
    for (std::size_t t = 0; t + 1 < tiers; ++t)
        up[t] = edge(QStringLiteral("up%1").arg(t), [&](const Model &v) { return v.tiers[t + 1].min + h.points; });
    for (std::size_t t = 1; t < tiers; ++t)
        down[t] = edge(QStringLiteral("down%1").arg(t), [&](const Model &v) { return v.tiers[t].min - h.points; });
    stages->push_back(QStringLiteral("hysteresis_rows AS MATERIALIZED (\n  SELECT\n    %1\n  FROM tiered\n  WHERE score IS NOT NULL\n)")
                          .arg(rows.join(kSep)));

    // A column of the next week's row: SQLite joins that row (r), PostgreSQL indexes the account's
    // arrays (a): without an index on a CTE, joining the rows would sort all of them every week.
    auto next = [&](const QString &column) {
        return postgres ? QStringLiteral("a.%1[w.step + 1]").arg(column) : QStringLiteral("r.%1").arg(column);
    };
    auto edgeOf = [&](const QString &e) { return edgeColumns.contains(e) ? next(e) : e; };
    // The account moves to its score's tier when that tier is the held one, when the score passed the
    // held tier's edge by the points, or when it has differed `weeks` scored weeks in a row.
    const QString score = next(QStringLiteral("score")), scoreTier = next(QStringLiteral("score_tier"));
    QStringList moves = {QStringLiteral("%1 = w.held").arg(scoreTier)};
    if (tiers > 1) {
        QString ups, downs;
        for (std::size_t t = 0; t + 1 < tiers; ++t)
            ups += QStringLiteral(" WHEN %1 THEN %2").arg(t).arg(edgeOf(up[t]));
        for (std::size_t t = 1; t < tiers; ++t)
            downs += QStringLiteral(" WHEN %1 THEN %2").arg(t).arg(edgeOf(down[t]));
        moves << QStringLiteral("(%1 > w.held AND %2 >= CASE w.held%3 END)").arg(scoreTier, score, ups)
              << QStringLiteral("(%1 < w.held AND %2 < CASE w.held%3 END)").arg(scoreTier, score, downs);
    }
    if (h.weeks > 0)
        moves << QStringLiteral("w.beyond + 1 >= %1").arg(h.weeks);
    const QString move = moves.join(QStringLiteral(" OR "));
    const QString held = QStringLiteral("CASE WHEN %1 THEN %2 ELSE w.held END").arg(move, scoreTier);
    const QString beyond = QStringLiteral("CASE WHEN %1 THEN 0 ELSE w.beyond + 1 END").arg(move);

    QStringList out = {QStringLiteral("account_id"), QStringLiteral("as_of"), QStringLiteral("score"),
                       QStringLiteral("%1 AS tier_index").arg(smallest({QStringLiteral("held"), QStringLiteral("tier_cap")}))};
    QStringList unscored = {QStringLiteral("account_id"), QStringLiteral("as_of"), QStringLiteral("score"),
                            QStringLiteral("NULL AS tier_index")};
    out << categoryColumns(m_model, {});
    unscored << categoryColumns(m_model, {});
    QString walked = QStringLiteral("hysteresis_walk");
    if (postgres) {
        QStringList arrays = {QStringLiteral("account_id"), QStringLiteral("COUNT(*) AS steps")};
        for (const QString &column : QStringList{QStringLiteral("score"), QStringLiteral("score_tier")} + edgeColumns)
            arrays << QStringLiteral("array_agg(%1 ORDER BY step) AS %1").arg(column);
        stages->push_back(QStringLiteral("hysteresis_accounts AS MATERIALIZED (\n  SELECT\n    %1\n  FROM hysteresis_rows\n"
                                         "  GROUP BY account_id\n)")
                              .arg(arrays.join(kSep)));
        stages->push_back(QStringLiteral("hysteresis_walk (account_id, step, held, beyond) AS (\n"
                                         "  SELECT account_id, CAST(1 AS BIGINT), score_tier[1], 0\n"
                                         "  FROM hysteresis_accounts\n"
                                         "  UNION ALL\n"
                                         "  SELECT w.account_id, w.step + 1,\n    %1,\n    %2\n"
                                         "  FROM hysteresis_walk AS w\n"
                                         "  JOIN hysteresis_accounts AS a ON a.account_id = w.account_id\n"
                                         "  WHERE w.step < a.steps\n"
                                         ")")
                              .arg(held, beyond));
        walked = QStringLiteral("hysteresis_rows JOIN hysteresis_walk USING (account_id, step)");
    } else {
        QStringList fromRow;
        for (const QString &column : carried)
            fromRow << u"r." + column;
        stages->push_back(QStringLiteral("hysteresis_walk (%1, step, held, beyond) AS (\n"
                                         "  SELECT %1, step, score_tier, 0\n"
                                         "  FROM hysteresis_rows\n"
                                         "  WHERE step = 1\n"
                                         "  UNION ALL\n"
                                         "  SELECT %2, r.step,\n    %3,\n    %4\n"
                                         "  FROM hysteresis_walk AS w\n"
                                         "  JOIN hysteresis_rows AS r ON r.account_id = w.account_id AND r.step = w.step + 1\n"
                                         ")")
                              .arg(carried.join(QStringLiteral(", ")), fromRow.join(QStringLiteral(", ")), held, beyond));
    }
    // held_tiers: the walked rows with the held tier, no better than the week's tier cap, and the
    // unscored rows without a tier.
    stages->push_back(QStringLiteral("held_tiers AS MATERIALIZED (\n  SELECT\n    %1\n  FROM %2\n  UNION ALL\n"
                                     "  SELECT\n    %3\n  FROM tiered\n  WHERE score IS NULL\n)")
                          .arg(out.join(kSep), walked, unscored.join(kSep)));
    return QStringLiteral("held_tiers");
}

void SqlExporter::trendStages(QStringList *stages, const QString &from, const QString &tierIndex) const
{
    // TierDynamics::slope over the window TierPaths gives week w: the table's as_of dates w − n + 1 … w
    // (from the first), x the date's position in it. A row k rows back in the account's weeks lies in
    // the window when its date does; only the n − 1 rows back can.
    const int n = m_model.trend->weeks;
    const bool postgres = m_options.dialect == SqlDialect::Postgres;
    stages->push_back(QStringLiteral("trend_dates AS MATERIALIZED (\n  SELECT as_of, ROW_NUMBER() OVER (ORDER BY as_of) - 1 AS week\n"
                                     "  FROM (SELECT DISTINCT \"as_of\" AS as_of FROM %1) AS dates\n)")
                          .arg(quoteIdentifier(m_options.source)));
    const QString first = QStringLiteral("%1(0, d.week - %2)").arg(postgres ? QStringLiteral("GREATEST") : QStringLiteral("MAX")).arg(n - 1);
    QStringList lags = {QStringLiteral("p.account_id"), QStringLiteral("p.as_of"), QStringLiteral("p.score"),
                        QStringLiteral("%1 AS tier_index").arg(tierIndex)};
    lags << categoryColumns(m_model, QStringLiteral("p."));
    lags << QStringLiteral("d.week - %1 AS tx0").arg(first) << QStringLiteral("p.score AS ty0");
    for (int k = 1; k < n; ++k) {
        lags << QStringLiteral("LAG(d.week, %1) OVER account_weeks - %2 AS tx%1").arg(k).arg(first)
             << QStringLiteral("CASE WHEN LAG(d.week, %1) OVER account_weeks >= d.week - %2 THEN LAG(p.score, %1) OVER account_weeks END AS ty%1")
                    .arg(k)
                    .arg(n - 1);
    }
    stages->push_back(QStringLiteral("trend_lags AS MATERIALIZED (\n  SELECT\n    %1\n  FROM %2 AS p\n"
                                     "  JOIN trend_dates AS d ON d.as_of = p.as_of\n"
                                     "  WINDOW account_weeks AS (PARTITION BY p.account_id ORDER BY p.as_of)\n)")
                          .arg(lags.join(kSep), from));

    // Each sum in week order (k from n − 1 down to 0), an absent week adding zero: the engine's sums.
    QStringList count, sumX, sumY = {number(0)};
    for (int k = n; k-- > 0;) {
        count << QStringLiteral("CASE WHEN ty%1 IS NULL THEN 0 ELSE 1 END").arg(k);
        sumX << QStringLiteral("CASE WHEN ty%1 IS NULL THEN 0 ELSE tx%1 END").arg(k);
        sumY << QStringLiteral("CASE WHEN ty%1 IS NULL THEN %2 ELSE ty%1 END").arg(k).arg(number(0));
    }
    stages->push_back(QStringLiteral("trend_sums AS MATERIALIZED (\n  SELECT *,\n    %1 AS tn,\n    %2 AS tsx,\n    %3 AS tsy\n"
                                     "  FROM trend_lags\n)")
                          .arg(count.join(QStringLiteral(" + ")), sumX.join(QStringLiteral(" + ")), sumY.join(QStringLiteral(" + "))));
    // The means first (fewer than 3 scored weeks: no slope, and no division by zero on PostgreSQL).
    stages->push_back(QStringLiteral("trend_means AS MATERIALIZED (\n  SELECT *,\n"
                                     "    CASE WHEN tn >= 3 THEN %1 / %2 END AS tmx,\n"
                                     "    CASE WHEN tn >= 3 THEN tsy / %2 END AS tmy\n  FROM trend_sums\n)")
                          .arg(real(QStringLiteral("tsx")), real(QStringLiteral("tn"))));
}

QString SqlExporter::dynamicsBody(QStringList stages) const
{
    // The tier index of a row (NULL: unscored): the week's own tier, or the held one, capped.
    QString from = QStringLiteral("tiered");
    QString tierIndex = QStringLiteral("CASE WHEN score_tier IS NULL THEN NULL ELSE %1 END")
                            .arg(smallest({QStringLiteral("score_tier"), QStringLiteral("tier_cap")}));
    QString lagTierIndex = QStringLiteral("CASE WHEN p.score_tier IS NULL THEN NULL ELSE %1 END")
                               .arg(smallest({QStringLiteral("p.score_tier"), QStringLiteral("p.tier_cap")}));
    if (m_model.hysteresis) {
        from = hysteresisStages(&stages);
        tierIndex = QStringLiteral("tier_index");
        lagTierIndex = QStringLiteral("p.tier_index");
    }
    QString declining;
    if (m_model.trend) {
        trendStages(&stages, from, lagTierIndex);
        from = QStringLiteral("trend_means");
        tierIndex = QStringLiteral("tier_index");
        // Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², each sum in week order: the engine's second pass.
        QStringList sxy = {number(0)}, sxx = {number(0)};
        for (int k = m_model.trend->weeks; k-- > 0;) {
            const QString dx = QStringLiteral("(%1 - tmx)").arg(real(QStringLiteral("tx%1").arg(k)));
            sxy << QStringLiteral("CASE WHEN ty%1 IS NULL THEN %2 ELSE %3 * (ty%1 - tmy) END").arg(k).arg(number(0), dx);
            sxx << QStringLiteral("CASE WHEN ty%1 IS NULL THEN %2 ELSE %3 * %3 END").arg(k).arg(number(0), dx);
        }
        const QString yes = m_options.dialect == SqlDialect::Postgres ? QStringLiteral("TRUE") : QStringLiteral("1");
        const QString no = m_options.dialect == SqlDialect::Postgres ? QStringLiteral("FALSE") : QStringLiteral("0");
        declining = QStringLiteral("CASE WHEN tier_index = %1 AND tn >= 3 AND (%2) / (%3) <= %4 THEN %5 ELSE %6 END")
                        .arg(QString::number(m_model.tierIndex(m_model.trend->tier)), sxy.join(QStringLiteral(" + ")),
                             sxx.join(QStringLiteral(" + ")), number(-m_model.trend->slope), yes, no);
    }
    return QStringLiteral("%1\n%2\nSELECT\n    %3\nFROM %4")
        .arg(m_model.hysteresis ? QStringLiteral("WITH RECURSIVE") : QStringLiteral("WITH"), stages.join(QStringLiteral(",\n")),
             outputColumns(tierIndex, declining), from);
}

} // namespace tierlab
