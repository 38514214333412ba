#include "analysis/signaldiagnostics.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace tierlab {

namespace {

using Metrics::ScoreGroups;

// The value at 0-based rank `rank` of the multiset the groups describe.
double valueAtRank(const ScoreGroups &groups, std::int64_t rank)
{
    std::int64_t seen = 0;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        seen += std::int64_t(groups.positives[k]) + groups.negatives[k];
        if (rank < seen)
            return groups.values[k];
    }
    return groups.values.empty() ? Metrics::kUndefined : groups.values.back();
}

// Same interpolation as Metrics::quantileSorted, over the grouped values.
double quantile(const ScoreGroups &groups, double q)
{
    if (groups.n == 0)
        return Metrics::kUndefined;
    const double h = double(groups.n - 1) * q;
    const std::int64_t low = std::int64_t(std::floor(h));
    const double a = valueAtRank(groups, low);
    const double b = valueAtRank(groups, std::min(low + 1, groups.n - 1));
    if (double(low) == h || a == b)
        return a;
    return a + (h - double(low)) * (b - a);
}

void finishSpread(SignalDiagnostics &d, std::int64_t modeCount)
{
    d.coverage = d.n > 0 ? double(d.present) / double(d.n) : Metrics::kUndefined;
    if (d.present == 0)
        return;
    d.modeShare = double(modeCount) / double(d.present);
    const bool flat = d.modeShare >= 0.95;
    const bool narrow = !std::isnan(d.variance) && d.mean != 0 && std::sqrt(d.variance) / std::abs(d.mean) < 0.05;
    d.lowVariance = flat || narrow;
}

} // namespace

Result<SignalDiagnostics> diagnoseNumber(std::span<const double> values, std::span<const std::uint8_t> churned)
{
    auto grouped = Metrics::groupScores(values, churned);
    if (!grouped)
        return std::unexpected(grouped.error());
    const ScoreGroups &g = *grouped;

    SignalDiagnostics d;
    d.n = std::int64_t(values.size());
    d.present = g.n;
    d.positives = g.positiveCount;
    d.distinct = std::int64_t(g.size());

    std::int64_t modeCount = 0;
    double sum = 0;
    double sumChurned = 0;
    for (std::size_t k = 0; k < g.size(); ++k) {
        const std::int64_t count = std::int64_t(g.positives[k]) + g.negatives[k];
        modeCount = std::max(modeCount, count);
        sum += double(count) * g.values[k];
        sumChurned += double(g.positives[k]) * g.values[k];
    }
    if (d.present > 0)
        d.mean = sum / double(d.present);
    if (g.positiveCount > 0)
        d.meanChurned = sumChurned / double(g.positiveCount);
    if (g.negativeCount > 0)
        d.meanRetained = (sum - sumChurned) / double(g.negativeCount);
    if (d.present > 1) {
        // Two passes (mean first) rather than Σx² − n·mean²: no cancellation on large offsets.
        double squares = 0;
        for (std::size_t k = 0; k < g.size(); ++k) {
            const double delta = g.values[k] - d.mean;
            squares += double(std::int64_t(g.positives[k]) + g.negatives[k]) * delta * delta;
        }
        d.variance = squares / double(d.present - 1);
    }
    finishSpread(d, modeCount);

    const Metrics::AucResult raw = Metrics::rocAucHigherIsRiskier(g);
    if (raw.isDefined()) {
        d.rawAuc = raw.auc;
        // Decided on the exact pair count: 2U against P·N (AUC 0.5 exactly is no direction).
        const std::uint64_t half = std::uint64_t(raw.positives) * std::uint64_t(raw.negatives);
        if (raw.twiceU > half)
            d.direction = RiskDirection::HigherIsRiskier;
        else if (raw.twiceU < half)
            d.direction = RiskDirection::LowerIsRiskier;
        d.auc = d.direction == RiskDirection::LowerIsRiskier ? 1 - raw.auc : raw.auc;
    } else {
        d.aucReason = raw.reason;
    }

    d.p5 = quantile(g, 0.05);
    d.p95 = quantile(g, 0.95);
    if (d.direction == RiskDirection::HigherIsRiskier) {
        d.worst = d.p95;
        d.best = d.p5;
    } else if (d.direction == RiskDirection::LowerIsRiskier) {
        d.worst = d.p5;
        d.best = d.p95;
    }
    return d;
}

Result<SignalDiagnostics> diagnoseCategory(std::span<const std::int32_t> codes, std::span<const std::uint8_t> churned)
{
    if (codes.size() != churned.size())
        return fail(QCoreApplication::translate("Metrics", "The metric inputs differ in length (%1 and %2 entries).")
                        .arg(qulonglong(codes.size()))
                        .arg(qulonglong(churned.size())),
                    Error::Code::Invalid);
    SignalDiagnostics d;
    d.n = std::int64_t(codes.size());
    // Codes index a dictionary, so they are small and dense: count in a vector, not a map.
    std::vector<CategoryChurn> byCode;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const std::int32_t code = codes[i];
        if (code < 0)
            continue;
        if (std::size_t(code) >= byCode.size())
            byCode.resize(std::size_t(code) + 1);
        CategoryChurn &c = byCode[std::size_t(code)];
        ++c.accounts;
        c.churned += churned[i] != 0;
    }
    std::int64_t modeCount = 0;
    for (std::size_t code = 0; code < byCode.size(); ++code) {
        CategoryChurn c = byCode[code];
        if (c.accounts == 0)
            continue;
        c.code = std::int32_t(code);
        c.rate = double(c.churned) / double(c.accounts);
        d.present += c.accounts;
        d.positives += c.churned;
        modeCount = std::max(modeCount, c.accounts);
        d.categories.push_back(c);
    }
    d.distinct = std::int64_t(d.categories.size());
    finishSpread(d, modeCount);
    d.aucReason = QCoreApplication::translate("Metrics", "A category signal has no order: no AUC or range.");
    return d;
}

Result<SignalDiagnostics> diagnoseColumn(const Column &column, std::span<const std::uint8_t> churned)
{
    if (column.info.type == SignalType::Category)
        return diagnoseCategory(column.codes, churned);
    return diagnoseNumber(column.numbers, churned);
}

std::vector<std::uint8_t> churnedAfter(const Dataset &snapshot, std::span<const OutcomeRecord> outcomes)
{
    QHash<QString, std::size_t> rowOf;
    rowOf.reserve(qsizetype(snapshot.accountIds.size()));
    for (std::size_t r = 0; r < snapshot.accountIds.size(); ++r)
        rowOf.insert(snapshot.accountIds[r], r);
    std::vector<std::uint8_t> churned(snapshot.accountIds.size(), 0);
    for (const OutcomeRecord &o : outcomes) {
        if (o.kind != OutcomeKind::Churned)
            continue;
        const bool after = o.snapshotAsOf.isValid() ? o.snapshotAsOf == snapshot.asOf : o.date > snapshot.asOf;
        if (!after)
            continue;
        if (const auto it = rowOf.constFind(o.accountId); it != rowOf.constEnd())
            churned[*it] = 1;
    }
    return churned;
}

} // namespace tierlab
