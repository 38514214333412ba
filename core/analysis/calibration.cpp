#include "analysis/calibration.h"
#include "analysis/snapshothistory.h"

#include "engine/scoringengine.h"
#include "model/modelexport.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

namespace tierlab {

namespace {

bool isLockedByFile(const Category &c)
{
    if (c.extra.isEmpty())
        return false;
    const nlohmann::json j = nlohmann::json::parse(c.extra.toStdString(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return false;
    const auto it = j.find("locked");
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

// Mean log loss of p = sigmoid(a + b·z), z = (score − 50) / 25, fitted by Newton's method on the
// given rows; returned negated so that larger is better like AUC. The score is a health score, so
// the fit finds b < 0 when the ordering is right.
double negativeLogLoss(const std::vector<double> &scores, const std::vector<std::uint8_t> &churned)
{
    const std::size_t n = scores.size();
    if (n == 0)
        return Metrics::kUndefined;
    double a = 0, b = 0;
    for (int iter = 0; iter < 25; ++iter) {
        double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double z = (scores[i] - 50.0) / 25.0;
            const double p = 1.0 / (1.0 + std::exp(-(a + b * z)));
            const double e = p - churned[i];
            const double w = std::max(p * (1 - p), 1e-12);
            ga += e;
            gb += e * z;
            haa += w;
            hab += w * z;
            hbb += w * z * z;
        }
        // A tiny ridge keeps the step finite on perfectly separated data.
        haa += 1e-6;
        hbb += 1e-6;
        const double det = haa * hbb - hab * hab;
        if (!(det > 0))
            break;
        const double da = (hbb * ga - hab * gb) / det;
        const double db = (haa * gb - hab * ga) / det;
        a -= da;
        b -= db;
        if (std::abs(da) + std::abs(db) < 1e-10)
            break;
    }
    double loss = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double z = (scores[i] - 50.0) / 25.0;
        const double p = std::clamp(1.0 / (1.0 + std::exp(-(a + b * z))), 1e-15, 1 - 1e-15);
        loss -= churned[i] ? std::log(p) : std::log(1 - p);
    }
    return -loss / double(n);
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

nlohmann::json windowJson(const CalibrationWindow &w)
{
    return {{"from", dateText(w.from).toStdString()}, {"until", dateText(w.until).toStdString()},
            {"n", w.n}, {"positives", w.positives}, {"accounts", w.accounts}};
}

nlohmann::json num(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

} // namespace

QString calibrationObjectiveName(CalibrationObjective objective)
{
    return objective == CalibrationObjective::Auc ? QStringLiteral("auc") : QStringLiteral("logloss");
}

bool calibrationObjectiveFromName(const QString &name, CalibrationObjective *objective)
{
    if (name == u"auc") {
        *objective = CalibrationObjective::Auc;
        return true;
    }
    if (name == u"logloss") {
        *objective = CalibrationObjective::LogLoss;
        return true;
    }
    return false;
}

namespace {

BacktestOptions evaluationOnly(const CalibrationOptions &options)
{
    return BacktestOptions::evaluationOnly(options.horizonDays);
}

nlohmann::json cutJson(const TierCut &cut)
{
    nlohmann::json j{{"tier", cut.tier}, {"feasible", cut.feasible}, {"before", cut.current}};
    if (cut.feasible)
        j["after"] = cut.proposed;
    else
        j["reason"] = cut.reason.toStdString();
    return j;
}

nlohmann::json signalWeightsJson(const CalibrationOptions &options, const Model &model, const CalibrationResult &result)
{
    nlohmann::json j = nlohmann::json::object();
    if (!options.signalWeights)
        return j;
    for (std::size_t i = 0; i < model.signals.size(); ++i) {
        j[model.signals[i].id.toStdString()] = {{"before", result.signalWeightsBefore[i]},
                                                {"after", result.signalWeightsAfter[i]}};
    }
    return j;
}

nlohmann::json thresholdsJson(const CalibrationOptions &options, const CalibrationResult &result)
{
    nlohmann::json j = nlohmann::json::object();
    if (options.redCapacity >= 0) {
        j["red_capacity"] = options.redCapacity;
        j["red_cut"] = cutJson(result.redCut);
        j["red_cut"]["accounts"] = result.redCut.accounts;
    }
    if (!std::isnan(options.bestTierMaxChurn)) {
        j["best_tier_max_churn"] = options.bestTierMaxChurn;
        j["best_cut"] = cutJson(result.bestCut);
        j["best_cut"]["outcomes"] = result.bestCut.accounts;
        j["best_cut"]["churned"] = result.bestCut.churned;
    }
    if (!result.capShifts.empty()) {
        nlohmann::json shifts = nlohmann::json::array();
        for (const CapShift &c : result.capShifts)
            shifts.push_back({{"override", c.override.toStdString()}, {"cap", c.cap},
                              {"tier_before", c.tierBefore.toStdString()}, {"tier_after", c.tierAfter.toStdString()}});
        j["cap_shifts"] = std::move(shifts);
    }
    return j;
}

} // namespace

Result<CalibrationResult> Calibration::run(const Workspace &workspace, const Model &model,
                                           const CalibrationOptions &options)
{
    if (auto ok = checkOptions(model, options); !ok)
        return std::unexpected(ok.error());
    auto bt = Backtest::run(workspace, model, evaluationOnly(options));
    if (!bt)
        return std::unexpected(bt.error());
    if (options.redCapacity < 0)
        return fit(*bt, model, options);
    auto latest = workspace.loadLatestSnapshot();
    if (!latest)
        return std::unexpected(latest.error());
    return fit(*bt, model, options, &*latest);
}

Result<CalibrationResult> Calibration::run(const SnapshotHistory &history, const Model &model,
                                           const CalibrationOptions &options)
{
    if (auto ok = checkOptions(model, options); !ok)
        return std::unexpected(ok.error());
    auto bt = Backtest::run(history, model, evaluationOnly(options));
    if (!bt)
        return std::unexpected(bt.error());
    const std::shared_ptr<const Dataset> latest = history.dates().empty() ? nullptr : history.week(history.dates().size() - 1);
    return fit(*bt, model, options, latest.get());
}

double Calibration::minimumWeight(const Model &model, const CalibrationOptions &options)
{
    if (options.minWeight)
        return *options.minWeight;
    double sum = 0;
    for (const Category &c : model.categories)
        sum += c.weight;
    return std::min(CalibrationOptions::kDefaultMinWeightShare * sum, options.maxWeight);
}

Result<void> Calibration::checkOptions(const Model &model, const CalibrationOptions &options)
{
    if (model.categories.empty())
        return fail(tr("The model has no categories to weight."), Error::Code::Invalid);
    if (options.minWeight.value_or(0) < 0 || !(options.maxWeight >= options.minWeight.value_or(0)))
        return fail(tr("Weight bounds must satisfy 0 ≤ min ≤ max."), Error::Code::Invalid);
    for (const QString &id : options.locked) {
        if (model.categoryIndex(id) < 0)
            return fail(tr("Cannot lock \"%1\": the model has no such category.").arg(id), Error::Code::Invalid);
    }
    for (const auto &[id, b] : options.categoryBounds) {
        if (model.categoryIndex(id) < 0)
            return fail(tr("Cannot bound \"%1\": the model has no such category.").arg(id), Error::Code::Invalid);
        if (const double lo = b.min.value_or(0); lo < 0 || !(b.max >= lo))
            return fail(tr("The bounds of \"%1\" must satisfy 0 ≤ min ≤ max.").arg(id), Error::Code::Invalid);
    }
    if (!std::isnan(options.bestTierMaxChurn) && !(options.bestTierMaxChurn >= 0 && options.bestTierMaxChurn <= 1))
        return fail(tr("The best tier's churn target must lie between 0 and 1."), Error::Code::Invalid);
    const bool byDate = options.validation == CalibrationValidation::Auto
                        || options.validation == CalibrationValidation::TimeSplit;
    if (options.trainUntil.isValid() && !byDate)
        return fail(tr("A date to train until applies to a split by date only, not to a holdout or folds."),
                    Error::Code::Invalid);
    if (!(options.holdoutFraction > 0 && options.holdoutFraction < 1))
        return fail(tr("The holdout fraction must lie strictly between 0 and 1, not %1.").arg(options.holdoutFraction),
                    Error::Code::Invalid);
    return {};
}

namespace {

// One coordinate search (docs/backtest.md, "Calibration method") on the split's train rows, with the
// test rows' metrics before and after when there are any.
struct Search
{
    std::vector<double> weights;          // per model category, as found
    std::vector<double> signalWeights;    // per model signal, as found
    std::vector<bool> locked;             // per model category
    double objectiveBefore = Metrics::kUndefined;
    double objectiveAfter = Metrics::kUndefined;
    BacktestMetrics testBefore;
    BacktestMetrics testAfter;
    int evaluations = 0;
    std::vector<double> scores;           // every evaluation row with the weights found
};

Result<Search> search(const BacktestResult &backtest, const Model &model, const CalibrationOptions &options,
                      const CalibrationSplit &split, int bootstrapResamples,
                      const std::function<void(int, int)> &progress)
{
    const std::vector<BacktestSample> &samples = backtest.samples;
    const std::vector<std::size_t> &trainRows = split.train;
    const std::vector<std::size_t> &testRows = split.test;
    Search result;

    ScoringEngine engine;
    engine.setThreadCount(1);
    if (auto r = engine.setModel(model); !r)
        return std::unexpected(r.error());
    if (auto r = engine.setDataset(backtest.evaluation); !r)
        return std::unexpected(r.error());

    std::vector<std::uint8_t> trainChurned, testChurned;
    for (std::size_t i : trainRows)
        trainChurned.push_back(samples[i].churned ? 1 : 0);
    for (std::size_t i : testRows)
        testChurned.push_back(samples[i].churned ? 1 : 0);

    std::vector<double> buffer;
    auto objective = [&]() {
        ++result.evaluations;
        const std::vector<double> &all = engine.scores();
        buffer.clear();
        for (std::size_t i : trainRows) {
            // An unscored row would drop out and change the sample: such weights are not allowed.
            if (std::isnan(all[i]))
                return -std::numeric_limits<double>::infinity();
            buffer.push_back(all[i]);
        }
        if (options.objective == CalibrationObjective::LogLoss)
            return negativeLogLoss(buffer, trainChurned);
        auto auc = Metrics::rocAuc(buffer, trainChurned);
        return auc && auc->isDefined() ? auc->auc : -std::numeric_limits<double>::infinity();
    };
    auto testMetrics = [&]() -> Result<BacktestMetrics> {
        if (testRows.empty())
            return BacktestMetrics();
        std::vector<double> s, arr;
        std::vector<std::int8_t> t;
        for (std::size_t i : testRows) {
            s.push_back(engine.scores()[i]);
            t.push_back(engine.tiers()[i]);
            arr.push_back(samples[i].arr);
        }
        BacktestOptions mo;
        mo.bootstrapResamples = bootstrapResamples;
        return Backtest::metrics(s, t, testChurned, arr, int(model.tiers.size()), mo);
    };

    const std::size_t cats = model.categories.size();
    const bool defaultMinimum = !options.minWeight;
    std::vector<double> weights(cats), low(cats, Calibration::minimumWeight(model, options)), high(cats, options.maxWeight);
    std::vector<bool> locked(cats);
    double sum = 0;
    for (std::size_t c = 0; c < cats; ++c) {
        weights[c] = model.categories[c].weight;
        locked[c] = isLockedByFile(model.categories[c]) || options.locked.contains(model.categories[c].id);
        // The default minimum guards against dropping a category; one already at 0 was the user's choice.
        if (defaultMinimum && weights[c] == 0)
            low[c] = 0;
        if (const auto b = options.categoryBounds.find(model.categories[c].id); b != options.categoryBounds.end()) {
            high[c] = b->second.max;
            low[c] = b->second.min ? *b->second.min : std::min(low[c], high[c]);
        }
        sum += weights[c];
    }
    const double meanWeight = sum > 0 ? sum / double(cats) : 1.0;

    double best = objective();
    result.objectiveBefore = best;
    auto before = testMetrics();
    if (!before)
        return std::unexpected(before.error());
    result.testBefore = std::move(*before);

    // A weight outside its bounds starts from the nearest bound, so that the result respects them.
    bool clamped = false;
    for (std::size_t c = 0; c < cats; ++c) {
        const double w = std::clamp(weights[c], low[c], high[c]);
        if (locked[c] || w == weights[c])
            continue;
        if (auto r = engine.setCategoryWeight(int(c), w); !r)
            return std::unexpected(r.error());
        weights[c] = w;
        clamped = true;
    }
    if (clamped)
        best = objective();

    // What the search moves: the unlocked category weights and, when asked, the weights of the signals
    // inside unlocked categories (bounded below by 0 only).
    struct Parameter
    {
        bool signal = false;
        int index = 0;
        double low = 0, high = 0;
        double restart = 1;   // tried when the weight is 0: the mean of its peers
    };
    std::vector<double> signalWeights(model.signals.size());
    for (std::size_t i = 0; i < model.signals.size(); ++i)
        signalWeights[i] = model.signals[i].weight;
    std::vector<Parameter> parameters;
    for (std::size_t c = 0; c < cats; ++c) {
        if (!locked[c])
            parameters.push_back({false, int(c), low[c], high[c], meanWeight});
    }
    if (options.signalWeights) {
        for (std::size_t i = 0; i < model.signals.size(); ++i) {
            const int c = model.categoryIndex(model.signals[i].category);
            if (c < 0 || locked[std::size_t(c)])
                continue;
            double peers = 0;
            int count = 0;
            for (const Signal &other : model.signals) {
                if (other.category == model.signals[i].category) {
                    peers += other.weight;
                    ++count;
                }
            }
            parameters.push_back({true, int(i), 0.0, std::numeric_limits<double>::infinity(),
                                  peers > 0 ? peers / count : 1.0});
        }
    }
    auto valueOf = [&](const Parameter &p) -> double & {
        return p.signal ? signalWeights[std::size_t(p.index)] : weights[std::size_t(p.index)];
    };
    auto setWeight = [&](const Parameter &p, double w) {
        return p.signal ? engine.setSignalWeight(p.index, w) : engine.setCategoryWeight(p.index, w);
    };

    // Coordinate search: each parameter in turn tries a few multiplicative steps (and a jump to its
    // peers' mean when it is 0); a step is kept only when it strictly improves the training
    // objective, so the result is deterministic and never worse on the training window.
    constexpr double kFactors[] = {0.0, 0.5, 0.8, 1.25, 2.0};
    const int steps = std::max(1, options.maxPasses * int(parameters.size()));   // an upper bound: the search may stop early
    int step = 0;
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    for (int pass = 0; pass < options.maxPasses; ++pass) {
        bool improved = false;
        for (const Parameter &p : parameters) {
            if (progress)
                progress(step, steps);
            if (cancelled())
                return fail(Calibration::tr("Calibration was cancelled."), Error::Code::Cancelled);
            ++step;
            const double current = valueOf(p);
            std::vector<double> candidates;
            for (double f : kFactors)
                candidates.push_back(current * f);
            if (current == 0)
                candidates.push_back(p.restart);
            double bestWeight = current;
            for (double w : candidates) {
                w = std::clamp(w, p.low, p.high);
                if (w == current || w == bestWeight)
                    continue;
                if (!setWeight(p, w))
                    continue;
                const double v = objective();
                if (v > best + 1e-12) {
                    best = v;
                    bestWeight = w;
                }
            }
            if (auto r = setWeight(p, bestWeight); !r)
                return std::unexpected(r.error());
            if (bestWeight != current) {
                valueOf(p) = bestWeight;
                improved = true;
            }
        }
        if (!improved)
            break;
    }
    if (progress)
        progress(steps, steps);
    result.objectiveAfter = best;
    auto after = testMetrics();
    if (!after)
        return std::unexpected(after.error());
    result.testAfter = std::move(*after);
    result.weights = std::move(weights);
    result.signalWeights = std::move(signalWeights);
    result.locked = std::move(locked);
    result.scores = engine.scores();
    return result;
}

CalibrationWindow windowOf(const std::vector<BacktestSample> &samples, const std::vector<std::size_t> &rows,
                           std::int64_t accounts)
{
    CalibrationWindow w;
    w.n = std::int64_t(rows.size());
    w.accounts = accounts;
    for (std::size_t i : rows) {
        const QDate when = CalibrationSplitter::outcomeDay(samples[i]);
        w.positives += samples[i].churned ? 1 : 0;
        if (!w.from.isValid() || when < w.from)
            w.from = when;
        if (!w.until.isValid() || when > w.until)
            w.until = when;
    }
    return w;
}

// Mean and sample standard deviation (n − 1) of the defined values.
std::pair<double, double> meanAndSd(const std::vector<double> &values)
{
    double sum = 0;
    int count = 0;
    for (double v : values) {
        if (std::isfinite(v)) {
            sum += v;
            ++count;
        }
    }
    if (count == 0)
        return {Metrics::kUndefined, Metrics::kUndefined};
    const double mean = sum / count;
    if (count < 2)
        return {mean, Metrics::kUndefined};
    double squares = 0;
    for (double v : values) {
        if (std::isfinite(v))
            squares += (v - mean) * (v - mean);
    }
    return {mean, std::sqrt(squares / (count - 1))};
}

nlohmann::json validationJson(const CalibrationResult &r)
{
    nlohmann::json j{{"method", calibrationValidationName(r.validation).toStdString()}};
    switch (r.validation) {
    case CalibrationValidation::Auto:
    case CalibrationValidation::TimeSplit:
        j["train_until"] = dateText(r.trainUntil).toStdString();
        break;
    case CalibrationValidation::Holdout:
        j["fraction"] = r.holdoutFraction;
        j["seed"] = r.seed;
        break;
    case CalibrationValidation::Folds: {
        j["k"] = r.folds;
        j["seed"] = r.seed;
        nlohmann::json folds = nlohmann::json::array();
        for (const CalibrationFold &f : r.foldResults) {
            folds.push_back({{"fold", f.fold}, {"train_outcomes", f.trainOutcomes}, {"test_outcomes", f.testOutcomes},
                             {"test_auc", num(f.testAuc)}, {"test_auc_before", num(f.testAucBefore)}});
        }
        j["folds"] = folds;
        j["mean_auc"] = num(r.foldsMeanAuc);
        j["sd_auc"] = num(r.foldsSdAuc);
        j["refit"] = "all outcomes";
        break;
    }
    }
    if (!r.note.isEmpty())
        j["note"] = r.note.toStdString();
    return j;
}

} // namespace

Result<CalibrationResult> Calibration::fit(const BacktestResult &backtest, const Model &model,
                                           const CalibrationOptions &options, const Dataset *latest)
{
    if (auto ok = checkOptions(model, options); !ok)
        return std::unexpected(ok.error());
    const std::vector<BacktestSample> &samples = backtest.samples;
    const std::size_t n = samples.size();

    CalibrationResult result;
    result.objective = options.objective;
    CalibrationValidation method = options.validation;
    if (method == CalibrationValidation::Auto) {
        method = CalibrationValidation::TimeSplit;
        if (!options.trainUntil.isValid() && n > 0 && CalibrationSplitter::oneDate(samples)) {
            method = CalibrationValidation::Holdout;
            result.note = tr("All %1 outcomes count at one date (%2), so they cannot be split by date: a random "
                             "%3 % of the accounts, churned and retained alike, is held out to test "
                             "(as --holdout %4 --seed %5).")
                              .arg(n)
                              .arg(dateText(CalibrationSplitter::outcomeDay(samples.front())))
                              .arg(options.holdoutFraction * 100.0)
                              .arg(options.holdoutFraction)
                              .arg(options.seed);
        }
    }
    result.validation = method;

    // Each search reports its own (done, total); a cross-validation runs K + 1 of them in a row.
    const int runs = method == CalibrationValidation::Folds ? options.folds + 1 : 1;
    auto progressFor = [&options, runs](int run) -> std::function<void(int, int)> {
        if (!options.progress)
            return {};
        return [&options, runs, run](int done, int total) { options.progress(run * total + done, runs * total); };
    };

    CalibrationSplit split;
    if (method == CalibrationValidation::Folds) {
        auto folds = CalibrationSplitter::folds(samples, options.folds, options.seed);
        if (!folds)
            return std::unexpected(folds.error());
        result.folds = options.folds;
        result.seed = options.seed;
        std::vector<double> after, before;
        for (int k = 0; k < options.folds; ++k) {
            const CalibrationSplit foldSplit = CalibrationSplitter::foldSplit(samples, *folds, k);
            auto s = search(backtest, model, options, foldSplit, 0, progressFor(k));
            if (!s)
                return std::unexpected(s.error());
            CalibrationFold f;
            f.fold = k + 1;
            f.trainOutcomes = std::int64_t(foldSplit.train.size());
            f.testOutcomes = std::int64_t(foldSplit.test.size());
            f.testAccounts = foldSplit.testAccounts;
            for (std::size_t i : foldSplit.test)
                f.testPositives += samples[i].churned ? 1 : 0;
            f.testAucBefore = s->testBefore.auc.isDefined() ? s->testBefore.auc.auc : Metrics::kUndefined;
            f.testAuc = s->testAfter.auc.isDefined() ? s->testAfter.auc.auc : Metrics::kUndefined;
            f.weights = s->weights;
            f.signalWeights = s->signalWeights;
            result.evaluations += s->evaluations;
            before.push_back(f.testAucBefore);
            after.push_back(f.testAuc);
            result.foldResults.push_back(f);
        }
        std::tie(result.foldsMeanAuc, result.foldsSdAuc) = meanAndSd(after);
        result.foldsMeanAucBefore = meanAndSd(before).first;
        // The model handed back is fitted on every outcome; the folds estimate how well that fit
        // carries to outcomes it has not seen. No outcome is left to test it on.
        for (std::size_t i = 0; i < n; ++i)
            split.train.push_back(i);
        QSet<QString> accounts;
        for (const BacktestSample &s : samples)
            accounts.insert(s.accountId);
        split.trainAccounts = accounts.size();
    } else if (method == CalibrationValidation::Holdout) {
        auto holdout = CalibrationSplitter::holdout(samples, options.holdoutFraction, options.seed);
        if (!holdout)
            return std::unexpected(holdout.error());
        split = std::move(*holdout);
        result.holdoutFraction = options.holdoutFraction;
        result.seed = options.seed;
    } else {
        auto byDate = CalibrationSplitter::byDate(samples, options.trainUntil);
        if (!byDate)
            return std::unexpected(byDate.error());
        split = std::move(*byDate);
        result.trainUntil = split.trainUntil;
    }
    result.train = windowOf(samples, split.train, split.trainAccounts);
    result.test = windowOf(samples, split.test, split.testAccounts);

    auto found = search(backtest, model, options, split, options.bootstrapResamples, progressFor(runs - 1));
    if (!found)
        return std::unexpected(found.error());
    const Search &s = *found;
    result.evaluations += s.evaluations;
    result.trainObjectiveBefore = s.objectiveBefore;
    result.trainObjectiveAfter = s.objectiveAfter;
    result.testBefore = s.testBefore;
    result.testAfter = s.testAfter;
    const std::size_t cats = model.categories.size();
    for (std::size_t c = 0; c < cats; ++c)
        result.weightsBefore.push_back(model.categories[c].weight);
    result.weightsAfter = s.weights;
    for (const Signal &signal : model.signals)
        result.signalWeightsBefore.push_back(signal.weight);
    result.signalWeightsAfter = s.signalWeights;

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (std::size_t i = 0; i < n; ++i) {
        const BacktestSample &sample = samples[i];
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5\n")
                         .arg(sample.accountId, dateText(sample.asOf), dateText(sample.outcomeDate),
                              outcomeKindName(sample.kind))
                         .arg(sample.score, 0, 'g', 17)
                         .toUtf8());
    }
    result.fingerprint = QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex());

    // An exported model's metadata (its hash) would no longer match the new weights: dropped.
    result.model = ModelExport::withoutMetadata(model);
    for (std::size_t c = 0; c < cats; ++c)
        result.model.categories[c].weight = result.weightsAfter[c];
    for (std::size_t i = 0; i < result.signalWeightsAfter.size(); ++i)
        result.model.signals[i].weight = result.signalWeightsAfter[i];

    // Tier thresholds with the calibrated weights; the red cut first, the best tier's edge then
    // measured against it.
    if (options.redCapacity >= 0) {
        if (!latest) {
            result.redCut.tier = 1;
            result.redCut.reason = tr("The workspace has no snapshot to count the accounts of.");
        } else {
            ScoringEngine latestEngine;
            if (auto r = latestEngine.setModel(result.model); !r)
                return std::unexpected(r.error());
            // Aliasing pointer without ownership: `latest` outlives this engine.
            if (auto r = latestEngine.setDataset(std::shared_ptr<const Dataset>(std::shared_ptr<const Dataset>(), latest)); !r)
                return std::unexpected(r.error());
            result.redCut = ThresholdProposal::redCutForCapacity(latestEngine.scores(), result.model, options.redCapacity);
            result.model = ThresholdProposal::apply(result.model, result.redCut);
        }
    }
    if (!std::isnan(options.bestTierMaxChurn)) {
        std::vector<std::uint8_t> churnedAll(n);
        for (std::size_t i = 0; i < n; ++i)
            churnedAll[i] = samples[i].churned ? 1 : 0;
        result.bestCut = ThresholdProposal::bestCutForChurnRate(s.scores, churnedAll, result.model,
                                                                options.bestTierMaxChurn);
        result.model = ThresholdProposal::apply(result.model, result.bestCut);
    }
    result.minWeight = Calibration::minimumWeight(model, options);
    result.minWeightIsDefault = !options.minWeight;
    for (std::size_t c = 0; c < cats; ++c) {
        if (result.model.categories[c].weight == 0)
            result.categoriesAtZero << result.model.categories[c].id;
    }
    result.capShifts = ThresholdProposal::capShifts(model, result.model);
    nlohmann::json extra = nlohmann::json::object();
    if (!model.extra.isEmpty()) {
        nlohmann::json parsed = nlohmann::json::parse(model.extra.toStdString(), nullptr, false);
        if (parsed.is_object())
            extra = std::move(parsed);
    }
    nlohmann::json weightsJson = nlohmann::json::object();
    for (std::size_t c = 0; c < cats; ++c) {
        weightsJson[model.categories[c].id.toStdString()] = {{"before", result.weightsBefore[c]},
                                                             {"after", result.weightsAfter[c]},
                                                             {"locked", bool(s.locked[c])}};
    }
    auto metricsJson = [](const BacktestMetrics &m) {
        return nlohmann::json{{"auc", num(m.auc.auc)}, {"pr_auc", num(m.pr.averagePrecision)},
                              {"relative_risk", num(m.tiers.relativeRisk.ratio)},
                              {"monotonic", m.tiers.monotone}};
    };
    nlohmann::json block = {
        {"method", "coordinate search over category weights"},
        {"objective", calibrationObjectiveName(options.objective).toStdString()},
        {"horizon_days", options.horizonDays},
        {"validation", validationJson(result)},
        {"train", windowJson(result.train)},
        {"test", windowJson(result.test)},
        {"train_objective", {{"before", num(result.trainObjectiveBefore)}, {"after", num(result.trainObjectiveAfter)}}},
        {"weights", weightsJson},
        {"min_weight", {{"value", result.minWeight}, {"default", result.minWeightIsDefault}}},
        {"categories_at_zero", [&] {
             nlohmann::json ids = nlohmann::json::array();
             for (const QString &id : result.categoriesAtZero)
                 ids.push_back(id.toStdString());
             return ids;
         }()},
        {"thresholds", thresholdsJson(options, result)},
        {"signal_weights", signalWeightsJson(options, model, result)},
        {"data_fingerprint", result.fingerprint.toStdString()},
    };
    if (method == CalibrationValidation::TimeSplit)
        block["train_until"] = dateText(result.trainUntil).toStdString();
    if (!split.test.empty())
        block["test_metrics"] = {{"before", metricsJson(result.testBefore)}, {"after", metricsJson(result.testAfter)}};
    extra["calibration"] = std::move(block);
    result.model.extra = QByteArray::fromStdString(extra.dump());
    return result;
}

} // namespace tierlab
