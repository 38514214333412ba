#pragma once

#include "dataset/dataset.h"
#include "model/model.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace tierlab {

// What the manual overrides do to one account in one week (docs/overrides.md).
struct OverrideEffect
{
    enum class State : std::uint8_t {
        None,         // no override in force: the model's tier and score
        Applied,      // the override sets the tier (and, for a score override, the shown score)
        NotApplied,   // in force, but its tier id is not one of the model's tiers: the model's tier stays
    };
    State state = State::None;
    int tier = -1;                  // the effective tier (the model's unless applied)
    double score = kMissing;        // the effective score: a score override's, else the model's
    int record = -1;                // the override in force: index into ManualOverrides::records()
};

// The CSM manual overrides applied after the model, point in time: an override applies to the week
// with as_of D when created on or before D, not cleared on or before D and D is before its expiry.
// A tier override places the account in that tier; a score override replaces the score used for
// tiering (the tier is the model's tier of that score), the model's score stays beside it.
class ManualOverrides
{
    Q_DECLARE_TR_FUNCTIONS(ManualOverrides)

public:
    ManualOverrides() = default;
    explicit ManualOverrides(std::vector<ManualOverrideRecord> records);

    // The model's tiers (worst first), looked up once: a tier override's index, and the edges a
    // score override is tiered with. Without it no override applies (every one is NotApplied).
    void setTiers(const std::vector<Tier> &tiers);

    const std::vector<ManualOverrideRecord> &records() const { return m_records; }
    bool empty() const { return m_records.empty(); }
    // Whether any override applies to the week with as_of `asOf` (a cheap test before a week's rows).
    bool anyOn(QDate asOf) const;
    // The record in force for the account on `asOf`, -1 when none. Of several, the newest created
    // (then the highest id) wins; `set` clears the old one, so that only happens with hand-made rows.
    int find(const QString &accountId, QDate asOf) const;
    // The tier record `record` places an account in (-1: its tier id is not one of the model's).
    int tierOf(int record) const { return m_tierOf[std::size_t(record)]; }

    OverrideEffect effect(const QString &accountId, QDate asOf, double modelScore, int modelTier) const;
    // Every row of one week: out[i] for accountIds[i] with the model's scores[i] and tiers[i]. `out` is
    // resized and keeps its capacity, so a caller that reuses it allocates nothing week after week.
    // Returns the rows with an override in force (applied or not).
    std::size_t apply(QDate asOf, std::span<const QString> accountIds, std::span<const double> scores,
                      std::span<const std::int8_t> tiers, std::vector<OverrideEffect> &out) const;

    // "✎": the marker shown beside an overridden account.
    static QString marker();
    // "tier red" / "score 35": what the override sets, for lists and tables.
    static QString describe(const ManualOverrideRecord &record);

private:
    struct Span
    {
        std::uint32_t first = 0;
        std::uint32_t end = 0;
    };
    std::vector<ManualOverrideRecord> m_records;   // as given
    std::vector<std::uint32_t> m_order;            // record indexes by account, newest created first
    QHash<QString, Span> m_byAccount;              // account id → its range of m_order
    std::vector<int> m_tierOf;                     // per record: the tier it places an account in
    std::vector<double> m_mins;
};

} // namespace tierlab
