#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace tierlab {

// The in-memory form of a model file (format "tierlab-model", versions 1 and 2). Plain data:
// ModelFile reads and writes it, ModelValidator checks it, ScoringEngine applies it.
// docs/model-format.md is the contract for every field. `extra` keeps the JSON members this
// version does not know (a compact JSON object, or empty) so that a file written by a newer tool
// survives a round trip.

inline constexpr int kModelFormatVersion = 2;   // the newest version read and written

enum class Aggregate : std::uint8_t { Mean, Min };
enum class MissingPolicy : std::uint8_t { Skip, Neutral, Worst };
enum class RuleKind : std::uint8_t { Linear, Bands, Map, Flag, Percentile };
enum class CompareOp : std::uint8_t { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };

QString aggregateName(Aggregate aggregate);
QString missingPolicyName(MissingPolicy policy);
QString ruleKindName(RuleKind kind);
QString compareOpName(CompareOp op);
bool aggregateFromName(const QString &name, Aggregate *aggregate);
bool missingPolicyFromName(const QString &name, MissingPolicy *policy);
bool ruleKindFromName(const QString &name, RuleKind *kind);
bool compareOpFromName(const QString &name, CompareOp *op);
inline bool isOrderingOp(CompareOp op) { return op != CompareOp::Equal && op != CompareOp::NotEqual; }

// The score a missing value gets under `policy`; NaN means "skip the signal".
double missingScore(MissingPolicy policy);

// Text read as a flag: yes/true/y/1 → 1, no/false/n/0 → 0 (any case, trimmed), anything else → -1.
int flagFromText(const QString &text);

struct SignalRule
{
    RuleKind kind = RuleKind::Linear;
    // linear
    double worst = 0;
    double best = 100;
    // bands: edges e1 < … < ek and scores s0 … sk
    std::vector<double> edges;
    std::vector<double> bandScores;
    // map: listed values (trimmed text) in file order, and the score of any other value
    std::vector<std::pair<QString, double>> mapScores;
    double mapDefault = 50;
    // flag
    double trueScore = 100;
    double falseScore = 0;
    // percentile
    bool invert = false;

    QByteArray extra;
    bool operator==(const SignalRule &) const = default;
};

struct Category
{
    QString id;
    QString label;
    QString description;
    double weight = 1;
    Aggregate aggregate = Aggregate::Mean;
    QByteArray extra;
    bool operator==(const Category &) const = default;
};

struct Signal
{
    QString id;
    QString column;      // empty: the signal's own id
    QString category;
    QString label;
    QString description;
    double weight = 1;
    SignalRule rule;
    MissingPolicy missing = MissingPolicy::Skip;
    QByteArray extra;

    QString columnName() const { return column.isEmpty() ? id : column; }
    bool operator==(const Signal &) const = default;
};

// The right-hand side of a penalty or override condition.
struct RuleValue
{
    enum class Type : std::uint8_t { Number, Text, Bool };
    Type type = Type::Number;
    double number = 0;
    QString text;        // trimmed
    bool flag = false;
    bool operator==(const RuleValue &) const = default;
};

struct Penalty
{
    QString id;
    QString column;      // empty: the penalty's own id
    QString label;
    CompareOp op = CompareOp::GreaterEqual;
    RuleValue value;
    double points = 0;
    QByteArray extra;

    QString columnName() const { return column.isEmpty() ? id : column; }
    bool operator==(const Penalty &) const = default;
};

struct Override
{
    QString id;
    QString column;      // empty: the override's own id
    CompareOp op = CompareOp::Equal;
    RuleValue value;
    std::optional<double> cap;   // the highest score allowed; absent: only `capTier` (version 2)
    QString capTier;             // a tier id: the account is in that tier or a worse one (version 2)
    QString reason;
    QByteArray extra;

    QString columnName() const { return column.isEmpty() ? id : column; }
    bool requiresVersion2() const { return !capTier.isEmpty() || !cap; }
    bool operator==(const Override &) const = default;
};

struct Tier
{
    QString id;
    QString label;
    QString color;
    double min = 0;
    QByteArray extra;
    bool operator==(const Tier &) const = default;
};

// A segment's variant of the model (version 2): the members it replaces; the rest is the base's.
struct SignalVariant
{
    QString signal;                        // a signal id of the base model
    std::optional<double> weight;
    std::optional<SignalRule> rule;
    std::optional<MissingPolicy> missing;
    QByteArray extra;
    bool operator==(const SignalVariant &) const = default;
};

struct SegmentVariant
{
    QString id;
    QString label;
    std::vector<QString> when;                              // values of `by` (trimmed, exact)
    std::vector<std::pair<QString, double>> categoryWeights; // category id → weight, file order
    std::vector<SignalVariant> signals;                      // file order
    std::vector<Tier> tiers;                                 // empty: the base's tiers
    QByteArray extra;
    bool operator==(const SegmentVariant &) const = default;
};

struct Segments
{
    QString by;                            // "segment", "csm" or a category column
    std::vector<SegmentVariant> variants;  // the first whose `when` lists the value applies
    QByteArray extra;
    bool isEmpty() const { return variants.empty() && by.isEmpty(); }
    bool operator==(const Segments &) const = default;
};

// Over the weekly history an account leaves its tier only when its score passes the edge by
// `points`, or has been beyond it `weeks` consecutive weeks (version 2).
struct Hysteresis
{
    double points = 0;
    int weeks = 0;   // 0: only the points rule
    QByteArray extra;
    bool operator==(const Hysteresis &) const = default;
};

// Splits one tier by the score's least-squares slope over the last `weeks` weeks: an account of
// `tier` whose slope is ≤ −`slope` points a week shows as the trend tier `id` (version 2).
struct TrendSplit
{
    QString tier;       // the tier split, e.g. "yellow"
    int weeks = 8;
    double slope = 1;   // points a week, ≥ 0
    QString id;         // e.g. "declining"
    QString label;
    QString color;
    QByteArray extra;
    bool operator==(const TrendSplit &) const = default;
};

struct Model
{
    int version = 1;   // as the file said; files are written with max(version, requiredVersion())
    QString name;
    QString description;
    std::vector<Category> categories;
    std::vector<Signal> signals;
    std::vector<Penalty> penalties;
    std::vector<Override> overrides;
    std::vector<Tier> tiers;
    Segments segments;
    std::optional<Hysteresis> hysteresis;
    std::optional<TrendSplit> trend;
    QByteArray extra;

    int categoryIndex(const QString &id) const;
    int signalIndex(const QString &id) const;
    int tierIndex(const QString &id) const;
    // 2 when a version 2 member is used (segments, cap_tier, hysteresis, trend), else 1.
    int requiredVersion() const;
    bool operator==(const Model &) const = default;
};

// Engine limits (documented in docs/model-format.md); the validator reports a model beyond them.
inline constexpr int kMaxCategories = 16;
inline constexpr int kMaxConditions = 16;   // penalties + overrides
inline constexpr int kMaxBandEdges = 250;
inline constexpr int kMaxMapValues = 250;
inline constexpr int kMaxTiers = 100;
inline constexpr int kMaxSegmentVariants = 16;
inline constexpr int kMaxTrendWeeks = 52;
// Weights are relative; above this, sums of weighted scores lose their precision or overflow.
inline constexpr double kMaxWeight = 1e6;

} // namespace tierlab
