#include "scoringengine.h"

#include "common/computepool.h"
#include "engine/scoringformula.h"
#include "engine/scoringkernels.h"
#include "model/modelsegments.h"
#include "model/modelvalidator.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace tierlab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
// Rows are processed in fixed blocks small enough to keep the block's working set in L1/L2.
// Block boundaries never depend on the thread count, so per-block sums reduce to the same bits.
constexpr std::size_t kBlock = 2048;
constexpr std::size_t kParallelMinRows = 32768;
constexpr std::int8_t kNoTierCap = 127;   // above every tier index (at most 100 tiers)

// How a signal's scores are produced on the scoring path.
enum class Form : std::uint8_t {
    Linear,   // computed inline from the column (cheaper than reading a cached array)
    Codes,    // cached uint8 code per account into a small score table (bands, map, flag)
    Dense,    // cached double per account (percentile)
};

struct BoundSignal
{
    int column = -1;
    Form form = Form::Linear;
    double weight = 0;
    double worst = 0;
    double range = 1;       // best − worst
    double missing = kNaN;  // score of a missing value (NaN = skip)
    std::vector<double> table;
    std::vector<std::uint8_t> dictLut;   // map/flag on a category column: dictionary code → table index
    std::vector<std::uint8_t> codes;
    std::vector<double> dense;
    bool dirty = true;
};

struct BoundCondition
{
    enum class Kind : std::uint8_t { Numeric, Truth, Lookup };
    int column = -1;
    Kind kind = Kind::Numeric;
    CompareOp op = CompareOp::Equal;
    double value = 0;
    bool flag = false;
    std::vector<std::uint8_t> dictMatch;   // Lookup: dictionary code → matches
};

std::vector<SignalInfo> catalogueOf(const Dataset &data)
{
    std::vector<SignalInfo> catalogue;
    catalogue.reserve(data.columns.size());
    for (const Column &c : data.columns)
        catalogue.push_back(c.info);
    return catalogue;
}

template <typename Op>
void numericMatch(const double *x, std::size_t n, double v, std::uint16_t bit, std::uint16_t *key, Op op)
{
    for (std::size_t r = 0; r < n; ++r)
        key[r] |= (x[r] == x[r] && op(x[r], v)) ? bit : std::uint16_t(0);
}

} // namespace

struct ScoringEngine::Private
{
    std::shared_ptr<const Dataset> data;
    Model model;
    bool hasModel = false;
    bool bound = false;
    int threads = std::clamp(QThread::idealThreadCount(), 1, 8);

    std::vector<BoundSignal> signals;
    std::vector<std::vector<int>> categorySignals;   // signal indices per category, model order
    std::vector<BoundCondition> conditions;          // penalties then overrides
    int penaltyCount = 0;

    std::vector<std::vector<double>> categoryScores; // 0 where skipped (see mask)
    std::vector<std::uint16_t> mask;                  // bit c: category c has a score
    std::vector<std::uint16_t> conditionKey;          // bit i: condition i matches
    std::vector<char> categoryDirty;
    bool conditionsDirty = true;

    // Look-up tables rebuilt before each pass (tiny).
    std::vector<double> denominators;   // per presence mask: Σ W_c (model order) over present, W_c > 0
    std::vector<double> pointsLut;      // per penalty mask: Σ points (model order)
    std::vector<double> capLut;         // per override mask: min cap
    std::vector<std::int8_t> tierCapLut; // per override mask: the lowest tier cap (kNoTierCap: none)
    bool tierCaps = false;
    std::vector<double> tierMins;

    std::vector<double> scores;
    std::vector<std::int8_t> tiers;
    ScoreSummary summary;
    std::vector<std::int64_t> blockCounts;   // per block: tiers + unscored
    std::vector<double> blockArr;

    // Segments: one engine per variant model (index 0: the base), each scoring every row (so that
    // percentiles rank the whole snapshot); a row takes its variant's results. The pipeline
    // above stays unbound.
    std::vector<std::unique_ptr<ScoringEngine>> parts;
    std::vector<std::uint8_t> variantOf;

    bool segmented() const { return !parts.empty(); }
    Model partModel(std::size_t part) const;
    Result<void> bindSegments();
    Result<void> updateSegmented(Model changed);
    void mergeParts();
    Result<void> bind();
    Result<void> bindSignal(std::size_t s);
    Result<void> bindConditions();
    void computeCodes(std::size_t s, std::size_t begin, std::size_t n);
    void computePercentile(BoundSignal &bs);
    void rebuildLuts();
    void run();
    void processBlocks(std::size_t firstBlock, std::size_t lastBlock);
    void signalScores(const BoundSignal &bs, std::size_t begin, std::size_t n, double *out) const;
    void aggregate(std::size_t c, std::size_t begin, std::size_t n);
    void evaluateConditions(std::size_t begin, std::size_t n);
    void finish(std::size_t block, std::size_t begin, std::size_t n);
    double signalScoreAt(const BoundSignal &bs, std::size_t row) const;
};

Result<void> ScoringEngine::Private::bind()
{
    bound = false;
    parts.clear();
    if (!data || !hasModel) {
        scores.clear();
        tiers.clear();
        summary = ScoreSummary();
        return {};
    }
    if (Result<void> ok = ModelValidator::validate(model, nullptr); !ok)
        return ok;
    const std::vector<SignalInfo> catalogue = catalogueOf(*data);
    if (const QString problems = ModelValidator::columnProblems(model, catalogue); !problems.isEmpty())
        return fail(problems, Error::Code::Invalid);
    if (!model.segments.variants.empty())
        return bindSegments();

    const std::size_t rows = data->size();
    // The scoring loops trust the snapshot's shape; check it once here.
    bool consistent = data->arr.size() == rows;
    for (const Column &col : data->columns)
        consistent = consistent && (col.info.type == SignalType::Category ? col.codes.size() : col.numbers.size()) == rows;
    if (!consistent)
        return fail(QCoreApplication::translate("ScoringEngine", "the snapshot is inconsistent: a column does not have one value per account"), Error::Code::Corrupt);
    signals.resize(model.signals.size());
    categorySignals.assign(model.categories.size(), {});
    for (std::size_t s = 0; s < model.signals.size(); ++s) {
        if (Result<void> ok = bindSignal(s); !ok)
            return ok;
        categorySignals[std::size_t(model.categoryIndex(model.signals[s].category))].push_back(int(s));
    }
    if (Result<void> ok = bindConditions(); !ok)
        return ok;
    // Buffers are reused across binds (a re-bind on the same snapshot allocates nothing large):
    // every stage is dirty, so the next pass overwrites all of them.
    categoryScores.resize(model.categories.size());
    for (std::vector<double> &v : categoryScores)
        v.resize(rows);
    mask.assign(rows, 0);
    conditionKey.resize(rows);
    categoryDirty.assign(model.categories.size(), 1);
    conditionsDirty = true;
    scores.resize(rows);
    tiers.resize(rows);
    bound = true;
    return {};
}

Result<void> ScoringEngine::Private::bindSignal(std::size_t s)
{
    const Signal &sig = model.signals[s];
    BoundSignal &bs = signals[s];
    std::vector<std::uint8_t> codes = std::move(bs.codes);   // reused when the rule changes
    bs = BoundSignal();
    bs.codes = std::move(codes);
    bs.column = data->columnIndex(sig.columnName());
    if (bs.column < 0)
        return fail(QCoreApplication::translate("ScoringEngine", "signals[%1].column: unknown column \"%2\"")
                        .arg(s).arg(sig.columnName()), Error::Code::Invalid);
    const Column &col = data->columns[std::size_t(bs.column)];
    if (const QString problem = ModelValidator::ruleTypeProblem(sig.rule.kind, col.info.type, sig.columnName());
        !problem.isEmpty())
        return fail(QStringLiteral("signals[%1].rule: ").arg(s) + problem, Error::Code::Invalid);
    bs.weight = sig.weight;
    bs.missing = missingScore(sig.missing);
    const SignalRule &rule = sig.rule;
    switch (rule.kind) {
    case RuleKind::Linear:
        bs.form = Form::Linear;
        bs.worst = rule.worst;
        bs.range = rule.best - rule.worst;
        break;
    case RuleKind::Bands:
        bs.form = Form::Codes;
        bs.table = rule.bandScores;
        bs.table.push_back(bs.missing);
        break;
    case RuleKind::Map: {
        bs.form = Form::Codes;
        for (const auto &entry : rule.mapScores)
            bs.table.push_back(entry.second);
        const auto defaultIndex = std::uint8_t(bs.table.size());
        bs.table.push_back(rule.mapDefault);
        bs.table.push_back(bs.missing);
        bs.dictLut.resize(col.dictionary.size(), defaultIndex);
        for (std::size_t d = 0; d < col.dictionary.size(); ++d) {
            const QString text = col.dictionary[d].trimmed();
            for (std::size_t k = 0; k < rule.mapScores.size(); ++k) {
                if (rule.mapScores[k].first == text) {
                    bs.dictLut[d] = std::uint8_t(k);
                    break;
                }
            }
        }
        break;
    }
    case RuleKind::Flag:
        bs.form = Form::Codes;
        bs.table = {rule.falseScore, rule.trueScore, bs.missing};
        if (col.info.type == SignalType::Category) {
            bs.dictLut.resize(col.dictionary.size(), 2);
            for (std::size_t d = 0; d < col.dictionary.size(); ++d) {
                const int f = flagFromText(col.dictionary[d]);
                bs.dictLut[d] = f < 0 ? 2 : std::uint8_t(f);
            }
        }
        break;
    case RuleKind::Percentile:
        bs.form = Form::Dense;
        break;
    }
    bs.dirty = true;
    return {};
}

Result<void> ScoringEngine::Private::bindConditions()
{
    conditions.clear();
    penaltyCount = int(model.penalties.size());
    auto bindOne = [&](const QString &path, const QString &columnName, CompareOp op,
                       const RuleValue &value) -> Result<void> {
        BoundCondition bc;
        bc.column = data->columnIndex(columnName);
        if (bc.column < 0)
            return fail(QCoreApplication::translate("ScoringEngine", "%1.column: unknown column \"%2\"")
                            .arg(path, columnName), Error::Code::Invalid);
        const Column &col = data->columns[std::size_t(bc.column)];
        if (const QString problem = ModelValidator::conditionTypeProblem(op, value, col.info.type, columnName);
            !problem.isEmpty())
            return fail(path + u".value: " + problem, Error::Code::Invalid);
        bc.op = op;
        if (col.info.type == SignalType::Category) {
            bc.kind = BoundCondition::Kind::Lookup;
            bc.dictMatch.resize(col.dictionary.size(), 0);
            const bool wantEqual = op == CompareOp::Equal;
            for (std::size_t d = 0; d < col.dictionary.size(); ++d) {
                bool equal = false;
                bool known = true;
                if (value.type == RuleValue::Type::Bool) {
                    const int f = flagFromText(col.dictionary[d]);
                    known = f >= 0;
                    equal = f == int(value.flag);
                } else {
                    equal = col.dictionary[d].trimmed() == value.text;
                }
                bc.dictMatch[d] = known && equal == wantEqual;
            }
        } else if (value.type == RuleValue::Type::Bool) {
            bc.kind = BoundCondition::Kind::Truth;
            bc.flag = value.flag;
        } else {
            bc.kind = BoundCondition::Kind::Numeric;
            bc.value = value.number;
        }
        conditions.push_back(std::move(bc));
        return {};
    };
    for (std::size_t i = 0; i < model.penalties.size(); ++i) {
        const Penalty &p = model.penalties[i];
        if (Result<void> ok = bindOne(QStringLiteral("penalties[%1]").arg(i), p.columnName(), p.op, p.value); !ok)
            return ok;
    }
    for (std::size_t i = 0; i < model.overrides.size(); ++i) {
        const Override &o = model.overrides[i];
        if (Result<void> ok = bindOne(QStringLiteral("overrides[%1]").arg(i), o.columnName(), o.op, o.value); !ok)
            return ok;
    }
    conditionsDirty = true;
    return {};
}

std::vector<double> ScoringEngine::percentileScores(const double *values, std::size_t n, bool invert,
                                                    double missing)
{
    return kernels::percentileScores(values, n, invert, missing);
}

void ScoringEngine::Private::computePercentile(BoundSignal &bs)
{
    const Column &col = data->columns[std::size_t(bs.column)];
    const std::size_t index = std::size_t(&bs - signals.data());
    bs.dense = percentileScores(col.numbers.data(), col.numbers.size(), model.signals[index].rule.invert,
                                bs.missing);
}

void ScoringEngine::Private::rebuildLuts()
{
    // Entry m adds the term of m's highest bit to the entry without it: every entry is then the
    // sum in model order, exactly as a loop over the set bits from the lowest would compute it.
    const std::size_t k = model.categories.size();
    denominators.assign(std::size_t(1) << k, 0.0);
    for (std::size_t m = 1; m < denominators.size(); ++m) {
        const auto high = std::size_t(std::bit_width(m) - 1);
        const double w = model.categories[high].weight;
        denominators[m] = w > 0 ? denominators[m & ~(std::size_t(1) << high)] + w
                                : denominators[m & ~(std::size_t(1) << high)];
    }
    const std::size_t np = model.penalties.size();
    pointsLut.assign(std::size_t(1) << np, 0.0);
    for (std::size_t m = 1; m < pointsLut.size(); ++m) {
        const auto high = std::size_t(std::bit_width(m) - 1);
        pointsLut[m] = pointsLut[m & ~(std::size_t(1) << high)] + model.penalties[high].points;
    }
    const std::size_t no = model.overrides.size();
    capLut.assign(std::size_t(1) << no, kInf);
    tierCapLut.assign(std::size_t(1) << no, kNoTierCap);
    tierCaps = false;
    for (std::size_t m = 1; m < capLut.size(); ++m) {
        const auto high = std::size_t(std::bit_width(m) - 1);
        const Override &o = model.overrides[high];
        capLut[m] = std::min(capLut[m & ~(std::size_t(1) << high)], o.cap.value_or(kInf));
        const int capTier = o.capTier.isEmpty() ? -1 : model.tierIndex(o.capTier);
        tierCapLut[m] = std::min(tierCapLut[m & ~(std::size_t(1) << high)], capTier < 0 ? kNoTierCap : std::int8_t(capTier));
        tierCaps = tierCaps || capTier >= 0;
    }
    tierMins.clear();
    for (const Tier &t : model.tiers)
        tierMins.push_back(t.min);
}

void ScoringEngine::Private::run()
{
    if (!bound)
        return;
    if (segmented()) {
        mergeParts();
        return;
    }
    for (BoundSignal &bs : signals) {
        if (bs.dirty && bs.form == Form::Dense)
            computePercentile(bs);
        if (bs.dirty && bs.form == Form::Codes)
            bs.codes.resize(data->size());
    }
    rebuildLuts();
    const std::size_t rows = data->size();
    const std::size_t blocks = (rows + kBlock - 1) / kBlock;
    const std::size_t slots = model.tiers.size() + 1;
    blockCounts.assign(blocks * slots, 0);
    blockArr.assign(blocks * slots, 0.0);

    const int workers = rows >= kParallelMinRows ? std::max(1, threads) : 1;
    if (workers == 1) {
        processBlocks(0, blocks);
    } else {
        std::vector<QFuture<void>> futures;
        const std::size_t per = (blocks + std::size_t(workers) - 1) / std::size_t(workers);
        for (int w = 1; w < workers; ++w) {
            const std::size_t b0 = std::min(blocks, per * std::size_t(w));
            const std::size_t b1 = std::min(blocks, b0 + per);
            if (b0 < b1)
                futures.push_back(QtConcurrent::run(computePool(), [this, b0, b1] { processBlocks(b0, b1); }));
        }
        processBlocks(0, std::min(blocks, per));
        for (QFuture<void> &f : futures)
            f.waitForFinished();
    }

    for (BoundSignal &bs : signals)
        bs.dirty = false;
    std::fill(categoryDirty.begin(), categoryDirty.end(), 0);
    conditionsDirty = false;

    const std::size_t tierCount = model.tiers.size();
    summary = ScoreSummary();
    summary.tierCounts.assign(tierCount, 0);
    summary.tierArr.assign(tierCount, 0.0);
    for (std::size_t b = 0; b < blocks; ++b) {
        for (std::size_t t = 0; t < tierCount; ++t) {
            summary.tierCounts[t] += blockCounts[b * slots + t];
            summary.tierArr[t] += blockArr[b * slots + t];
        }
        summary.unscored += blockCounts[b * slots + tierCount];
        summary.unscoredArr += blockArr[b * slots + tierCount];
    }
    summary.scored = std::int64_t(rows) - summary.unscored;
}

void ScoringEngine::Private::processBlocks(std::size_t firstBlock, std::size_t lastBlock)
{
    const std::size_t rows = data->size();
    for (std::size_t b = firstBlock; b < lastBlock; ++b) {
        const std::size_t begin = b * kBlock;
        const std::size_t n = std::min(kBlock, rows - begin);
        for (std::size_t si = 0; si < signals.size(); ++si) {
            if (signals[si].dirty && signals[si].form == Form::Codes)
                computeCodes(si, begin, n);
        }
        if (conditionsDirty)
            evaluateConditions(begin, n);
        for (std::size_t c = 0; c < categoryDirty.size(); ++c) {
            if (categoryDirty[c])
                aggregate(c, begin, n);
        }
        finish(b, begin, n);
    }
}

void ScoringEngine::Private::computeCodes(std::size_t si, std::size_t begin, std::size_t n)
{
    BoundSignal &bs = signals[si];
    const Column &col = data->columns[std::size_t(bs.column)];
    std::uint8_t *codes = bs.codes.data() + begin;
    const auto missingCode = std::uint8_t(bs.table.size() - 1);
    const SignalRule &rule = model.signals[si].rule;
    if (col.info.type == SignalType::Category)
        kernels::dictionaryCodes(col.codes.data() + begin, n, bs.dictLut.data(), missingCode, codes);
    else if (rule.kind == RuleKind::Flag)
        kernels::flagCodes(col.numbers.data() + begin, n, codes);
    else
        kernels::bandCodes(col.numbers.data() + begin, n, rule.edges.data(), rule.edges.size(), missingCode, codes);
}

void ScoringEngine::Private::signalScores(const BoundSignal &bs, std::size_t begin, std::size_t n, double *out) const
{
    switch (bs.form) {
    case Form::Linear:
        kernels::linearScores(data->columns[std::size_t(bs.column)].numbers.data() + begin, n, bs.worst, bs.range,
                              bs.missing, out);
        break;
    case Form::Codes:
        kernels::tableScores(bs.codes.data() + begin, n, bs.table.data(), out);
        break;
    case Form::Dense:
        std::memcpy(out, bs.dense.data() + begin, n * sizeof(double));
        break;
    }
}

void ScoringEngine::Private::aggregate(std::size_t c, std::size_t begin, std::size_t n)
{
    alignas(64) double s[kBlock];
    alignas(64) double num[kBlock];
    alignas(64) double den[kBlock];
    double *out = categoryScores[c].data() + begin;
    std::uint16_t *m = mask.data() + begin;
    const auto bit = std::uint16_t(1u << c);
    // Signals in model order, so that the sums are the ones the formulas define.
    if (model.categories[c].aggregate == Aggregate::Mean) {
        std::fill(num, num + n, 0.0);
        std::fill(den, den + n, 0.0);
        for (int si : categorySignals[c]) {
            const BoundSignal &bs = signals[std::size_t(si)];
            if (!(bs.weight > 0))
                continue;
            signalScores(bs, begin, n, s);
            kernels::accumulateMean(s, n, bs.weight, num, den);
        }
        kernels::finishMean(num, den, n, out, m, bit);
    } else {
        std::fill(num, num + n, kInf);
        for (int si : categorySignals[c]) {
            const BoundSignal &bs = signals[std::size_t(si)];
            if (!(bs.weight > 0))
                continue;
            signalScores(bs, begin, n, s);
            kernels::accumulateMin(s, n, num);
        }
        kernels::finishMin(num, n, out, m, bit);
    }
}

void ScoringEngine::Private::evaluateConditions(std::size_t begin, std::size_t n)
{
    std::uint16_t *key = conditionKey.data() + begin;
    std::fill(key, key + n, std::uint16_t(0));
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        const BoundCondition &bc = conditions[i];
        const Column &col = data->columns[std::size_t(bc.column)];
        const auto bit = std::uint16_t(1u << i);
        switch (bc.kind) {
        case BoundCondition::Kind::Lookup: {
            const std::int32_t *x = col.codes.data() + begin;
            for (std::size_t r = 0; r < n; ++r)
                key[r] |= (x[r] >= 0 && bc.dictMatch[std::size_t(x[r])]) ? bit : std::uint16_t(0);
            break;
        }
        case BoundCondition::Kind::Truth: {
            const double *x = col.numbers.data() + begin;
            const bool want = bc.flag != (bc.op == CompareOp::NotEqual);
            for (std::size_t r = 0; r < n; ++r)
                key[r] |= (x[r] == x[r] && (x[r] != 0) == want) ? bit : std::uint16_t(0);
            break;
        }
        case BoundCondition::Kind::Numeric: {
            const double *x = col.numbers.data() + begin;
            switch (bc.op) {
            case CompareOp::Less:
                numericMatch(x, n, bc.value, bit, key, [](double a, double b) { return a < b; });
                break;
            case CompareOp::LessEqual:
                numericMatch(x, n, bc.value, bit, key, [](double a, double b) { return a <= b; });
                break;
            case CompareOp::Greater:
                numericMatch(x, n, bc.value, bit, key, [](double a, double b) { return a > b; });
                break;
            case CompareOp::GreaterEqual:
                numericMatch(x, n, bc.value, bit, key, [](double a, double b) { return a >= b; });
                break;
            case CompareOp::Equal:
                numericMatch(x, n, bc.value, bit, key, [](double a, double b) { return a == b; });
                break;
            case CompareOp::NotEqual:
                numericMatch(x, n, bc.value, bit, key, [](double a, double b) { return a != b; });
                break;
            }
            break;
        }
        }
    }
}

void ScoringEngine::Private::finish(std::size_t block, std::size_t begin, std::size_t n)
{
    alignas(64) double acc[kBlock];
    alignas(64) double tier[kBlock];
    std::fill(acc, acc + n, 0.0);
    for (std::size_t c = 0; c < model.categories.size(); ++c) {
        const double w = model.categories[c].weight;
        // A skipped category holds 0 (see the mask): adding w·0 changes nothing.
        if (w > 0)
            kernels::addWeighted(categoryScores[c].data() + begin, n, w, acc);
    }
    double *score = scores.data() + begin;
    kernels::finalScores(acc, mask.data() + begin, conditions.empty() ? nullptr : conditionKey.data() + begin, n,
                         denominators.data(), pointsLut.data(), (1u << penaltyCount) - 1u, capLut.data(),
                         unsigned(penaltyCount), score);
    kernels::tierIndices(score, n, tierMins.data(), tierMins.size(), tier, tiers.data() + begin);
    if (tierCaps) {
        // A tier cap keeps the score and lowers the tier (an unscored row, −1, stays unscored).
        const std::uint16_t *key = conditionKey.data() + begin;
        std::int8_t *out = tiers.data() + begin;
        for (std::size_t r = 0; r < n; ++r) {
            const std::int8_t cap = tierCapLut[std::size_t(key[r] >> penaltyCount)];
            if (tier[r] > double(cap)) {
                tier[r] = cap;
                out[r] = cap;
            }
        }
    }
    const std::size_t slots = tierMins.size() + 1;
    kernels::tierTotals(tier, data->arr.data() + begin, n, tierMins.size(), blockCounts.data() + block * slots,
                        blockArr.data() + block * slots);
}

Model ScoringEngine::Private::partModel(std::size_t part) const
{
    Model m = part == 0 ? model : ModelSegments::variantModel(model, part - 1);
    m.segments = Segments();
    return m;
}

Result<void> ScoringEngine::Private::bindSegments()
{
    Result<std::vector<std::uint8_t>> rows = ModelSegments::variantOfRows(model, *data);
    if (!rows)
        return std::unexpected(rows.error());
    variantOf = std::move(*rows);
    std::vector<std::unique_ptr<ScoringEngine>> engines;
    for (std::size_t v = 0; v <= model.segments.variants.size(); ++v) {
        auto engine = std::make_unique<ScoringEngine>();
        engine->setThreadCount(threads);
        if (Result<void> ok = engine->setModel(partModel(v)); !ok)
            return ok;
        if (Result<void> ok = engine->setDataset(data); !ok)
            return ok;
        engines.push_back(std::move(engine));
    }
    parts = std::move(engines);
    scores.resize(data->size());
    tiers.resize(data->size());
    bound = true;
    return {};
}

Result<void> ScoringEngine::Private::updateSegmented(Model changed)
{
    if (const QString problems = ModelValidator::columnProblems(changed, catalogueOf(*data)); !problems.isEmpty())
        return fail(problems, Error::Code::Invalid);
    model = std::move(changed);
    // Each variant's engine takes the edit through its own incremental setters, so it recomputes
    // only the stages the change reaches; anything else is a new model for it.
    for (std::size_t v = 0; v < parts.size(); ++v) {
        ScoringEngine &part = *parts[v];
        const Model want = partModel(v);
        const Model &have = part.model();
        bool sameShape = want.categories.size() == have.categories.size() && want.signals.size() == have.signals.size()
                         && want.tiers.size() == have.tiers.size();
        for (std::size_t c = 0; sameShape && c < want.categories.size(); ++c) {
            if (want.categories[c].weight != have.categories[c].weight)
                sameShape = sameShape && part.setCategoryWeight(int(c), want.categories[c].weight).has_value();
        }
        for (std::size_t s = 0; sameShape && s < want.signals.size(); ++s) {
            const Signal &w = want.signals[s];
            const Signal &h = part.model().signals[s];
            if (w.weight != h.weight)
                sameShape = part.setSignalWeight(int(s), w.weight).has_value();
            if (sameShape && (w.rule != h.rule || w.missing != h.missing))
                sameShape = part.setSignalRule(int(s), w.rule, w.missing).has_value();
        }
        if (sameShape && want.penalties != part.model().penalties)
            sameShape = part.setPenalties(want.penalties).has_value();
        if (sameShape && want.overrides != part.model().overrides)
            sameShape = part.setOverrides(want.overrides).has_value();
        if (sameShape && want.tiers != part.model().tiers)
            sameShape = part.setTiers(want.tiers).has_value();
        if (!sameShape || !(want == part.model())) {
            if (Result<void> ok = part.setModel(want); !ok)
                return ok;
        }
    }
    mergeParts();
    return {};
}

void ScoringEngine::Private::mergeParts()
{
    const std::size_t rows = data->size();
    const std::size_t tierCount = model.tiers.size();
    summary = ScoreSummary();
    summary.tierCounts.assign(tierCount, 0);
    summary.tierArr.assign(tierCount, 0.0);
    for (std::size_t r = 0; r < rows; ++r) {
        const ScoringEngine &part = *parts[variantOf[r]];
        scores[r] = part.scores()[r];
        tiers[r] = part.tiers()[r];
        const double arr = data->arr[r] != data->arr[r] ? 0.0 : data->arr[r];
        if (tiers[r] < 0) {
            ++summary.unscored;
            summary.unscoredArr += arr;
        } else {
            ++summary.tierCounts[std::size_t(tiers[r])];
            summary.tierArr[std::size_t(tiers[r])] += arr;
        }
    }
    summary.scored = std::int64_t(rows) - summary.unscored;
}

double ScoringEngine::Private::signalScoreAt(const BoundSignal &bs, std::size_t row) const
{
    double s;
    signalScores(bs, row, 1, &s);
    return s;
}

// ---------------------------------------------------------------------------------------------

ScoringEngine::ScoringEngine() : d(std::make_unique<Private>()) {}
ScoringEngine::~ScoringEngine() = default;

void ScoringEngine::setThreadCount(int threads)
{
    d->threads = std::max(1, threads);
    for (const std::unique_ptr<ScoringEngine> &part : d->parts)
        part->setThreadCount(d->threads);
}

Result<void> ScoringEngine::setDataset(std::shared_ptr<const Dataset> dataset)
{
    d->data = std::move(dataset);
    Result<void> ok = d->bind();
    if (ok)
        d->run();
    return ok;
}

Result<void> ScoringEngine::setModel(const Model &model)
{
    if (Result<void> ok = ModelValidator::validate(model, nullptr); !ok)
        return ok;
    const Model previous = d->model;
    const bool hadModel = d->hasModel;
    d->model = model;
    d->hasModel = true;
    Result<void> ok = d->bind();
    if (!ok) {
        // Keep the engine on the model it had.
        d->model = previous;
        d->hasModel = hadModel;
        d->bind();
        d->run();
        return ok;
    }
    d->run();
    return ok;
}

const Model &ScoringEngine::model() const { return d->model; }
const Dataset *ScoringEngine::dataset() const { return d->data.get(); }
bool ScoringEngine::isReady() const { return d->bound; }
std::size_t ScoringEngine::size() const { return d->data ? d->data->size() : 0; }
const std::vector<double> &ScoringEngine::scores() const { return d->scores; }
const std::vector<std::int8_t> &ScoringEngine::tiers() const { return d->tiers; }
const ScoreSummary &ScoringEngine::summary() const { return d->summary; }

Result<void> ScoringEngine::setCategoryWeight(int category, double weight)
{
    if (category < 0 || std::size_t(category) >= d->model.categories.size())
        return fail(QCoreApplication::translate("ScoringEngine", "no category %1 in the model")
                        .arg(category), Error::Code::Invalid);
    Model changed = d->model;
    changed.categories[std::size_t(category)].weight = weight;
    if (Result<void> ok = ModelValidator::validate(changed, nullptr); !ok)
        return ok;
    if (d->segmented())
        return d->updateSegmented(std::move(changed));
    d->model.categories[std::size_t(category)].weight = weight;
    // Only the weighted sum changes: the pass reads the cached category scores once.
    d->run();
    return {};
}

Result<void> ScoringEngine::setSignalWeight(int signal, double weight)
{
    if (signal < 0 || std::size_t(signal) >= d->model.signals.size())
        return fail(QCoreApplication::translate("ScoringEngine", "no signal %1 in the model")
                        .arg(signal), Error::Code::Invalid);
    Model changed = d->model;
    changed.signals[std::size_t(signal)].weight = weight;
    if (Result<void> ok = ModelValidator::validate(changed, nullptr); !ok)
        return ok;
    if (d->segmented())
        return d->updateSegmented(std::move(changed));
    d->model.signals[std::size_t(signal)].weight = weight;
    if (d->bound) {
        d->signals[std::size_t(signal)].weight = weight;
        d->categoryDirty[std::size_t(d->model.categoryIndex(d->model.signals[std::size_t(signal)].category))] = 1;
    }
    d->run();
    return {};
}

Result<void> ScoringEngine::setSignalRule(int signal, const SignalRule &rule, MissingPolicy missing)
{
    if (signal < 0 || std::size_t(signal) >= d->model.signals.size())
        return fail(QCoreApplication::translate("ScoringEngine", "no signal %1 in the model")
                        .arg(signal), Error::Code::Invalid);
    const std::size_t s = std::size_t(signal);
    Model changed = d->model;
    changed.signals[s].rule = rule;
    changed.signals[s].missing = missing;
    if (Result<void> ok = ModelValidator::validate(changed, nullptr); !ok)
        return ok;
    if (d->segmented())
        return d->updateSegmented(std::move(changed));
    const Signal previous = d->model.signals[s];
    d->model.signals[s] = changed.signals[s];
    if (d->bound) {
        if (Result<void> ok = d->bindSignal(s); !ok) {
            d->model.signals[s] = previous;
            d->bindSignal(s);
            return ok;
        }
        d->categoryDirty[std::size_t(d->model.categoryIndex(d->model.signals[s].category))] = 1;
    }
    d->run();
    return {};
}

Result<void> ScoringEngine::setPenalties(const std::vector<Penalty> &penalties)
{
    Model changed = d->model;
    changed.penalties = penalties;
    if (Result<void> ok = ModelValidator::validate(changed, nullptr); !ok)
        return ok;
    if (d->segmented())
        return d->updateSegmented(std::move(changed));
    const std::vector<Penalty> previous = d->model.penalties;
    d->model.penalties = penalties;
    if (d->bound) {
        if (Result<void> ok = d->bindConditions(); !ok) {
            d->model.penalties = previous;
            d->bindConditions();
            return ok;
        }
    }
    d->run();
    return {};
}

Result<void> ScoringEngine::setOverrides(const std::vector<Override> &overrides)
{
    Model changed = d->model;
    changed.overrides = overrides;
    if (Result<void> ok = ModelValidator::validate(changed, nullptr); !ok)
        return ok;
    if (d->segmented())
        return d->updateSegmented(std::move(changed));
    const std::vector<Override> previous = d->model.overrides;
    d->model.overrides = overrides;
    if (d->bound) {
        if (Result<void> ok = d->bindConditions(); !ok) {
            d->model.overrides = previous;
            d->bindConditions();
            return ok;
        }
    }
    d->run();
    return {};
}

Result<void> ScoringEngine::setTiers(const std::vector<Tier> &tiers)
{
    Model changed = d->model;
    changed.tiers = tiers;
    if (Result<void> ok = ModelValidator::validate(changed, nullptr); !ok)
        return ok;
    if (d->segmented())
        return d->updateSegmented(std::move(changed));
    d->model.tiers = tiers;
    d->run();
    return {};
}

Result<void> ScoringEngine::setSegments(const Segments &segments)
{
    Model changed = d->model;
    changed.segments = segments;
    const Segments &now = d->model.segments;
    bool sameRouting = d->segmented() && now.by == segments.by && now.variants.size() == segments.variants.size();
    for (std::size_t v = 0; sameRouting && v < segments.variants.size(); ++v)
        sameRouting = now.variants[v].when == segments.variants[v].when;
    if (!sameRouting)
        return setModel(changed);
    if (Result<void> ok = ModelValidator::validate(changed, nullptr); !ok)
        return ok;
    return d->updateSegmented(std::move(changed));
}

const std::vector<std::uint8_t> &ScoringEngine::variantOfRows() const
{
    static const std::vector<std::uint8_t> none;
    return d->segmented() ? d->variantOf : none;
}

int ScoringEngine::tierCap(std::size_t row) const
{
    if (d->segmented() && row < d->variantOf.size())
        return d->parts[d->variantOf[row]]->tierCap(row);
    if (!d->bound || !d->tierCaps || row >= d->conditionKey.size())
        return -1;
    const std::int8_t cap = d->tierCapLut[std::size_t(d->conditionKey[row] >> d->penaltyCount)];
    return cap == kNoTierCap ? -1 : cap;
}

double ScoringEngine::categoryScore(int category, std::size_t row) const
{
    if (d->segmented() && row < d->variantOf.size())
        return d->parts[d->variantOf[row]]->categoryScore(category, row);
    if (!d->bound || category < 0 || std::size_t(category) >= d->categoryScores.size() || row >= d->mask.size())
        return kNaN;
    return (d->mask[row] >> category) & 1 ? d->categoryScores[std::size_t(category)][row] : kNaN;
}

double ScoringEngine::signalScore(int signal, std::size_t row) const
{
    if (d->segmented() && row < d->variantOf.size())
        return d->parts[d->variantOf[row]]->signalScore(signal, row);
    if (!d->bound || signal < 0 || std::size_t(signal) >= d->signals.size() || row >= d->mask.size())
        return kNaN;
    return d->signalScoreAt(d->signals[std::size_t(signal)], row);
}

Explanation ScoringEngine::explain(std::size_t row) const
{
    if (!d->bound || row >= d->data->size()) {
        Explanation e;
        e.row = row;
        return e;
    }
    if (d->segmented()) {
        const std::uint8_t v = d->variantOf[row];
        Explanation e = d->parts[v]->explain(row);
        if (v > 0)
            e.segment = d->model.segments.variants[v - 1].id;
        return e;
    }
    // One statement of the formula: the readable ScoringFormula, fed the percentile columns this
    // engine keeps (the one input that needs the whole column). Its score and tier equal
    // scores()[row] and tiers()[row] bit for bit.
    std::vector<std::span<const double>> percentiles;
    percentiles.reserve(d->signals.size());
    for (const BoundSignal &bs : d->signals)
        percentiles.emplace_back(bs.dense);
    return ScoringFormula(d->model, *d->data, std::move(percentiles)).explain(row);
}

} // namespace tierlab
