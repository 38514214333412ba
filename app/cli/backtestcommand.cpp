// tierlab backtest --workspace FILE --model MODEL.json [--horizon-days 90] [--json]
#include "backtestcli.h"
#include "clicommand.h"
#include "modelargument.h"

#include "analysis/backtest.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace tierlab::cli {

namespace {

// JSON has no NaN: undefined figures are null.
nlohmann::json number(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

std::string text(const QString &s)
{
    return s.toStdString();
}

std::string dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
}

// Tier ids in the engine's numbering: sorted by min ascending, 0 = worst.
QStringList tierIds(const Model &model)
{
    std::vector<const Tier *> sorted;
    for (const Tier &t : model.tiers)
        sorted.push_back(&t);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Tier *a, const Tier *b) { return a->min < b->min; });
    QStringList ids;
    for (const Tier *t : sorted)
        ids << t->id;
    return ids;
}

nlohmann::json listJson(const std::vector<BacktestListEntry> &entries, const Model &model)
{
    const QStringList ids = tierIds(model);
    nlohmann::json a = nlohmann::json::array();
    for (const BacktestListEntry &e : entries) {
        a.push_back({{"account", text(e.accountId)},
                     {"as_of", dateText(e.asOf)},
                     {"outcome_date", e.outcomeDate.isValid() ? nlohmann::json(dateText(e.outcomeDate)) : nlohmann::json()},
                     {"score", number(e.score)},
                     {"tier", text(ids.value(e.tier))},
                     {"top_reason", text(e.topReason)}});
    }
    return a;
}

nlohmann::json confusionJson(const Metrics::Confusion &c)
{
    return {{"tp", c.truePositives}, {"fp", c.falsePositives}, {"fn", c.falseNegatives}, {"tn", c.trueNegatives},
            {"precision", number(c.precision)}, {"recall", number(c.recall)}, {"f1", number(c.f1)}};
}

} // namespace

nlohmann::json backtestMetricsJson(const BacktestMetrics &m, const Model &model)
{
    nlohmann::json j;
    j["auc"] = number(m.auc.auc);
    j["auc_ci"] = m.aucCi.isDefined() && m.aucCi.resamples > 0
                      ? nlohmann::json::array({number(m.aucCi.low), number(m.aucCi.high)})
                      : nlohmann::json();
    j["pr_auc"] = number(m.pr.averagePrecision);
    j["base_rate"] = number(m.pr.baseRate);
    auto &tiers = j["tiers"] = nlohmann::json::array();
    const QStringList ids = tierIds(model);
    for (const Metrics::TierRow &r : m.tiers.rows) {
        tiers.push_back({{"id", text(ids.value(r.tier))}, {"n", r.accounts}, {"positives", r.churned}, {"rate", number(r.rate)},
                         {"arr", r.arr}, {"arr_churned", r.arrChurned}});
    }
    j["monotonic"] = m.tiers.monotone;
    const Metrics::RelativeRisk &rr = m.tiers.relativeRisk;
    j["relative_risk"] = number(rr.ratio);
    j["relative_risk_ci"] = rr.isDefined() ? nlohmann::json::array({number(rr.low), number(rr.high)}) : nlohmann::json();
    j["precision"] = number(m.worstTier.precision);
    j["recall"] = number(m.worstTier.recall);
    j["f1"] = number(m.worstTier.f1);
    j["worst_tier"] = confusionJson(m.worstTier);
    j["below_best_tier"] = confusionJson(m.belowBest);
    auto &deciles = j["deciles"] = nlohmann::json::array();
    for (const Metrics::DecileRow &d : m.deciles.rows) {
        deciles.push_back({{"decile", d.decile}, {"n", d.accounts}, {"positives", d.churned},
                           {"min_score", number(d.minScore)}, {"max_score", number(d.maxScore)},
                           {"rate", number(d.rate)}, {"lift", number(d.lift)},
                           {"cumulative_capture", number(d.cumulativeCapture)}});
    }
    return j;
}

nlohmann::json backtestResultJson(const BacktestResult &r, const Model &model)
{
    nlohmann::json j;
    j["horizon_days"] = r.horizonDays;
    j["outcomes"] = r.outcomes;
    j["n"] = r.n;
    j["accounts"] = r.accounts;
    j["label_on_snapshot"] = r.labelOnSnapshot;
    j["positives"] = r.positives;
    j["excluded"] = r.excluded();
    j["excluded_no_snapshot"] = r.excludedNoSnapshot;
    j["excluded_unscored"] = r.excludedUnscored;
    j["snapshots_used"] = r.snapshotsUsed.size();
    j.update(backtestMetricsJson(r.metrics, model));
    j["lead_time_days"] = number(r.leadTime.medianDays);
    j["lead_time"] = {{"churned", r.leadTime.churned}, {"flagged", r.leadTime.flagged},
                      {"median_days", number(r.leadTime.medianDays)},
                      {"buckets", {{"never", r.leadTime.buckets.at(0)}, {"le_30", r.leadTime.buckets.at(1)},
                                   {"le_60", r.leadTime.buckets.at(2)}, {"le_90", r.leadTime.buckets.at(3)},
                                   {"le_180", r.leadTime.buckets.at(4)}, {"gt_180", r.leadTime.buckets.at(5)}}}};
    auto &traj = j["trajectory"] = nlohmann::json::array();
    for (const TrajectoryPoint &p : r.trajectory) {
        traj.push_back({{"days_before", p.daysBefore}, {"mean_churned", number(p.meanChurned)},
                        {"mean_retained", number(p.meanRetained)}, {"n_churned", p.churned},
                        {"n_retained", p.retained}});
    }
    j["false_negatives"] = listJson(r.falseNegatives, model);
    j["false_positives"] = listJson(r.falsePositives, model);
    auto &signals = j["signals"] = nlohmann::json::array();
    for (const BacktestSignal &s : r.signals) {
        const SignalDiagnostics &d = s.diagnostics;
        signals.push_back({{"id", text(s.id)}, {"column", text(s.column)}, {"coverage", number(d.coverage)},
                           {"auc", number(d.auc)},
                           {"direction", d.direction == RiskDirection::HigherIsRiskier  ? "higher_is_riskier"
                                         : d.direction == RiskDirection::LowerIsRiskier ? "lower_is_riskier"
                                                                                        : "unknown"},
                           {"low_variance", d.lowVariance}, {"mean_churned", number(d.meanChurned)},
                           {"mean_retained", number(d.meanRetained)}});
    }
    return j;
}

namespace {

QString percent(double v)
{
    return std::isfinite(v) ? QStringLiteral("%1 %").arg(v * 100.0, 0, 'f', 1) : QStringLiteral("–");
}

QString fixed(double v, int decimals = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

} // namespace

void printBacktestText(QTextStream &s, const BacktestResult &r, const Model &model)
{
    const BacktestMetrics &m = r.metrics;
    if (r.n > 0 && r.labelOnSnapshot == r.n)
        s << QCoreApplication::translate("Cli", "Horizon:    label on the snapshot (each outcome is scored on the snapshot that carries it)") << '\n';
    else if (r.labelOnSnapshot > 0)
        s << QCoreApplication::translate("Cli", "Horizon:    %1 days (labels on a snapshot, %2 of the outcomes, are scored on that snapshot)").arg(r.horizonDays).arg(r.labelOnSnapshot) << '\n';
    else
        s << QCoreApplication::translate("Cli", "Horizon:    %1 days").arg(r.horizonDays) << '\n';
    s << QCoreApplication::translate("Cli", "Outcomes:   %1 evaluated, of %2 accounts (%3 churned), %4 excluded (%5 without an early enough snapshot, %6 unscored)")
             .arg(r.n).arg(r.accounts).arg(r.positives).arg(r.excluded()).arg(r.excludedNoSnapshot).arg(r.excludedUnscored)
      << '\n'
      << QCoreApplication::translate("Cli", "AUC:        %1 (95 % CI %2–%3)").arg(fixed(m.auc.auc), fixed(m.aucCi.low), fixed(m.aucCi.high)) << '\n'
      << QCoreApplication::translate("Cli", "PR-AUC:     %1 (base rate %2)").arg(fixed(m.pr.averagePrecision), percent(m.pr.baseRate)) << '\n';
    const QStringList ids = tierIds(model);
    s << QCoreApplication::translate("Cli", "Tiers (%1):").arg(m.tiers.monotone ? QCoreApplication::translate("Cli", "churn falls tier by tier") : QCoreApplication::translate("Cli", "NOT monotonic")) << '\n';
    for (const Metrics::TierRow &row : m.tiers.rows) {
        s << "  " << ids.value(row.tier).leftJustified(12) << ' '
          << QCoreApplication::translate("Cli", "outcomes %1, churned %2, %3").arg(row.accounts).arg(row.churned).arg(percent(row.rate)) << '\n';
    }
    s << QCoreApplication::translate("Cli", "Relative risk worst vs best: %1 (95 % CI %2–%3)")
             .arg(fixed(m.tiers.relativeRisk.ratio, 2), fixed(m.tiers.relativeRisk.low, 2),
                  fixed(m.tiers.relativeRisk.high, 2))
      << '\n'
      << QCoreApplication::translate("Cli", "Worst tier: precision %1, recall %2, F1 %3")
             .arg(percent(m.worstTier.precision), percent(m.worstTier.recall), fixed(m.worstTier.f1))
      << '\n'
      << QCoreApplication::translate("Cli", "Below best: precision %1, recall %2, F1 %3")
             .arg(percent(m.belowBest.precision), percent(m.belowBest.recall), fixed(m.belowBest.f1))
      << '\n';
    if (r.leadTime.churned == 0)
        s << QCoreApplication::translate("Cli", "Lead time:  – (no churn outcome has a snapshot before its churn date)") << Qt::endl;
    else
        s << QCoreApplication::translate("Cli", "Lead time:  median %1 days (%2 of %3 churn outcomes were in the worst tier before the churn)")
                 .arg(fixed(r.leadTime.medianDays, 1)).arg(r.leadTime.flagged).arg(r.leadTime.churned)
          << Qt::endl;
}

namespace {

int runBacktest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Back-tests a model against the workspace's outcomes."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), QCoreApplication::translate("Cli", "The workspace file (.tierlab)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption modelOpt(QStringLiteral("model"),
                                      QCoreApplication::translate("Cli", "The model file (.json) or the name of a saved version (default: the published model)."),
                                      QStringLiteral("M"));
    const QCommandLineOption horizonOpt(QStringLiteral("horizon-days"),
                                        QCoreApplication::translate("Cli", "Score each outcome on a snapshot at least this many days older (default 90)."),
                                        QStringLiteral("DAYS"), QStringLiteral("90"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOptions({workspaceOpt, modelOpt, horizonOpt, jsonOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.isSet(workspaceOpt))
        return failWith(QCoreApplication::translate("Cli", "backtest: --workspace FILE is required"), 2);
    bool ok = false;
    const int horizon = parser.value(horizonOpt).toInt(&ok);
    if (!ok || horizon < 0)
        return failWith(QCoreApplication::translate("Cli", "backtest: --horizon-days needs a whole number of days ≥ 0"), 2);

    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);
    auto resolved = resolveModel(**ws, parser.value(modelOpt), false);
    if (!resolved)
        return failWith(resolved.error().message);
    const Model *model = &resolved->model;
    BacktestOptions options;
    options.horizonDays = horizon;
    auto result = Backtest::run(**ws, *model, options);
    if (!result)
        return failWith(result.error().message);
    if (parser.isSet(jsonOpt))
        out() << QString::fromStdString(backtestResultJson(*result, *model).dump(2)) << Qt::endl;
    else
        printBacktestText(out(), *result, *model);
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("backtest",
                    QT_TRANSLATE_NOOP("Cli", "Back-test a model on outcomes (--workspace FILE [--model M] [--horizon-days 90] [--json])"),
                    runBacktest);

} // namespace tierlab::cli
