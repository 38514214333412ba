#include "model.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tierlab {

namespace {
template <typename T, std::size_t N>
bool fromName(const QString &name, const std::pair<T, const char16_t *> (&table)[N], T *out)
{
    for (const auto &[value, text] : table) {
        if (name == QStringView(text)) {
            *out = value;
            return true;
        }
    }
    return false;
}

template <typename T, std::size_t N>
QString toName(T value, const std::pair<T, const char16_t *> (&table)[N])
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return QString::fromUtf16(text);
    }
    return {};
}

const std::pair<Aggregate, const char16_t *> kAggregates[] = {{Aggregate::Mean, u"mean"}, {Aggregate::Min, u"min"}};
const std::pair<MissingPolicy, const char16_t *> kPolicies[] = {
    {MissingPolicy::Skip, u"skip"}, {MissingPolicy::Neutral, u"neutral"}, {MissingPolicy::Worst, u"worst"}};
const std::pair<RuleKind, const char16_t *> kKinds[] = {{RuleKind::Linear, u"linear"},
                                                        {RuleKind::Bands, u"bands"},
                                                        {RuleKind::Map, u"map"},
                                                        {RuleKind::Flag, u"flag"},
                                                        {RuleKind::Percentile, u"percentile"}};
const std::pair<CompareOp, const char16_t *> kOps[] = {{CompareOp::Less, u"<"},     {CompareOp::LessEqual, u"<="},
                                                       {CompareOp::Greater, u">"},  {CompareOp::GreaterEqual, u">="},
                                                       {CompareOp::Equal, u"=="},   {CompareOp::NotEqual, u"!="}};
} // namespace

QString aggregateName(Aggregate aggregate) { return toName(aggregate, kAggregates); }
QString missingPolicyName(MissingPolicy policy) { return toName(policy, kPolicies); }
QString ruleKindName(RuleKind kind) { return toName(kind, kKinds); }
QString compareOpName(CompareOp op) { return toName(op, kOps); }
bool aggregateFromName(const QString &name, Aggregate *aggregate) { return fromName(name, kAggregates, aggregate); }
bool missingPolicyFromName(const QString &name, MissingPolicy *policy) { return fromName(name, kPolicies, policy); }
bool ruleKindFromName(const QString &name, RuleKind *kind) { return fromName(name, kKinds, kind); }
bool compareOpFromName(const QString &name, CompareOp *op) { return fromName(name, kOps, op); }

double missingScore(MissingPolicy policy)
{
    switch (policy) {
    case MissingPolicy::Neutral:
        return 50;
    case MissingPolicy::Worst:
        return 0;
    case MissingPolicy::Skip:
        break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

int flagFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *yes : {"yes", "true", "y", "1"}) {
        if (t.compare(QLatin1StringView(yes), Qt::CaseInsensitive) == 0)
            return 1;
    }
    for (const char *no : {"no", "false", "n", "0"}) {
        if (t.compare(QLatin1StringView(no), Qt::CaseInsensitive) == 0)
            return 0;
    }
    return -1;
}

int Model::categoryIndex(const QString &id) const
{
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (categories[i].id == id)
            return int(i);
    }
    return -1;
}

int Model::signalIndex(const QString &id) const
{
    for (std::size_t i = 0; i < signals.size(); ++i) {
        if (signals[i].id == id)
            return int(i);
    }
    return -1;
}

int Model::tierIndex(const QString &id) const
{
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        if (tiers[i].id == id)
            return int(i);
    }
    return -1;
}

int Model::requiredVersion() const
{
    const bool capsTiers = std::any_of(overrides.begin(), overrides.end(),
                                       [](const Override &o) { return o.requiresVersion2(); });
    return !segments.isEmpty() || hysteresis || trend || capsTiers ? 2 : 1;
}

} // namespace tierlab
