#include "survival.h"

#include "analysis/snapshothistory.h"
#include "engine/scoringengine.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tierlab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Subjects ordered by time, events before censorings at the same time (the order the tables count in).
std::vector<Survival::Subject> byTime(std::span<const Survival::Subject> subjects)
{
    std::vector<Survival::Subject> sorted(subjects.begin(), subjects.end());
    std::sort(sorted.begin(), sorted.end(), [](const Survival::Subject &a, const Survival::Subject &b) {
        return a.days != b.days ? a.days < b.days : a.event > b.event;
    });
    return sorted;
}

struct Scored
{
    std::vector<std::int8_t> tiers;   // per row of the week
    std::shared_ptr<const Dataset> data;
};

Result<Scored> scoreWeek(const SnapshotHistory &history, std::size_t week, const Model &model)
{
    ScoringEngine engine;
    if (auto ok = engine.setModel(model); !ok)
        return std::unexpected(ok.error());
    Scored s;
    s.data = history.week(week);
    if (auto ok = engine.setDataset(s.data); !ok)
        return std::unexpected(ok.error());
    s.tiers = engine.tiers();
    return s;
}

} // namespace

std::vector<Survival::Step> Survival::kaplanMeier(std::span<const Subject> subjects)
{
    const std::vector<Subject> sorted = byTime(subjects);
    std::vector<Step> steps;
    double survival = 1;
    auto atRisk = std::int64_t(sorted.size());
    for (std::size_t i = 0; i < sorted.size();) {
        Step step;
        step.days = sorted[i].days;
        step.atRisk = atRisk;
        for (; i < sorted.size() && sorted[i].days == step.days; ++i)
            ++(sorted[i].event ? step.events : step.censored);
        if (step.events > 0)
            survival *= 1.0 - double(step.events) / double(step.atRisk);
        step.survival = survival;
        atRisk -= step.events + step.censored;
        steps.push_back(step);
    }
    return steps;
}

double Survival::survivalAt(std::span<const Step> steps, double days)
{
    if (steps.empty())
        return kNaN;
    if (days > steps.back().days)   // past the longest follow-up: known only when everyone churned
        return steps.back().survival == 0 ? 0.0 : kNaN;
    double s = 1;
    for (const Step &step : steps) {
        if (step.days > days)
            break;
        s = step.survival;
    }
    return s;
}

std::int64_t Survival::atRisk(std::span<const Subject> subjects, double days)
{
    return std::count_if(subjects.begin(), subjects.end(), [days](const Subject &s) { return s.days >= days; });
}

Survival::HazardRatio Survival::hazardRatio(std::span<const Subject> group, std::span<const Subject> reference)
{
    // Pooled, each subject marked with its group: at every event time the group's expected share of the
    // events is its share of those at risk.
    struct Marked
    {
        Subject s;
        bool inGroup;
    };
    std::vector<Marked> pooled;
    pooled.reserve(group.size() + reference.size());
    for (const Subject &s : group)
        pooled.push_back({s, true});
    for (const Subject &s : reference)
        pooled.push_back({s, false});
    std::sort(pooled.begin(), pooled.end(), [](const Marked &a, const Marked &b) { return a.s.days < b.s.days; });

    HazardRatio hr;
    double observedRef = 0, expectedRef = 0;
    double atRiskGroup = double(group.size()), atRiskRef = double(reference.size());
    for (std::size_t i = 0; i < pooled.size();) {
        const double t = pooled[i].s.days;
        double eventsGroup = 0, eventsRef = 0, leftGroup = 0, leftRef = 0;
        for (; i < pooled.size() && pooled[i].s.days == t; ++i) {
            const Marked &m = pooled[i];
            (m.inGroup ? leftGroup : leftRef) += 1;
            if (m.s.event)
                (m.inGroup ? eventsGroup : eventsRef) += 1;
        }
        const double events = eventsGroup + eventsRef;
        if (events > 0) {
            const double atRisk = atRiskGroup + atRiskRef;
            hr.expected += events * atRiskGroup / atRisk;
            expectedRef += events * atRiskRef / atRisk;
            hr.observed += eventsGroup;
            observedRef += eventsRef;
        }
        atRiskGroup -= leftGroup;
        atRiskRef -= leftRef;
    }
    if (hr.observed == 0 || observedRef == 0 || hr.expected == 0 || expectedRef == 0) {
        hr.value = hr.low = hr.high = kNaN;
        hr.reason = observedRef == 0 ? tr("no churn in the reference tier") : tr("no churn in this tier");
        return hr;
    }
    hr.value = (hr.observed / hr.expected) / (observedRef / expectedRef);
    const double se = std::sqrt(1.0 / hr.expected + 1.0 / expectedRef);
    hr.low = std::exp(std::log(hr.value) - 1.96 * se);
    hr.high = std::exp(std::log(hr.value) + 1.96 * se);
    return hr;
}

Result<Survival::Report> Survival::compute(const SnapshotHistory &history, const Model &model, const Options &options)
{
    Report report;
    report.maxDays = options.maxDays;
    report.horizonDays = options.horizonDays;
    const std::vector<QDate> &dates = history.dates();
    if (dates.empty()) {
        report.reason = tr("The workspace has no snapshots.");
        return report;
    }
    report.dataEnd = dates.back();
    bool dated = false;
    for (const OutcomeRecord &o : history.outcomes()) {
        if (o.date.isValid()) {
            dated = true;
            report.dataEnd = std::max(report.dataEnd, o.date);
        }
    }
    if (!dated) {
        report.reason = tr("No outcome has a date: survival needs dated churn and retained outcomes.");
        return report;
    }

    // The start week: the one at or before the date asked for, else the latest that leaves maxDays of follow-up.
    const QDate wanted = options.start.isValid() ? options.start : report.dataEnd.addDays(-options.maxDays);
    const auto after = std::upper_bound(dates.begin(), dates.end(), wanted);
    const std::size_t startWeek = after == dates.begin() ? 0 : std::size_t(after - dates.begin()) - 1;
    if (options.start.isValid() && after == dates.begin())
        return fail(tr("No snapshot on or before %1: the first is %2.")
                        .arg(options.start.toString(Qt::ISODate), dates.front().toString(Qt::ISODate)),
                    Error::Code::Invalid);
    const QDate start = dates[startWeek];
    report.start = start;
    report.latest = dates.back();

    // Per account: its last snapshot, its first churn after the start and its latest retained outcome after it.
    const std::size_t accounts = history.accountCount();
    std::vector<QDate> lastSeen(accounts), firstChurn(accounts), lastRetained(accounts);
    for (std::size_t w = dates.size(); w-- > startWeek;) {
        const std::span<const std::int32_t> rows = history.rows(w);
        for (std::size_t a = 0; a < accounts; ++a)
            if (rows[a] >= 0 && !lastSeen[a].isValid())
                lastSeen[a] = dates[w];
    }
    for (const OutcomeRecord &o : history.outcomes()) {
        const int a = history.accountIndex(o.accountId);
        if (a < 0 || !o.date.isValid() || o.date <= start)
            continue;
        QDate &slot = o.kind == OutcomeKind::Churned ? firstChurn[std::size_t(a)] : lastRetained[std::size_t(a)];
        if (!slot.isValid() || (o.kind == OutcomeKind::Churned ? o.date < slot : o.date > slot))
            slot = o.date;
    }

    auto startScored = scoreWeek(history, startWeek, model);
    if (!startScored)
        return std::unexpected(startScored.error());
    report.tiers.resize(model.tiers.size());
    for (std::size_t t = 0; t < report.tiers.size(); ++t)
        report.tiers[t].tier = int(t);
    const std::span<const std::int32_t> startRows = history.rows(startWeek);
    const double maxDays = options.maxDays;
    for (std::size_t a = 0; a < accounts; ++a) {
        const std::int32_t row = startRows[a];
        if (row < 0)
            continue;
        const int tier = startScored->tiers[std::size_t(row)];
        if (tier < 0)
            continue;   // unscored
        Subject s;
        if (firstChurn[a].isValid() && start.daysTo(firstChurn[a]) <= maxDays) {
            s.event = true;
            s.days = double(start.daysTo(firstChurn[a]));
        } else {
            // Known a customer until its last snapshot or a later retained outcome (a churn past
            // maxDays means it was one until then too); the follow-up stops at maxDays.
            QDate known = lastSeen[a];
            if (lastRetained[a].isValid() && lastRetained[a] > known)
                known = lastRetained[a];
            if (firstChurn[a].isValid())
                known = std::max(known, firstChurn[a]);
            s.days = std::min(maxDays, double(start.daysTo(known)));
        }
        Tier &t = report.tiers[std::size_t(tier)];
        t.subjects.push_back(s);
        ++t.accounts;
        ++(s.event ? t.churned : t.censored);
    }
    for (Tier &t : report.tiers)
        t.steps = kaplanMeier(t.subjects);
    for (std::size_t t = report.tiers.size(); t-- > 0;) {
        if (report.tiers[t].accounts > 0) {
            report.referenceTier = int(t);
            break;
        }
    }
    for (Tier &t : report.tiers) {
        if (report.referenceTier < 0 || t.tier == report.referenceTier || t.accounts == 0) {
            t.hazard.value = t.hazard.low = t.hazard.high = kNaN;
            t.hazard.reason = t.accounts == 0 ? tr("no account in this tier") : tr("the reference tier");
            continue;
        }
        t.hazard = hazardRatio(t.subjects, report.tiers[std::size_t(report.referenceTier)].subjects);
    }

    // The latest week's accounts and ARR per tier, for the churned ARR to expect from them.
    Result<Scored> latest = startWeek + 1 == dates.size() ? std::move(startScored) : scoreWeek(history, dates.size() - 1, model);
    if (!latest)
        return std::unexpected(latest.error());
    const Dataset &data = *latest->data;
    for (std::size_t row = 0; row < data.size(); ++row) {
        const int tier = latest->tiers[row];
        if (tier < 0)
            continue;
        Tier &t = report.tiers[std::size_t(tier)];
        ++t.latestAccounts;
        if (row < data.arr.size() && std::isfinite(data.arr[row]))
            t.latestArr += data.arr[row];
    }
    for (Tier &t : report.tiers)
        t.expectedChurnedArr = t.latestArr * (1.0 - survivalAt(t.steps, options.horizonDays));
    return report;
}

} // namespace tierlab
