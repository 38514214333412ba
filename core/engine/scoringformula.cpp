#include "scoringformula.h"

#include "engine/scoringengine.h"
#include "engine/tierdynamics.h"
#include "model/modelsegments.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tierlab {

namespace {

const Column *columnOf(const Dataset &data, const QString &name)
{
    const int index = data.columnIndex(name);
    return index < 0 ? nullptr : &data.columns[std::size_t(index)];
}

// A penalty's or override's condition. A missing value never matches, not even "!=".
bool matches(const Column *col, CompareOp op, const RuleValue &value, std::size_t row)
{
    if (!col || col->isMissing(row))
        return false;
    bool equal = false;
    if (col->info.type == SignalType::Category) {
        const QString &text = col->dictionary[std::size_t(col->codes[row])];
        if (value.type == RuleValue::Type::Bool) {
            const int flag = flagFromText(text);
            if (flag < 0)
                return false;   // text that is not a yes/no word matches neither == nor !=
            equal = (flag == 1) == value.flag;
        } else {
            equal = text.trimmed() == value.text;
        }
    } else {
        const double x = col->numbers[row];
        if (value.type == RuleValue::Type::Bool) {
            equal = (x != 0) == value.flag;   // a number is true when non-zero
        } else {
            switch (op) {
            case CompareOp::Less: return x < value.number;
            case CompareOp::LessEqual: return x <= value.number;
            case CompareOp::Greater: return x > value.number;
            case CompareOp::GreaterEqual: return x >= value.number;
            case CompareOp::Equal:
            case CompareOp::NotEqual: equal = x == value.number; break;
            }
        }
    }
    // Text and flags are only compared with == and != (the validator refuses the others).
    return op == CompareOp::NotEqual ? !equal : equal;
}

} // namespace

ScoringFormula::ScoringFormula(const Model &model, const Dataset &data)
    : ScoringFormula(model, data, {})
{
    if (!model.segments.variants.empty()) {
        // One formula per variant, each a model without segments; rows go to their variant's.
        m_variantOfRow = ModelSegments::variantOfRows(model, data).value_or(std::vector<std::uint8_t>(data.size(), 0));
        for (std::size_t v = 0; v <= model.segments.variants.size(); ++v) {
            Model variant = v == 0 ? model : ModelSegments::variantModel(model, v - 1);
            variant.segments = Segments();
            m_variantModels.push_back(std::make_unique<Model>(std::move(variant)));
            m_variants.push_back(std::make_unique<ScoringFormula>(*m_variantModels.back(), data));
        }
        return;
    }
    m_ownPercentiles.resize(model.signals.size());
    m_percentiles.assign(model.signals.size(), {});
    for (std::size_t s = 0; s < model.signals.size(); ++s) {
        const Column *col = m_signalColumns[s];
        if (model.signals[s].rule.kind != RuleKind::Percentile || !col)
            continue;
        m_ownPercentiles[s] = ScoringEngine::percentileScores(col->numbers.data(), col->numbers.size(),
                                                              model.signals[s].rule.invert, kMissing);
        m_percentiles[s] = m_ownPercentiles[s];
    }
}

ScoringFormula::ScoringFormula(const Model &model, const Dataset &data,
                               std::vector<std::span<const double>> percentiles)
    : m_model(model), m_data(data), m_percentiles(std::move(percentiles))
{
    for (const Signal &sig : model.signals) {
        m_signalColumns.push_back(columnOf(data, sig.columnName()));
        m_signalCategories.push_back(model.categoryIndex(sig.category));
    }
    for (const Penalty &p : model.penalties)
        m_penaltyColumns.push_back(columnOf(data, p.columnName()));
    for (const Override &o : model.overrides)
        m_overrideColumns.push_back(columnOf(data, o.columnName()));
}

ScoringFormula::~ScoringFormula() = default;

double ScoringFormula::signalScore(std::size_t signal, std::size_t row) const
{
    if (!m_variants.empty())
        return m_variants[m_variantOfRow[row]]->signalScore(signal, row);
    const Signal &sig = m_model.signals[signal];
    const SignalRule &rule = sig.rule;
    const double missing = missingScore(sig.missing);   // neutral 50, worst 0, skip NaN
    const Column *col = m_signalColumns[signal];
    if (!col || col->isMissing(row))
        return missing;

    if (col->info.type == SignalType::Category) {
        const QString &text = col->dictionary[std::size_t(col->codes[row])];
        if (rule.kind == RuleKind::Map) {
            const QString key = text.trimmed();
            for (const auto &[listed, score] : rule.mapScores) {
                if (listed == key)
                    return score;
            }
            return rule.mapDefault;
        }
        // The flag rule (the only other rule a text column takes); an unknown word is missing.
        const int flag = flagFromText(text);
        return flag < 0 ? missing : flag == 1 ? rule.trueScore : rule.falseScore;
    }

    const double v = col->numbers[row];
    switch (rule.kind) {
    case RuleKind::Linear: {
        const double t = std::clamp((v - rule.worst) / (rule.best - rule.worst), 0.0, 1.0);
        return 100.0 * (t + 0.0);   // + 0.0: v == worst with worst > best gives −0; score it +0
    }
    case RuleKind::Bands: {
        std::size_t band = 0;   // the number of edges at or below v: every lower edge is inclusive
        while (band < rule.edges.size() && v >= rule.edges[band])
            ++band;
        return rule.bandScores[band];
    }
    case RuleKind::Flag:
        return v != 0 ? rule.trueScore : rule.falseScore;
    case RuleKind::Percentile:
        return m_percentiles[signal][row];   // ranked over the whole column, see the header
    case RuleKind::Map:
        break;   // needs a text column
    }
    return missing;
}

Explanation ScoringFormula::explain(std::size_t row) const
{
    if (!m_variants.empty()) {
        const std::uint8_t v = m_variantOfRow[row];
        Explanation e = m_variants[v]->explain(row);
        if (v > 0)
            e.segment = m_model.segments.variants[v - 1].id;
        return e;
    }
    const Model &m = m_model;
    Explanation e;
    e.row = row;
    e.accountId = m_data.accountIds[row];

    // Signals, and the share of the model's signal weight that had a value.
    double totalWeight = 0;
    double presentWeight = 0;
    for (std::size_t s = 0; s < m.signals.size(); ++s) {
        const Signal &sig = m.signals[s];
        const Column *col = m_signalColumns[s];
        SignalExplanation se;
        se.id = sig.id;
        se.label = sig.label;
        se.category = sig.category;
        se.column = sig.columnName();
        se.weight = sig.weight;
        se.present = col && !col->isMissing(row);
        if (col && col->info.type == SignalType::Category) {
            if (se.present)
                se.text = col->dictionary[std::size_t(col->codes[row])];
            if (se.present && sig.rule.kind == RuleKind::Flag && flagFromText(se.text) < 0)
                se.present = false;   // the flag rule reads an unknown word as missing
        } else if (col) {
            se.value = col->numbers[row];
        }
        se.score = signalScore(s, row);
        se.counted = sig.weight > 0 && !std::isnan(se.score);
        totalWeight += sig.weight;
        if (se.present)
            presentWeight += sig.weight;
        e.signals.push_back(std::move(se));
    }
    e.coverage = totalWeight > 0 ? presentWeight / totalWeight : 0.0;

    // Category scores C_c over the counted signals, and the base score B = Σ W_c·C_c / Σ W_c over
    // the categories with a score and W_c > 0. Every sum starts at 0 and runs in file order: the
    // engine's kernels add in the same order, which is what makes their results the same bits.
    double numerator = 0;
    double denominator = 0;
    for (std::size_t c = 0; c < m.categories.size(); ++c) {
        const Category &cat = m.categories[c];
        double sum = 0;
        double weights = 0;
        double lowest = kMissing;
        for (std::size_t s = 0; s < m.signals.size(); ++s) {
            const SignalExplanation &se = e.signals[s];
            if (m_signalCategories[s] != int(c) || !se.counted)
                continue;
            sum += se.weight * se.score;
            weights += se.weight;
            if (std::isnan(lowest) || se.score < lowest)
                lowest = se.score;
        }
        CategoryExplanation ce;
        ce.id = cat.id;
        ce.label = cat.label;
        ce.weight = cat.weight;
        if (weights > 0)   // else the category is skipped
            ce.score = cat.aggregate == Aggregate::Min ? lowest : sum / weights;
        if (!std::isnan(ce.score) && cat.weight > 0) {
            numerator += cat.weight * ce.score;
            denominator += cat.weight;
        }
        e.categories.push_back(std::move(ce));
    }
    e.scored = denominator > 0;   // else no category is left: unscored
    if (e.scored) {
        e.baseScore = numerator / denominator;
        for (CategoryExplanation &ce : e.categories) {
            if (std::isnan(ce.score) || !(ce.weight > 0))
                continue;
            ce.weightShare = ce.weight / denominator;
            ce.contribution = ce.weight * ce.score / denominator;
            ce.share = e.baseScore > 0 ? ce.contribution / e.baseScore : 0.0;
        }
    }

    // Penalties: P = Σ points of the matching ones (file order); score = clamp(B − P, 0, 100).
    double points = 0;
    for (std::size_t i = 0; i < m.penalties.size(); ++i) {
        const Penalty &p = m.penalties[i];
        if (!matches(m_penaltyColumns[i], p.op, p.value, row))
            continue;
        e.penalties.push_back({p.id, p.label, p.points});
        points += p.points;
    }
    if (e.scored)
        e.afterPenalties = std::clamp(e.baseScore - points, 0.0, 100.0);

    // Overrides: every matching cap lowers the score to it, never raises it; every matching tier
    // cap puts the account in that tier or keeps it in a worse one (its score stays as it is).
    double score = e.afterPenalties;
    int tierCap = std::numeric_limits<int>::max();
    std::vector<int> hitTiers;
    for (std::size_t i = 0; i < m.overrides.size(); ++i) {
        const Override &o = m.overrides[i];
        if (!matches(m_overrideColumns[i], o.op, o.value, row))
            continue;
        const int capTier = o.capTier.isEmpty() ? -1 : m.tierIndex(o.capTier);
        e.overrides.push_back({o.id, o.reason, o.cap.value_or(kMissing), o.capTier, false});
        hitTiers.push_back(capTier);
        if (o.cap && *o.cap < score)
            score = *o.cap;
        if (capTier >= 0)
            tierCap = std::min(tierCap, capTier);
    }
    e.score = score + 0.0;   // + 0.0: a cap of −0 gives +0, as in the engine; NaN stays NaN
    e.scoreTier = TierDynamics::tierOf(TierDynamics::tierMins(m.tiers), e.score);
    e.tier = e.scoreTier >= 0 ? std::min(e.scoreTier, tierCap) : -1;   // an unscored account stays unscored
    for (std::size_t h = 0; h < e.overrides.size(); ++h) {
        OverrideHit &hit = e.overrides[h];
        hit.lowered = e.scored && ((hit.cap < e.afterPenalties) || (hitTiers[h] >= 0 && hitTiers[h] < e.scoreTier));
    }
    return e;
}

} // namespace tierlab
