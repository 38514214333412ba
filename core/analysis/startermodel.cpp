#include "analysis/startermodel.h"

#include "analysis/calibrationsplit.h"
#include "analysis/signaldiagnostics.h"
#include "analysis/snapshothistory.h"
#include "model/modelvalidator.h"
#include "store/workspace.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace tierlab {

namespace {

// A group of fitted outcomes: a band, a listed map value, the rest of a map, or one side of a flag.
struct Group
{
    double lower = 0;            // bands: the band's lower edge (unused for the first band)
    std::int64_t n = 0;
    std::int64_t churned = 0;
    double rate() const { return n > 0 ? double(churned) / double(n) : 0.0; }
};

// Strictly higher churn rate, compared exactly by cross-multiplication.
bool riskier(const Group &a, const Group &b) { return a.churned * b.n > b.churned * a.n; }

double round1(double v) { return std::round(v * 10.0) / 10.0; }

// A group's score: the riskiest group 0, the safest 100, linear in the churn rate between them.
double scaledScore(double rate, double rMin, double rMax)
{
    if (!(rMax > rMin))
        return 50;
    return round1(std::clamp(100.0 * (rMax - rate) / (rMax - rMin), 0.0, 100.0));
}

// Information value Σ (g_j − b_j)·ln(g_j / b_j) over the groups, g_j and b_j their shares of the
// retained and of the churned outcomes; a zero count counts as 0.5 so that every term is finite.
double informationValue(const std::vector<Group> &groups)
{
    double good = 0, bad = 0;
    for (const Group &g : groups) {
        good += double(g.n - g.churned);
        bad += double(g.churned);
    }
    if (good <= 0 || bad <= 0)
        return 0;
    double iv = 0;
    for (const Group &g : groups) {
        const double gShare = std::max(double(g.n - g.churned), 0.5) / good;
        const double bShare = std::max(double(g.churned), 0.5) / bad;
        iv += (gShare - bShare) * std::log(gShare / bShare);
    }
    return iv;
}

// Pearson's χ² of independence between group and churn.
double chiSquare(const std::vector<Group> &groups)
{
    double n = 0, churned = 0;
    for (const Group &g : groups) {
        n += double(g.n);
        churned += double(g.churned);
    }
    if (n <= 0 || churned <= 0 || churned >= n)
        return 0;
    double chi = 0;
    for (const Group &g : groups) {
        const double e1 = double(g.n) * churned / n;
        const double e0 = double(g.n) * (n - churned) / n;
        const double o1 = double(g.churned), o0 = double(g.n - g.churned);
        chi += (o1 - e1) * (o1 - e1) / e1 + (o0 - e0) * (o0 - e0) / e0;
    }
    return chi;
}

// Merges the group at `i` into its neighbour `j` (adjacent), keeping the lower one's edge.
void mergeInto(std::vector<Group> &groups, std::size_t i, std::size_t j)
{
    const std::size_t lo = std::min(i, j), hi = std::max(i, j);
    groups[lo].n += groups[hi].n;
    groups[lo].churned += groups[hi].churned;
    groups.erase(groups.begin() + std::ptrdiff_t(hi));
}

// Pool-adjacent-violators: merges neighbouring bands until the churn rate strictly rises with the
// value (`rising`) or strictly falls; equal rates merge too, so every edge changes the score.
std::vector<Group> monotone(const std::vector<Group> &bins, bool rising)
{
    std::vector<Group> out;
    for (const Group &b : bins) {
        out.push_back(b);
        while (out.size() >= 2) {
            const Group &prev = out[out.size() - 2], &last = out.back();
            const bool ordered = rising ? riskier(last, prev) : riskier(prev, last);
            if (ordered)
                break;
            mergeInto(out, out.size() - 1, out.size() - 2);
        }
    }
    return out;
}

// Merges the neighbouring pair whose churn rates differ least (smallest 2×2 χ²) until every
// neighbouring pair differs at 5 % (χ² ≥ 3.84): bands a few outcomes apart do not become score steps.
std::vector<Group> mergeIndistinct(std::vector<Group> bins)
{
    while (bins.size() >= 2) {
        std::size_t best = 0;
        double bestChi = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i + 1 < bins.size(); ++i) {
            const double chi = chiSquare({bins[i], bins[i + 1]});
            if (chi < bestChi) {
                bestChi = chi;
                best = i;
            }
        }
        if (bestChi >= StarterModel::chiSquareCritical95(1))
            break;
        mergeInto(bins, best + 1, best);
    }
    return bins;
}

struct Fitted
{
    SignalRule rule;
    MissingPolicy missing = MissingPolicy::Skip;
};

constexpr double kRepeatCorrelation = 0.99;

// The missing policy from the missing values' churn rate: Worst when they churn at least as often as
// the riskiest group, Neutral when at least as often as all fitted outcomes, else Skip. Fewer than
// `minCount` missing values are too few to say: Skip.
MissingPolicy missingPolicyFor(const Group &missing, const std::vector<Group> &groups, const Group &all,
                               std::int64_t minCount)
{
    if (missing.n < std::max<std::int64_t>(minCount, 1))
        return MissingPolicy::Skip;
    const Group worst = *std::max_element(groups.begin(), groups.end(),
                                          [](const Group &a, const Group &b) { return riskier(b, a); });
    if (!riskier(worst, missing))
        return MissingPolicy::Worst;
    if (!riskier(all, missing))
        return MissingPolicy::Neutral;
    return MissingPolicy::Skip;
}

// The score each of `rows` gets from a fitted rule (NaN when missing): what the engine computes for
// these three rule kinds, for the report and the check for repeated signals.
std::vector<double> fittedScores(const Column &column, std::span<const std::size_t> rows, const SignalRule &rule)
{
    std::vector<double> out;
    out.reserve(rows.size());
    for (std::size_t r : rows) {
        double score = kMissing;
        if (rule.kind == RuleKind::Map) {
            if (column.codes[r] >= 0) {
                const QString text = column.dictionary[std::size_t(column.codes[r])].trimmed();
                score = rule.mapDefault;
                for (const auto &[key, value] : rule.mapScores)
                    if (key == text)
                        score = value;
            }
        } else if (const double v = column.numbers[r]; !std::isnan(v)) {
            if (rule.kind == RuleKind::Flag)
                score = v != 0 ? rule.trueScore : rule.falseScore;
            else
                score = rule.bandScores[std::size_t(std::upper_bound(rule.edges.begin(), rule.edges.end(), v) - rule.edges.begin())];
        }
        out.push_back(score);
    }
    return out;
}

// Pearson correlation over the rows where both are present; NaN below two such rows or without spread.
double correlation(const std::vector<double> &a, const std::vector<double> &b)
{
    double n = 0, sa = 0, sb = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!std::isnan(a[i]) && !std::isnan(b[i])) {
            ++n;
            sa += a[i];
            sb += b[i];
        }
    if (n < 2)
        return kMissing;
    const double ma = sa / n, mb = sb / n;
    double cab = 0, caa = 0, cbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!std::isnan(a[i]) && !std::isnan(b[i])) {
            cab += (a[i] - ma) * (b[i] - mb);
            caa += (a[i] - ma) * (a[i] - ma);
            cbb += (b[i] - mb) * (b[i] - mb);
        }
    return caa > 0 && cbb > 0 ? cab / std::sqrt(caa * cbb) : kMissing;
}

QString percentText(double share) { return QString::number(share * 100.0, 'f', 0) + QStringLiteral(" %"); }

struct FitContext
{
    const StarterOptions &options;
    std::span<const std::uint8_t> churned;
    std::span<const std::size_t> rows;
};

// Number columns: quantile bins, merged until each holds minBinShare of the values, then until the
// churn rate is monotone in the direction of the univariate AUC.
bool fitNumber(const Column &column, const FitContext &ctx, StarterSignal *s, Fitted *f)
{
    std::vector<std::pair<double, std::uint8_t>> values;
    std::vector<double> fitValues;
    std::vector<std::uint8_t> fitChurned;
    Group missing, all;
    values.reserve(ctx.rows.size());
    for (std::size_t r : ctx.rows) {
        const double v = column.numbers[r];
        const std::uint8_t y = ctx.churned[r];
        fitValues.push_back(v);
        fitChurned.push_back(y);
        ++all.n;
        all.churned += y;
        if (std::isnan(v)) {
            ++missing.n;
            missing.churned += y;
        } else {
            values.emplace_back(v, y);
        }
    }
    auto diag = diagnoseNumber(fitValues, fitChurned);
    if (!diag) {
        s->reason = diag.error().message;
        return false;
    }
    s->present = diag->present;
    s->coverage = diag->coverage;
    s->auc = diag->auc;
    if (diag->coverage < ctx.options.minCoverage) {
        s->reason = StarterModel::tr("a value on %1 of the outcomes, fewer than %2")
                        .arg(percentText(diag->coverage), percentText(ctx.options.minCoverage));
        return false;
    }
    const double n1 = double(diag->positives), n0 = double(diag->present - diag->positives);
    if (n1 <= 0 || n0 <= 0 || std::isnan(diag->rawAuc)) {
        s->reason = StarterModel::tr("its values are all churned or all retained outcomes");
        return false;
    }
    // Mann–Whitney under "no signal": AUC has mean 0.5 and variance (n1 + n0 + 1) / (12·n1·n0).
    const double se = std::sqrt((n1 + n0 + 1.0) / (12.0 * n1 * n0));
    s->statistic = (diag->rawAuc - 0.5) / se;
    s->critical = 1.959963984540054;
    if (std::abs(s->statistic) < s->critical) {
        s->reason = StarterModel::tr("no signal: AUC %1 is within noise of 0.5 (|z| = %2 < 1.96)")
                        .arg(QString::number(diag->auc, 'f', 3), QString::number(std::abs(s->statistic), 'f', 2));
        return false;
    }
    const bool rising = diag->rawAuc > 0.5;   // higher values churn more

    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const std::size_t n = values.size();
    std::vector<double> edges;
    for (int k = 1; k < ctx.options.maxBins; ++k) {
        const double e = values[std::size_t(k) * n / std::size_t(ctx.options.maxBins)].first;
        if (e > values.front().first && (edges.empty() || e > edges.back()))
            edges.push_back(e);
    }
    std::vector<Group> bins(edges.size() + 1);
    for (std::size_t b = 1; b < bins.size(); ++b)
        bins[b].lower = edges[b - 1];
    std::size_t b = 0;
    for (const auto &[v, y] : values) {
        while (b < edges.size() && v >= edges[b])
            ++b;
        ++bins[b].n;
        bins[b].churned += y;
    }
    // Small bins join their smaller neighbour, the smallest first.
    const auto minCount = std::int64_t(std::ceil(ctx.options.minBinShare * double(n)));
    while (bins.size() > 1) {
        std::size_t smallest = 0;
        for (std::size_t i = 1; i < bins.size(); ++i)
            if (bins[i].n < bins[smallest].n)
                smallest = i;
        if (bins[smallest].n >= minCount)
            break;
        std::size_t into = smallest == 0 ? 1 : smallest - 1;
        if (smallest > 0 && smallest + 1 < bins.size() && bins[smallest + 1].n < bins[smallest - 1].n)
            into = smallest + 1;
        mergeInto(bins, smallest, into);
    }
    bins = mergeIndistinct(monotone(bins, rising));
    if (bins.size() < 2) {
        s->reason = StarterModel::tr("no signal: one band is left once the churn rate is monotone and neighbours differ");
        return false;
    }
    double rMin = 1, rMax = 0;
    for (const Group &g : bins) {
        rMin = std::min(rMin, g.rate());
        rMax = std::max(rMax, g.rate());
    }
    f->rule.kind = RuleKind::Bands;
    for (std::size_t i = 0; i < bins.size(); ++i) {
        if (i > 0)
            f->rule.edges.push_back(bins[i].lower);
        f->rule.bandScores.push_back(scaledScore(bins[i].rate(), rMin, rMax));
    }
    f->missing = missingPolicyFor(missing, bins, all, minCount);
    std::vector<Group> withMissing = bins;
    if (missing.n > 0)
        withMissing.push_back(missing);
    s->informationValue = informationValue(withMissing);
    s->bins = int(bins.size());
    s->rule = RuleKind::Bands;
    return true;
}

// Category and flag columns: one group per value (a category value with fewer than minBinShare of
// the values joins the rest, which takes the map's default), kept when Pearson's χ² of independence
// reaches its 5 % critical value.
bool fitGroups(const Column &column, const FitContext &ctx, StarterSignal *s, Fitted *f)
{
    const bool flag = column.info.type != SignalType::Category;
    std::vector<Group> perValue(flag ? 2 : column.dictionary.size());
    Group missing, all;
    for (std::size_t r : ctx.rows) {
        const std::uint8_t y = ctx.churned[r];
        ++all.n;
        all.churned += y;
        int value = -1;
        if (flag) {
            const double v = column.numbers[r];
            value = std::isnan(v) ? -1 : (v != 0 ? 1 : 0);
        } else {
            const std::int32_t code = column.codes[r];
            value = code >= 0 && std::size_t(code) < perValue.size() ? code : -1;
        }
        if (value < 0) {
            ++missing.n;
            missing.churned += y;
        } else {
            ++perValue[std::size_t(value)].n;
            perValue[std::size_t(value)].churned += y;
        }
    }
    const std::int64_t present = all.n - missing.n;
    s->present = present;
    s->coverage = all.n > 0 ? double(present) / double(all.n) : 0.0;
    if (s->coverage < ctx.options.minCoverage) {
        s->reason = StarterModel::tr("a value on %1 of the outcomes, fewer than %2")
                        .arg(percentText(s->coverage), percentText(ctx.options.minCoverage));
        return false;
    }
    const auto minCount = std::int64_t(std::ceil(ctx.options.minBinShare * double(present)));
    std::vector<int> listed;              // value indices with their own group
    Group rest;
    for (std::size_t v = 0; v < perValue.size(); ++v) {
        if (perValue[v].n == 0)
            continue;
        if (flag || perValue[v].n >= minCount) {
            listed.push_back(int(v));
        } else {
            rest.n += perValue[v].n;
            rest.churned += perValue[v].churned;
        }
    }
    // The most frequent values keep their own entry when there are more than a map allows.
    if (!flag && listed.size() > std::size_t(kMaxMapValues)) {
        std::stable_sort(listed.begin(), listed.end(), [&](int a, int b) { return perValue[std::size_t(a)].n > perValue[std::size_t(b)].n; });
        for (std::size_t i = std::size_t(kMaxMapValues); i < listed.size(); ++i) {
            rest.n += perValue[std::size_t(listed[i])].n;
            rest.churned += perValue[std::size_t(listed[i])].churned;
        }
        listed.resize(std::size_t(kMaxMapValues));
    }
    std::vector<Group> groups;
    for (int v : listed)
        groups.push_back(perValue[std::size_t(v)]);
    if (rest.n > 0)
        groups.push_back(rest);
    if (groups.size() < 2) {
        s->reason = rest.n == 0 ? StarterModel::tr("no signal: every value is the same")
                                : StarterModel::tr("no signal: no value holds %1 of the values").arg(percentText(ctx.options.minBinShare));
        return false;
    }
    s->statistic = chiSquare(groups);
    s->critical = StarterModel::chiSquareCritical95(int(groups.size()) - 1);
    if (s->statistic < s->critical) {
        s->reason = StarterModel::tr("no signal: χ² %1 < %2, the 5 % critical value for %3 degrees of freedom")
                        .arg(QString::number(s->statistic, 'f', 2), QString::number(s->critical, 'f', 2))
                        .arg(groups.size() - 1);
        return false;
    }
    double rMin = 1, rMax = 0;
    for (const Group &g : groups) {
        rMin = std::min(rMin, g.rate());
        rMax = std::max(rMax, g.rate());
    }
    if (flag) {
        f->rule.kind = RuleKind::Flag;
        f->rule.falseScore = scaledScore(perValue[0].rate(), rMin, rMax);
        f->rule.trueScore = scaledScore(perValue[1].rate(), rMin, rMax);
    } else {
        f->rule.kind = RuleKind::Map;
        // Riskiest first, ties by text: the order a reader scans.
        std::sort(listed.begin(), listed.end(), [&](int a, int b) {
            const Group &ga = perValue[std::size_t(a)], &gb = perValue[std::size_t(b)];
            if (riskier(ga, gb) != riskier(gb, ga))
                return riskier(ga, gb);
            return column.dictionary[std::size_t(a)] < column.dictionary[std::size_t(b)];
        });
        for (int v : listed)
            f->rule.mapScores.emplace_back(column.dictionary[std::size_t(v)].trimmed(),
                                           scaledScore(perValue[std::size_t(v)].rate(), rMin, rMax));
        // Values too rare to list, and values never seen, score as the rare ones did together, or
        // as the fitted outcomes did on average.
        f->rule.mapDefault = scaledScore(rest.n > 0 ? rest.rate() : all.rate(), rMin, rMax);
    }
    f->missing = missingPolicyFor(missing, groups, all, minCount);

    // In-sample AUC of the fitted scores: what the rule orders, for the report.
    const std::vector<double> scores = fittedScores(column, ctx.rows, f->rule);
    std::vector<double> scored;
    std::vector<std::uint8_t> y;
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (!std::isnan(scores[i])) {
            scored.push_back(scores[i]);
            y.push_back(ctx.churned[ctx.rows[i]]);
        }
    if (auto auc = Metrics::rocAuc(scored, y); auc && auc->isDefined())
        s->auc = auc->auc;
    std::vector<Group> withMissing = groups;
    if (missing.n > 0)
        withMissing.push_back(missing);
    s->informationValue = informationValue(withMissing);
    s->bins = int(groups.size());
    s->rule = f->rule.kind;
    return true;
}

struct Family
{
    const char *id;
    const char *label;
};
constexpr std::array<Family, 5> kFamilies = {{
    {"engagement", QT_TRANSLATE_NOOP("StarterModel", "Engagement & usage")},
    {"support", QT_TRANSLATE_NOOP("StarterModel", "Support")},
    {"relationship", QT_TRANSLATE_NOOP("StarterModel", "Relationship")},
    {"commercial", QT_TRANSLATE_NOOP("StarterModel", "Commercial")},
    {"other", QT_TRANSLATE_NOOP("StarterModel", "Other")},
}};

Model probeModel(const std::vector<SignalInfo> &catalogue)
{
    // Every catalogue column in a rule that scores any value and gives a missing one 50, so that the
    // back-test keeps every outcome that has a snapshot and gathers every column of it.
    Model probe;
    probe.name = QStringLiteral("starter probe");
    probe.categories.push_back({QStringLiteral("all"), {}, {}, 1, Aggregate::Mean, {}});
    for (const SignalInfo &info : catalogue) {
        Signal s;
        s.id = info.id;
        s.category = QStringLiteral("all");
        s.missing = MissingPolicy::Neutral;
        switch (info.type) {
        case SignalType::Number:
            s.rule.kind = RuleKind::Linear;
            s.rule.worst = 0;
            s.rule.best = 1;
            break;
        case SignalType::Category:
            s.rule.kind = RuleKind::Map;
            break;
        case SignalType::Flag:
            s.rule.kind = RuleKind::Flag;
            break;
        }
        probe.signals.push_back(std::move(s));
    }
    probe.tiers.push_back({QStringLiteral("all"), {}, {}, 0, {}});
    return probe;
}

bool cancelled(const StarterOptions &options) { return options.cancel && options.cancel->load(); }

Result<StarterResult> buildWith(const std::vector<SignalInfo> &catalogue, const StarterOptions &options,
                                const std::function<Result<BacktestResult>(const Model &, const BacktestOptions &)> &backtest)
{
    if (!(options.holdoutFraction >= 0 && options.holdoutFraction < 1))
        return fail(StarterModel::tr("the held-out share must be at least 0 and below 1, not %1").arg(options.holdoutFraction), Error::Code::Invalid);
    if (options.maxBins < 2 || options.maxBins > kMaxBandEdges + 1)
        return fail(StarterModel::tr("the number of bins must be between 2 and %1").arg(kMaxBandEdges + 1), Error::Code::Invalid);
    for (std::size_t i = 0; i < options.tierEdges.size(); ++i)
        if (!(options.tierEdges[i] > (i == 0 ? 0.0 : options.tierEdges[i - 1]) && options.tierEdges[i] <= 100))
            return fail(StarterModel::tr("tier edges must rise strictly between 0 and 100"), Error::Code::Invalid);
    if (catalogue.empty())
        return fail(StarterModel::tr("the workspace has no signals to build a model from; import snapshots or build signals first"), Error::Code::Invalid);

    auto probe = backtest(probeModel(catalogue), BacktestOptions::evaluationOnly(options.horizonDays));
    if (!probe)
        return std::unexpected(probe.error());
    if (probe->n == 0 || !probe->evaluation)
        return fail(StarterModel::tr("no outcome has a snapshot at least %1 days before it (%2 outcomes in the workspace): "
                                     "a starter model learns from outcomes; import them, or derive them with \"tierlab outcomes derive\"")
                        .arg(options.horizonDays)
                        .arg(probe->outcomes),
                    Error::Code::Invalid);
    if (cancelled(options))
        return fail(StarterModel::tr("cancelled"), Error::Code::Cancelled);

    const std::vector<BacktestSample> &samples = probe->samples;
    std::vector<std::uint8_t> churned(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        churned[i] = samples[i].churned ? 1 : 0;

    StarterResult result;
    std::vector<std::size_t> fitRows;
    if (options.holdoutFraction > 0) {
        auto split = CalibrationSplitter::holdout(samples, options.holdoutFraction, options.seed);
        if (!split)
            return std::unexpected(split.error());
        fitRows = split->train;
        result.fitAccounts = split->trainAccounts;
        result.testAccounts = split->testAccounts;
        QSet<QString> test;
        for (std::size_t r : split->test)
            test.insert(samples[r].accountId);
        result.testAccountIds.assign(test.begin(), test.end());
        std::sort(result.testAccountIds.begin(), result.testAccountIds.end());
    } else {
        fitRows.resize(samples.size());
        for (std::size_t i = 0; i < fitRows.size(); ++i)
            fitRows[i] = i;
        result.fitAccounts = probe->accounts;
    }
    result.fitOutcomes = std::int64_t(fitRows.size());
    for (std::size_t r : fitRows)
        result.fitPositives += churned[r];

    StarterOptions named = options;
    auto model = StarterModel::fit(*probe->evaluation, churned, fitRows, named, &result.signals);
    if (!model)
        return std::unexpected(model.error());
    // The evaluation holds the columns in the order first seen; report them in catalogue order.
    std::vector<StarterSignal> ordered;
    for (const SignalInfo &info : catalogue) {
        auto it = std::find_if(result.signals.begin(), result.signals.end(), [&](const StarterSignal &s) { return s.column == info.id; });
        if (it != result.signals.end()) {
            ordered.push_back(*it);
        } else {
            StarterSignal s;
            s.column = info.id;
            s.label = info.label;
            s.type = info.type;
            s.reason = StarterModel::tr("no value on any outcome's snapshot");
            ordered.push_back(s);
        }
    }
    result.signals = std::move(ordered);
    result.model = std::move(*model);
    if (auto ok = ModelValidator::validate(result.model, &catalogue); !ok)
        return std::unexpected(ok.error());
    if (cancelled(options))
        return fail(StarterModel::tr("cancelled"), Error::Code::Cancelled);

    auto full = backtest(result.model, BacktestOptions{.horizonDays = options.horizonDays});
    if (!full)
        return std::unexpected(full.error());
    result.backtest = std::move(*full);
    if (options.holdoutFraction > 0) {
        const QSet<QString> test(result.testAccountIds.begin(), result.testAccountIds.end());
        std::vector<double> scores, arr;
        std::vector<std::int8_t> tiers;
        std::vector<std::uint8_t> y;
        for (const BacktestSample &s : result.backtest.samples) {
            if (!test.contains(s.accountId))
                continue;
            scores.push_back(s.score);
            tiers.push_back(std::int8_t(s.tier));
            y.push_back(s.churned ? 1 : 0);
            arr.push_back(s.arr);
            result.heldOutPositives += s.churned ? 1 : 0;
        }
        result.heldOutOutcomes = std::int64_t(scores.size());
        auto m = Backtest::metrics(scores, tiers, y, arr, int(result.model.tiers.size()), BacktestOptions{});
        if (!m)
            return std::unexpected(m.error());
        result.heldOut = std::move(*m);
    }
    return result;
}

} // namespace

double StarterModel::chiSquareCritical95(int df)
{
    // The 95th percentiles of χ² for 1–30 degrees of freedom; Wilson–Hilferty beyond (error < 0.1 %).
    static constexpr std::array<double, 30> kTable = {
        3.841459, 5.991465, 7.814728, 9.487729, 11.070498, 12.591587, 14.067140, 15.507313, 16.918978, 18.307038,
        19.675138, 21.026070, 22.362032, 23.684791, 24.995790, 26.296228, 27.587112, 28.869299, 30.143527, 31.410433,
        32.670573, 33.924438, 35.172462, 36.415029, 37.652484, 38.885139, 40.113272, 41.337138, 42.556968, 43.772972};
    if (df < 1)
        return 0;
    if (df <= int(kTable.size()))
        return kTable[std::size_t(df - 1)];
    const double k = df, z = 1.6448536269514722;
    const double t = 1.0 - 2.0 / (9.0 * k) + z * std::sqrt(2.0 / (9.0 * k));
    return k * t * t * t;
}

QString StarterModel::familyOf(const QString &id, const QString &originalName)
{
    // Words of the header (camel case split) and of the id; a keyword matches a word's beginning.
    QString spaced = originalName;
    spaced.replace(QRegularExpression(QStringLiteral("([a-z0-9])([A-Z])")), QStringLiteral("\\1 \\2"));
    const QStringList words = (spaced + u' ' + id).toLower().split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
    auto has = [&](std::initializer_list<const char *> keys) {
        for (const QString &w : words)
            for (const char *k : keys)
                if (w.startsWith(QLatin1String(k)))
                    return true;
        return false;
    };
    // Support first: "customer service calls" and "tech support" are support, not usage.
    if (has({"ticket", "support", "case", "csat", "escalat", "incident", "bug", "complain", "sla"}) || (has({"service"}) && has({"call"})))
        return QStringLiteral("support");
    if (has({"nps", "csm", "meeting", "champion", "sponsor", "contact", "qbr", "survey", "sentiment", "relationship",
             "partner", "dependent", "executive", "exec", "touch", "satisf"}))
        return QStringLiteral("relationship");
    if (has({"arr", "mrr", "revenue", "price", "charge", "invoice", "bill", "payment", "paperless", "contract", "plan",
             "renewal", "discount", "tenure", "overdue", "aging", "spend", "amount", "subscription", "tier", "upgrade",
             "downgrade", "refund", "cost"}))
        return QStringLiteral("commercial");
    if (has({"login", "usage", "use", "active", "session", "seat", "feature", "adoption", "event", "visit", "page",
             "click", "dau", "wau", "mau", "minute", "mins", "calls", "day", "eve", "night", "intl", "international",
             "stream", "online", "internet", "phone", "line", "device", "backup", "security", "message", "vmail", "voice",
             "data", "api", "download", "upload", "engag", "integrat"}))
        return QStringLiteral("engagement");
    return QStringLiteral("other");
}

Result<Model> StarterModel::fit(const Dataset &data, std::span<const std::uint8_t> churned,
                                std::span<const std::size_t> fitRows, const StarterOptions &options,
                                std::vector<StarterSignal> *signals)
{
    if (churned.size() != data.size())
        return fail(tr("one outcome per row is needed"), Error::Code::Invalid);
    const FitContext ctx{options, churned, fitRows};
    Model model;
    model.name = options.name.isEmpty() ? tr("Starter model") : options.name;
    model.description =
        tr("Built by Tierlab from %1 outcomes of %2 accounts: bands from up to %3 quantile bins merged until the churn "
           "rate is monotone, maps and flags from churn rates, each rule scored 0 (riskiest) to 100 (safest); "
           "signal weights are 100 × information value.")
            .arg(fitRows.size())
            .arg([&] {
                QSet<QString> ids;
                for (std::size_t r : fitRows)
                    ids.insert(data.accountIds[r]);
                return ids.size();
            }())
            .arg(options.maxBins);
    std::vector<StarterSignal> report;
    std::vector<Fitted> fitted(data.columns.size());
    std::vector<std::vector<double>> scores(data.columns.size());
    for (std::size_t i = 0; i < data.columns.size(); ++i) {
        const Column &column = data.columns[i];
        StarterSignal s;
        s.column = column.info.id;
        s.label = column.info.label;
        s.type = column.info.type;
        s.kept = column.info.type == SignalType::Number ? fitNumber(column, ctx, &s, &fitted[i]) : fitGroups(column, ctx, &s, &fitted[i]);
        if (s.kept)
            scores[i] = fittedScores(column, fitRows, fitted[i].rule);
        report.push_back(std::move(s));
    }
    // A signal whose scores repeat a stronger one's (|r| ≥ kRepeatCorrelation, e.g. a charge that is a
    // fixed price times the minutes) would count that evidence twice: it is left out.
    std::vector<std::size_t> byStrength;
    for (std::size_t i = 0; i < report.size(); ++i)
        if (report[i].kept)
            byStrength.push_back(i);
    std::stable_sort(byStrength.begin(), byStrength.end(),
                     [&](std::size_t a, std::size_t b) { return report[a].informationValue > report[b].informationValue; });
    std::vector<std::size_t> accepted;
    for (std::size_t i : byStrength) {
        for (std::size_t j : accepted) {
            const double r = correlation(scores[i], scores[j]);
            if (std::abs(r) >= kRepeatCorrelation) {
                report[i].kept = false;
                report[i].reason = tr("repeats %1: their scores correlate %2").arg(report[j].column, QString::number(r, 'f', 3));
                break;
            }
        }
        if (report[i].kept)
            accepted.push_back(i);
    }
    std::vector<std::vector<Signal>> byFamily(kFamilies.size());
    for (std::size_t i = 0; i < report.size(); ++i) {
        StarterSignal &s = report[i];
        if (!s.kept)
            continue;
        const Column &column = data.columns[i];
        Fitted &f = fitted[i];
        s.missing = f.missing;
        s.category = familyOf(column.info.id, column.info.originalName);
        Signal signal;
        signal.id = column.info.id;
        signal.category = s.category;
        signal.label = column.info.label;
        signal.weight = std::max(0.1, round1(100.0 * s.informationValue));
        signal.rule = std::move(f.rule);
        signal.missing = f.missing;
        signal.description = tr("AUC %1, information value %2 on the fitted outcomes")
                                 .arg(QString::number(s.auc, 'f', 3), QString::number(s.informationValue, 'f', 3));
        const auto family = std::size_t(std::find_if(kFamilies.begin(), kFamilies.end(),
                                                     [&](const Family &fam) { return s.category == QLatin1String(fam.id); })
                                        - kFamilies.begin());
        byFamily[family].push_back(std::move(signal));
    }
    for (std::size_t i = 0; i < kFamilies.size(); ++i) {
        if (byFamily[i].empty())
            continue;
        Category c;
        c.id = QString::fromLatin1(kFamilies[i].id);
        c.label = tr(kFamilies[i].label);
        c.weight = 0;
        for (const Signal &s : byFamily[i])
            c.weight += s.weight;
        c.weight = round1(c.weight);
        model.categories.push_back(std::move(c));
        for (Signal &s : byFamily[i])
            model.signals.push_back(std::move(s));
    }
    if (signals)
        *signals = std::move(report);
    if (model.signals.empty()) {
        // Each column's reason, so that the user sees what was tried and why it was left out.
        QString reasons;
        if (signals)
            for (const StarterSignal &s : *signals)
                reasons += QStringLiteral("\n  %1: %2").arg(s.column, s.reason);
        return fail(tr("no signal separates churned from retained outcomes (%1 fitted); nothing to build a model from")
                            .arg(fitRows.size())
                        + reasons,
                    Error::Code::Invalid);
    }
    static const std::array<std::pair<const char *, const char *>, 3> kTierNames = {{
        {"red", QT_TRANSLATE_NOOP("StarterModel", "At risk")},
        {"yellow", QT_TRANSLATE_NOOP("StarterModel", "Neutral")},
        {"green", QT_TRANSLATE_NOOP("StarterModel", "Healthy")},
    }};
    static const std::array<const char *, 3> kColors = {"#d64545", "#e0a526", "#3b9b5a"};
    const std::size_t tierCount = options.tierEdges.size() + 1;
    for (std::size_t t = 0; t < tierCount; ++t) {
        Tier tier;
        if (tierCount == 3) {
            tier.id = QString::fromLatin1(kTierNames[t].first);
            tier.label = tr(kTierNames[t].second);
            tier.color = QString::fromLatin1(kColors[t]);
        } else {
            tier.id = QStringLiteral("tier%1").arg(t + 1);
            tier.label = tr("Tier %1").arg(t + 1);
        }
        tier.min = t == 0 ? 0 : options.tierEdges[t - 1];
        model.tiers.push_back(std::move(tier));
    }
    return model;
}

Result<StarterResult> StarterModel::build(const Workspace &workspace, const StarterOptions &options)
{
    auto catalogue = workspace.signalCatalogue();
    if (!catalogue)
        return std::unexpected(catalogue.error());
    return buildWith(*catalogue, options, [&](const Model &model, const BacktestOptions &o) { return Backtest::run(workspace, model, o); });
}

Result<StarterResult> StarterModel::build(const SnapshotHistory &history, const StarterOptions &options)
{
    // The catalogue as the history's snapshots carry it (every snapshot has every column), by catalogue index.
    std::vector<SignalInfo> catalogue;
    if (!history.dates().empty())
        catalogue = history.catalogue();
    std::sort(catalogue.begin(), catalogue.end(), [](const SignalInfo &a, const SignalInfo &b) { return a.index < b.index; });
    return buildWith(catalogue, options, [&](const Model &model, const BacktestOptions &o) { return Backtest::run(history, model, o); });
}

} // namespace tierlab
