#include "designersession.h"

#include "model/modelfile.h"
#include "model/modelsegments.h"
#include "model/modelvalidator.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tierlab {

namespace {

// True when `a` and `b` differ only in what the engine can change incrementally.
bool sameShape(const Model &a, const Model &b)
{
    if (a.name != b.name || a.description != b.description || a.extra != b.extra
        || a.categories.size() != b.categories.size() || a.signals.size() != b.signals.size()
        || a.tiers.size() != b.tiers.size())
        return false;
    for (std::size_t c = 0; c < a.categories.size(); ++c) {
        Category x = a.categories[c];
        x.weight = b.categories[c].weight;
        if (!(x == b.categories[c]))
            return false;
    }
    for (std::size_t s = 0; s < a.signals.size(); ++s) {
        Signal x = a.signals[s];
        x.weight = b.signals[s].weight;
        x.rule = b.signals[s].rule;
        x.missing = b.signals[s].missing;
        if (!(x == b.signals[s]))
            return false;
    }
    return true;
}

} // namespace

std::int64_t TierTransitions::changed() const
{
    std::int64_t n = 0;
    for (int b = 0; b < slots(); ++b)
        for (int c = 0; c < slots(); ++c)
            n += b == c ? 0 : accountsAt(b, c);
    return n;
}

DesignerPrepared::DesignerPrepared() = default;
DesignerPrepared::~DesignerPrepared() = default;

DesignerSession::DesignerSession(QObject *parent)
    : QObject(parent), m_current(std::make_unique<ScoringEngine>()), m_baseline(std::make_unique<ScoringEngine>())
{
}

DesignerSession::~DesignerSession() = default;

Result<void> DesignerSession::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    markCoverageDirty();
    Result<void> base = m_baseline->setDataset(m_dataset);
    Result<void> current = m_current->setDataset(m_dataset);
    announceDataset();
    if (!current)
        return current;
    if (!base)
        return fail(tr("The baseline model does not fit this snapshot: %1").arg(base.error().message),
                    base.error().code);
    return {};
}

Result<void> DesignerSession::load(std::shared_ptr<const Dataset> dataset, const Model &baseline,
                                   const QString &versionName, const Model &current)
{
    // Models first, data last: each engine binds and scores once.
    (void)m_current->setDataset(nullptr);
    (void)m_baseline->setDataset(nullptr);
    if (Result<void> ok = m_baseline->setModel(baseline); !ok)
        return ok;
    if (Result<void> ok = m_current->setModel(current); !ok)
        return ok;
    m_baselineModel = baseline;
    m_savedModel = baseline;
    m_baselineName = versionName;
    m_wasDirty = !(current == baseline);
    Result<void> ok = setDataset(std::move(dataset));
    Q_EMIT modelChanged();
    Q_EMIT scoresChanged();
    Q_EMIT dirtyChanged(m_wasDirty);
    return ok;
}

std::shared_ptr<DesignerPrepared> DesignerSession::prepare(std::shared_ptr<const Dataset> dataset, const Model &baseline,
                                                          const Model &current)
{
    // The same steps as load(): models first, then the data, each engine scoring once.
    auto p = std::make_shared<DesignerPrepared>();
    p->dataset = std::move(dataset);
    p->baseline = baseline;
    p->current = current;
    p->baselineEngine = std::make_unique<ScoringEngine>();
    p->currentEngine = std::make_unique<ScoringEngine>();
    p->ok = p->dataset && p->baselineEngine->setModel(baseline) && p->currentEngine->setModel(current)
            && p->baselineEngine->setDataset(p->dataset) && p->currentEngine->setDataset(p->dataset);
    return p;
}

void DesignerSession::adoptEngines(DesignerPrepared &prepared)
{
    m_dataset = prepared.dataset;
    m_baseline = std::move(prepared.baselineEngine);
    m_current = std::move(prepared.currentEngine);
    prepared.ok = false;   // its engines are the session's now
    markCoverageDirty();
}

void DesignerSession::announceDataset()
{
    Q_EMIT datasetChanged();
    Q_EMIT baselineChanged();
    Q_EMIT scoresChanged();
}

Result<void> DesignerSession::load(const std::shared_ptr<DesignerPrepared> &prepared, const Model &baseline,
                                   const QString &versionName, const Model &current)
{
    if (!prepared)
        return fail(tr("No snapshot to load"), Error::Code::Invalid);
    if (!prepared->ok || !(prepared->baseline == baseline) || !(prepared->current == current))
        return load(prepared->dataset, baseline, versionName, current);
    adoptEngines(*prepared);
    m_baselineModel = baseline;
    m_savedModel = baseline;
    m_baselineName = versionName;
    m_wasDirty = !(current == baseline);
    announceDataset();
    Q_EMIT modelChanged();
    Q_EMIT scoresChanged();
    Q_EMIT dirtyChanged(m_wasDirty);
    return {};
}

Result<void> DesignerSession::setDataset(const std::shared_ptr<DesignerPrepared> &prepared)
{
    if (!prepared)
        return fail(tr("No snapshot to load"), Error::Code::Invalid);
    // Edits made while the worker scored make its engines stale: score here, as setDataset() does.
    if (!prepared->ok || !(prepared->baseline == m_baseline->model()) || !(prepared->current == m_current->model()))
        return setDataset(prepared->dataset);
    adoptEngines(*prepared);
    announceDataset();
    return {};
}

Result<void> DesignerSession::setBaseline(const Model &model, const QString &versionName)
{
    if (Result<void> ok = m_baseline->setModel(model); !ok)
        return ok;
    m_baselineModel = model;
    m_savedModel = model;
    m_baselineName = versionName;
    Q_EMIT baselineChanged();
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    return {};
}

Result<void> DesignerSession::markSaved(const QString &versionName)
{
    return setBaseline(m_current->model(), versionName);
}

Result<void> DesignerSession::applyModel(const Model &model)
{
    const Model &now = m_current->model();
    if (now.categories.empty() || !sameShape(now, model))
        return edited(m_current->setModel(model), true);
    // Same shape: apply only what changed, each through the engine's incremental path.
    for (std::size_t c = 0; c < model.categories.size(); ++c) {
        if (now.categories[c].weight != model.categories[c].weight) {
            if (Result<void> ok = m_current->setCategoryWeight(int(c), model.categories[c].weight); !ok)
                return edited(ok, false);
        }
    }
    bool coverageMoves = false;
    for (std::size_t s = 0; s < model.signals.size(); ++s) {
        const Signal &want = model.signals[s];
        if (!(now.signals[s].rule == want.rule) || now.signals[s].missing != want.missing) {
            if (Result<void> ok = m_current->setSignalRule(int(s), want.rule, want.missing); !ok)
                return edited(ok, false);
            coverageMoves = true;
        }
        if (now.signals[s].weight != want.weight) {
            if (Result<void> ok = m_current->setSignalWeight(int(s), want.weight); !ok)
                return edited(ok, false);
            coverageMoves = true;
        }
    }
    if (coverageMoves)
        markCoverageDirty();
    if (!(now.penalties == model.penalties)) {
        if (Result<void> ok = m_current->setPenalties(model.penalties); !ok)
            return edited(ok, false);
    }
    if (!(now.overrides == model.overrides)) {
        if (Result<void> ok = m_current->setOverrides(model.overrides); !ok)
            return edited(ok, false);
    }
    if (!(now.tiers == model.tiers)) {
        if (Result<void> ok = m_current->setTiers(model.tiers); !ok)
            return edited(ok, false);
    }
    if (!(now.segments == model.segments)) {
        // A variant's weight or rule: only that variant's engine re-scores (a new `when` re-binds).
        markCoverageDirty();
        if (Result<void> ok = m_current->setSegments(model.segments); !ok)
            return edited(ok, false);
    }
    return edited({}, false);
}

Result<void> DesignerSession::setCategoryWeight(int category, double weight)
{
    return edited(m_current->setCategoryWeight(category, weight), false);
}

Result<void> DesignerSession::setSignalWeight(int signal, double weight)
{
    markCoverageDirty();
    return edited(m_current->setSignalWeight(signal, weight), false);
}

Result<void> DesignerSession::setSignalRule(int signal, const SignalRule &rule, MissingPolicy missing)
{
    markCoverageDirty();
    return edited(m_current->setSignalRule(signal, rule, missing), false);
}

Result<void> DesignerSession::setPenalties(const std::vector<Penalty> &penalties)
{
    return edited(m_current->setPenalties(penalties), false);
}

Result<void> DesignerSession::setOverrides(const std::vector<Override> &overrides)
{
    return edited(m_current->setOverrides(overrides), false);
}

Result<void> DesignerSession::setTierMin(int tier, double min)
{
    std::vector<Tier> tiers = m_current->model().tiers;
    if (tier <= 0 || std::size_t(tier) >= tiers.size())
        return fail(tr("Tier %1 has no movable threshold").arg(tier + 1), Error::Code::Invalid);
    tiers[std::size_t(tier)].min = min;
    return edited(m_current->setTiers(tiers), false);
}

Result<void> DesignerSession::edited(Result<void> result, bool structural)
{
    if (structural)
        markCoverageDirty();
    // A failed edit leaves the engine on its previous model, which still deserves a redraw.
    // The model first: views take the new tiers before they draw the new scores.
    Q_EMIT modelChanged();
    Q_EMIT scoresChanged();
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    return result;
}

void DesignerSession::histogram(double binWidth, ScoreHistogram *out) const
{
    histogram(binWidth, out, kAllRows);
}

void DesignerSession::histogram(double binWidth, ScoreHistogram *out, int variant) const
{
    const int tierCount = int(m_current->model().tiers.size());
    const int bins = std::max(1, int(std::ceil(100.0 / binWidth)));
    out->binWidth = binWidth;
    out->bins = bins;
    out->tierCount = tierCount;
    out->counts.assign(std::size_t(bins * std::max(tierCount, 1)), 0);
    if (!m_current->isReady() || tierCount == 0)
        return;
    const std::vector<double> &scores = m_current->scores();
    const std::vector<std::int8_t> &tiers = m_current->tiers();
    const std::vector<std::uint8_t> &variantOf = m_current->variantOfRows();
    const bool filtered = variant != kAllRows && variantOf.size() == scores.size();
    const double inv = 1.0 / binWidth;
    std::int64_t *counts = out->counts.data();
    for (std::size_t r = 0; r < scores.size(); ++r) {
        const double s = scores[r];
        if (s != s || (filtered && variantOf[r] != variant))
            continue;
        int bin = int(s * inv);
        bin = bin < bins ? bin : bins - 1;
        ++counts[bin * tierCount + tiers[r]];
    }
}

void DesignerSession::segmentSummaries(int variant, ScoreSummary *current, ScoreSummary *baseline) const
{
    const std::vector<std::uint8_t> &variantOf = m_current->variantOfRows();
    const auto fill = [&](const ScoringEngine &engine, ScoreSummary *out) {
        const std::size_t tierCount = engine.model().tiers.size();
        out->tierCounts.assign(tierCount, 0);
        out->tierArr.assign(tierCount, 0.0);
        out->scored = out->unscored = 0;
        out->unscoredArr = 0;
        if (!engine.isReady() || !m_dataset)
            return;
        const std::vector<std::int8_t> &tiers = engine.tiers();
        const std::vector<double> &arr = m_dataset->arr;
        const bool filtered = variant != kAllRows && variantOf.size() == tiers.size();
        for (std::size_t r = 0; r < tiers.size() && r < arr.size(); ++r) {
            if (filtered && variantOf[r] != variant)
                continue;
            const double a = arr[r] != arr[r] ? 0.0 : arr[r];
            if (tiers[r] < 0 || std::size_t(tiers[r]) >= tierCount) {
                ++out->unscored;
                out->unscoredArr += a;
            } else {
                ++out->scored;
                ++out->tierCounts[std::size_t(tiers[r])];
                out->tierArr[std::size_t(tiers[r])] += a;
            }
        }
    };
    fill(*m_current, current);
    if (baseline)
        fill(*m_baseline, baseline);
}

std::vector<std::int64_t> DesignerSession::segmentSizes() const
{
    const std::vector<std::uint8_t> &variantOf = m_current->variantOfRows();
    if (variantOf.empty())
        return {};
    return ModelSegments::rowsPerVariant(variantOf, m_current->model().segments.variants.size());
}

TierTransitions DesignerSession::transitions() const
{
    TierTransitions t;
    t.tierCount = int(std::max(m_current->model().tiers.size(), m_baselineModel.tiers.size()));
    const std::size_t cells = std::size_t(t.slots() * t.slots());
    t.accounts.assign(cells, 0);
    t.arr.assign(cells, 0.0);
    if (!m_current->isReady() || !m_baseline->isReady() || !m_dataset)
        return t;
    const std::vector<std::int8_t> &now = m_current->tiers();
    const std::vector<std::int8_t> &before = m_baseline->tiers();
    const std::vector<double> &arr = m_dataset->arr;
    for (std::size_t r = 0; r < now.size() && r < before.size(); ++r) {
        const int b = before[r] < 0 ? t.tierCount : before[r];
        const int c = now[r] < 0 ? t.tierCount : now[r];
        const std::size_t cell = std::size_t(b * t.slots() + c);
        ++t.accounts[cell];
        if (arr[r] == arr[r])
            t.arr[cell] += arr[r];
    }
    return t;
}

const std::vector<float> &DesignerSession::coverage() const
{
    if (!m_coverageDirty)
        return m_coverage;
    m_coverageDirty = false;
    const std::size_t rows = m_dataset ? m_dataset->size() : 0;
    m_coverage.assign(rows, 0.0f);
    if (!m_dataset || !m_current->isReady())
        return m_coverage;
    const Model &m = m_current->model();
    double total = 0;
    std::vector<double> present(rows, 0.0);
    for (const Signal &sig : m.signals) {
        total += sig.weight;
        const int ci = m_dataset->columnIndex(sig.columnName());
        if (ci < 0 || sig.weight <= 0)
            continue;
        const Column &col = m_dataset->columns[std::size_t(ci)];
        if (col.info.type == SignalType::Category) {
            // A flag rule reads text it does not recognise as missing (as the engine's explain does).
            std::vector<char> usable(col.dictionary.size(), 1);
            if (sig.rule.kind == RuleKind::Flag)
                for (std::size_t k = 0; k < col.dictionary.size(); ++k)
                    usable[k] = flagFromText(col.dictionary[k]) >= 0;
            for (std::size_t r = 0; r < rows; ++r) {
                const std::int32_t code = col.codes[r];
                if (code >= 0 && usable[std::size_t(code)])
                    present[r] += sig.weight;
            }
        } else {
            for (std::size_t r = 0; r < rows; ++r)
                if (col.numbers[r] == col.numbers[r])
                    present[r] += sig.weight;
        }
    }
    if (total > 0)
        for (std::size_t r = 0; r < rows; ++r)
            m_coverage[r] = float(present[r] / total);
    return m_coverage;
}

Model DesignerSession::starterModel(const Dataset &data)
{
    const std::vector<SignalInfo> catalogue = [&data] {
        std::vector<SignalInfo> c;
        for (const Column &col : data.columns)
            c.push_back(col.info);
        return c;
    }();
    for (const QString &path : {QStringLiteral(":/models/seed-default.json"), QStringLiteral(":/models/seed-simple.json")}) {
        if (!QFile::exists(path))
            continue;
        if (auto seed = ModelFile::load(path); seed && ModelValidator::checkColumns(*seed, catalogue).empty())
            return *seed;
    }
    // No seed fits this workspace: one category per kind of signal, every signal ranked by percentile
    // (higher is better), flags scored yes = 100, categories neutral. A start the user tunes.
    Model m;
    m.name = tr("Starter model");
    m.description = tr("Generated from the workspace's signals; no seed model fits it.");
    const auto addCategory = [&m](const QString &id, const QString &label) {
        if (m.categoryIndex(id) < 0)
            m.categories.push_back(Category{id, label, {}, 1, Aggregate::Mean, {}});
    };
    for (const Column &col : data.columns) {
        Signal s;
        s.id = col.info.id;
        s.label = col.info.label.isEmpty() ? col.info.id : col.info.label;
        switch (col.info.type) {
        case SignalType::Number:
            addCategory(QStringLiteral("measures"), tr("Measures"));
            s.category = QStringLiteral("measures");
            s.rule.kind = RuleKind::Percentile;
            break;
        case SignalType::Flag:
            addCategory(QStringLiteral("flags"), tr("Flags"));
            s.category = QStringLiteral("flags");
            s.rule.kind = RuleKind::Flag;
            break;
        case SignalType::Category:
            addCategory(QStringLiteral("attributes"), tr("Attributes"));
            s.category = QStringLiteral("attributes");
            s.rule.kind = RuleKind::Map;
            s.rule.mapDefault = 50;
            break;
        }
        m.signals.push_back(std::move(s));
    }
    if (m.categories.empty())
        m.categories.push_back(Category{QStringLiteral("measures"), tr("Measures"), {}, 1, Aggregate::Mean, {}});
    m.tiers = {Tier{QStringLiteral("red"), tr("At risk"), QStringLiteral("#D55E00"), 0, {}},
               Tier{QStringLiteral("yellow"), tr("Watch"), QStringLiteral("#E69F00"), 40, {}},
               Tier{QStringLiteral("green"), tr("Healthy"), QStringLiteral("#009E73"), 70, {}}};
    return m;
}

std::vector<double> DesignerSession::normalised(const std::vector<double> &weights, const std::vector<bool> &locked,
                                                double total)
{
    std::vector<double> out = weights;
    double lockedSum = 0, freeSum = 0;
    int freeCount = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const bool isLocked = i < locked.size() && locked[i];
        (isLocked ? lockedSum : freeSum) += weights[i];
        freeCount += isLocked ? 0 : 1;
    }
    if (freeCount == 0)
        return out;
    const double target = std::max(0.0, total - lockedSum);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (i < locked.size() && locked[i])
            continue;
        out[i] = freeSum > 0 ? weights[i] * target / freeSum : target / freeCount;
    }
    return out;
}

std::vector<double> DesignerSession::rebalanced(const std::vector<double> &weights, const std::vector<bool> &locked,
                                                int index, double value)
{
    std::vector<double> out = weights;
    if (index < 0 || std::size_t(index) >= weights.size())
        return out;
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double lockedOthers = 0, freeOthers = 0;
    int freeCount = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (int(i) == index)
            continue;
        if (i < locked.size() && locked[i]) {
            lockedOthers += weights[i];
        } else {
            freeOthers += weights[i];
            ++freeCount;
        }
    }
    if (freeCount == 0) {
        // Nothing can give way: the total cannot be kept, so the weight moves alone.
        out[std::size_t(index)] = std::max(0.0, value);
        return out;
    }
    const double v = std::clamp(value, 0.0, std::max(0.0, total - lockedOthers));
    const double remaining = total - lockedOthers - v;
    out[std::size_t(index)] = v;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (int(i) == index || (i < locked.size() && locked[i]))
            continue;
        out[i] = freeOthers > 0 ? weights[i] * remaining / freeOthers : remaining / freeCount;
    }
    return out;
}

} // namespace tierlab
