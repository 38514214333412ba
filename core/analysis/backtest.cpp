#include "analysis/backtest.h"

#include "common/computepool.h"
#include "analysis/manualoverrides.h"
#include "analysis/snapshothistory.h"
#include "engine/scoringengine.h"
#include "model/modelsegments.h"
#include "store/snapshotstream.h"

#include <QHash>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>

namespace tierlab {

namespace {

constexpr std::array<int, 4> kTrajectoryDays{180, 90, 60, 30};

enum class RequestKind : std::uint8_t { Evaluate, Trajectory, LeadTime };

// What one loaded snapshot must answer for one outcome. Requests whose account is absent from
// the snapshot move to the previous as_of (the account's latest snapshot is wanted, not the
// workspace's), so dates are processed newest first and each is loaded once.
struct Request
{
    RequestKind kind = RequestKind::Evaluate;
    int outcome = 0;
    int slot = 0;            // trajectory: index into kTrajectoryDays
    bool fallback = true;    // false for labels tied to one snapshot
};

struct LeadState
{
    bool seen = false;
    QDate runStart;          // earliest as_of of the worst-tier run that reaches the churn
    std::uint8_t variant = 0;   // the segment variant at the last snapshot before the churn (0 the base)
};

// Sorted days, the distribution buckets and the median, once every churn has been followed.
void finishLeadTime(LeadTimeResult &lt)
{
    std::sort(lt.days.begin(), lt.days.end());
    lt.buckets.assign(6, 0);
    lt.buckets[0] = lt.churned - lt.flagged;
    for (int d : lt.days) {
        const int b = d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : d <= 180 ? 4 : 5;
        ++lt.buckets[std::size_t(b)];
    }
    if (!lt.days.empty()) {
        std::vector<double> sorted(lt.days.begin(), lt.days.end());
        lt.medianDays = Metrics::quantileSorted(sorted, 0.5);
    }
}

// Gathers the scored rows of several snapshots into one dataset with the model's columns.
class EvaluationBuilder
{
public:
    explicit EvaluationBuilder(const Model &model)
    {
        auto add = [this](const QString &name) {
            if (!name.isEmpty() && !m_names.contains(name))
                m_names.append(name);
        };
        for (const Signal &s : model.signals)
            add(s.columnName());
        for (const Penalty &p : model.penalties)
            add(p.columnName());
        for (const Override &o : model.overrides)
            add(o.columnName());
        // Segments by a category column: its value picks the variant when the rows are re-scored.
        if (!model.segments.isEmpty() && model.segments.by != u"segment" && model.segments.by != u"csm")
            add(model.segments.by);
    }

    // Maps the model's columns of a freshly loaded snapshot; creates combined columns on first sight.
    void bind(const Dataset &source)
    {
        m_source.assign(std::size_t(m_names.size()), -1);
        m_target.assign(std::size_t(m_names.size()), -1);
        m_codeMap.assign(std::size_t(m_names.size()), {});
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const int src = source.columnIndex(m_names[i]);
            if (src < 0)
                continue;
            const Column &sc = source.columns[std::size_t(src)];
            int target = m_columnOf.value(sc.info.id, -1);
            if (target < 0) {
                target = int(m_data.columns.size());
                m_columnOf.insert(sc.info.id, target);
                Column c;
                c.info = sc.info;
                if (sc.info.type == SignalType::Category)
                    c.codes.assign(m_data.size(), kMissingCode);
                else
                    c.numbers.assign(m_data.size(), kMissing);
                m_data.columns.push_back(std::move(c));
                m_dictionaries.emplace_back();
            }
            m_source[std::size_t(i)] = src;
            m_target[std::size_t(i)] = target;
            if (sc.info.type == SignalType::Category)
                m_codeMap[std::size_t(i)].assign(sc.dictionary.size(), kUnmapped);
        }
    }

    void append(const Dataset &source, std::size_t row)
    {
        m_data.accountIds.push_back(source.accountIds[row]);
        m_data.names.push_back(row < source.names.size() ? source.names[row] : QString());
        // The attributes a segment may be chosen by, in one dictionary for all snapshots.
        m_data.csm.push_back(attributeCode(source.csm, source.csmNames, row, m_data.csmNames, m_csmCodes));
        m_data.segment.push_back(attributeCode(source.segment, source.segmentNames, row, m_data.segmentNames, m_segmentCodes));
        m_data.arr.push_back(row < source.arr.size() ? source.arr[row] : kMissing);
        m_data.renewalDay.push_back(row < source.renewalDay.size() ? source.renewalDay[row] : Dataset::kNoDate);
        for (Column &c : m_data.columns) {
            if (c.info.type == SignalType::Category)
                c.codes.push_back(kMissingCode);
            else
                c.numbers.push_back(kMissing);
        }
        for (std::size_t i = 0; i < m_source.size(); ++i) {
            if (m_source[i] < 0)
                continue;
            const Column &sc = source.columns[std::size_t(m_source[i])];
            Column &tc = m_data.columns[std::size_t(m_target[i])];
            if (tc.info.type == SignalType::Category) {
                const std::int32_t code = row < sc.codes.size() ? sc.codes[row] : kMissingCode;
                if (code < 0 || std::size_t(code) >= sc.dictionary.size())
                    continue;
                // Each of this snapshot's codes is looked up by text once, then remembered.
                std::int32_t &mapped = m_codeMap[i][std::size_t(code)];
                if (mapped == kUnmapped) {
                    auto &dict = m_dictionaries[std::size_t(m_target[i])];
                    const QString &text = sc.dictionary[std::size_t(code)];
                    auto it = dict.find(text);
                    if (it == dict.end()) {
                        it = dict.insert(text, std::int32_t(tc.dictionary.size()));
                        tc.dictionary.push_back(text);
                    }
                    mapped = it.value();
                }
                tc.codes.back() = mapped;
            } else if (row < sc.numbers.size()) {
                tc.numbers.back() = sc.numbers[row];
            }
        }
    }

    Dataset take() { return std::move(m_data); }

    static std::int32_t attributeCode(const std::vector<std::int32_t> &codes, const std::vector<QString> &names,
                                      std::size_t row, std::vector<QString> &combined, QHash<QString, std::int32_t> &index)
    {
        const std::int32_t code = row < codes.size() ? codes[row] : kMissingCode;
        if (code < 0 || std::size_t(code) >= names.size())
            return kMissingCode;
        const QString &text = names[std::size_t(code)];
        auto it = index.find(text);
        if (it == index.end()) {
            it = index.insert(text, std::int32_t(combined.size()));
            combined.push_back(text);
        }
        return it.value();
    }
    // The bound snapshot's columns the model names (the rest need not be scored).
    std::span<const int> sourceColumns()
    {
        m_used.clear();
        for (int src : m_source) {
            if (src >= 0 && std::find(m_used.begin(), m_used.end(), src) == m_used.end())
                m_used.push_back(src);
        }
        return m_used;
    }

private:
    QStringList m_names;
    Dataset m_data;
    QHash<QString, int> m_columnOf;
    std::vector<QHash<QString, std::int32_t>> m_dictionaries;
    std::vector<int> m_source;   // per model column name: column in the bound snapshot
    std::vector<int> m_target;   // per model column name: combined column
    std::vector<int> m_used;
    static constexpr std::int32_t kUnmapped = -2;
    std::vector<std::vector<std::int32_t>> m_codeMap;   // per model column name: snapshot code → combined code
    QHash<QString, std::int32_t> m_csmCodes;
    QHash<QString, std::int32_t> m_segmentCodes;
};

// Per segment variant (then the base): the metrics of the outcomes it scored, the variant read from
// each evaluated row as the engine reads it.
Result<void> segmentMetrics(BacktestResult &result, const Model &model, std::span<const double> scores,
                            std::span<const std::int8_t> tiers, std::span<const std::uint8_t> churned,
                            std::span<const double> arr, std::vector<LeadTimeResult> &leadTimes,
                            const BacktestOptions &options)
{
    const Result<std::vector<std::uint8_t>> variants = ModelSegments::variantOfRows(model, *result.evaluation);
    if (!variants)
        return std::unexpected(variants.error());
    const std::size_t count = model.segments.variants.size();
    for (std::size_t k = 0; k <= count; ++k) {
        const std::size_t v = k < count ? k + 1 : 0;   // the variants in model order, the base last
        std::vector<double> s, a;
        std::vector<std::int8_t> t;
        std::vector<std::uint8_t> c;
        for (std::size_t i = 0; i < variants->size(); ++i) {
            if ((*variants)[i] != v)
                continue;
            s.push_back(scores[i]);
            t.push_back(tiers[i]);
            c.push_back(churned[i]);
            a.push_back(arr[i]);
        }
        BacktestSegment segment;
        if (v > 0) {
            segment.id = model.segments.variants[v - 1].id;
            segment.label = model.segments.variants[v - 1].label;
        }
        segment.n = std::int64_t(s.size());
        segment.positives = std::count(c.begin(), c.end(), std::uint8_t(1));
        auto m = Backtest::metrics(s, t, c, a, int(model.tiers.size()), options);
        if (!m)
            return std::unexpected(m.error());
        segment.metrics = std::move(*m);
        if (v < leadTimes.size()) {
            segment.leadTime = std::move(leadTimes[v]);
            finishLeadTime(segment.leadTime);
        }
        result.segments.push_back(std::move(segment));
    }
    return {};
}

QString topReason(const Explanation &e, bool lookedHealthy)
{
    for (const OverrideHit &o : e.overrides) {
        if (o.lowered)
            return QCoreApplication::translate("Backtest", "Capped at %1: %2")
                .arg(std::isnan(o.cap) ? o.capTier : QString::number(o.cap), o.reason.isEmpty() ? o.id : o.reason);
    }
    if (!lookedHealthy && !e.penalties.empty()) {
        const auto worst = std::max_element(e.penalties.begin(), e.penalties.end(),
                                            [](const PenaltyHit &a, const PenaltyHit &b) { return a.points < b.points; });
        return QCoreApplication::translate("Backtest", "Penalty %1 (−%2)")
            .arg(worst->label.isEmpty() ? worst->id : worst->label)
            .arg(worst->points);
    }
    // A churner that looked healthy: the category that lifted the score most; a false alarm: the
    // category that pulled it down most (its weight share times its shortfall from 100).
    const CategoryExplanation *best = nullptr;
    double bestValue = -1;
    for (const CategoryExplanation &c : e.categories) {
        if (std::isnan(c.score))
            continue;
        const double v = lookedHealthy ? c.contribution : c.weightShare * (100.0 - c.score);
        if (v > bestValue) {
            bestValue = v;
            best = &c;
        }
    }
    if (!best)
        return QCoreApplication::translate("Backtest", "No signal had a value");
    return QCoreApplication::translate("Backtest", "%1 scored %2")
        .arg(best->label.isEmpty() ? best->id : best->label)
        .arg(best->score, 0, 'f', 0);
}

} // namespace

Result<BacktestMetrics> Backtest::metrics(std::span<const double> scores, std::span<const std::int8_t> tiers,
                                          std::span<const std::uint8_t> churned, std::span<const double> arr,
                                          int tierCount, const BacktestOptions &options)
{
    BacktestMetrics m;
    // The tier figures need no sort: a second core computes them while the ranking metrics sort.
    struct TierPart
    {
        Result<Metrics::TierTable> table;
        Result<Metrics::Confusion> worst, below;
    };
    QFuture<TierPart> tierPart = QtConcurrent::run(computePool(), [=] {
        return TierPart{Metrics::tierTable(tiers, churned, arr, tierCount),
                        Metrics::confusion(tiers, churned, Metrics::flagBelowTier(Metrics::AtRiskRule::WorstTier, tierCount)),
                        Metrics::confusion(tiers, churned,
                                           Metrics::flagBelowTier(Metrics::AtRiskRule::BelowBestTier, tierCount))};
    });
    auto groups = Metrics::groupScores(scores, churned);
    if (groups) {
        m.auc = Metrics::rocAuc(*groups);
        m.pr = Metrics::averagePrecision(*groups);
        m.deciles = Metrics::decileTable(*groups);
    }
    Result<Metrics::BootstrapCi> ci = Metrics::BootstrapCi();
    if (groups && options.bootstrapResamples > 0) {
        Metrics::BootstrapOptions bo;
        bo.resamples = options.bootstrapResamples;
        bo.seed = options.seed;
        bo.threads = std::max(1, QThread::idealThreadCount());   // the interval does not depend on it
        ci = Metrics::bootstrapAucCi(*groups, bo);
    }
    tierPart.waitForFinished();   // runs it here if no pool thread took it
    TierPart part = tierPart.result();
    if (!groups)
        return std::unexpected(groups.error());
    if (!ci)
        return std::unexpected(ci.error());
    if (options.bootstrapResamples > 0)
        m.aucCi = *ci;
    if (!part.table)
        return std::unexpected(part.table.error());
    m.tiers = std::move(*part.table);
    if (!part.worst)
        return std::unexpected(part.worst.error());
    m.worstTier = *part.worst;
    if (!part.below)
        return std::unexpected(part.below.error());
    m.belowBest = *part.below;
    return m;
}

// One snapshot as the back-test walks it: per account index its row (-1 = absent), the whole dataset
// (when every row is scored) and some rows of it with every column and the names (what the scored rows,
// their ARR and the miss lists read). The history builds only the rows asked for.
struct Backtest::Week
{
    std::span<const std::int32_t> rows;
    std::function<std::shared_ptr<const Dataset>()> whole;
    std::function<Dataset(std::span<const std::int32_t>)> pick;
};
using WeekLoader = std::function<Result<Backtest::Week>(std::size_t index)>;

Result<BacktestResult> Backtest::run(const Workspace &workspace, const Model &model, const BacktestOptions &options)
{
    auto datesOr = workspace.asOfDates();
    if (!datesOr)
        return std::unexpected(datesOr.error());
    auto outcomesOr = workspace.outcomes();
    if (!outcomesOr)
        return std::unexpected(outcomesOr.error());
    auto accountsOr = workspace.accounts();
    if (!accountsOr)
        return std::unexpected(accountsOr.error());
    QHash<QString, int> accountIndex;
    accountIndex.reserve(qsizetype(accountsOr->size()));
    for (const AccountRecord &a : *accountsOr)
        accountIndex.insert(a.id, int(accountIndex.size()));
    const std::vector<QDate> &dates = *datesOr;
    // Streams one snapshot at a time: memory stays that of one snapshot however long the history.
    auto stream = workspace.snapshotStream();
    if (!stream)
        return std::unexpected(stream.error());
    std::vector<std::int32_t> rows;
    const WeekLoader load = [&](std::size_t index) -> Result<Week> {
        auto loaded = (*stream)->load(dates[index]);
        if (!loaded)
            return std::unexpected(loaded.error());
        auto data = std::make_shared<const Dataset>(std::move(*loaded));
        rows.assign(accountIndex.size(), -1);
        for (std::size_t r = 0; r < data->size(); ++r) {
            const int a = accountIndex.value(data->accountIds[r], -1);
            if (a >= 0)
                rows[std::size_t(a)] = std::int32_t(r);
        }
        auto pick = [data](std::span<const std::int32_t> wanted) {
            Dataset picked = data->gather(wanted);
            picked.names.reserve(wanted.size());
            for (std::int32_t r : wanted)
                picked.names.push_back(data->names[std::size_t(r)]);
            return picked;
        };
        return Week{rows, [data] { return data; }, pick};
    };
    return runOn(dates, *outcomesOr, [&](const QString &id) { return accountIndex.value(id, -1); }, load, model, options);
}

Result<BacktestResult> Backtest::run(const SnapshotHistory &history, const Model &model, const BacktestOptions &options)
{
    const WeekLoader load = [&](std::size_t index) -> Result<Week> {
        return Week{history.rows(index), [&history, index] { return history.week(index); },
                    [&history, index](std::span<const std::int32_t> wanted) { return history.gather(index, wanted, {}, true); }};
    };
    return runOn(history.dates(), history.outcomes(),
                 [&](const QString &id) { return history.accountIndex(id); }, load, model, options);
}

Result<BacktestResult> Backtest::runOn(const std::vector<QDate> &dates, const std::vector<OutcomeRecord> &outcomes,
                                       const std::function<int(const QString &)> &accountIndexOf,
                                       const std::function<Result<Week>(std::size_t)> &loadWeek, const Model &model,
                                       const BacktestOptions &options)
{
    if (options.horizonDays < 0)
        return fail(tr("The horizon must be zero or more days, not %1.").arg(options.horizonDays), Error::Code::Invalid);
    if (model.tiers.empty())
        return fail(tr("The model has no tiers to back-test."), Error::Code::Invalid);
    std::vector<int> outcomeAccount(outcomes.size());
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        outcomeAccount[i] = accountIndexOf(outcomes[i].accountId);

    BacktestResult result;
    result.horizonDays = options.horizonDays;
    result.outcomes = std::int64_t(outcomes.size());

    // Index of the last as_of ≤ limit (or < limit when `strict`), -1 when none.
    auto lastIndex = [&](QDate limit, bool strict) {
        auto it = strict ? std::lower_bound(dates.begin(), dates.end(), limit)
                         : std::upper_bound(dates.begin(), dates.end(), limit);
        return int(it - dates.begin()) - 1;
    };

    std::vector<std::vector<Request>> pending(dates.size());
    std::vector<LeadState> lead(outcomes.size());
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const OutcomeRecord &o = outcomes[i];
        const int oi = int(i);
        if (o.snapshotAsOf.isValid()) {
            const auto it = std::lower_bound(dates.begin(), dates.end(), o.snapshotAsOf);
            if (it == dates.end() || *it != o.snapshotAsOf)
                ++result.excludedNoSnapshot;
            else
                pending[std::size_t(it - dates.begin())].push_back({RequestKind::Evaluate, oi, 0, false});
        } else if (o.date.isValid()) {
            const int idx = lastIndex(o.date.addDays(-options.horizonDays), false);
            if (idx < 0)
                ++result.excludedNoSnapshot;
            else
                pending[std::size_t(idx)].push_back({RequestKind::Evaluate, oi, 0, true});
        } else {
            ++result.excludedNoSnapshot;
        }
        if (!o.date.isValid())
            continue;
        if (options.trajectory) {
            for (std::size_t k = 0; k < kTrajectoryDays.size(); ++k) {
                const int idx = lastIndex(o.date.addDays(-kTrajectoryDays[k]), false);
                if (idx >= 0)
                    pending[std::size_t(idx)].push_back({RequestKind::Trajectory, oi, int(k), true});
            }
        }
        if (options.leadTime && isChurn(o.kind)) {
            const int idx = lastIndex(o.date, true);
            if (idx >= 0)
                pending[std::size_t(idx)].push_back({RequestKind::LeadTime, oi, 0, true});
        }
    }

    struct TrajectorySums
    {
        double churned = 0, retained = 0;
        std::int64_t nChurned = 0, nRetained = 0;
    };
    std::array<TrajectorySums, kTrajectoryDays.size()> trajectory{};

    // Per variant index (0 the base), for the per-segment figures.
    std::vector<LeadTimeResult> segmentLead(model.segments.variants.empty() ? 0 : model.segments.variants.size() + 1);
    auto closeLead = [&](int outcome) {
        const LeadState &s = lead[std::size_t(outcome)];
        if (!s.seen)
            return;
        for (LeadTimeResult *lt : {&result.leadTime, s.variant < segmentLead.size() ? &segmentLead[s.variant] : nullptr}) {
            if (!lt)
                continue;
            ++lt->churned;
            if (s.runStart.isValid()) {
                ++lt->flagged;
                lt->days.push_back(int(s.runStart.daysTo(outcomes[std::size_t(outcome)].date)));
            }
        }
    };

    EvaluationBuilder builder(model);
    const bool scoreSubset = std::none_of(model.signals.begin(), model.signals.end(),
                                          [](const Signal &s) { return s.rule.kind == RuleKind::Percentile; });
    std::vector<std::int32_t> wanted, scoredRow;   // per snapshot row: its row among the scored ones
    ScoringEngine engine;
    if (auto r = engine.setModel(model); !r)
        return std::unexpected(r.error());

    for (int idx = int(dates.size()) - 1; idx >= 0; --idx) {
        std::vector<Request> requests = std::move(pending[std::size_t(idx)]);
        pending[std::size_t(idx)].clear();
        if (requests.empty())
            continue;
        const QDate asOf = dates[std::size_t(idx)];
        auto week = loadWeek(std::size_t(idx));
        if (!week)
            return std::unexpected(week.error());
        // Only the rows asked about are scored, unless a percentile rule makes a score depend on
        // the whole snapshot. `data` holds those rows (in `wanted` order) or the whole snapshot.
        auto rowFor = [&](const Request &q) {
            const int account = outcomeAccount[std::size_t(q.outcome)];
            return account < 0 ? -1 : week->rows[std::size_t(account)];
        };
        std::shared_ptr<const Dataset> data;
        if (scoreSubset) {
            wanted.clear();
            std::size_t weekRows = 0;
            for (const Request &q : requests)
                weekRows = std::max(weekRows, std::size_t(rowFor(q) + 1));
            if (scoredRow.size() < weekRows)
                scoredRow.resize(weekRows, -1);
            for (const Request &q : requests) {
                const int row = rowFor(q);
                if (row >= 0 && scoredRow[std::size_t(row)] < 0) {
                    scoredRow[std::size_t(row)] = 0;
                    wanted.push_back(row);
                }
            }
            std::sort(wanted.begin(), wanted.end());
            for (std::size_t i = 0; i < wanted.size(); ++i)
                scoredRow[std::size_t(wanted[i])] = std::int32_t(i);
            data = std::make_shared<const Dataset>(week->pick(wanted));
            builder.bind(*data);
            std::vector<std::int32_t> everyRow(wanted.size());
            std::iota(everyRow.begin(), everyRow.end(), 0);
            if (auto r = engine.setDataset(std::make_shared<const Dataset>(data->gather(everyRow, builder.sourceColumns()))); !r)
                return std::unexpected(r.error());
        } else {
            data = week->whole();
            builder.bind(*data);
            if (auto r = engine.setDataset(data); !r)
                return std::unexpected(r.error());
        }
        const std::vector<double> &scores = engine.scores();
        const std::vector<std::int8_t> &tiers = engine.tiers();
        bool used = false;

        for (const Request &q : requests) {
            const OutcomeRecord &o = outcomes[std::size_t(q.outcome)];
            const int row = rowFor(q);
            if (row < 0) {
                if (q.fallback && idx > 0)
                    pending[std::size_t(idx - 1)].push_back(q);
                else if (q.kind == RequestKind::Evaluate)
                    ++result.excludedNoSnapshot;
                else if (q.kind == RequestKind::LeadTime)
                    closeLead(q.outcome);
                continue;
            }
            const std::size_t at = scoreSubset ? std::size_t(scoredRow[std::size_t(row)]) : std::size_t(row);
            const double score = scores[at];
            int tier = tiers[at];
            if (options.manualOverrides) {
                const int modelTier = tier;
                tier = options.manualOverrides->effect(o.accountId, asOf, score, modelTier).tier;
                if (q.kind == RequestKind::Evaluate && tier != modelTier && !std::isnan(score))
                    ++result.overriddenTiers;
            }
            const bool churned = isChurn(o.kind);
            switch (q.kind) {
            case RequestKind::Evaluate: {
                if (std::isnan(score)) {
                    ++result.excludedUnscored;
                    break;
                }
                BacktestSample s;
                if (o.snapshotAsOf.isValid())
                    ++result.labelOnSnapshot;
                s.accountId = o.accountId;
                s.kind = o.kind;
                s.outcomeDate = o.date;
                s.asOf = asOf;
                s.score = score;
                s.tier = tier;
                s.churned = churned;
                s.arr = at < data->arr.size() ? data->arr[at] : kMissing;
                result.samples.push_back(std::move(s));
                builder.append(*data, at);
                used = true;
                break;
            }
            case RequestKind::Trajectory: {
                if (std::isnan(score))
                    break;
                TrajectorySums &t = trajectory[std::size_t(q.slot)];
                if (churned) {
                    t.churned += score;
                    ++t.nChurned;
                } else {
                    t.retained += score;
                    ++t.nRetained;
                }
                break;
            }
            case RequestKind::LeadTime: {
                LeadState &s = lead[std::size_t(q.outcome)];
                if (!s.seen) {
                    const std::vector<std::uint8_t> &variants = engine.variantOfRows();
                    s.variant = at < variants.size() ? variants[at] : 0;
                }
                s.seen = true;
                if (tier == 0) {
                    s.runStart = asOf;
                    if (idx > 0)
                        pending[std::size_t(idx - 1)].push_back(q);
                    else
                        closeLead(q.outcome);
                } else {
                    closeLead(q.outcome);
                }
                break;
            }
            }
        }
        for (std::int32_t row : wanted)
            scoredRow[std::size_t(row)] = -1;
        if (used)
            result.snapshotsUsed.push_back(asOf);
    }
    std::reverse(result.snapshotsUsed.begin(), result.snapshotsUsed.end());

    // Metrics over the evaluated outcomes.
    const std::size_t n = result.samples.size();
    std::vector<double> scores(n), arr(n);
    std::vector<std::int8_t> tiers(n);
    std::vector<std::uint8_t> churned(n);
    for (std::size_t i = 0; i < n; ++i) {
        const BacktestSample &s = result.samples[i];
        scores[i] = s.score;
        tiers[i] = std::int8_t(s.tier);
        churned[i] = s.churned ? 1 : 0;
        arr[i] = s.arr;
        result.positives += churned[i];
    }
    result.n = std::int64_t(n);
    {
        QSet<QString> accounts;
        for (const BacktestSample &s : result.samples)
            accounts.insert(s.accountId);
        result.accounts = accounts.size();
    }
    // One class only: AUC is undefined and precision is trivially 1 or 0, so there is no finding to show.
    if (n > 0 && (result.positives == 0 || result.positives == result.n))
        return fail(tr("All %1 outcomes the back-test evaluates are %2: a back-test needs churned and retained accounts. "
                       "Import outcomes of the other kind, a label column holding both values, or derive them from churn "
                       "events with \"tierlab outcomes derive\".")
                        .arg(n)
                        .arg(result.positives == 0 ? tr("retained") : tr("churned")),
                    Error::Code::Invalid);
    auto m = metrics(scores, tiers, churned, arr, int(model.tiers.size()), options);
    if (!m)
        return std::unexpected(m.error());
    result.metrics = std::move(*m);

    // Lead time.
    finishLeadTime(result.leadTime);

    if (options.trajectory) {
        for (std::size_t k = 0; k < kTrajectoryDays.size(); ++k) {
            const TrajectorySums &t = trajectory[k];
            TrajectoryPoint p;
            p.daysBefore = kTrajectoryDays[k];
            p.churned = t.nChurned;
            p.retained = t.nRetained;
            if (t.nChurned > 0)
                p.meanChurned = t.churned / double(t.nChurned);
            if (t.nRetained > 0)
                p.meanRetained = t.retained / double(t.nRetained);
            result.trajectory.push_back(p);
        }
    }

    result.evaluation = std::make_shared<const Dataset>(builder.take());
    if (n == 0)
        return result;

    if (!model.segments.variants.empty()) {
        auto ok = segmentMetrics(result, model, scores, tiers, churned, arr, segmentLead, options);
        if (!ok)
            return std::unexpected(ok.error());
    }

    // Signal diagnostics over the evaluated rows.
    for (const Signal &s : model.signals) {
        const int col = result.evaluation->columnIndex(s.columnName());
        if (col < 0)
            continue;
        auto d = diagnoseColumn(result.evaluation->columns[std::size_t(col)], churned);
        if (!d)
            return std::unexpected(d.error());
        result.signals.push_back({s.id, s.columnName(), std::move(*d)});
    }

    // The misses, each with its main reason (explained on the gathered rows).
    std::vector<std::size_t> fn, fp;
    for (std::size_t i = 0; i < n; ++i) {
        if (churned[i] && tiers[i] != 0)
            fn.push_back(i);
        else if (!churned[i] && tiers[i] == 0)
            fp.push_back(i);
    }
    auto byScore = [&](bool descending) {
        return [&, descending](std::size_t a, std::size_t b) {
            if (scores[a] != scores[b])
                return descending ? scores[a] > scores[b] : scores[a] < scores[b];
            return result.samples[a].accountId < result.samples[b].accountId;
        };
    };
    std::sort(fn.begin(), fn.end(), byScore(true));
    std::sort(fp.begin(), fp.end(), byScore(false));
    const std::size_t cap = std::size_t(std::max(0, options.listSize));
    fn.resize(std::min(fn.size(), cap));
    fp.resize(std::min(fp.size(), cap));
    if (fn.empty() && fp.empty())
        return result;
    ScoringEngine explainer;
    explainer.setThreadCount(1);
    if (auto r = explainer.setModel(model); !r)
        return std::unexpected(r.error());
    if (auto r = explainer.setDataset(result.evaluation); !r)
        return std::unexpected(r.error());
    auto entry = [&](std::size_t i, bool lookedHealthy) {
        const BacktestSample &s = result.samples[i];
        return BacktestListEntry{s.accountId, s.asOf, s.outcomeDate, s.score, s.tier,
                                 topReason(explainer.explain(i), lookedHealthy)};
    };
    for (std::size_t i : fn)
        result.falseNegatives.push_back(entry(i, true));
    for (std::size_t i : fp)
        result.falsePositives.push_back(entry(i, false));
    return result;
}

} // namespace tierlab
