#include "tierpaths.h"

#include "analysis/backtest.h"
#include "analysis/metrics.h"
#include "analysis/snapshothistory.h"
#include "engine/scoringengine.h"
#include "engine/tierdynamics.h"
#include "model/modelsegments.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace tierlab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The history's week of an as_of date; -1 when it is not one of them.
int weekOf(const std::vector<QDate> &dates, QDate asOf)
{
    const auto it = std::lower_bound(dates.begin(), dates.end(), asOf);
    return it != dates.end() && *it == asOf ? int(it - dates.begin()) : -1;
}

} // namespace

Result<TierPaths> TierPaths::compute(const SnapshotHistory &history, const Model &model, const Options &options)
{
    TierPaths p;
    p.m_weeks = history.dates().size();
    p.m_accounts = history.accountCount();
    const std::size_t cells = p.m_weeks * p.m_accounts;
    p.m_scores.assign(cells, kNaN);
    p.m_raw.assign(cells, -1);
    p.m_tier.assign(cells, -1);
    p.m_declining.assign(cells, 0);
    std::vector<std::int8_t> caps(cells, -1);
    std::vector<std::uint8_t> variant(cells, 0);

    ScoringEngine engine;
    if (auto ok = engine.setModel(model); !ok)
        return std::unexpected(ok.error());
    for (std::size_t w = 0; w < p.m_weeks; ++w) {
        if (options.cancel && options.cancel->load())
            return fail(tr("Cancelled."), Error::Code::Cancelled);
        const std::shared_ptr<const Dataset> data = history.week(w);
        if (auto ok = engine.setDataset(data); !ok)
            return std::unexpected(ok.error());
        std::vector<std::uint8_t> variants;
        if (!model.segments.variants.empty()) {
            auto v = ModelSegments::variantOfRows(model, *data);
            if (!v)
                return std::unexpected(v.error());
            variants = std::move(*v);
        }
        const std::span<const std::int32_t> rows = history.rows(w);
        for (std::size_t a = 0; a < p.m_accounts; ++a) {
            const std::int32_t r = rows[a];
            if (r < 0)
                continue;
            const std::size_t i = p.at(w, a);
            p.m_scores[i] = engine.scores()[std::size_t(r)];
            p.m_raw[i] = engine.tiers()[std::size_t(r)];
            caps[i] = std::int8_t(engine.tierCap(std::size_t(r)));
            variant[i] = variants.empty() ? 0 : variants[std::size_t(r)];
        }
        if (options.progress)
            options.progress(int(w + 1), int(p.m_weeks));
    }

    // Each variant's tier edges (0: the base model's).
    std::vector<std::vector<double>> mins{TierDynamics::tierMins(model.tiers)};
    for (std::size_t v = 0; v < model.segments.variants.size(); ++v)
        mins.push_back(TierDynamics::tierMins(ModelSegments::variantModel(model, v).tiers));
    const int trendTier = model.trend ? model.tierIndex(model.trend->tier) : -1;
    std::vector<std::span<const double>> edges(p.m_weeks);
    for (std::size_t a = 0; a < p.m_accounts; ++a) {
        const std::size_t base = a * p.m_weeks;
        const std::span<const double> scores(p.m_scores.data() + base, p.m_weeks);
        if (model.hysteresis) {
            for (std::size_t w = 0; w < p.m_weeks; ++w)
                edges[w] = mins[variant[base + w]];
            const std::vector<int> held = TierDynamics::hysteresisTiers(scores, edges, *model.hysteresis);
            for (std::size_t w = 0; w < p.m_weeks; ++w) {
                const int cap = caps[base + w];
                p.m_tier[base + w] = std::int8_t(held[w] < 0 ? -1 : cap >= 0 ? std::min(held[w], cap) : held[w]);
            }
        } else {
            std::copy_n(p.m_raw.begin() + std::ptrdiff_t(base), p.m_weeks, p.m_tier.begin() + std::ptrdiff_t(base));
        }
        if (trendTier < 0)
            continue;
        const std::size_t n = std::size_t(model.trend->weeks);
        for (std::size_t w = 0; w < p.m_weeks; ++w) {
            if (p.m_tier[base + w] != trendTier)
                continue;
            const std::size_t first = w + 1 >= n ? w + 1 - n : 0;
            p.m_declining[base + w] = TierDynamics::declining(scores.subspan(first, w + 1 - first), *model.trend) ? 1 : 0;
        }
    }
    return p;
}

std::int64_t TierPaths::decliningCount(std::size_t week) const
{
    std::int64_t n = 0;
    for (std::size_t a = 0; a < m_accounts; ++a)
        n += declining(week, a) ? 1 : 0;
    return n;
}

double TierPaths::flipRate(std::size_t week, bool withHysteresis) const
{
    if (week == 0 || week >= m_weeks)
        return kNaN;
    const std::vector<std::int8_t> &tiers = withHysteresis ? m_tier : m_raw;
    std::int64_t both = 0, flipped = 0;
    for (std::size_t a = 0; a < m_accounts; ++a) {
        const int before = tiers[at(week - 1, a)];
        const int now = tiers[at(week, a)];
        if (before < 0 || now < 0)
            continue;
        ++both;
        flipped += before != now ? 1 : 0;
    }
    return both > 0 ? double(flipped) / double(both) : kNaN;
}

double TierPaths::meanFlipRate(bool withHysteresis) const
{
    double sum = 0;
    int weeks = 0;
    for (std::size_t w = 1; w < m_weeks; ++w) {
        const double f = flipRate(w, withHysteresis);
        if (std::isnan(f))
            continue;
        sum += f;
        ++weeks;
    }
    return weeks > 0 ? sum / weeks : kNaN;
}

double TierPaths::TrendEffect::churnRateDeclining() const
{
    return declining > 0 ? double(churnedDeclining) / double(declining) : kNaN;
}

double TierPaths::TrendEffect::churnRateStable() const
{
    return stable() > 0 ? double(churnedStable) / double(stable()) : kNaN;
}

TierPaths::TrendEffect TierPaths::trendEffect(const SnapshotHistory &history, const BacktestResult &backtest,
                                              int splitTier) const
{
    TrendEffect e;
    for (const BacktestSample &s : backtest.samples) {
        const int week = weekOf(history.dates(), s.asOf);
        const int a = history.accountIndex(s.accountId);
        if (week < 0 || a < 0 || splitTier < 0 || tier(std::size_t(week), std::size_t(a)) != splitTier)
            continue;
        const std::size_t w = std::size_t(week);
        ++e.inTier;
        if (declining(w, std::size_t(a))) {
            ++e.declining;
            e.churnedDeclining += s.churned ? 1 : 0;
        } else {
            e.churnedStable += s.churned ? 1 : 0;
        }
    }
    return e;
}

TierPaths::Effect TierPaths::effect(const SnapshotHistory &history, const BacktestResult &backtest) const
{
    Effect e;
    const std::vector<QDate> &dates = history.dates();
    // Recall of the worst tier (tier 0) over the evaluated churn outcomes.
    std::int64_t churned = 0, hitWithout = 0, hitWith = 0;
    for (const BacktestSample &s : backtest.samples) {
        const int w = weekOf(dates, s.asOf);
        const int a = history.accountIndex(s.accountId);
        if (!s.churned || w < 0 || a < 0)
            continue;
        ++churned;
        hitWithout += rawTier(std::size_t(w), std::size_t(a)) == 0 ? 1 : 0;
        hitWith += tier(std::size_t(w), std::size_t(a)) == 0 ? 1 : 0;
    }
    e.recallWithout = churned > 0 ? double(hitWithout) / double(churned) : kNaN;
    e.recallWith = churned > 0 ? double(hitWith) / double(churned) : kNaN;

    // Lead time: from the earliest week of the worst-tier run that reaches the last snapshot before
    // the churn (weeks without a snapshot of the account are passed over).
    std::vector<double> daysWithout, daysWith;
    for (const OutcomeRecord &o : history.outcomes()) {
        if (!Backtest::isChurn(o.kind) || !o.date.isValid())
            continue;
        const int a = history.accountIndex(o.accountId);
        const int last = int(std::lower_bound(dates.begin(), dates.end(), o.date) - dates.begin()) - 1;
        if (a < 0 || last < 0)
            continue;
        bool seen = false;
        for (int w = last; w >= 0 && !seen; --w)
            seen = history.rows(std::size_t(w))[std::size_t(a)] >= 0;
        if (!seen)
            continue;
        ++e.churned;
        for (const bool with : {false, true}) {
            QDate runStart;
            for (int w = last; w >= 0; --w) {
                if (history.rows(std::size_t(w))[std::size_t(a)] < 0)
                    continue;
                const int t = with ? tier(std::size_t(w), std::size_t(a)) : rawTier(std::size_t(w), std::size_t(a));
                if (t != 0)
                    break;
                runStart = dates[std::size_t(w)];
            }
            if (runStart.isValid())
                (with ? daysWith : daysWithout).push_back(double(runStart.daysTo(o.date)));
        }
    }
    e.flaggedWithout = std::int64_t(daysWithout.size());
    e.flaggedWith = std::int64_t(daysWith.size());
    std::sort(daysWithout.begin(), daysWithout.end());
    std::sort(daysWith.begin(), daysWith.end());
    e.leadDaysWithout = daysWithout.empty() ? kNaN : Metrics::quantileSorted(daysWithout, 0.5);
    e.leadDaysWith = daysWith.empty() ? kNaN : Metrics::quantileSorted(daysWith, 0.5);
    return e;
}

} // namespace tierlab
