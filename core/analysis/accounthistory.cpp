#include "accounthistory.h"

#include "analysis/snapshothistory.h"
#include "engine/scoringengine.h"
#include "model/modelfile.h"

#include <algorithm>
#include <memory>

namespace tierlab {

namespace {

// Percentiles rank every account of the snapshot; every other rule reads the account's row alone.
bool ranksWholeSnapshot(const Model &model)
{
    for (const Signal &s : model.signals) {
        if (s.rule.kind == RuleKind::Percentile)
            return true;
    }
    for (const SegmentVariant &v : model.segments.variants) {
        for (const SignalVariant &s : v.signals) {
            if (s.rule && s.rule->kind == RuleKind::Percentile)
                return true;
        }
    }
    return false;
}

// One engine per distinct model, kept across the weeks (only the dataset changes).
class WeekScorer
{
public:
    explicit WeekScorer(const SnapshotHistory &history) : m_history(history) {}

    Result<int> add(const Model &model)
    {
        for (std::size_t i = 0; i < m_models.size(); ++i) {
            if (m_models[i] == model)
                return int(i);
        }
        auto engine = std::make_unique<ScoringEngine>();
        engine->setThreadCount(1);   // one row, or one snapshot a week: not worth the threads' start
        if (auto r = engine->setModel(model); !r)
            return std::unexpected(r.error());
        m_models.push_back(model);
        m_whole.push_back(ranksWholeSnapshot(model));
        m_engines.push_back(std::move(engine));
        return int(m_models.size() - 1);
    }

    // Model `engine` on the account's row `row` of week `week`.
    Result<Explanation> explain(int engine, std::size_t week, std::int32_t row)
    {
        ScoringEngine &e = *m_engines[std::size_t(engine)];
        std::shared_ptr<const Dataset> data;
        std::size_t at = 0;
        if (m_whole[std::size_t(engine)]) {
            data = m_history.week(week);
            at = std::size_t(row);
        } else {
            data = std::make_shared<const Dataset>(m_history.gather(week, std::span<const std::int32_t>(&row, 1)));
        }
        if (auto r = e.setDataset(std::move(data)); !r)
            return fail(AccountHistory::tr("%1: %2").arg(m_history.dates()[week].toString(Qt::ISODate), r.error().message),
                        r.error().code);
        return e.explain(at);
    }

private:
    const SnapshotHistory &m_history;
    std::vector<Model> m_models;
    std::vector<bool> m_whole;
    std::vector<std::unique_ptr<ScoringEngine>> m_engines;
};

QString textOf(const std::vector<QString> &names, std::int32_t code)
{
    return code >= 0 && std::size_t(code) < names.size() ? names[std::size_t(code)] : QString();
}

} // namespace

Result<std::vector<ModelInForce>> AccountHistory::publishedModels(const Workspace &workspace)
{
    auto log = workspace.publications();
    if (!log)
        return std::unexpected(log.error());
    std::vector<ModelInForce> out;
    out.reserve(log->size());
    for (const Publication &p : *log) {
        auto version = workspace.model(p.modelId);
        if (!version)
            return std::unexpected(version.error());
        auto model = ModelFile::fromJson(version->json.toUtf8());
        if (!model)
            return fail(tr("published version \"%1\": %2").arg(version->name, model.error().message), model.error().code);
        out.push_back({version->id, version->name, p.publishedAt, std::move(*model)});
    }
    return out;
}

Result<AccountHistoryResult> AccountHistory::compute(const SnapshotHistory &history, const ModelInForce &fallback,
                                                     const std::vector<ModelInForce> &published, const QString &accountId,
                                                     const std::vector<ManualOverrideRecord> &overrides,
                                                     const std::atomic<bool> *cancel)
{
    const int account = history.accountIndex(accountId);
    if (account < 0)
        return fail(tr("no snapshot of account \"%1\"").arg(accountId), Error::Code::NotFound);

    AccountHistoryResult out;
    out.accountId = accountId;
    out.models.reserve(published.size() + 1);
    out.models.push_back(fallback);
    out.models.insert(out.models.end(), published.begin(), published.end());
    std::sort(out.models.begin() + 1, out.models.end(),
              [](const ModelInForce &a, const ModelInForce &b) { return a.publishedAt < b.publishedAt; });
    for (const ManualOverrideRecord &r : overrides) {
        if (r.accountId == accountId)
            out.manualOverrides.push_back(r);
    }

    WeekScorer scorer(history);
    std::vector<int> engineOf;   // per entry of out.models
    std::vector<ManualOverrides> manual;
    for (const ModelInForce &m : out.models) {
        auto engine = scorer.add(m.model);
        if (!engine)
            return fail(tr("model \"%1\": %2").arg(m.name, engine.error().message), engine.error().code);
        engineOf.push_back(*engine);
        manual.emplace_back(out.manualOverrides);
        manual.back().setTiers(m.model.tiers);   // a tier override is one of that model's tiers
    }

    const std::vector<QDate> &dates = history.dates();
    std::size_t next = 1;   // the first publication not yet in force
    int inForce = 0;
    std::ptrdiff_t scoredBefore = -1;   // the account's latest scored week so far (index into out.weeks)
    for (std::size_t w = 0; w < dates.size(); ++w) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(tr("cancelled"), Error::Code::Cancelled);
        while (next < out.models.size() && out.models[next].publishedAt.toUTC().date() <= dates[w])
            inForce = int(next++);
        const std::int32_t row = history.rows(w)[std::size_t(account)];
        if (row < 0)
            continue;
        AccountWeek week;
        week.asOf = dates[w];
        week.model = inForce;
        week.modelChanged = !out.weeks.empty() && out.weeks.back().model != inForce;
        auto now = scorer.explain(engineOf[std::size_t(inForce)], w, row);
        if (!now)
            return std::unexpected(now.error());
        week.explanation = std::move(*now);
        week.manual = manual[std::size_t(inForce)].effect(accountId, week.asOf, week.explanation.score, week.explanation.tier);

        if (scoredBefore >= 0 && week.scored()) {
            const AccountWeek *previous = &out.weeks[std::size_t(scoredBefore)];
            const int before = engineOf[std::size_t(previous->model)];
            Explanation sameModel;   // the previous week's model on this week's data
            if (before == engineOf[std::size_t(inForce)]) {
                sameModel = week.explanation;
            } else {
                auto e = scorer.explain(before, w, row);
                if (!e)
                    return std::unexpected(e.error());
                sameModel = std::move(*e);
            }
            if (sameModel.scored) {
                week.previousAsOf = previous->asOf;
                week.total = week.score() - previous->score();
                week.behaviour = sameModel.score - previous->score();
                // Exactly 0 under the same model, not a rounding residue of the other two.
                week.modelChange = before == engineOf[std::size_t(inForce)] ? 0.0 : week.score() - sameModel.score;
                week.drivers = Review::drivers(out.models[std::size_t(previous->model)].model, previous->explanation, sameModel);
            }
        }
        out.weeks.push_back(std::move(week));
        if (out.weeks.back().scored())
            scoredBefore = std::ptrdiff_t(out.weeks.size() - 1);
    }

    if (out.weeks.empty())
        return fail(tr("no snapshot of account \"%1\"").arg(accountId), Error::Code::NotFound);
    // The header: the account as of its latest week.
    const std::size_t last = std::size_t(std::find(dates.begin(), dates.end(), out.weeks.back().asOf) - dates.begin());
    const std::int32_t row = history.rows(last)[std::size_t(account)];
    const Dataset one = history.gather(last, std::span<const std::int32_t>(&row, 1), {}, true);
    out.name = one.names.empty() ? QString() : one.names.front();
    out.csm = one.csm.empty() ? QString() : textOf(one.csmNames, one.csm.front());
    out.segment = one.segment.empty() ? QString() : textOf(one.segmentNames, one.segment.front());
    out.arr = one.arr.empty() ? kMissing : one.arr.front();
    if (!one.renewalDay.empty() && one.renewalDay.front() != Dataset::kNoDate)
        out.renewalDate = QDate::fromJulianDay(one.renewalDay.front());
    return out;
}

} // namespace tierlab
