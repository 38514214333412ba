#include "modelvalidator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace tierlab {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString at(const char *list, std::size_t index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1StringView(list)).arg(index);
}

class Checker
{
public:
    std::vector<ModelIssue> issues;

    void add(const QString &path, const QString &message) { issues.push_back({path, message}); }

    void id(const QString &path, const QString &value, QSet<QString> *seen)
    {
        if (value.trimmed().isEmpty())
            add(path, QCoreApplication::translate("ModelValidator", "an id is required"));
        else if (seen->contains(value))
            add(path, QCoreApplication::translate("ModelValidator", "duplicate id \"%1\"").arg(value));
        else
            seen->insert(value);
    }

    void weight(const QString &path, double w)
    {
        if (!std::isfinite(w))
            add(path, QCoreApplication::translate("ModelValidator", "the weight must be a finite number"));
        else if (w < 0)
            add(path, QCoreApplication::translate("ModelValidator", "negative weight (%1); weights must be 0 or more")
                          .arg(num(w)));
        else if (w > kMaxWeight)
            add(path, QCoreApplication::translate("ModelValidator", "weight %1 is above %2; weights are relative, so smaller numbers "
                                                                    "say the same")
                          .arg(num(w), QString::number(qlonglong(kMaxWeight))));
    }

    void score(const QString &path, double s)
    {
        if (!std::isfinite(s) || s < 0 || s > 100)
            add(path, QCoreApplication::translate("ModelValidator", "score %1 is outside 0–100").arg(num(s)));
    }

    void rule(const QString &path, const SignalRule &rule)
    {
        switch (rule.kind) {
        case RuleKind::Linear:
            if (!std::isfinite(rule.worst))
                add(path + u".worst", QCoreApplication::translate("ModelValidator", "must be a finite number"));
            if (!std::isfinite(rule.best))
                add(path + u".best", QCoreApplication::translate("ModelValidator", "must be a finite number"));
            if (rule.worst == rule.best)
                add(path, QCoreApplication::translate("ModelValidator", "worst and best are equal (%1); a linear rule needs two different values")
                              .arg(num(rule.worst)));
            break;
        case RuleKind::Bands: {
            const QString edgesPath = path + u".edges";
            if (rule.edges.empty())
                add(edgesPath, QCoreApplication::translate("ModelValidator", "at least one edge is required"));
            if (rule.edges.size() > std::size_t(kMaxBandEdges))
                add(edgesPath, QCoreApplication::translate("ModelValidator", "at most %1 edges are supported")
                                   .arg(kMaxBandEdges));
            for (std::size_t j = 0; j < rule.edges.size(); ++j) {
                if (!std::isfinite(rule.edges[j]))
                    add(edgesPath, QCoreApplication::translate("ModelValidator", "edge %1 is not a finite number")
                                       .arg(j + 1));
                else if (j > 0 && !(rule.edges[j] > rule.edges[j - 1]))
                    add(edgesPath, QCoreApplication::translate("ModelValidator", "edges must be strictly increasing (%1 after %2)")
                                       .arg(num(rule.edges[j]), num(rule.edges[j - 1])));
            }
            if (rule.bandScores.size() != rule.edges.size() + 1)
                add(path + u".scores", QCoreApplication::translate("ModelValidator", "%1 edges need %2 scores, found %3")
                                           .arg(rule.edges.size())
                                           .arg(rule.edges.size() + 1)
                                           .arg(rule.bandScores.size()));
            for (std::size_t j = 0; j < rule.bandScores.size(); ++j)
                score(QStringLiteral("%1.scores[%2]").arg(path).arg(j), rule.bandScores[j]);
            break;
        }
        case RuleKind::Map: {
            if (rule.mapScores.size() > std::size_t(kMaxMapValues))
                add(path + u".scores", QCoreApplication::translate("ModelValidator", "at most %1 values are supported")
                                           .arg(kMaxMapValues));
            QSet<QString> keys;
            for (const auto &[key, s] : rule.mapScores) {
                const QString p = QStringLiteral("%1.scores[\"%2\"]").arg(path, key);
                if (keys.contains(key))
                    add(p, QCoreApplication::translate("ModelValidator", "the value \"%1\" is listed twice (after trimming)").arg(key));
                keys.insert(key);
                score(p, s);
            }
            score(path + u".default", rule.mapDefault);
            break;
        }
        case RuleKind::Flag:
            score(path + u".true", rule.trueScore);
            score(path + u".false", rule.falseScore);
            break;
        case RuleKind::Percentile:
            break;
        }
    }

    void tierMin(const QString &path, const std::vector<Tier> &tiers, std::size_t i)
    {
        const double min = tiers[i].min;
        if (!std::isfinite(min))
            add(path, QCoreApplication::translate("ModelValidator", "must be a finite number"));
        else if (i == 0 && min != 0)
            add(path, QCoreApplication::translate("ModelValidator", "the first tier must start at 0, found %1").arg(num(min)));
        else if (i > 0 && !(min > tiers[i - 1].min))
            add(path, QCoreApplication::translate("ModelValidator", "tiers must be sorted by strictly increasing min (%1 after %2)")
                          .arg(num(min), num(tiers[i - 1].min)));
    }

    void condition(const QString &path, CompareOp op, const RuleValue &value)
    {
        if (value.type == RuleValue::Type::Number && !std::isfinite(value.number))
            add(path + u".value", QCoreApplication::translate("ModelValidator", "must be a finite number"));
        if (isOrderingOp(op) && value.type != RuleValue::Type::Number)
            add(path + u".op", QCoreApplication::translate("ModelValidator", "\"%1\" compares numbers only; use == or != for text and flags")
                                   .arg(compareOpName(op)));
    }
};

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(std::size_t(b.size()) + 1), cur(prev.size());
    for (std::size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[std::size_t(j)] = std::min({prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1,
                                            prev[std::size_t(j - 1)] + cost});
        }
        std::swap(prev, cur);
    }
    return prev.back();
}

// Segments, hysteresis and the trend tier (format version 2).
void checkVersion2(Checker &c, const Model &model)
{
    const Segments &seg = model.segments;
    if (!seg.isEmpty()) {
        if (seg.by.trimmed().isEmpty())
            c.add(QStringLiteral("segments.by"), QCoreApplication::translate("ModelValidator", "name an account attribute (segment, csm) or a category column"));
        if (seg.variants.empty())
            c.add(QStringLiteral("segments.variants"), QCoreApplication::translate("ModelValidator", "at least one variant is required"));
        if (seg.variants.size() > std::size_t(kMaxSegmentVariants))
            c.add(QStringLiteral("segments.variants"), QCoreApplication::translate("ModelValidator", "at most %1 variants are supported").arg(kMaxSegmentVariants));
    }
    QSet<QString> ids;
    for (std::size_t i = 0; i < seg.variants.size(); ++i) {
        const SegmentVariant &v = seg.variants[i];
        const QString path = QStringLiteral("segments.variants[%1]").arg(i);
        c.id(path + u".id", v.id, &ids);
        if (v.when.empty())
            c.add(path + u".when", QCoreApplication::translate("ModelValidator", "list at least one value"));
        for (const auto &[category, weight] : v.categoryWeights) {
            const QString cp = QStringLiteral("%1.categories[\"%2\"]").arg(path, category);
            if (model.categoryIndex(category) < 0)
                c.add(cp, QCoreApplication::translate("ModelValidator", "unknown category \"%1\"").arg(category));
            c.weight(cp, weight);
        }
        for (const SignalVariant &sv : v.signals) {
            const QString sp = QStringLiteral("%1.signals[\"%2\"]").arg(path, sv.signal);
            if (model.signalIndex(sv.signal) < 0)
                c.add(sp, QCoreApplication::translate("ModelValidator", "unknown signal \"%1\"").arg(sv.signal));
            if (sv.weight)
                c.weight(sp + u".weight", *sv.weight);
            if (sv.rule)
                c.rule(sp + u".rule", *sv.rule);
        }
        if (v.tiers.empty())
            continue;
        // A segment moves the edges; the tiers themselves (ids, order) are the model's, so that every
        // count per tier means the same tiers whatever the segment.
        bool sameIds = v.tiers.size() == model.tiers.size();
        for (std::size_t t = 0; sameIds && t < v.tiers.size(); ++t)
            sameIds = v.tiers[t].id == model.tiers[t].id;
        if (!sameIds) {
            QStringList base;
            for (const Tier &t : model.tiers)
                base << t.id;
            c.add(path + u".tiers", QCoreApplication::translate("ModelValidator", "list the model's tiers in its order (%1); a segment changes their min only")
                                        .arg(base.join(QStringLiteral(", "))));
        }
        for (std::size_t t = 0; t < v.tiers.size(); ++t)
            c.tierMin(QStringLiteral("%1.tiers[%2].min").arg(path).arg(t), v.tiers, t);
    }
    if (const std::optional<Hysteresis> &h = model.hysteresis) {
        if (!std::isfinite(h->points) || h->points < 0)
            c.add(QStringLiteral("hysteresis.points"), QCoreApplication::translate("ModelValidator", "points must be a number of 0 or more, found %1").arg(num(h->points)));
        if (h->weeks < 0 || h->weeks > kMaxTrendWeeks)
            c.add(QStringLiteral("hysteresis.weeks"), QCoreApplication::translate("ModelValidator", "must be a whole number from 0 to %1").arg(kMaxTrendWeeks));
    }
    if (const std::optional<TrendSplit> &t = model.trend) {
        if (model.tierIndex(t->tier) < 0)
            c.add(QStringLiteral("trend.tier"), QCoreApplication::translate("ModelValidator", "unknown tier \"%1\"").arg(t->tier));
        if (t->weeks < 3 || t->weeks > kMaxTrendWeeks)
            c.add(QStringLiteral("trend.weeks"), QCoreApplication::translate("ModelValidator", "must be a whole number from 3 to %1").arg(kMaxTrendWeeks));
        if (!std::isfinite(t->slope) || t->slope < 0)
            c.add(QStringLiteral("trend.slope"), QCoreApplication::translate("ModelValidator", "the slope must be a number of 0 or more (points a week), found %1").arg(num(t->slope)));
        if (t->id.trimmed().isEmpty())
            c.add(QStringLiteral("trend.id"), QCoreApplication::translate("ModelValidator", "an id is required"));
        else if (model.tierIndex(t->id) >= 0)
            c.add(QStringLiteral("trend.id"), QCoreApplication::translate("ModelValidator", "\"%1\" is already a tier id").arg(t->id));
    }
}

} // namespace

std::vector<ModelIssue> ModelValidator::checkStructure(const Model &model)
{
    Checker c;
    if (model.categories.empty())
        c.add(QStringLiteral("categories"), QCoreApplication::translate("ModelValidator", "a model needs at least one category"));
    if (model.categories.size() > std::size_t(kMaxCategories))
        c.add(QStringLiteral("categories"), QCoreApplication::translate("ModelValidator", "at most %1 categories are supported").arg(kMaxCategories));
    QSet<QString> ids;
    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const Category &cat = model.categories[i];
        c.id(at("categories", i) + u".id", cat.id, &ids);
        c.weight(at("categories", i) + u".weight", cat.weight);
    }
    ids.clear();
    for (std::size_t i = 0; i < model.signals.size(); ++i) {
        const Signal &s = model.signals[i];
        const QString path = at("signals", i);
        c.id(path + u".id", s.id, &ids);
        if (model.categoryIndex(s.category) < 0)
            c.add(path + u".category", QCoreApplication::translate("ModelValidator", "unknown category \"%1\"")
                                           .arg(s.category));
        c.weight(path + u".weight", s.weight);
        c.rule(path + u".rule", s.rule);
    }
    if (model.penalties.size() + model.overrides.size() > std::size_t(kMaxConditions))
        c.add(QStringLiteral("penalties"),
              QCoreApplication::translate("ModelValidator", "at most %1 penalties and overrides together are supported")
                  .arg(kMaxConditions));
    ids.clear();
    for (std::size_t i = 0; i < model.penalties.size(); ++i) {
        const Penalty &p = model.penalties[i];
        const QString path = at("penalties", i);
        c.id(path + u".id", p.id, &ids);
        c.condition(path, p.op, p.value);
        if (!std::isfinite(p.points) || p.points < 0)
            c.add(path + u".points", QCoreApplication::translate("ModelValidator", "points must be a number of 0 or more, found %1").arg(num(p.points)));
    }
    ids.clear();
    for (std::size_t i = 0; i < model.overrides.size(); ++i) {
        const Override &o = model.overrides[i];
        const QString path = at("overrides", i);
        c.id(path + u".id", o.id, &ids);
        c.condition(path, o.op, o.value);
        if (o.cap && (!std::isfinite(*o.cap) || *o.cap < 0 || *o.cap > 100))
            c.add(path + u".cap", QCoreApplication::translate("ModelValidator", "cap %1 is outside 0–100")
                                      .arg(num(*o.cap)));
        if (!o.cap && o.capTier.isEmpty())
            c.add(path + u".cap", QCoreApplication::translate("ModelValidator", "an override needs a cap, a cap_tier or both"));
        if (!o.capTier.isEmpty() && model.tierIndex(o.capTier) < 0)
            c.add(path + u".cap_tier", QCoreApplication::translate("ModelValidator", "unknown tier \"%1\"").arg(o.capTier));
    }
    ids.clear();
    if (model.tiers.empty())
        c.add(QStringLiteral("tiers"), QCoreApplication::translate("ModelValidator", "at least one tier is required"));
    if (model.tiers.size() > std::size_t(kMaxTiers))
        c.add(QStringLiteral("tiers"), QCoreApplication::translate("ModelValidator", "at most %1 tiers are supported")
                                           .arg(kMaxTiers));
    for (std::size_t i = 0; i < model.tiers.size(); ++i) {
        c.id(at("tiers", i) + u".id", model.tiers[i].id, &ids);
        c.tierMin(at("tiers", i) + u".min", model.tiers, i);
    }
    checkVersion2(c, model);
    // Every field can be valid and the model still score nobody: some weighted category must hold a
    // weighted signal. Said only when nothing else is wrong, as it may follow from what is.
    const bool anyScored = std::any_of(model.categories.begin(), model.categories.end(), [&](const Category &cat) {
        return cat.weight > 0 && std::any_of(model.signals.begin(), model.signals.end(), [&](const Signal &s) {
                   return s.category == cat.id && s.weight > 0;
               });
    });
    if (c.issues.empty() && !model.signals.empty() && !anyScored)
        c.add(QStringLiteral("categories"), QCoreApplication::translate("ModelValidator", "no category with a weight above 0 holds a signal "
                                                                                         "with a weight above 0: no account would get a score"));
    return c.issues;
}

const SignalInfo *ModelValidator::findColumn(const QString &name, const std::vector<SignalInfo> &catalogue)
{
    for (const SignalInfo &info : catalogue) {
        if (info.id == name)
            return &info;
    }
    for (const SignalInfo &info : catalogue) {
        if (info.originalName == name)
            return &info;
    }
    return nullptr;
}

QString ModelValidator::ruleTypeProblem(RuleKind kind, SignalType type, const QString &columnName)
{
    switch (kind) {
    case RuleKind::Linear:
    case RuleKind::Bands:
    case RuleKind::Percentile:
        if (type != SignalType::Number)
            return QCoreApplication::translate("ModelValidator", "a %1 rule needs a number column; \"%2\" is a %3 column")
                .arg(ruleKindName(kind), columnName, signalTypeName(type));
        break;
    case RuleKind::Map:
        if (type != SignalType::Category)
            return QCoreApplication::translate("ModelValidator", "a map rule needs a category (text) column; \"%1\" is a %2 column")
                .arg(columnName, signalTypeName(type));
        break;
    case RuleKind::Flag:
        break;
    }
    return {};
}

QString ModelValidator::conditionTypeProblem(CompareOp op, const RuleValue &value, SignalType type,
                                             const QString &columnName)
{
    if (type == SignalType::Category && value.type == RuleValue::Type::Number)
        return QCoreApplication::translate("ModelValidator", "\"%1\" is a category column; compare it with text or true/false using == or !=")
            .arg(columnName);
    if (type != SignalType::Category && value.type == RuleValue::Type::Text)
        return QCoreApplication::translate("ModelValidator", "\"%1\" is a %2 column; it cannot be compared with text")
                   .arg(columnName, signalTypeName(type));
    Q_UNUSED(op);
    return {};
}

std::vector<ModelIssue> ModelValidator::checkColumns(const Model &model, const std::vector<SignalInfo> &catalogue)
{
    std::vector<ModelIssue> issues;
    auto resolve = [&](const QString &path, const QString &name) -> const SignalInfo * {
        const SignalInfo *info = findColumn(name, catalogue);
        if (!info) {
            const QStringList near = nearMatches(name, catalogue);
            issues.push_back({path, near.isEmpty()
                                        ? QCoreApplication::translate("ModelValidator", "unknown column \"%1\" in the workspace").arg(name)
                                        : QCoreApplication::translate("ModelValidator", "unknown column \"%1\" in the workspace (did you mean %2?)")
                                              .arg(name, near.join(QStringLiteral(", ")))});
        }
        return info;
    };
    for (std::size_t i = 0; i < model.signals.size(); ++i) {
        const Signal &s = model.signals[i];
        const QString path = at("signals", i);
        if (const SignalInfo *info = resolve(path + u".column", s.columnName())) {
            const QString problem = ruleTypeProblem(s.rule.kind, info->type, s.columnName());
            if (!problem.isEmpty())
                issues.push_back({path + u".rule", problem});
        }
    }
    for (std::size_t i = 0; i < model.segments.variants.size(); ++i) {
        for (const SignalVariant &sv : model.segments.variants[i].signals) {
            const int s = model.signalIndex(sv.signal);
            if (!sv.rule || s < 0)
                continue;
            const QString column = model.signals[std::size_t(s)].columnName();
            const SignalInfo *info = findColumn(column, catalogue);
            const QString problem = info ? ruleTypeProblem(sv.rule->kind, info->type, column) : QString();
            if (!problem.isEmpty())
                issues.push_back({QStringLiteral("segments.variants[%1].signals[\"%2\"].rule").arg(i).arg(sv.signal), problem});
        }
    }
    if (!model.segments.isEmpty() && model.segments.by != u"segment" && model.segments.by != u"csm") {
        const SignalInfo *info = resolve(QStringLiteral("segments.by"), model.segments.by);
        if (info && info->type != SignalType::Category)
            issues.push_back({QStringLiteral("segments.by"),
                              QCoreApplication::translate("ModelValidator", "\"%1\" is a %2 column; segments need an account attribute (segment, csm) or a category column")
                                  .arg(model.segments.by, signalTypeName(info->type))});
    }
    for (std::size_t i = 0; i < model.penalties.size(); ++i) {
        const Penalty &p = model.penalties[i];
        const QString path = at("penalties", i);
        if (const SignalInfo *info = resolve(path + u".column", p.columnName())) {
            const QString problem = conditionTypeProblem(p.op, p.value, info->type, p.columnName());
            if (!problem.isEmpty())
                issues.push_back({path + u".value", problem});
        }
    }
    for (std::size_t i = 0; i < model.overrides.size(); ++i) {
        const Override &o = model.overrides[i];
        const QString path = at("overrides", i);
        if (const SignalInfo *info = resolve(path + u".column", o.columnName())) {
            const QString problem = conditionTypeProblem(o.op, o.value, info->type, o.columnName());
            if (!problem.isEmpty())
                issues.push_back({path + u".value", problem});
        }
    }
    return issues;
}

Result<void> ModelValidator::validate(const Model &model, const std::vector<SignalInfo> *catalogue)
{
    std::vector<ModelIssue> issues = checkStructure(model);
    std::size_t columnIssues = 0;
    if (catalogue) {
        std::vector<ModelIssue> more = checkColumns(model, *catalogue);
        columnIssues = more.size();
        issues.insert(issues.end(), more.begin(), more.end());
    }
    if (issues.empty())
        return {};
    return fail(columnIssues > 0 ? joinIssues(issues) + u'\n' + notFittingHint() : joinIssues(issues), Error::Code::Invalid);
}

QString ModelValidator::notFittingHint()
{
    // A model written for other data (the seeds name demo columns): say how to get one that fits.
    return QCoreApplication::translate("ModelValidator",
                                       "The model does not fit this workspace's columns: keep the part that fits with "
                                       "\"tierlab model adapt MODEL.json --workspace W --out M2.json\", or build one from "
                                       "the data with \"tierlab model starter\" (File → New Model from Data…).");
}

QString ModelValidator::columnProblems(const Model &model, const std::vector<SignalInfo> &catalogue)
{
    const std::vector<ModelIssue> issues = checkColumns(model, catalogue);
    return issues.empty() ? QString() : joinIssues(issues) + u'\n' + notFittingHint();
}

QStringList ModelValidator::nearMatches(const QString &name, const std::vector<SignalInfo> &catalogue, int max)
{
    const QString needle = name.toLower();
    std::vector<std::pair<int, QString>> scored;
    for (const SignalInfo &info : catalogue) {
        for (const QString &candidate : {info.id, info.originalName}) {
            if (candidate.isEmpty())
                continue;
            const QString hay = candidate.toLower();
            int d = editDistance(needle, hay);
            // A name contained in the other (e.g. "seat_ratio" in "active_seat_ratio") is close too.
            if (needle.size() >= 3 && (hay.contains(needle) || needle.contains(hay)))
                d = std::min(d, 1);
            const int limit = std::max<int>(2, int(needle.size()) / 3);
            if (d <= limit)
                scored.emplace_back(d, candidate);
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList result;
    for (const auto &[d, candidate] : scored) {
        if (!result.contains(candidate, Qt::CaseInsensitive))
            result.append(candidate);
        if (result.size() >= max)
            break;
    }
    return result;
}

QString ModelValidator::joinIssues(const std::vector<ModelIssue> &issues)
{
    QStringList lines;
    for (const ModelIssue &issue : issues)
        lines.append(issue.text());
    return lines.join(u'\n');
}

} // namespace tierlab
