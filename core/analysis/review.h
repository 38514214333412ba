#pragma once

#include "analysis/drift.h"
#include "common/error.h"
#include "dataset/dataset.h"
#include "model/model.h"
#include "store/workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tierlab {

class HistoryScorer;
struct Explanation;

// Which accounts the review looks at. Attributes come from the account record, so an account is in
// or out of the filter in every week alike.
struct ReviewFilter
{
    QString csm;                 // empty: any
    QString segment;             // empty: any
    double arrMin = kMissing;    // inclusive; NaN: no lower bound
    double arrMax = kMissing;    // exclusive; NaN: no upper bound (unknown ARR fails any bound)

    bool isEmpty() const;
    bool matches(const Dataset &data, std::size_t row) const;
    QString describe() const;    // "CSM Ann, segment SMB, ARR 10000–50000" or "all accounts"
};

// The knobs of docs/review.md, with its defaults.
struct ReviewOptions
{
    QDate week;                      // null: the latest as_of
    double fellPoints = 15;          // fell_points: score fell by at least this much
    int worstDays = 14;              // worst_14_days: window length in days …
    int worstMinSnapshots = 3;       // … and snapshots needed in it
    int renewalDays = 90;            // renewals: renewal date in [week, week + renewalDays]
    int trendWeeks = 12;             // trend: this many as_of dates up to the week
    int expansionDays = 28;          // expansion: score rose versus the latest as_of <= week − this …
    double expansionRise = 5;        // … by at least this many points
    int maxDrivers = 3;
    ReviewFilter filter;
    // PSI / CSI baseline: this as_of, or when null the latest as_of at least psiBaselineWeeks before the week.
    QDate psiBaseline;
    int psiBaselineWeeks = 12;
    // When set, the previous week is scored with this model (what last week's meeting saw) and
    // the part of a move due to the model change is reported as a "configuration" driver.
    std::optional<Model> previousModel;
    // The workspace's CSM manual overrides (Workspace::manualOverrides), counted and listed as of the
    // week (docs/overrides.md); they do not change the figures above.
    std::vector<ManualOverrideRecord> manualOverrides;
};

struct ReviewTier
{
    QString id;
    QString label;
    QString color;
    std::int64_t accounts = 0;
    double arr = 0;
    std::int64_t previousAccounts = 0;
    double previousArr = 0;
};

// A model's trend tier (format version 2): the accounts of `tier` whose score declines, this week and
// last, in the filter; its id, label and colour are the trend's. Present only with a decoded history
// (the slope needs the earlier weeks).
struct ReviewTrendSplit : ReviewTier
{
    int tier = -1;               // the tier it splits
};

struct ReviewTransition
{
    int from = 0;                // tier index in the previous week
    int to = 0;                  // tier index this week
    std::int64_t accounts = 0;
    double arr = 0;
};

enum class MoverKind : std::uint8_t { DroppedTier, FellPoints, WorstTier, Recovered };
inline constexpr MoverKind kMoverKinds[] = {MoverKind::DroppedTier, MoverKind::FellPoints, MoverKind::WorstTier,
                                            MoverKind::Recovered};
QString moverKindName(MoverKind kind);     // dropped_tier | fell_points | worst_14_days | recovered
QString moverKindLabel(MoverKind kind);    // translated
constexpr std::uint8_t moverKindBit(MoverKind kind) { return std::uint8_t(1u << unsigned(kind)); }

struct ReviewDriver
{
    enum class Kind : std::uint8_t { Signal, Penalty, Override, Configuration };
    Kind kind = Kind::Signal;
    QString id;
    QString label;
    double points = 0;           // signed change of the score this driver accounts for
};
QString driverKindName(ReviewDriver::Kind kind);   // signal | penalty | override | configuration
// A tier's label for people (its id when it has none); "unscored" for -1 or an index out of range.
QString tierLabel(const std::vector<Tier> &tiers, int tier);
// A change in points with its sign, one decimal: "+3.2", "−12.0" (a real minus), "0.0" when it rounds to
// nothing ("−0.0" would read as a fall).
QString signedPoints(double points, const QLocale &locale);
// "Logins −12.0; Sentiment +3.2": each driver's label (its id when it has none) and signed points, the
// first `max` of them. The one wording of drivers in tables, reports, exports and the CLI.
QString driversText(const std::vector<ReviewDriver> &drivers, const QLocale &locale,
                    const QString &separator = QStringLiteral("; "), std::size_t max = std::size_t(-1));

struct ReviewMover
{
    QString accountId;
    QString name;
    QString csm;
    std::uint8_t kinds = 0;      // every kind that applies (moverKindBit): one row per account
    int fromTier = -1;           // -1: absent or unscored last week
    int toTier = -1;
    double scoreBefore = kMissing;
    double scoreNow = kMissing;
    double arr = kMissing;
    std::vector<ReviewDriver> drivers;   // by |points| descending, at most maxDrivers

    bool is(MoverKind k) const { return (kinds & moverKindBit(k)) != 0; }
    // The first of its kinds in MoverKind's order: the most urgent, by which the movers are sorted.
    MoverKind kind() const;
};
// Every kind of the mover in MoverKind's order: by name ("dropped_tier", …) and translated ("Dropped a
// tier; Score fell").
QStringList moverKindNames(const ReviewMover &mover);
QString moverKindsLabel(const ReviewMover &mover, const QString &separator = QStringLiteral("; "));

struct ReviewRenewal
{
    QString accountId;
    QString name;
    QString csm;
    QDate renewalDate;
    double score = kMissing;
    int tier = -1;
    double arr = kMissing;
    bool atRisk = false;         // scored in a tier below the best
};

struct ReviewExpansion
{
    QString accountId;
    QString name;
    double score = kMissing;
    double scoreThen = kMissing; // at the expansion reference date; NaN when absent then
    QDate renewalDate;
    double arr = kMissing;
    bool renewingSoon = false;
    bool rising = false;
};

struct ReviewTrendPoint
{
    QDate week;
    std::vector<std::int64_t> accounts;   // per tier
    std::vector<double> arr;              // per tier
    std::int64_t unscored = 0;
    bool modelChanged = false;            // a saved version of the model was created in (previous as_of, week]
    double flipRate = kMissing;           // against the as_of before (NaN for the first)
};

// The drift of one signal's values against the baseline week (its CSI).
struct ReviewSignalDrift
{
    QString signal;
    double value = kMissing;
};

// A manual override of an account of the week (in the filter): in force at the week, or expired by it.
struct ReviewOverride
{
    ManualOverrideRecord record;
    bool expired = false;                 // expired on or before the week (else active)
    bool applied = false;                 // active and its tier is one of the model's
    int ageDays = 0;                      // the week − its creation date
};

struct ReviewManualOverrides
{
    std::int64_t active = 0;
    std::int64_t expired = 0;
    double medianAgeDays = kMissing;      // of the active ones; NaN when none
    int oldestAgeDays = -1;               // of the active ones; -1 when none
    std::vector<ReviewOverride> overrides;   // the active ones, then the expired, each by account id
};

struct ReviewResult
{
    QDate week;
    QDate previousWeek;                   // null when the week is the first
    QString modelName;
    QString filterText;
    QString filterCsm;                    // the one CSM the review is filtered to; empty: any
    std::vector<ReviewTier> tiers;
    std::optional<ReviewTrendSplit> trendSplit;   // counted within its tier's accounts
    std::int64_t accounts = 0;            // in the filter this week (scored or not)
    std::int64_t unscored = 0;
    double unscoredArr = 0;
    std::int64_t previousAccounts = 0;
    std::int64_t previousUnscored = 0;
    double totalArr = 0;
    double previousTotalArr = 0;
    std::int64_t newAccounts = 0;         // this week, absent last week
    double newArr = 0;
    std::int64_t goneAccounts = 0;        // last week, absent this week
    double goneArr = 0;
    std::vector<ReviewTransition> transitions;   // every from × to cell, row-major
    std::vector<ReviewMover> movers;
    std::vector<ReviewRenewal> renewals;  // by score ascending, unscored last
    double arrAtRisk = 0;
    std::int64_t renewalsAtRisk = 0;
    std::vector<ReviewExpansion> expansion;
    std::vector<ReviewTrendPoint> trend;  // oldest first, ends at the week
    // Of the accounts in the filter scored this week and last, the share whose tier changed (same model).
    double flipRate = kMissing;
    QDate psiBaselineWeek;                // null: no as_of early enough
    PsiResult psi;                        // this week's scores against the baseline week's
    std::vector<ReviewSignalDrift> csi;   // per number or flag signal of the model, model order
    ReviewManualOverrides manualOverrides;
    QStringList csms;                     // the values present this week, sorted (filter choices)
    QStringList segments;

    const ReviewTransition *transition(int from, int to) const;
    // Any ARR this week or last: data without it (IBM Telco) shows no ARR figures rather than zeros.
    bool hasArr() const { return totalArr > 0 || previousTotalArr > 0; }
};

// The weekly portfolio review (docs/review.md): tier distribution against last week, transitions,
// movers with their drivers, renewals and expansion candidates, and the trend.
class Review
{
    Q_DECLARE_TR_FUNCTIONS(Review)

public:
    static Result<ReviewResult> compute(HistoryScorer &history, const ReviewOptions &options);
    // The PSI/CSI baseline of the week dates[index] (ReviewOptions::psiBaseline, else the latest as_of
    // psiBaselineWeeks or more before it); dates.size() when there is none. A caller that keeps weeks
    // slim keeps this one explained, or the CSI has no signal values to compare.
    static Result<std::size_t> psiBaselineIndex(const std::vector<QDate> &dates, std::size_t index, const ReviewOptions &options);
    // The JSON of `tierlab review --json` (docs/review.md lists every key).
    static QByteArray toJson(const ReviewResult &review);

    // The signed score changes behind before → now (same model): per signal the change of
    // category weight share × signal weight share × signal score, plus penalties and overrides.
    // All non-zero drivers, by |points| descending.
    static std::vector<ReviewDriver> drivers(const Model &model, const Explanation &before, const Explanation &now);
};

} // namespace tierlab
