#include "review.h"

#include "analysis/historyscorer.h"
#include "analysis/manualoverrides.h"
#include "analysis/metrics.h"
#include "engine/scoringengine.h"
#include "store/workspace.h"

#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace tierlab {

namespace {

using Json = nlohmann::ordered_json;

bool isNaN(double v)
{
    return std::isnan(v);
}

double arrOf(const Dataset &d, std::size_t row)
{
    return isNaN(d.arr[row]) ? 0.0 : d.arr[row];
}

QString textOf(const std::vector<QString> &names, std::int32_t code)
{
    return code >= 0 && std::size_t(code) < names.size() ? names[std::size_t(code)] : QString();
}

// One week as the review sees it: a scored snapshot, optionally with scores from another model.
struct Week
{
    std::shared_ptr<const ScoredSnapshot> snap;
    const std::vector<double> *scores = nullptr;
    const std::vector<std::int8_t> *tiers = nullptr;
    std::shared_ptr<const ScoringEngine> engine;

    explicit operator bool() const { return bool(snap); }
    const Dataset &data() const { return *snap->data; }
};

// Of the accounts in the filter this week that were scored in both weeks, the share whose tier changed.
double flipRate(const ScoredSnapshot &before, const ScoredSnapshot &now, const ReviewFilter &filter)
{
    std::int64_t both = 0, flipped = 0;
    for (std::size_t row = 0; row < now.size(); ++row) {
        if (now.tiers[row] < 0 || !filter.matches(*now.data, row))
            continue;
        const int prow = before.rowOf(now.data->accountIds[row]);
        if (prow < 0 || before.tiers[std::size_t(prow)] < 0)
            continue;
        ++both;
        flipped += before.tiers[std::size_t(prow)] != now.tiers[row] ? 1 : 0;
    }
    return both > 0 ? double(flipped) / double(both) : kMissing;
}

// The values of one column (or the scores, when column < 0) of the rows in the filter; NaN stays.
std::vector<double> filteredValues(const ScoredSnapshot &snap, int column, const ReviewFilter &filter)
{
    std::vector<double> out;
    for (std::size_t row = 0; row < snap.size(); ++row) {
        if (filter.matches(*snap.data, row))
            out.push_back(column < 0 ? snap.scores[row] : snap.data->columns[std::size_t(column)].numbers[row]);
    }
    return out;
}

Week weekOf(std::shared_ptr<const ScoredSnapshot> s)
{
    Week w;
    w.snap = std::move(s);
    if (w.snap) {
        w.scores = &w.snap->scores;
        w.tiers = &w.snap->tiers;
        w.engine = w.snap->engine;
    }
    return w;
}

Json number(double v)
{
    return isNaN(v) ? Json() : Json(v);
}

Json text(const QString &s)
{
    return s.toStdString();
}

Json names(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list)
        out.push_back(text(s));
    return out;
}

Json date(const QDate &d)
{
    return d.isValid() ? Json(d.toString(Qt::ISODate).toStdString()) : Json();
}

// The manual overrides of the week's accounts in the filter: the one in force per account (active) and
// those that expired by the week; the active ones' ages at the week.
ReviewManualOverrides manualOverridesOf(const std::vector<ManualOverrideRecord> &records, const Model &model,
                                        const ScoredSnapshot &week, const ReviewFilter &filter)
{
    ReviewManualOverrides out;
    if (records.empty())
        return out;
    ManualOverrides overrides(records);
    overrides.setTiers(model.tiers);
    std::vector<double> ages;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const ManualOverrideRecord &o = records[i];
        const int row = week.rowOf(o.accountId);
        if (row < 0 || !filter.matches(*week.data, std::size_t(row)))
            continue;
        ReviewOverride entry{o, false, false, int(o.created.date().daysTo(week.asOf))};
        if (overrides.find(o.accountId, week.asOf) == int(i)) {
            entry.applied = overrides.tierOf(int(i)) >= 0;
            ages.push_back(entry.ageDays);
            ++out.active;
        } else if (o.expires.isValid() && o.expires <= week.asOf && (!o.cleared.isValid() || o.cleared.date() >= o.expires)) {
            // Cleared after its expiry it had stopped applying by expiring: still listed as expired.
            entry.expired = true;
            ++out.expired;
        } else {
            continue;
        }
        out.overrides.push_back(std::move(entry));
    }
    std::sort(out.overrides.begin(), out.overrides.end(), [](const ReviewOverride &a, const ReviewOverride &b) {
        if (a.expired != b.expired)
            return !a.expired;
        if (a.record.accountId != b.record.accountId)
            return a.record.accountId < b.record.accountId;
        return a.record.id < b.record.id;
    });
    if (!ages.empty()) {
        std::sort(ages.begin(), ages.end());
        out.medianAgeDays = Metrics::quantileSorted(ages, 0.5);
        out.oldestAgeDays = int(ages.back());
    }
    return out;
}

} // namespace

// ---- ReviewFilter ----

bool ReviewFilter::isEmpty() const
{
    return csm.isEmpty() && segment.isEmpty() && isNaN(arrMin) && isNaN(arrMax);
}

bool ReviewFilter::matches(const Dataset &d, std::size_t row) const
{
    if (!csm.isEmpty() && textOf(d.csmNames, d.csm[row]) != csm)
        return false;
    if (!segment.isEmpty() && textOf(d.segmentNames, d.segment[row]) != segment)
        return false;
    const double a = d.arr[row];
    if (!isNaN(arrMin) && (isNaN(a) || a < arrMin))
        return false;
    if (!isNaN(arrMax) && (isNaN(a) || a >= arrMax))
        return false;
    return true;
}

QString ReviewFilter::describe() const
{
    if (isEmpty())
        return Review::tr("all accounts");
    QStringList parts;
    if (!csm.isEmpty())
        parts << Review::tr("CSM %1").arg(csm);
    if (!segment.isEmpty())
        parts << Review::tr("segment %1").arg(segment);
    if (!isNaN(arrMin) && !isNaN(arrMax))
        parts << Review::tr("ARR %L1 to under %L2").arg(arrMin, 0, 'f', 0).arg(arrMax, 0, 'f', 0);
    else if (!isNaN(arrMin))
        parts << Review::tr("ARR at least %L1").arg(arrMin, 0, 'f', 0);
    else if (!isNaN(arrMax))
        parts << Review::tr("ARR under %L1").arg(arrMax, 0, 'f', 0);
    return parts.join(QStringLiteral(", "));
}

// ---- names ----

QString moverKindName(MoverKind kind)
{
    switch (kind) {
    case MoverKind::DroppedTier: return QStringLiteral("dropped_tier");
    case MoverKind::FellPoints: return QStringLiteral("fell_points");
    case MoverKind::WorstTier: return QStringLiteral("worst_14_days");
    case MoverKind::Recovered: return QStringLiteral("recovered");
    }
    return {};
}

QString moverKindLabel(MoverKind kind)
{
    switch (kind) {
    case MoverKind::DroppedTier: return Review::tr("Dropped a tier");
    case MoverKind::FellPoints: return Review::tr("Score fell");
    case MoverKind::WorstTier: return Review::tr("In the worst tier for 14 days");
    case MoverKind::Recovered: return Review::tr("Recovered");
    }
    return {};
}

MoverKind ReviewMover::kind() const
{
    for (MoverKind k : kMoverKinds) {
        if (is(k))
            return k;
    }
    return MoverKind::DroppedTier;   // no kind at all: not a mover the review makes
}

QStringList moverKindNames(const ReviewMover &mover)
{
    QStringList names;
    for (MoverKind k : kMoverKinds) {
        if (mover.is(k))
            names << moverKindName(k);
    }
    return names;
}

QString moverKindsLabel(const ReviewMover &mover, const QString &separator)
{
    QStringList parts;
    for (MoverKind k : kMoverKinds) {
        if (mover.is(k))
            parts << moverKindLabel(k);
    }
    return parts.join(separator);
}

QString tierLabel(const std::vector<Tier> &tiers, int tier)
{
    if (tier < 0 || std::size_t(tier) >= tiers.size())
        return Review::tr("unscored");
    const Tier &t = tiers[std::size_t(tier)];
    return t.label.isEmpty() ? t.id : t.label;
}

QString signedPoints(double points, const QLocale &locale)
{
    if (!std::isfinite(points))
        return QStringLiteral("–");
    const QString magnitude = locale.toString(std::abs(points), 'f', 1);
    if (magnitude == locale.toString(0.0, 'f', 1))
        return magnitude;
    return (points < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

QString driversText(const std::vector<ReviewDriver> &drivers, const QLocale &locale, const QString &separator,
                    std::size_t max)
{
    QStringList parts;
    for (std::size_t i = 0; i < drivers.size() && i < max; ++i) {
        const ReviewDriver &d = drivers[i];
        parts << QStringLiteral("%1 %2").arg(d.label.isEmpty() ? d.id : d.label, signedPoints(d.points, locale));
    }
    return parts.join(separator);
}

QString driverKindName(ReviewDriver::Kind kind)
{
    switch (kind) {
    case ReviewDriver::Kind::Signal: return QStringLiteral("signal");
    case ReviewDriver::Kind::Penalty: return QStringLiteral("penalty");
    case ReviewDriver::Kind::Override: return QStringLiteral("override");
    case ReviewDriver::Kind::Configuration: return QStringLiteral("configuration");
    }
    return {};
}

const ReviewTransition *ReviewResult::transition(int from, int to) const
{
    for (const ReviewTransition &t : transitions) {
        if (t.from == from && t.to == to)
            return &t;
    }
    return nullptr;
}

// ---- drivers ----

namespace {

// Points of the base score each signal carries: category weight share × signal weight share ×
// signal score. Mean: the signal's share of its category's counted weight; min: the signal that
// set the category score carries all of it.
std::vector<double> signalContributions(const Model &model, const Explanation &e)
{
    std::vector<double> out(e.signals.size(), 0.0);
    if (!e.scored)
        return out;
    for (std::size_t c = 0; c < e.categories.size() && c < model.categories.size(); ++c) {
        const CategoryExplanation &ce = e.categories[c];
        if (isNaN(ce.score) || ce.weightShare <= 0)
            continue;
        double counted = 0;
        for (const SignalExplanation &se : e.signals) {
            if (se.counted && se.category == ce.id)
                counted += se.weight;
        }
        if (counted <= 0)
            continue;
        bool minTaken = false;
        for (std::size_t s = 0; s < e.signals.size(); ++s) {
            const SignalExplanation &se = e.signals[s];
            if (!se.counted || se.category != ce.id)
                continue;
            if (model.categories[c].aggregate == Aggregate::Min) {
                if (!minTaken && se.score == ce.score) {
                    out[s] = ce.weightShare * se.score;
                    minTaken = true;
                }
            } else {
                out[s] = ce.weightShare * (se.weight / counted) * se.score;
            }
        }
    }
    return out;
}

double overrideEffect(const Explanation &e)
{
    if (!e.scored || isNaN(e.score) || isNaN(e.afterPenalties))
        return 0;
    return e.score - e.afterPenalties;
}

} // namespace

std::vector<ReviewDriver> Review::drivers(const Model &model, const Explanation &before, const Explanation &now)
{
    std::vector<ReviewDriver> out;
    const std::vector<double> a = signalContributions(model, before);
    const std::vector<double> b = signalContributions(model, now);
    for (std::size_t s = 0; s < b.size() && s < a.size(); ++s) {
        const double delta = b[s] - a[s];
        if (std::abs(delta) < 1e-9)
            continue;
        const SignalExplanation &se = now.signals[s];
        out.push_back({ReviewDriver::Kind::Signal, se.id, se.label.isEmpty() ? se.id : se.label, delta});
    }
    auto hit = [](const std::vector<PenaltyHit> &hits, const QString &id) {
        return std::any_of(hits.begin(), hits.end(), [&](const PenaltyHit &h) { return h.id == id; });
    };
    for (const PenaltyHit &p : now.penalties) {
        if (!hit(before.penalties, p.id))
            out.push_back({ReviewDriver::Kind::Penalty, p.id, p.label.isEmpty() ? p.id : p.label, -p.points});
    }
    for (const PenaltyHit &p : before.penalties) {
        if (!hit(now.penalties, p.id))
            out.push_back({ReviewDriver::Kind::Penalty, p.id, p.label.isEmpty() ? p.id : p.label, p.points});
    }
    const double overrideDelta = overrideEffect(now) - overrideEffect(before);
    if (std::abs(overrideDelta) >= 1e-9) {
        // Named after the override that caps now (or that capped before, when it was lifted).
        const std::vector<OverrideHit> &hits = overrideDelta < 0 ? now.overrides : before.overrides;
        ReviewDriver d{ReviewDriver::Kind::Override, QStringLiteral("override"), tr("critical override"), overrideDelta};
        for (const OverrideHit &h : hits) {
            if (h.lowered) {
                d.id = h.id;
                d.label = h.reason.isEmpty() ? h.id : h.reason;
                break;
            }
        }
        out.push_back(d);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ReviewDriver &x, const ReviewDriver &y) { return std::abs(x.points) > std::abs(y.points); });
    return out;
}

// ---- the review ----

Result<std::size_t> Review::psiBaselineIndex(const std::vector<QDate> &dates, std::size_t index, const ReviewOptions &o)
{
    if (index >= dates.size())
        return dates.size();
    const QDate week = dates[index];
    if (o.psiBaseline.isValid()) {
        const auto it = std::find(dates.begin(), dates.end(), o.psiBaseline);
        if (it == dates.end() || *it >= week)
            return fail(tr("the PSI baseline %1 is not an as_of before %2").arg(o.psiBaseline.toString(Qt::ISODate),
                                                                               week.toString(Qt::ISODate)),
                        Error::Code::Invalid);
        return std::size_t(it - dates.begin());
    }
    const QDate limit = week.addDays(-7 * qint64(o.psiBaselineWeeks));
    for (std::size_t i = index + 1; i-- > 0;) {
        if (dates[i] <= limit)
            return i;
    }
    return dates.size();
}

Result<ReviewResult> Review::compute(HistoryScorer &history, const ReviewOptions &o)
{
    if (!history.hasModel())
        return fail(tr("no model to review with"), Error::Code::Invalid);
    if (!(o.fellPoints >= 0) || o.worstDays < 0 || o.worstMinSnapshots < 1 || o.renewalDays < 0 || o.trendWeeks < 1
        || o.expansionDays < 0 || !(o.expansionRise >= 0) || o.maxDrivers < 0)
        return fail(tr("review options out of range"), Error::Code::Invalid);
    const Model &model = history.model();
    const int tierCount = int(model.tiers.size());
    const int best = tierCount - 1;

    auto datesOr = history.dates();
    if (!datesOr)
        return std::unexpected(datesOr.error());
    const std::vector<QDate> &dates = *datesOr;
    if (dates.empty())
        return fail(tr("the workspace has no snapshots"), Error::Code::NotFound);
    std::size_t index = dates.size() - 1;
    if (o.week.isValid()) {
        const auto it = std::find(dates.begin(), dates.end(), o.week);
        if (it == dates.end())
            return fail(tr("the workspace has no snapshot as of %1 (it has %2 to %3)")
                            .arg(o.week.toString(Qt::ISODate), dates.front().toString(Qt::ISODate),
                                 dates.back().toString(Qt::ISODate)),
                        Error::Code::NotFound);
        index = std::size_t(it - dates.begin());
    }

    auto curOr = history.score(dates[index]);
    if (!curOr)
        return std::unexpected(curOr.error());
    const Week cur = weekOf(*curOr);
    Week prev;
    // Kept alive for the previous week when it is scored with another model.
    std::shared_ptr<ScoringEngine> prevEngine;
    std::vector<double> prevScores;
    std::vector<std::int8_t> prevTiers;
    if (index > 0) {
        auto p = history.score(dates[index - 1]);
        if (!p)
            return std::unexpected(p.error());
        prev = weekOf(*p);
        if (o.previousModel) {
            if (o.previousModel->tiers.size() != model.tiers.size())
                return fail(tr("the previous model has %1 tiers and the current one %2: weeks cannot be compared")
                                .arg(o.previousModel->tiers.size())
                                .arg(model.tiers.size()),
                            Error::Code::Invalid);
            prevEngine = std::make_shared<ScoringEngine>();
            if (auto r = prevEngine->setModel(*o.previousModel); !r)
                return std::unexpected(r.error());
            if (auto r = prevEngine->setDataset(prev.snap->data); !r)
                return std::unexpected(r.error());
            prevScores = prevEngine->scores();
            prevTiers = prevEngine->tiers();
            prev.scores = &prevScores;
            prev.tiers = &prevTiers;
            prev.engine = prevEngine;
        }
    }

    ReviewResult r;
    r.week = dates[index];
    r.previousWeek = prev ? prev.snap->asOf : QDate();
    r.modelName = model.name;
    r.filterText = o.filter.describe();
    r.filterCsm = o.filter.csm;
    for (const Tier &t : model.tiers)
        r.tiers.push_back({t.id, t.label.isEmpty() ? t.id : t.label, t.color, 0, 0, 0, 0});
    for (int f = 0; f < tierCount; ++f) {
        for (int t = 0; t < tierCount; ++t)
            r.transitions.push_back({f, t, 0, 0});
    }

    const Dataset &cd = cur.data();
    {
        QSet<QString> csms, segments;
        for (std::size_t row = 0; row < cd.size(); ++row) {
            if (const QString c = textOf(cd.csmNames, cd.csm[row]); !c.isEmpty())
                csms.insert(c);
            if (const QString s = textOf(cd.segmentNames, cd.segment[row]); !s.isEmpty())
                segments.insert(s);
        }
        r.csms = QStringList(csms.begin(), csms.end());
        r.segments = QStringList(segments.begin(), segments.end());
        r.csms.sort();
        r.segments.sort();
    }

    // Tier distribution, this week; accounts new since last week.
    for (std::size_t row = 0; row < cd.size(); ++row) {
        if (!o.filter.matches(cd, row))
            continue;
        ++r.accounts;
        r.totalArr += arrOf(cd, row);
        if (prev && prev.snap->rowOf(cd.accountIds[row]) < 0) {
            ++r.newAccounts;
            r.newArr += arrOf(cd, row);
        }
        const int t = (*cur.tiers)[row];
        if (t < 0) {
            ++r.unscored;
            r.unscoredArr += arrOf(cd, row);
            continue;
        }
        ++r.tiers[std::size_t(t)].accounts;
        r.tiers[std::size_t(t)].arr += arrOf(cd, row);
    }

    // Last week: its distribution, accounts gone since, transitions and week-over-week movers.
    if (prev) {
        const Dataset &pd = prev.data();
        for (std::size_t row = 0; row < pd.size(); ++row) {
            if (!o.filter.matches(pd, row))
                continue;
            ++r.previousAccounts;
            r.previousTotalArr += arrOf(pd, row);
            if (cur.snap->rowOf(pd.accountIds[row]) < 0) {
                ++r.goneAccounts;
                r.goneArr += arrOf(pd, row);
            }
            const int t = (*prev.tiers)[row];
            if (t < 0) {
                ++r.previousUnscored;
                continue;
            }
            ++r.tiers[std::size_t(t)].previousAccounts;
            r.tiers[std::size_t(t)].previousArr += arrOf(pd, row);
        }
    }

    // The trend tier: counted within its tier, this week and last (only a decoded history has the flags).
    if (model.trend && !cur.snap->declining.empty()) {
        ReviewTrendSplit split;
        split.tier = model.tierIndex(model.trend->tier);
        split.id = model.trend->id;
        split.label = model.trend->label.isEmpty() ? model.trend->id : model.trend->label;
        split.color = model.trend->color;
        // Still in the split tier as shown: a manual override that moved the account takes it out.
        auto count = [&o, &split](const Week &w, std::int64_t &accounts, double &arr) {
            const Dataset &d = w.data();
            for (std::size_t row = 0; row < d.size(); ++row) {
                if (w.snap->declining[row] && (*w.tiers)[row] == split.tier && o.filter.matches(d, row)) {
                    ++accounts;
                    arr += arrOf(d, row);
                }
            }
        };
        count(cur, split.accounts, split.arr);
        if (prev && !prev.snap->declining.empty())
            count(prev, split.previousAccounts, split.previousArr);
        r.trendSplit = std::move(split);
    }

    // The worst-tier window: every snapshot with as_of in [week − worstDays, week].
    std::vector<Week> window;
    {
        const QDate from = r.week.addDays(-o.worstDays);
        for (std::size_t i = 0; i <= index; ++i) {
            if (dates[i] < from)
                continue;
            auto s = history.score(dates[i]);
            if (!s)
                return std::unexpected(s.error());
            window.push_back(weekOf(*s));
        }
    }
    // The expansion reference: the latest as_of on or before week − expansionDays.
    Week then;
    {
        const QDate limit = r.week.addDays(-o.expansionDays);
        for (std::size_t i = index + 1; i-- > 0;) {
            if (dates[i] <= limit && dates[i] < r.week) {
                auto s = history.score(dates[i]);
                if (!s)
                    return std::unexpected(s.error());
                then = weekOf(*s);
                break;
            }
        }
    }

    const std::int64_t weekDay = r.week.toJulianDay();
    for (std::size_t row = 0; row < cd.size(); ++row) {
        if (!o.filter.matches(cd, row))
            continue;
        const QString &id = cd.accountIds[row];
        const double scoreNow = (*cur.scores)[row];
        const int tierNow = (*cur.tiers)[row];
        const int prow = prev ? prev.snap->rowOf(id) : -1;
        const double scoreBefore = prow >= 0 ? (*prev.scores)[std::size_t(prow)] : kMissing;
        const int tierBefore = prow >= 0 ? (*prev.tiers)[std::size_t(prow)] : -1;
        const double arr = cd.arr[row];

        if (tierNow >= 0 && tierBefore >= 0) {
            ReviewTransition &cell = r.transitions[std::size_t(tierBefore * tierCount + tierNow)];
            ++cell.accounts;
            cell.arr += arrOf(cd, row);
        }

        std::vector<MoverKind> kinds;
        if (tierNow >= 0 && tierBefore >= 0 && tierNow < tierBefore)
            kinds.push_back(MoverKind::DroppedTier);
        if (!isNaN(scoreNow) && !isNaN(scoreBefore) && scoreBefore - scoreNow >= o.fellPoints)
            kinds.push_back(MoverKind::FellPoints);
        if (tierNow == 0 && int(window.size()) >= o.worstMinSnapshots) {
            bool always = true;
            for (const Week &w : window) {
                const int wr = w.snap->rowOf(id);
                if (wr < 0 || (*w.tiers)[std::size_t(wr)] != 0) {
                    always = false;
                    break;
                }
            }
            if (always)
                kinds.push_back(MoverKind::WorstTier);
        }
        if (tierBefore == 0 && tierNow > 0)
            kinds.push_back(MoverKind::Recovered);

        if (!kinds.empty()) {
            std::vector<ReviewDriver> drivers;
            if (prow >= 0 && tierNow >= 0) {
                const Explanation eNow = cur.engine->explain(row);
                if (o.previousModel) {
                    // Behaviour under the current model, configuration = the model change on last week's data.
                    const Explanation eBefore = prev.snap->engine->explain(std::size_t(prow));
                    drivers = Review::drivers(model, eBefore, eNow);
                    const double config = prev.snap->scores[std::size_t(prow)] - scoreBefore;
                    if (!isNaN(config) && std::abs(config) >= 1e-9)
                        drivers.push_back({ReviewDriver::Kind::Configuration, QStringLiteral("configuration"),
                                           tr("model change"), config});
                    std::stable_sort(drivers.begin(), drivers.end(), [](const ReviewDriver &x, const ReviewDriver &y) {
                        return std::abs(x.points) > std::abs(y.points);
                    });
                } else {
                    drivers = Review::drivers(model, prev.engine->explain(std::size_t(prow)), eNow);
                }
                if (drivers.size() > std::size_t(o.maxDrivers))
                    drivers.resize(std::size_t(o.maxDrivers));
            }
            // One row per account: an account that dropped a tier and fell 20 points moved once.
            std::uint8_t bits = 0;
            for (MoverKind k : kinds)
                bits |= moverKindBit(k);
            r.movers.push_back({id, cd.names[row], textOf(cd.csmNames, cd.csm[row]), bits, tierBefore, tierNow,
                                scoreBefore, scoreNow, arr, std::move(drivers)});
        }

        // Renewals and expansion candidates.
        const std::int64_t renewal = cd.renewalDay[row];
        const bool renewingSoon = renewal != Dataset::kNoDate && renewal >= weekDay && renewal <= weekDay + o.renewalDays;
        if (renewingSoon) {
            const bool atRisk = tierNow >= 0 && tierNow < best;
            r.renewals.push_back({id, cd.names[row], textOf(cd.csmNames, cd.csm[row]), QDate::fromJulianDay(renewal),
                                  scoreNow, tierNow, arr, atRisk});
            if (atRisk) {
                ++r.renewalsAtRisk;
                r.arrAtRisk += arrOf(cd, row);
            }
        }
        if (tierNow == best && tierNow >= 0) {
            const int trow = then ? then.snap->rowOf(id) : -1;
            const double scoreThen = trow >= 0 ? (*then.scores)[std::size_t(trow)] : kMissing;
            const bool rising = !isNaN(scoreThen) && scoreNow - scoreThen >= o.expansionRise;
            if (renewingSoon || rising)
                r.expansion.push_back({id, cd.names[row], scoreNow, scoreThen,
                                       renewal != Dataset::kNoDate ? QDate::fromJulianDay(renewal) : QDate(), arr,
                                       renewingSoon, rising});
        }
    }

    // Movers: by kind, then the largest fall first, then id. Renewals: weakest first, unscored last.
    std::stable_sort(r.movers.begin(), r.movers.end(), [](const ReviewMover &a, const ReviewMover &b) {
        if (a.kind() != b.kind())
            return a.kind() < b.kind();
        const double da = isNaN(a.scoreBefore) ? 0 : a.scoreNow - a.scoreBefore;
        const double db = isNaN(b.scoreBefore) ? 0 : b.scoreNow - b.scoreBefore;
        if (da != db)
            return a.kind() == MoverKind::Recovered ? da > db : da < db;
        return a.accountId < b.accountId;
    });
    std::stable_sort(r.renewals.begin(), r.renewals.end(), [](const ReviewRenewal &a, const ReviewRenewal &b) {
        if (isNaN(a.score) != isNaN(b.score))
            return isNaN(b.score);
        if (!isNaN(a.score) && a.score != b.score)
            return a.score < b.score;
        if (a.renewalDate != b.renewalDate)
            return a.renewalDate < b.renewalDate;
        return a.accountId < b.accountId;
    });
    std::stable_sort(r.expansion.begin(), r.expansion.end(), [](const ReviewExpansion &a, const ReviewExpansion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.accountId < b.accountId;
    });

    // Trend, with a marker where a saved version of this model was created.
    std::vector<QDate> versions;
    if (auto saved = history.workspace() ? history.workspace()->models() : Result<std::vector<ModelVersion>>(fail(QString()))) {
        for (const ModelVersion &v : *saved) {
            if (v.name == model.name && v.createdAt.isValid())
                versions.push_back(v.createdAt.date());
        }
    }
    const std::size_t first = index + 1 > std::size_t(o.trendWeeks) ? index + 1 - std::size_t(o.trendWeeks) : 0;
    for (std::size_t i = first; i <= index; ++i) {
        auto s = history.score(dates[i]);
        if (!s)
            return std::unexpected(s.error());
        const ScoredSnapshot &snap = **s;
        ReviewTrendPoint p;
        p.week = dates[i];
        p.accounts.assign(std::size_t(tierCount), 0);
        p.arr.assign(std::size_t(tierCount), 0.0);
        for (std::size_t row = 0; row < snap.size(); ++row) {
            if (!o.filter.matches(*snap.data, row))
                continue;
            const int t = snap.tiers[row];
            if (t < 0) {
                ++p.unscored;
                continue;
            }
            ++p.accounts[std::size_t(t)];
            p.arr[std::size_t(t)] += arrOf(*snap.data, row);
        }
        const QDate after = i > 0 ? dates[i - 1] : QDate();
        p.modelChanged = std::any_of(versions.begin(), versions.end(), [&](const QDate &d) {
            return d <= p.week && (!after.isValid() || d > after);
        });
        if (i > 0) {
            auto before = history.score(dates[i - 1]);
            if (!before)
                return std::unexpected(before.error());
            p.flipRate = flipRate(**before, snap, o.filter);
        }
        r.trend.push_back(std::move(p));
    }
    if (prev)
        r.flipRate = flipRate(*prev.snap, *cur.snap, o.filter);
    r.manualOverrides = manualOverridesOf(o.manualOverrides, model, *cur.snap, o.filter);

    // Drift against the baseline week: the scores' PSI, and each number or flag signal's CSI.
    auto baselineAt = psiBaselineIndex(dates, index, o);
    if (!baselineAt)
        return std::unexpected(baselineAt.error());
    const std::size_t baseline = *baselineAt;
    if (baseline < dates.size()) {
        auto base = history.score(dates[baseline]);
        if (!base)
            return std::unexpected(base.error());
        const ScoredSnapshot &b = **base;
        r.psiBaselineWeek = dates[baseline];
        r.psi = Drift::psi(filteredValues(b, -1, o.filter), filteredValues(*cur.snap, -1, o.filter));
        // A week kept slim (HistoryScorer::setExplainedWeeks) has no signal columns: no CSI then.
        for (const Signal &sig : model.signals) {
            const int bc = b.data->columnIndex(sig.columnName());
            const int tc = cd.columnIndex(sig.columnName());
            if (bc < 0 || tc < 0 || b.data->columns[std::size_t(bc)].info.type == SignalType::Category
                || cd.columns[std::size_t(tc)].info.type == SignalType::Category)
                continue;
            r.csi.push_back({sig.id, Drift::psi(filteredValues(b, bc, o.filter), filteredValues(*cur.snap, tc, o.filter)).value});
        }
    }
    return r;
}

QByteArray Review::toJson(const ReviewResult &r)
{
    Json j;
    j["week"] = date(r.week);
    j["previous_week"] = date(r.previousWeek);
    j["model"] = text(r.modelName);
    j["filter"] = text(r.filterText);
    j["accounts"] = r.accounts;
    j["arr"] = r.totalArr;
    j["unscored"] = r.unscored;
    j["previous_accounts"] = r.previousAccounts;
    j["previous_arr"] = r.previousTotalArr;
    j["new_accounts"] = r.newAccounts;
    j["gone_accounts"] = r.goneAccounts;
    j["flip_rate"] = number(r.flipRate);
    if (r.psiBaselineWeek.isValid()) {
        Json bins = Json::array();
        for (std::size_t b = 0; b < r.psi.baselineShares.size(); ++b) {
            bins.push_back({{"from", b == 0 ? Json() : Json(r.psi.edges[b - 1])},
                            {"to", b + 1 < r.psi.baselineShares.size() ? Json(r.psi.edges[b]) : Json()},
                            {"baseline", r.psi.baselineShares[b]},
                            {"current", r.psi.currentShares[b]}});
        }
        j["psi"] = {{"baseline_week", date(r.psiBaselineWeek)}, {"value", number(r.psi.value)},
                    {"level", std::isnan(r.psi.value) ? Json() : Json(text(Drift::levelName(Drift::level(r.psi.value))))},
                    {"bins", std::move(bins)}};
    } else {
        j["psi"] = nullptr;
    }
    auto &csi = j["csi"] = Json::array();
    for (const ReviewSignalDrift &d : r.csi)
        csi.push_back({{"signal", text(d.signal)}, {"value", number(d.value)}});
    auto &tiers = j["tiers"] = Json::array();
    const auto tierJson = [](const ReviewTier &t) {
        return Json{{"id", text(t.id)},
                    {"label", text(t.label)},
                    {"accounts", t.accounts},
                    {"arr", t.arr},
                    {"previous_accounts", t.previousAccounts},
                    {"previous_arr", t.previousArr}};
    };
    for (const ReviewTier &t : r.tiers)
        tiers.push_back(tierJson(t));
    auto tierId = [&r](int t) { return t >= 0 && std::size_t(t) < r.tiers.size() ? text(r.tiers[std::size_t(t)].id) : Json(); };
    if (r.trendSplit) {
        Json split = {{"tier", tierId(r.trendSplit->tier)}};
        split.update(tierJson(*r.trendSplit));
        j["trend_split"] = std::move(split);
    } else {
        j["trend_split"] = nullptr;
    }
    auto &transitions = j["transitions"] = Json::array();
    for (const ReviewTransition &t : r.transitions)
        transitions.push_back({{"from", tierId(t.from)}, {"to", tierId(t.to)}, {"accounts", t.accounts}, {"arr", t.arr}});
    auto &movers = j["movers"] = Json::array();
    for (const ReviewMover &m : r.movers) {
        Json drivers = Json::array();
        for (const ReviewDriver &d : m.drivers)
            drivers.push_back({{"kind", text(driverKindName(d.kind))}, {"id", text(d.id)}, {"label", text(d.label)},
                               {"points", d.points}});
        movers.push_back({{"account_id", text(m.accountId)},
                          {"name", text(m.name)},
                          {"kind", text(moverKindName(m.kind()))},
                          {"kinds", names(moverKindNames(m))},
                          {"from_tier", tierId(m.fromTier)},
                          {"to_tier", tierId(m.toTier)},
                          {"score_before", number(m.scoreBefore)},
                          {"score_now", number(m.scoreNow)},
                          {"arr", number(m.arr)},
                          {"drivers", drivers}});
    }
    auto &renewals = j["renewals"] = Json::array();
    for (const ReviewRenewal &n : r.renewals)
        renewals.push_back({{"account_id", text(n.accountId)},
                            {"name", text(n.name)},
                            {"renewal_date", date(n.renewalDate)},
                            {"score", number(n.score)},
                            {"tier", tierId(n.tier)},
                            {"arr", number(n.arr)},
                            {"at_risk", n.atRisk}});
    j["renewals_at_risk"] = r.renewalsAtRisk;
    j["arr_at_risk"] = r.arrAtRisk;
    auto &expansion = j["expansion"] = Json::array();
    for (const ReviewExpansion &e : r.expansion)
        expansion.push_back({{"account_id", text(e.accountId)},
                             {"score", number(e.score)},
                             {"score_then", number(e.scoreThen)},
                             {"renewal_date", date(e.renewalDate)},
                             {"arr", number(e.arr)},
                             {"renewing_soon", e.renewingSoon},
                             {"rising", e.rising}});
    auto &trend = j["trend"] = Json::array();
    for (const ReviewTrendPoint &p : r.trend)
        trend.push_back({{"week", date(p.week)}, {"accounts", p.accounts}, {"arr", p.arr}, {"unscored", p.unscored},
                         {"model_changed", p.modelChanged}, {"flip_rate", number(p.flipRate)}});
    const ReviewManualOverrides &mo = r.manualOverrides;
    Json overrides = Json::array();
    for (const ReviewOverride &e : mo.overrides) {
        const ManualOverrideRecord &o = e.record;
        overrides.push_back({{"id", o.id},
                             {"account_id", text(o.accountId)},
                             {"status", e.expired ? "expired" : "active"},
                             {"tier", o.isTier() ? text(o.tierId) : Json()},
                             {"score", o.isTier() ? Json() : number(o.score)},
                             {"applied", e.applied},
                             {"reason", text(o.reason)},
                             {"author", text(o.author)},
                             {"created", text(o.created.toString(Qt::ISODate))},
                             {"expires", date(o.expires)},
                             {"age_days", e.ageDays}});
    }
    j["manual_overrides"] = {{"active", mo.active},
                             {"expired", mo.expired},
                             {"median_age_days", number(mo.medianAgeDays)},
                             {"oldest_age_days", mo.oldestAgeDays >= 0 ? Json(mo.oldestAgeDays) : Json()},
                             {"accounts", std::move(overrides)}};
    return QByteArray::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace));
}

} // namespace tierlab
