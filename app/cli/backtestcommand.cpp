// tierlab backtest --workspace FILE --model MODEL.json [--horizon-days 90] [--json]
#include "backtestcli.h"
#include "clicommand.h"
#include "modelargument.h"

#include "analysis/backtest.h"
#include "analysis/manualoverrides.h"
#include "analysis/historycache.h"
#include "analysis/snapshothistory.h"
#include "analysis/survival.h"
#include "analysis/tierpaths.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

namespace tierlab::cli {

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
    const QStringList names = backtestTierNames(model);
    s << QCoreApplication::translate("Cli", "Tiers (%1):").arg(m.tiers.monotone ? QCoreApplication::translate("Cli", "churn falls tier by tier") : QCoreApplication::translate("Cli", "NOT monotonic")) << '\n';
    for (const Metrics::TierRow &row : m.tiers.rows) {
        s << "  " << names.value(row.tier).leftJustified(12) << ' '
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
    if (!r.segments.empty()) {
        s << QCoreApplication::translate("Cli", "Segments:") << '\n';
        for (const BacktestSegment &seg : r.segments) {
            const QString name = seg.id.isEmpty() ? QCoreApplication::translate("Cli", "(base model)")
                                                  : seg.label.isEmpty() ? seg.id : seg.label;
            s << "  " << name.leftJustified(14) << ' '
              << QCoreApplication::translate("Cli", "outcomes %1, churned %2, AUC %3, worst tier recall %4")
                     .arg(seg.n)
                     .arg(seg.positives)
                     .arg(fixed(seg.metrics.auc.auc), percent(seg.metrics.worstTier.recall))
              << '\n';
        }
        s.flush();
    }
}

namespace {

nlohmann::json orNull(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

nlohmann::json tierPathsJson(const TierPaths &paths, const SnapshotHistory &history, const BacktestResult &r,
                             const Model &model)
{
    nlohmann::json j;
    if (model.hysteresis) {
        const TierPaths::Effect e = paths.effect(history, r);
        j["hysteresis"] = {{"points", model.hysteresis->points}, {"weeks", model.hysteresis->weeks},
                           {"flip_rate", {{"without", orNull(paths.meanFlipRate(false))}, {"with", orNull(paths.meanFlipRate(true))}}},
                           {"worst_tier_recall", {{"without", orNull(e.recallWithout)}, {"with", orNull(e.recallWith)}}},
                           {"lead_time_days", {{"without", orNull(e.leadDaysWithout)}, {"with", orNull(e.leadDaysWith)}}},
                           {"flagged", {{"without", e.flaggedWithout}, {"with", e.flaggedWith}}},
                           {"churned", e.churned}};
    }
    if (model.trend && paths.weekCount() > 0) {
        const std::int64_t declining = paths.decliningCount(paths.weekCount() - 1);
        const TierPaths::TrendEffect e = paths.trendEffect(history, r, model.tierIndex(model.trend->tier));
        j["trend"] = {{"id", model.trend->id.toStdString()},
                      {"tier", model.trend->tier.toStdString()},
                      {"declining_latest", declining},
                      {"outcomes_in_tier", e.inTier},
                      {"declining", {{"outcomes", e.declining}, {"churned", e.churnedDeclining}, {"churn_rate", orNull(e.churnRateDeclining())}}},
                      {"stable", {{"outcomes", e.stable()}, {"churned", e.churnedStable}, {"churn_rate", orNull(e.churnRateStable())}}}};
    }
    return j;
}

void printTierPaths(QTextStream &s, const TierPaths &paths, const SnapshotHistory &history, const BacktestResult &r,
                    const Model &model)
{
    if (model.hysteresis) {
        const TierPaths::Effect e = paths.effect(history, r);
        s << QCoreApplication::translate("Cli", "Hysteresis (%1 points, %2 weeks): weekly flip rate %3 → %4, worst tier recall %5 → %6, "
                                                "lead time %7 → %8 days (%9 → %10 of %11 churn outcomes flagged)")
                 .arg(model.hysteresis->points)
                 .arg(model.hysteresis->weeks)
                 .arg(percent(paths.meanFlipRate(false)), percent(paths.meanFlipRate(true)), percent(e.recallWithout),
                      percent(e.recallWith), fixed(e.leadDaysWithout, 1), fixed(e.leadDaysWith, 1))
                 .arg(e.flaggedWithout)
                 .arg(e.flaggedWith)
                 .arg(e.churned)
          << '\n';
    }
    if (model.trend && paths.weekCount() > 0) {
        const std::int64_t declining = paths.decliningCount(paths.weekCount() - 1);
        const int split = model.tierIndex(model.trend->tier);
        const TierPaths::TrendEffect e = paths.trendEffect(history, r, split);
        const QString tierName = split >= 0 && !model.tiers[std::size_t(split)].label.isEmpty()
                                     ? model.tiers[std::size_t(split)].label
                                     : model.trend->tier;
        s << QCoreApplication::translate("Cli", "Trend tier %1: %2 accounts in the latest week; of the %3 evaluated outcomes in "
                                                "tier %4, %5 declining (churn rate %6) and %7 not (churn rate %8)")
                 .arg(model.trend->label.isEmpty() ? model.trend->id : model.trend->label)
                 .arg(declining)
                 .arg(e.inTier)
                 .arg(tierName)
                 .arg(e.declining)
                 .arg(percent(e.churnRateDeclining()))
                 .arg(e.stable())
                 .arg(percent(e.churnRateStable()))
          << '\n';
    }
    s.flush();
}

void printSurvival(QTextStream &s, const Survival::Report &r, const Model &model)
{
    if (!r.reason.isEmpty()) {
        s << QCoreApplication::translate("Cli", "Survival by tier: %1").arg(r.reason) << '\n';
        s.flush();
        return;
    }
    const QStringList names = backtestTierNames(model);
    s << QCoreApplication::translate("Cli", "Survival by tier from %1 (followed up to %2 days; hazard ratios against %3):")
             .arg(r.start.toString(Qt::ISODate))
             .arg(r.maxDays)
             .arg(r.referenceTier >= 0 ? names.value(r.referenceTier) : QString())
      << '\n';
    for (const Survival::Tier &t : r.tiers) {
        const Survival::HazardRatio &hr = t.hazard;
        const QString hazard = t.tier == r.referenceTier ? QCoreApplication::translate("Cli", "reference")
                               : std::isfinite(hr.value) ? QCoreApplication::translate("Cli", "HR %1 [%2–%3]")
                                                               .arg(fixed(hr.value, 2), fixed(hr.low, 2), fixed(hr.high, 2))
                                                         : hr.reason;
        s << QCoreApplication::translate("Cli", "  %1: %2 accounts, %3 churned; retained %4 at 90 days, %5 at 365; %6; "
                                                "expected churned ARR in 90 days %7")
                 .arg(names.value(t.tier))
                 .arg(t.accounts)
                 .arg(t.churned)
                 .arg(percent(Survival::survivalAt(t.steps, 90)), percent(Survival::survivalAt(t.steps, 365)), hazard,
                      fixed(t.expectedChurnedArr, 0))
          << '\n';
    }
    s.flush();
}

int runBacktest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Back-tests a model against the workspace's outcomes."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption modelOpt(QStringLiteral("model"),
                                      QCoreApplication::translate("Cli", "The model file (.json) or the name of a saved version (default: the published model)."),
                                      QStringLiteral("M"));
    const QCommandLineOption horizonOpt(QStringLiteral("horizon-days"),
                                        QCoreApplication::translate("Cli", "Score each outcome on a snapshot at least this many days older (default 90)."),
                                        QStringLiteral("DAYS"), QStringLiteral("90"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    const QCommandLineOption overridesOpt(QStringLiteral("include-overrides"),
                                          QCoreApplication::translate("Cli", "Apply the CSM manual overrides to the tiers, as of each snapshot "
                                                                             "(excluded by default)."));
    const QCommandLineOption survivalOpt(QStringLiteral("survival-start"),
                                         QCoreApplication::translate("Cli", "Start the survival by tier at the snapshot on or before this date "
                                                                            "(default: a year before the data's end)."),
                                         QStringLiteral("DATE"));
    parser.addOptions({workspaceOpt, modelOpt, horizonOpt, jsonOpt, overridesOpt, survivalOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.isSet(workspaceOpt))
        return workspaceRequired(QStringLiteral("backtest"));
    bool ok = false;
    const int horizon = parser.value(horizonOpt).toInt(&ok);
    if (!ok || horizon < 0)
        return failWith(QCoreApplication::translate("Cli", "backtest: --horizon-days needs a whole number of days ≥ 0"), 2);

    Survival::Options survivalOptions;
    if (parser.isSet(survivalOpt)) {
        survivalOptions.start = QDate::fromString(parser.value(survivalOpt), Qt::ISODate);
        if (!survivalOptions.start.isValid())
            return failWith(QCoreApplication::translate("Cli", "backtest: --survival-start needs a date YYYY-MM-DD, not \"%1\"")
                                .arg(parser.value(survivalOpt)),
                            2);
    }

    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);
    auto resolved = resolveModel(**ws, parser.value(modelOpt), false);
    if (!resolved)
        return failWith(resolved.error().message);
    const Model *model = &resolved->model;
    BacktestOptions options;
    options.horizonDays = horizon;
    // The history decoded on every core first, then the back-test in memory: a few times faster than
    // streaming one snapshot at a time, for the compact history's memory (docs/performance.md).
    // Read from the history cache when an earlier run or session left one for this data.
    HistoryLoadOptions load;
    load.cacheDirectory = HistoryCache::defaultDirectory();
    auto history = SnapshotHistory::load(**ws, load);
    if (!history)
        return failWith(history.error().message);
    // Manual overrides are the CSMs' judgement, not the model's: excluded unless asked for.
    std::optional<ManualOverrides> overrides;
    if (parser.isSet(overridesOpt)) {
        auto records = (*ws)->manualOverrides();
        if (!records)
            return failWith(records.error().message);
        overrides.emplace(std::move(*records));
        overrides->setTiers(model->tiers);
        options.manualOverrides = &*overrides;
    }
    auto result = Backtest::run(**history, *model, options);
    if (!result)
        return failWith(result.error().message);
    // Hysteresis and the trend tier are defined over each account's weeks: every week is scored.
    std::optional<TierPaths> paths;
    if (model->hysteresis || model->trend) {
        auto computed = TierPaths::compute(**history, *model);
        if (!computed)
            return failWith(computed.error().message);
        paths = std::move(*computed);
    }
    auto survival = Survival::compute(**history, *model, survivalOptions);
    if (!survival)
        return failWith(survival.error().message);
    if (parser.isSet(jsonOpt)) {
        nlohmann::json j = backtestResultJson(*result, *model);
        j["survival"] = survivalJson(*survival, *model);
        if (paths)
            j.update(tierPathsJson(*paths, **history, *result, *model));
        j["manual_overrides"] = overrides ? "included" : "excluded";
        if (overrides)
            j["manual_overrides_applied"] = result->overriddenTiers;
        out() << QString::fromStdString(j.dump(2)) << Qt::endl;
    } else {
        printBacktestText(out(), *result, *model);
        if (paths)
            printTierPaths(out(), *paths, **history, *result, *model);
        printSurvival(out(), *survival, *model);
        if (overrides)
            out() << QCoreApplication::translate("Cli", "Manual overrides: included, as of each snapshot (%1 evaluated outcomes' tiers changed)")
                         .arg(result->overriddenTiers)
                  << Qt::endl;
        else
            out() << QCoreApplication::translate("Cli", "Manual overrides: excluded (--include-overrides applies them)") << Qt::endl;
    }
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("backtest",
                    QT_TRANSLATE_NOOP("Cli", "Back-test a model on outcomes (--workspace FILE [--model M] [--horizon-days 90] [--include-overrides] [--survival-start DATE] [--json])"),
                    runBacktest);

} // namespace tierlab::cli
