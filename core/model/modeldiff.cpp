#include "modeldiff.h"

#include <QLocale>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>

namespace tierlab {

namespace {

using Json = nlohmann::ordered_json;

QString join(const std::vector<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << ModelDiff::number(v);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QString valueText(const RuleValue &v)
{
    switch (v.type) {
    case RuleValue::Type::Number: return ModelDiff::number(v.number);
    case RuleValue::Type::Bool: return v.flag ? QStringLiteral("true") : QStringLiteral("false");
    case RuleValue::Type::Text: return u'"' + v.text + u'"';
    }
    return {};
}

// A field of an item: its name and its text form.
template <typename T>
using Fields = std::vector<std::pair<QString, std::function<QString(const T &)>>>;

template <typename T>
void compareItems(std::vector<ModelChange> &out, const QString &section, const std::vector<T> &a,
                  const std::vector<T> &b, const Fields<T> &fields)
{
    auto find = [](const std::vector<T> &list, const QString &id) -> const T * {
        for (const T &item : list) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    };
    auto summary = [&fields](const T &item) {
        QStringList parts;
        for (const auto &[name, get] : fields)
            parts << name + u'=' + get(item);
        return parts.join(QStringLiteral(", "));
    };
    for (const T &item : b) {
        const T *old = find(a, item.id);
        if (!old) {
            out.push_back({ModelChange::Kind::Added, section, item.id, {}, {}, summary(item)});
            continue;
        }
        for (const auto &[name, get] : fields) {
            const QString x = get(*old);
            const QString y = get(item);
            if (x != y)
                out.push_back({ModelChange::Kind::Changed, section, item.id, name, x, y});
        }
    }
    for (const T &item : a) {
        if (!find(b, item.id))
            out.push_back({ModelChange::Kind::Removed, section, item.id, {}, summary(item), {}});
    }
}

QString variantCategoriesText(const SegmentVariant &v)
{
    QStringList parts;
    for (const auto &[id, weight] : v.categoryWeights)
        parts << id + u'=' + ModelDiff::number(weight);
    return parts.join(QStringLiteral(", "));
}

QString variantSignalsText(const SegmentVariant &v)
{
    QStringList parts;
    for (const SignalVariant &sv : v.signals) {
        QStringList members;
        if (sv.weight)
            members << QStringLiteral("weight=") + ModelDiff::number(*sv.weight);
        if (sv.rule)
            members << QStringLiteral("rule=") + ModelDiff::ruleText(*sv.rule);
        if (sv.missing)
            members << QStringLiteral("missing=") + missingPolicyName(*sv.missing);
        parts << sv.signal + QStringLiteral(" {") + members.join(QStringLiteral(", ")) + u'}';
    }
    return parts.join(QStringLiteral("; "));
}

QString tierMinsText(const std::vector<Tier> &tiers)
{
    QStringList parts;
    for (const Tier &t : tiers)
        parts << t.id + u'=' + ModelDiff::number(t.min);
    return parts.join(QStringLiteral(", "));
}

QString hysteresisText(const std::optional<Hysteresis> &h)
{
    return h ? QStringLiteral("points=%1 weeks=%2").arg(ModelDiff::number(h->points)).arg(h->weeks) : QString();
}

QString trendText(const std::optional<TrendSplit> &t)
{
    return t ? QStringLiteral("%1 → %2 when slope ≤ -%3 over %4 weeks").arg(t->tier, t->id, ModelDiff::number(t->slope)).arg(t->weeks)
             : QString();
}

} // namespace

QString ModelDiff::number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString ModelDiff::ruleText(const SignalRule &r)
{
    switch (r.kind) {
    case RuleKind::Linear:
        return QStringLiteral("linear worst=%1 best=%2").arg(number(r.worst), number(r.best));
    case RuleKind::Bands:
        return QStringLiteral("bands edges=%1 scores=%2").arg(join(r.edges), join(r.bandScores));
    case RuleKind::Map: {
        QStringList parts;
        for (const auto &[key, score] : r.mapScores)
            parts << u'"' + key + QStringLiteral("\": ") + number(score);
        return QStringLiteral("map {%1} default=%2").arg(parts.join(QStringLiteral(", ")), number(r.mapDefault));
    }
    case RuleKind::Flag:
        return QStringLiteral("flag true=%1 false=%2").arg(number(r.trueScore), number(r.falseScore));
    case RuleKind::Percentile:
        return r.invert ? QStringLiteral("percentile invert") : QStringLiteral("percentile");
    }
    return {};
}

std::vector<ModelChange> ModelDiff::diff(const Model &a, const Model &b)
{
    std::vector<ModelChange> out;
    if (a.name != b.name)
        out.push_back({ModelChange::Kind::Changed, QStringLiteral("model"), {}, QStringLiteral("name"), a.name, b.name});
    if (a.description != b.description)
        out.push_back({ModelChange::Kind::Changed, QStringLiteral("model"), {}, QStringLiteral("description"),
                       a.description, b.description});

    compareItems<Category>(out, QStringLiteral("categories"), a.categories, b.categories,
                           {{QStringLiteral("weight"), [](const Category &c) { return number(c.weight); }},
                            {QStringLiteral("aggregate"), [](const Category &c) { return aggregateName(c.aggregate); }},
                            {QStringLiteral("label"), [](const Category &c) { return c.label; }}});
    compareItems<Signal>(out, QStringLiteral("signals"), a.signals, b.signals,
                         {{QStringLiteral("category"), [](const Signal &s) { return s.category; }},
                          {QStringLiteral("weight"), [](const Signal &s) { return number(s.weight); }},
                          {QStringLiteral("column"), [](const Signal &s) { return s.columnName(); }},
                          {QStringLiteral("rule"), [](const Signal &s) { return ruleText(s.rule); }},
                          {QStringLiteral("missing"), [](const Signal &s) { return missingPolicyName(s.missing); }},
                          {QStringLiteral("label"), [](const Signal &s) { return s.label; }}});
    compareItems<Penalty>(out, QStringLiteral("penalties"), a.penalties, b.penalties,
                          {{QStringLiteral("column"), [](const Penalty &p) { return p.columnName(); }},
                           {QStringLiteral("condition"),
                            [](const Penalty &p) -> QString { return compareOpName(p.op) + u' ' + valueText(p.value); }},
                           {QStringLiteral("points"), [](const Penalty &p) { return number(p.points); }},
                           {QStringLiteral("label"), [](const Penalty &p) { return p.label; }}});
    compareItems<Override>(out, QStringLiteral("overrides"), a.overrides, b.overrides,
                           {{QStringLiteral("column"), [](const Override &o) { return o.columnName(); }},
                            {QStringLiteral("condition"),
                             [](const Override &o) -> QString { return compareOpName(o.op) + u' ' + valueText(o.value); }},
                            {QStringLiteral("cap"), [](const Override &o) { return o.cap ? number(*o.cap) : QString(); }},
                            {QStringLiteral("cap_tier"), [](const Override &o) { return o.capTier; }},
                            {QStringLiteral("reason"), [](const Override &o) { return o.reason; }}});
    compareItems<Tier>(out, QStringLiteral("tiers"), a.tiers, b.tiers,
                       {{QStringLiteral("min"), [](const Tier &t) { return number(t.min); }},
                        {QStringLiteral("label"), [](const Tier &t) { return t.label; }},
                        {QStringLiteral("color"), [](const Tier &t) { return t.color; }}});
    if (a.segments.by != b.segments.by)
        out.push_back({ModelChange::Kind::Changed, QStringLiteral("segments"), {}, QStringLiteral("by"), a.segments.by,
                       b.segments.by});
    compareItems<SegmentVariant>(out, QStringLiteral("segments"), a.segments.variants, b.segments.variants,
                                 {{QStringLiteral("when"), [](const SegmentVariant &v) { return QStringList(v.when.begin(), v.when.end()).join(QStringLiteral(", ")); }},
                                  {QStringLiteral("categories"), [](const SegmentVariant &v) { return variantCategoriesText(v); }},
                                  {QStringLiteral("signals"), [](const SegmentVariant &v) { return variantSignalsText(v); }},
                                  {QStringLiteral("tiers"), [](const SegmentVariant &v) { return tierMinsText(v.tiers); }},
                                  {QStringLiteral("label"), [](const SegmentVariant &v) { return v.label; }}});
    const QString hysteresisA = hysteresisText(a.hysteresis);
    const QString hysteresisB = hysteresisText(b.hysteresis);
    if (hysteresisA != hysteresisB)
        out.push_back({ModelChange::Kind::Changed, QStringLiteral("model"), {}, QStringLiteral("hysteresis"), hysteresisA,
                       hysteresisB});
    const QString trendA = trendText(a.trend);
    const QString trendB = trendText(b.trend);
    if (trendA != trendB)
        out.push_back({ModelChange::Kind::Changed, QStringLiteral("model"), {}, QStringLiteral("trend"), trendA, trendB});
    return out;
}

QString ModelDiff::kindName(ModelChange::Kind kind)
{
    switch (kind) {
    case ModelChange::Kind::Added: return QStringLiteral("added");
    case ModelChange::Kind::Removed: return QStringLiteral("removed");
    case ModelChange::Kind::Changed: return QStringLiteral("changed");
    }
    return {};
}

QString ModelDiff::toText(const std::vector<ModelChange> &changes)
{
    if (changes.empty())
        return tr("no differences") + u'\n';
    QString text;
    for (const ModelChange &c : changes) {
        QString path = c.section;
        if (!c.id.isEmpty())
            path += u'.' + c.id;
        if (!c.field.isEmpty())
            path += u'.' + c.field;
        switch (c.kind) {
        case ModelChange::Kind::Added: text += tr("+ %1: %2").arg(path, c.after); break;
        case ModelChange::Kind::Removed: text += tr("- %1: %2").arg(path, c.before); break;
        case ModelChange::Kind::Changed: text += tr("~ %1: %2 → %3").arg(path, c.before, c.after); break;
        }
        text += u'\n';
    }
    return text;
}

QByteArray ModelDiff::toJson(const std::vector<ModelChange> &changes)
{
    Json j;
    j["identical"] = changes.empty();
    auto &list = j["changes"] = Json::array();
    for (const ModelChange &c : changes)
        list.push_back({{"kind", kindName(c.kind).toStdString()},
                        {"section", c.section.toStdString()},
                        {"id", c.id.toStdString()},
                        {"field", c.field.toStdString()},
                        {"before", c.before.toStdString()},
                        {"after", c.after.toStdString()}});
    return QByteArray::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace));
}

} // namespace tierlab
