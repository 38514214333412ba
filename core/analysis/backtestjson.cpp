#include "backtestjson.h"

#include <QJsonArray>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace tierlab {

namespace {

using Json = nlohmann::json;

// JSON has no NaN: undefined figures are null.
Json number(double v)
{
    return std::isfinite(v) ? Json(v) : Json();
}

std::string text(const QString &s)
{
    return s.toStdString();
}

std::string dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
}

Json listJson(const std::vector<BacktestListEntry> &entries, const Model &model)
{
    const QStringList ids = backtestTierIds(model);
    Json a = Json::array();
    for (const BacktestListEntry &e : entries) {
        a.push_back({{"account", text(e.accountId)},
                     {"as_of", dateText(e.asOf)},
                     {"outcome_date", e.outcomeDate.isValid() ? Json(dateText(e.outcomeDate)) : Json()},
                     {"score", number(e.score)},
                     {"tier", text(ids.value(e.tier))},
                     {"top_reason", text(e.topReason)}});
    }
    return a;
}

Json confusionJson(const Metrics::Confusion &c)
{
    return {{"tp", c.truePositives}, {"fp", c.falsePositives}, {"fn", c.falseNegatives}, {"tn", c.trueNegatives},
            {"precision", number(c.precision)}, {"recall", number(c.recall)}, {"f1", number(c.f1)}};
}

// The members both the metrics and the export's summary carry: written in one place.
void putHeadlineMetrics(Json &j, const BacktestMetrics &m)
{
    j["auc"] = number(m.auc.auc);
    j["auc_ci"] = m.aucCi.isDefined() && m.aucCi.resamples > 0 ? Json::array({number(m.aucCi.low), number(m.aucCi.high)})
                                                              : Json();
    j["pr_auc"] = number(m.pr.averagePrecision);
    j["relative_risk"] = number(m.tiers.relativeRisk.ratio);
    j["precision"] = number(m.worstTier.precision);
    j["recall"] = number(m.worstTier.recall);
}

void putHeadlineCounts(Json &j, const BacktestResult &r)
{
    j["horizon_days"] = r.horizonDays;
    j["n"] = r.n;
    j["positives"] = r.positives;
}

// Member by member, so that integers stay integers (the model file's bytes depend on it).
QJsonValue toQJson(const Json &j)
{
    switch (j.type()) {
    case Json::value_t::null:
        return QJsonValue(QJsonValue::Null);
    case Json::value_t::boolean:
        return j.get<bool>();
    case Json::value_t::number_integer:
        return qint64(j.get<std::int64_t>());
    case Json::value_t::number_unsigned:
        return qint64(j.get<std::uint64_t>());
    case Json::value_t::number_float:
        return j.get<double>();
    case Json::value_t::string:
        return QString::fromStdString(j.get<std::string>());
    case Json::value_t::array: {
        QJsonArray a;
        for (const Json &e : j)
            a.append(toQJson(e));
        return a;
    }
    case Json::value_t::object: {
        QJsonObject o;
        for (const auto &[key, value] : j.items())
            o.insert(QString::fromStdString(key), toQJson(value));
        return o;
    }
    default:
        return QJsonValue(QJsonValue::Undefined);
    }
}

// How far ahead the worst tier flagged the churned accounts: median days and a histogram.
Json leadTimeJson(const LeadTimeResult &lead)
{
    return {{"churned", lead.churned}, {"flagged", lead.flagged}, {"median_days", number(lead.medianDays)},
            {"buckets", {{"never", lead.buckets.at(0)}, {"le_30", lead.buckets.at(1)}, {"le_60", lead.buckets.at(2)},
                         {"le_90", lead.buckets.at(3)}, {"le_180", lead.buckets.at(4)}, {"gt_180", lead.buckets.at(5)}}}};
}

} // namespace

namespace {

// Tier-indexed order of the back-test: by threshold, worst first.
std::vector<const Tier *> tiersByThreshold(const Model &model)
{
    std::vector<const Tier *> sorted;
    for (const Tier &t : model.tiers)
        sorted.push_back(&t);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Tier *a, const Tier *b) { return a->min < b->min; });
    return sorted;
}

} // namespace

QStringList backtestTierIds(const Model &model)
{
    QStringList ids;
    for (const Tier *t : tiersByThreshold(model))
        ids << t->id;
    return ids;
}

QStringList backtestTierNames(const Model &model)
{
    QStringList names;
    for (const Tier *t : tiersByThreshold(model))
        names << (t->label.isEmpty() ? t->id : t->label);
    return names;
}

Json backtestMetricsJson(const BacktestMetrics &m, const Model &model)
{
    Json j;
    putHeadlineMetrics(j, m);
    j["base_rate"] = number(m.pr.baseRate);
    auto &tiers = j["tiers"] = Json::array();
    const QStringList ids = backtestTierIds(model);
    for (const Metrics::TierRow &r : m.tiers.rows) {
        tiers.push_back({{"id", text(ids.value(r.tier))}, {"n", r.accounts}, {"positives", r.churned}, {"rate", number(r.rate)},
                         {"arr", r.arr}, {"arr_churned", r.arrChurned}});
    }
    j["monotonic"] = m.tiers.monotone;
    const Metrics::RelativeRisk &rr = m.tiers.relativeRisk;
    j["relative_risk_ci"] = rr.isDefined() ? Json::array({number(rr.low), number(rr.high)}) : Json();
    j["f1"] = number(m.worstTier.f1);
    j["worst_tier"] = confusionJson(m.worstTier);
    j["below_best_tier"] = confusionJson(m.belowBest);
    auto &deciles = j["deciles"] = Json::array();
    for (const Metrics::DecileRow &d : m.deciles.rows) {
        deciles.push_back({{"decile", d.decile}, {"n", d.accounts}, {"positives", d.churned},
                           {"min_score", number(d.minScore)}, {"max_score", number(d.maxScore)},
                           {"rate", number(d.rate)}, {"lift", number(d.lift)},
                           {"cumulative_capture", number(d.cumulativeCapture)}});
    }
    return j;
}

Json backtestResultJson(const BacktestResult &r, const Model &model)
{
    Json j;
    putHeadlineCounts(j, r);
    j["outcomes"] = r.outcomes;
    j["accounts"] = r.accounts;
    j["label_on_snapshot"] = r.labelOnSnapshot;
    j["excluded"] = r.excluded();
    j["excluded_no_snapshot"] = r.excludedNoSnapshot;
    j["excluded_unscored"] = r.excludedUnscored;
    j["snapshots_used"] = r.snapshotsUsed.size();
    j.update(backtestMetricsJson(r.metrics, model));
    j["lead_time_days"] = number(r.leadTime.medianDays);
    j["lead_time"] = leadTimeJson(r.leadTime);
    auto &traj = j["trajectory"] = Json::array();
    for (const TrajectoryPoint &p : r.trajectory) {
        traj.push_back({{"days_before", p.daysBefore}, {"mean_churned", number(p.meanChurned)},
                        {"mean_retained", number(p.meanRetained)}, {"n_churned", p.churned},
                        {"n_retained", p.retained}});
    }
    j["false_negatives"] = listJson(r.falseNegatives, model);
    j["false_positives"] = listJson(r.falsePositives, model);
    auto &signals = j["signals"] = Json::array();
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
    if (!r.segments.empty()) {
        auto &segments = j["segments"] = Json::array();
        for (const BacktestSegment &s : r.segments) {
            Json one = {{"id", s.id.isEmpty() ? Json() : Json(text(s.id))}, {"label", text(s.label)},
                        {"n", s.n}, {"positives", s.positives}};
            one.update(backtestMetricsJson(s.metrics, model));
            one["lead_time_days"] = number(s.leadTime.medianDays);
            one["lead_time"] = leadTimeJson(s.leadTime);
            segments.push_back(std::move(one));
        }
    }
    return j;
}

QJsonObject backtestSummaryJson(const BacktestResult &r)
{
    Json j;
    putHeadlineCounts(j, r);
    putHeadlineMetrics(j, r.metrics);
    return toQJson(j).toObject();
}

Json survivalJson(const Survival::Report &r, const Model &model)
{
    const QStringList ids = backtestTierIds(model);
    auto tierId = [&ids](int t) { return t >= 0 && t < ids.size() ? Json(text(ids[t])) : Json(); };
    Json tiers = Json::array();
    for (const Survival::Tier &t : r.tiers) {
        Json at = Json::object(), risk = Json::object(), curve = Json::array();
        for (int days : {30, 90, 180, 365})
            if (days <= r.maxDays)
                at[std::to_string(days)] = number(Survival::survivalAt(t.steps, days));
        for (int days : {0, 30, 60, 90, 180, 270, 365})
            if (days <= r.maxDays)
                risk[std::to_string(days)] = Survival::atRisk(t.subjects, days);
        for (const Survival::Step &step : t.steps)
            if (step.events > 0)
                curve.push_back({step.days, step.survival});
        Json hazard;   // null for the reference tier and where undefined
        if (std::isfinite(t.hazard.value))
            hazard = {{"value", t.hazard.value}, {"low", number(t.hazard.low)}, {"high", number(t.hazard.high)},
                      {"observed", t.hazard.observed}, {"expected", t.hazard.expected}};
        tiers.push_back({{"tier", tierId(t.tier)},
                         {"accounts", t.accounts},
                         {"churned", t.churned},
                         {"censored", t.censored},
                         {"survival_at", at},
                         {"at_risk", risk},
                         {"curve", curve},
                         {"hazard_ratio", hazard},
                         {"latest_accounts", t.latestAccounts},
                         {"latest_arr", t.latestArr},
                         {"expected_churned_arr", number(t.expectedChurnedArr)}});
    }
    return {{"start_week", r.start.isValid() ? Json(dateText(r.start)) : Json()},
            {"latest_week", r.latest.isValid() ? Json(dateText(r.latest)) : Json()},
            {"data_end", r.dataEnd.isValid() ? Json(dateText(r.dataEnd)) : Json()},
            {"max_days", r.maxDays},
            {"horizon_days", r.horizonDays},
            {"reference_tier", tierId(r.referenceTier)},
            {"reason", r.reason.isEmpty() ? Json() : Json(text(r.reason))},
            {"tiers", tiers}};
}

} // namespace tierlab
