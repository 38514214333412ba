#include "analysis/manualoverrides.h"

#include "engine/tierdynamics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tierlab {

ManualOverrides::ManualOverrides(std::vector<ManualOverrideRecord> records) : m_records(std::move(records))
{
    m_order.resize(m_records.size());
    std::iota(m_order.begin(), m_order.end(), 0u);
    std::sort(m_order.begin(), m_order.end(), [this](std::uint32_t a, std::uint32_t b) {
        const ManualOverrideRecord &x = m_records[a];
        const ManualOverrideRecord &y = m_records[b];
        if (x.accountId != y.accountId)
            return x.accountId < y.accountId;
        if (x.created != y.created)
            return x.created > y.created;
        return x.id > y.id;
    });
    for (std::uint32_t i = 0; i < m_order.size(); ++i) {
        Span &span = m_byAccount[m_records[m_order[i]].accountId];
        if (span.end == 0)
            span.first = i;
        span.end = i + 1;
    }
    m_tierOf.assign(m_records.size(), -1);
}

void ManualOverrides::setTiers(const std::vector<Tier> &tiers)
{
    m_mins = TierDynamics::tierMins(tiers);
    for (std::size_t r = 0; r < m_records.size(); ++r) {
        const ManualOverrideRecord &o = m_records[r];
        int tier = -1;
        if (o.isTier()) {
            const auto it = std::find_if(tiers.begin(), tiers.end(), [&](const Tier &t) { return t.id == o.tierId; });
            tier = it == tiers.end() ? -1 : int(it - tiers.begin());
        } else if (!m_mins.empty()) {
            tier = TierDynamics::tierOf(m_mins, o.score);
        }
        m_tierOf[r] = tier;
    }
}

bool ManualOverrides::anyOn(QDate asOf) const
{
    return std::any_of(m_records.begin(), m_records.end(), [&](const ManualOverrideRecord &o) { return o.appliesOn(asOf); });
}

int ManualOverrides::find(const QString &accountId, QDate asOf) const
{
    const auto it = m_byAccount.constFind(accountId);
    if (it == m_byAccount.constEnd())
        return -1;
    for (std::uint32_t i = it->first; i < it->end; ++i) {
        if (m_records[m_order[i]].appliesOn(asOf))
            return int(m_order[i]);
    }
    return -1;
}

OverrideEffect ManualOverrides::effect(const QString &accountId, QDate asOf, double modelScore, int modelTier) const
{
    OverrideEffect e;
    e.tier = modelTier;
    e.score = modelScore;
    e.record = find(accountId, asOf);
    if (e.record < 0)
        return e;
    const int tier = m_tierOf[std::size_t(e.record)];
    if (tier < 0) {
        e.state = OverrideEffect::State::NotApplied;
        return e;
    }
    e.state = OverrideEffect::State::Applied;
    e.tier = tier;
    const ManualOverrideRecord &o = m_records[std::size_t(e.record)];
    if (!o.isTier())
        e.score = o.score;
    return e;
}

std::size_t ManualOverrides::apply(QDate asOf, std::span<const QString> accountIds, std::span<const double> scores,
                                   std::span<const std::int8_t> tiers, std::vector<OverrideEffect> &out) const
{
    out.resize(accountIds.size());
    const bool any = anyOn(asOf);
    std::size_t inForce = 0;
    for (std::size_t r = 0; r < accountIds.size(); ++r) {
        const double score = r < scores.size() ? scores[r] : kMissing;
        const int tier = r < tiers.size() ? tiers[r] : -1;
        if (!any) {
            out[r] = OverrideEffect{OverrideEffect::State::None, tier, score, -1};
            continue;
        }
        out[r] = effect(accountIds[r], asOf, score, tier);
        inForce += out[r].record >= 0 ? 1 : 0;
    }
    return inForce;
}

QString ManualOverrides::marker()
{
    return QStringLiteral("✎");
}

QString ManualOverrides::describe(const ManualOverrideRecord &record)
{
    return record.isTier() ? tr("tier %1").arg(record.tierId) : tr("score %1").arg(record.score);
}

} // namespace tierlab
