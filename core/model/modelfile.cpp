#include "modelfile.h"

#include "common/jsonlimits.h"

#include "model/modelvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace tierlab {

namespace {

using Json = nlohmann::ordered_json;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

QString typeName(const Json &j)
{
    return QString::fromLatin1(j.type_name());
}

// Reads one model, collecting every problem instead of stopping at the first.
class Reader
{
public:
    std::vector<ModelIssue> issues;

    void add(const QString &path, const QString &message) { issues.push_back({path, message}); }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1StringView(key);
    }

    const Json *member(const Json &obj, const char *key, const QString &path, bool required)
    {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            if (required)
                add(join(path, key), QCoreApplication::translate("ModelFile", "missing (required)"));
            return nullptr;
        }
        return &*it;
    }

    bool text(const Json &obj, const char *key, const QString &path, QString *out, bool required = false)
    {
        const Json *j = member(obj, key, path, required);
        if (!j)
            return false;
        if (!j->is_string()) {
            add(join(path, key), QCoreApplication::translate("ModelFile", "must be text, found %1").arg(typeName(*j)));
            return false;
        }
        *out = qs(j->get_ref<const std::string &>());
        return true;
    }

    bool number(const Json &obj, const char *key, const QString &path, double *out, bool required = false)
    {
        const Json *j = member(obj, key, path, required);
        if (!j)
            return false;
        if (!j->is_number()) {
            add(join(path, key), QCoreApplication::translate("ModelFile", "must be a number, found %1")
                                     .arg(typeName(*j)));
            return false;
        }
        *out = j->get<double>();
        return true;
    }

    bool integer(const Json &obj, const char *key, const QString &path, int *out, int lo, int hi)
    {
        const Json *j = member(obj, key, path, false);
        if (!j)
            return false;
        if (!j->is_number_integer() || j->get<std::int64_t>() < lo || j->get<std::int64_t>() > hi) {
            add(join(path, key), QCoreApplication::translate("ModelFile", "must be a whole number from %1 to %2, found %3")
                                     .arg(lo).arg(hi).arg(QString::fromStdString(j->dump())));
            return false;
        }
        *out = int(j->get<std::int64_t>());
        return true;
    }

    bool boolean(const Json &obj, const char *key, const QString &path, bool *out)
    {
        const Json *j = member(obj, key, path, false);
        if (!j)
            return false;
        if (!j->is_boolean()) {
            add(join(path, key), QCoreApplication::translate("ModelFile", "must be true or false, found %1")
                                     .arg(typeName(*j)));
            return false;
        }
        *out = j->get<bool>();
        return true;
    }

    std::vector<double> numbers(const Json &obj, const char *key, const QString &path)
    {
        std::vector<double> result;
        const Json *j = member(obj, key, path, true);
        if (!j)
            return result;
        if (!j->is_array()) {
            add(join(path, key), QCoreApplication::translate("ModelFile", "must be a list of numbers, found %1")
                                     .arg(typeName(*j)));
            return result;
        }
        for (std::size_t i = 0; i < j->size(); ++i) {
            const Json &v = (*j)[i];
            if (v.is_number())
                result.push_back(v.get<double>());
            else
                add(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i),
                    QCoreApplication::translate("ModelFile", "must be a number, found %1").arg(typeName(v)));
        }
        return result;
    }

    const Json *array(const Json &obj, const char *key, bool required)
    {
        const Json *j = member(obj, key, QString(), required);
        if (j && !j->is_array()) {
            add(QString::fromLatin1(key), QCoreApplication::translate("ModelFile", "must be a list, found %1")
                                              .arg(typeName(*j)));
            return nullptr;
        }
        return j;
    }

    bool isObject(const Json &j, const QString &path)
    {
        if (j.is_object())
            return true;
        add(path, QCoreApplication::translate("ModelFile", "must be an object, found %1").arg(typeName(j)));
        return false;
    }

    static QByteArray extras(const Json &obj, std::initializer_list<const char *> known)
    {
        Json rest = Json::object();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool isKnown = false;
            for (const char *k : known)
                isKnown = isKnown || it.key() == k;
            if (!isKnown)
                rest[it.key()] = it.value();
        }
        if (rest.empty())
            return {};
        return QByteArray::fromStdString(rest.dump(-1, ' ', false, Json::error_handler_t::replace));
    }

    void condition(const Json &obj, const QString &path, CompareOp *op, RuleValue *value)
    {
        QString opText;
        if (text(obj, "op", path, &opText, true) && !compareOpFromName(opText, op))
            add(path + u".op", QCoreApplication::translate("ModelFile", "unknown operator \"%1\" (expected <, <=, >, >=, == or !=)").arg(opText));
        if (const Json *v = member(obj, "value", path, true)) {
            if (v->is_number()) {
                value->type = RuleValue::Type::Number;
                value->number = v->get<double>();
            } else if (v->is_boolean()) {
                value->type = RuleValue::Type::Bool;
                value->flag = v->get<bool>();
            } else if (v->is_string()) {
                value->type = RuleValue::Type::Text;
                value->text = qs(v->get_ref<const std::string &>()).trimmed();
            } else {
                add(path + u".value", QCoreApplication::translate("ModelFile", "must be a number, text or true/false, found %1").arg(typeName(*v)));
            }
        }
    }

    void rule(const Json &obj, const QString &path, SignalRule *rule)
    {
        QString kind;
        if (!text(obj, "kind", path, &kind, true))
            return;
        if (!ruleKindFromName(kind, &rule->kind)) {
            add(path + u".kind",
                QCoreApplication::translate("ModelFile", "unknown rule kind \"%1\" (expected linear, bands, map, flag or percentile)").arg(kind));
            return;
        }
        switch (rule->kind) {
        case RuleKind::Linear:
            number(obj, "worst", path, &rule->worst, true);
            number(obj, "best", path, &rule->best, true);
            rule->extra = extras(obj, {"kind", "worst", "best"});
            break;
        case RuleKind::Bands:
            rule->edges = numbers(obj, "edges", path);
            rule->bandScores = numbers(obj, "scores", path);
            rule->extra = extras(obj, {"kind", "edges", "scores"});
            break;
        case RuleKind::Map:
            if (const Json *scores = member(obj, "scores", path, true)) {
                if (!scores->is_object()) {
                    add(path + u".scores", QCoreApplication::translate("ModelFile", "must be an object of value: score, found %1").arg(typeName(*scores)));
                } else {
                    for (auto it = scores->begin(); it != scores->end(); ++it) {
                        const QString key = qs(it.key()).trimmed();
                        if (it.value().is_number())
                            rule->mapScores.emplace_back(key, it.value().get<double>());
                        else
                            add(QStringLiteral("%1.scores[\"%2\"]").arg(path, key),
                                QCoreApplication::translate("ModelFile", "must be a number, found %1")
                                    .arg(typeName(it.value())));
                    }
                }
            }
            number(obj, "default", path, &rule->mapDefault);
            rule->extra = extras(obj, {"kind", "scores", "default"});
            break;
        case RuleKind::Flag:
            number(obj, "true", path, &rule->trueScore);
            number(obj, "false", path, &rule->falseScore);
            rule->extra = extras(obj, {"kind", "true", "false"});
            break;
        case RuleKind::Percentile:
            boolean(obj, "invert", path, &rule->invert);
            rule->extra = extras(obj, {"kind", "invert"});
            break;
        }
    }

    Model read(const Json &root)
    {
        Model m;
        text(root, "name", QString(), &m.name);
        text(root, "description", QString(), &m.description);
        m.extra = extras(root, {"format", "version", "name", "description", "categories", "signals", "penalties",
                                "overrides", "tiers", "segments", "hysteresis", "trend"});

        if (const Json *list = array(root, "categories", true)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const QString path = QStringLiteral("categories[%1]").arg(i);
                const Json &o = (*list)[i];
                if (!isObject(o, path))
                    continue;
                Category c;
                text(o, "id", path, &c.id, true);
                text(o, "label", path, &c.label);
                text(o, "description", path, &c.description);
                number(o, "weight", path, &c.weight);
                QString aggregate;
                if (text(o, "aggregate", path, &aggregate) && !aggregateFromName(aggregate, &c.aggregate))
                    add(path + u".aggregate", QCoreApplication::translate("ModelFile", "unknown aggregate \"%1\" (expected mean or min)").arg(aggregate));
                c.extra = extras(o, {"id", "label", "description", "weight", "aggregate"});
                m.categories.push_back(std::move(c));
            }
        }
        if (const Json *list = array(root, "signals", true)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const QString path = QStringLiteral("signals[%1]").arg(i);
                const Json &o = (*list)[i];
                if (!isObject(o, path))
                    continue;
                Signal s;
                text(o, "id", path, &s.id, true);
                text(o, "column", path, &s.column);
                text(o, "category", path, &s.category, true);
                text(o, "label", path, &s.label);
                text(o, "description", path, &s.description);
                number(o, "weight", path, &s.weight);
                if (const Json *r = member(o, "rule", path, true)) {
                    if (isObject(*r, path + u".rule"))
                        rule(*r, path + u".rule", &s.rule);
                }
                QString missing;
                if (text(o, "missing", path, &missing) && !missingPolicyFromName(missing, &s.missing))
                    add(path + u".missing",
                        QCoreApplication::translate("ModelFile", "unknown missing policy \"%1\" (expected skip, neutral or worst)").arg(missing));
                s.extra = extras(o, {"id", "column", "category", "label", "description", "weight", "rule", "missing"});
                m.signals.push_back(std::move(s));
            }
        }
        if (const Json *list = array(root, "penalties", false)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const QString path = QStringLiteral("penalties[%1]").arg(i);
                const Json &o = (*list)[i];
                if (!isObject(o, path))
                    continue;
                Penalty p;
                text(o, "id", path, &p.id, true);
                text(o, "column", path, &p.column);
                text(o, "label", path, &p.label);
                condition(o, path, &p.op, &p.value);
                number(o, "points", path, &p.points, true);
                p.extra = extras(o, {"id", "column", "label", "op", "value", "points"});
                m.penalties.push_back(std::move(p));
            }
        }
        if (const Json *list = array(root, "overrides", false)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const QString path = QStringLiteral("overrides[%1]").arg(i);
                const Json &o = (*list)[i];
                if (!isObject(o, path))
                    continue;
                Override ov;
                text(o, "id", path, &ov.id, true);
                text(o, "column", path, &ov.column);
                condition(o, path, &ov.op, &ov.value);
                text(o, "cap_tier", path, &ov.capTier);
                double cap = 0;
                if (number(o, "cap", path, &cap, ov.capTier.isEmpty()))
                    ov.cap = cap;
                text(o, "reason", path, &ov.reason);
                ov.extra = extras(o, {"id", "column", "op", "value", "cap", "cap_tier", "reason"});
                m.overrides.push_back(std::move(ov));
            }
        }
        if (const Json *list = array(root, "tiers", true))
            m.tiers = tiers(*list, QStringLiteral("tiers"));
        if (const Json *o = member(root, "segments", QString(), false); o && isObject(*o, QStringLiteral("segments")))
            m.segments = segments(*o);
        if (const Json *o = member(root, "hysteresis", QString(), false); o && isObject(*o, QStringLiteral("hysteresis"))) {
            Hysteresis h;
            number(*o, "points", QStringLiteral("hysteresis"), &h.points);
            integer(*o, "weeks", QStringLiteral("hysteresis"), &h.weeks, 0, kMaxTrendWeeks);
            h.extra = extras(*o, {"points", "weeks"});
            m.hysteresis = h;
        }
        if (const Json *o = member(root, "trend", QString(), false); o && isObject(*o, QStringLiteral("trend"))) {
            const QString path = QStringLiteral("trend");
            TrendSplit t;
            text(*o, "tier", path, &t.tier, true);
            integer(*o, "weeks", path, &t.weeks, 3, kMaxTrendWeeks);
            number(*o, "slope", path, &t.slope);
            text(*o, "id", path, &t.id, true);
            text(*o, "label", path, &t.label);
            text(*o, "color", path, &t.color);
            t.extra = extras(*o, {"tier", "weeks", "slope", "id", "label", "color"});
            m.trend = t;
        }
        return m;
    }

    std::vector<Tier> tiers(const Json &list, const QString &listPath)
    {
        std::vector<Tier> out;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(listPath).arg(i);
            const Json &o = list[i];
            if (!isObject(o, path))
                continue;
            Tier t;
            text(o, "id", path, &t.id, true);
            text(o, "label", path, &t.label);
            text(o, "color", path, &t.color);
            number(o, "min", path, &t.min, true);
            t.extra = extras(o, {"id", "label", "color", "min"});
            out.push_back(std::move(t));
        }
        return out;
    }

    Segments segments(const Json &obj)
    {
        Segments seg;
        const QString root = QStringLiteral("segments");
        text(obj, "by", root, &seg.by, true);
        seg.extra = extras(obj, {"by", "variants"});
        const Json *list = member(obj, "variants", root, true);
        if (!list)
            return seg;
        if (!list->is_array()) {
            add(root + u".variants", QCoreApplication::translate("ModelFile", "must be a list, found %1").arg(typeName(*list)));
            return seg;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            const QString path = QStringLiteral("segments.variants[%1]").arg(i);
            const Json &o = (*list)[i];
            if (!isObject(o, path))
                continue;
            SegmentVariant v;
            text(o, "id", path, &v.id, true);
            text(o, "label", path, &v.label);
            if (const Json *when = member(o, "when", path, true)) {
                if (!when->is_array()) {
                    add(path + u".when", QCoreApplication::translate("ModelFile", "must be a list of text, found %1").arg(typeName(*when)));
                } else {
                    for (std::size_t k = 0; k < when->size(); ++k) {
                        if ((*when)[k].is_string())
                            v.when.push_back(qs((*when)[k].get_ref<const std::string &>()).trimmed());
                        else
                            add(QStringLiteral("%1.when[%2]").arg(path).arg(k),
                                QCoreApplication::translate("ModelFile", "must be text, found %1").arg(typeName((*when)[k])));
                    }
                }
            }
            if (const Json *cats = member(o, "categories", path, false); cats && isObject(*cats, path + u".categories")) {
                for (auto it = cats->begin(); it != cats->end(); ++it) {
                    if (it.value().is_number())
                        v.categoryWeights.emplace_back(qs(it.key()), it.value().get<double>());
                    else
                        add(QStringLiteral("%1.categories[\"%2\"]").arg(path, qs(it.key())),
                            QCoreApplication::translate("ModelFile", "must be a number, found %1").arg(typeName(it.value())));
                }
            }
            if (const Json *sigs = member(o, "signals", path, false); sigs && isObject(*sigs, path + u".signals")) {
                for (auto it = sigs->begin(); it != sigs->end(); ++it) {
                    const QString sp = QStringLiteral("%1.signals[\"%2\"]").arg(path, qs(it.key()));
                    if (!isObject(it.value(), sp))
                        continue;
                    const Json &so = it.value();
                    SignalVariant sv;
                    sv.signal = qs(it.key());
                    double weight = 0;
                    if (number(so, "weight", sp, &weight))
                        sv.weight = weight;
                    if (const Json *r = member(so, "rule", sp, false); r && isObject(*r, sp + u".rule")) {
                        SignalRule rl;
                        rule(*r, sp + u".rule", &rl);
                        sv.rule = rl;
                    }
                    QString missing;
                    MissingPolicy policy = MissingPolicy::Skip;
                    if (text(so, "missing", sp, &missing)) {
                        if (missingPolicyFromName(missing, &policy))
                            sv.missing = policy;
                        else
                            add(sp + u".missing", QCoreApplication::translate("ModelFile", "unknown missing policy \"%1\" (expected skip, neutral or worst)").arg(missing));
                    }
                    sv.extra = extras(so, {"weight", "rule", "missing"});
                    v.signals.push_back(std::move(sv));
                }
            }
            if (const Json *t = member(o, "tiers", path, false)) {
                if (t->is_array())
                    v.tiers = tiers(*t, path + u".tiers");
                else
                    add(path + u".tiers", QCoreApplication::translate("ModelFile", "must be a list, found %1").arg(typeName(*t)));
            }
            v.extra = extras(o, {"id", "label", "when", "categories", "signals", "tiers"});
            seg.variants.push_back(std::move(v));
        }
        return seg;
    }
};

Json numberJson(double v)
{
    // Integers are written without ".0" so hand-written files keep their look; both read back exactly.
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return Json(static_cast<std::int64_t>(v));
    return Json(v);
}

void putText(Json &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o[key] = ss(value);
}

void putExtras(Json &o, const QByteArray &extra)
{
    if (extra.isEmpty())
        return;
    const Json rest = Json::parse(extra.toStdString(), nullptr, false);
    if (!rest.is_object())
        return;
    for (auto it = rest.begin(); it != rest.end(); ++it) {
        if (!o.contains(it.key()))
            o[it.key()] = it.value();
    }
}

Json valueJson(const RuleValue &value)
{
    switch (value.type) {
    case RuleValue::Type::Bool:
        return Json(value.flag);
    case RuleValue::Type::Text:
        return Json(ss(value.text));
    case RuleValue::Type::Number:
        break;
    }
    return numberJson(value.number);
}

Json ruleJson(const SignalRule &rule)
{
    Json o = Json::object();
    o["kind"] = ss(ruleKindName(rule.kind));
    switch (rule.kind) {
    case RuleKind::Linear:
        o["worst"] = numberJson(rule.worst);
        o["best"] = numberJson(rule.best);
        break;
    case RuleKind::Bands: {
        Json edges = Json::array();
        for (double e : rule.edges)
            edges.push_back(numberJson(e));
        Json scores = Json::array();
        for (double s : rule.bandScores)
            scores.push_back(numberJson(s));
        o["edges"] = std::move(edges);
        o["scores"] = std::move(scores);
        break;
    }
    case RuleKind::Map: {
        Json scores = Json::object();
        for (const auto &[key, s] : rule.mapScores)
            scores[ss(key)] = numberJson(s);
        o["scores"] = std::move(scores);
        o["default"] = numberJson(rule.mapDefault);
        break;
    }
    case RuleKind::Flag:
        o["true"] = numberJson(rule.trueScore);
        o["false"] = numberJson(rule.falseScore);
        break;
    case RuleKind::Percentile:
        o["invert"] = rule.invert;
        break;
    }
    putExtras(o, rule.extra);
    return o;
}

Json tiersJson(const std::vector<Tier> &list)
{
    Json tiers = Json::array();
    for (const Tier &t : list) {
        Json o = Json::object();
        o["id"] = ss(t.id);
        putText(o, "label", t.label);
        putText(o, "color", t.color);
        o["min"] = numberJson(t.min);
        putExtras(o, t.extra);
        tiers.push_back(std::move(o));
    }
    return tiers;
}

Json segmentsJson(const Segments &segments)
{
    Json root = Json::object();
    root["by"] = ss(segments.by);
    Json variants = Json::array();
    for (const SegmentVariant &v : segments.variants) {
        Json o = Json::object();
        o["id"] = ss(v.id);
        putText(o, "label", v.label);
        Json when = Json::array();
        for (const QString &value : v.when)
            when.push_back(ss(value));
        o["when"] = std::move(when);
        if (!v.categoryWeights.empty()) {
            Json cats = Json::object();
            for (const auto &[id, weight] : v.categoryWeights)
                cats[ss(id)] = numberJson(weight);
            o["categories"] = std::move(cats);
        }
        if (!v.signals.empty()) {
            Json sigs = Json::object();
            for (const SignalVariant &sv : v.signals) {
                Json so = Json::object();
                if (sv.weight)
                    so["weight"] = numberJson(*sv.weight);
                if (sv.rule)
                    so["rule"] = ruleJson(*sv.rule);
                if (sv.missing)
                    so["missing"] = ss(missingPolicyName(*sv.missing));
                putExtras(so, sv.extra);
                sigs[ss(sv.signal)] = std::move(so);
            }
            o["signals"] = std::move(sigs);
        }
        if (!v.tiers.empty())
            o["tiers"] = tiersJson(v.tiers);
        putExtras(o, v.extra);
        variants.push_back(std::move(o));
    }
    root["variants"] = std::move(variants);
    putExtras(root, segments.extra);
    return root;
}

} // namespace

Result<Model> ModelFile::fromJson(const QByteArray &json)
{
    try {
        Json root;
        if (auto bounded = JsonLimits::check(json); !bounded)
            return std::unexpected(bounded.error());
        try {
            root = Json::parse(json.constData(), json.constData() + json.size());
        } catch (const Json::parse_error &e) {
            return fail(QCoreApplication::translate("ModelFile", "the model file is not valid JSON (%1)")
                            .arg(QString::fromUtf8(e.what())),
                        Error::Code::Invalid);
        }
        if (!root.is_object())
            return fail(QCoreApplication::translate("ModelFile", "the model file must hold a JSON object, found %1")
                            .arg(typeName(root)),
                        Error::Code::Invalid);
        Reader reader;
        QString format;
        if (reader.text(root, "format", QString(), &format, true) && format != u"tierlab-model")
            reader.add(QStringLiteral("format"), QCoreApplication::translate("ModelFile", "expected \"tierlab-model\", found \"%1\"").arg(format));
        if (const Json *v = reader.member(root, "version", QString(), true)) {
            if (!v->is_number_integer()) {
                reader.add(QStringLiteral("version"), QCoreApplication::translate("ModelFile", "must be a whole number, found %1").arg(typeName(*v)));
            } else if (v->is_number_unsigned() ? v->get<std::uint64_t>() > std::uint64_t(kModelFormatVersion)
                                                : v->get<std::int64_t>() > kModelFormatVersion) {
                // The number as written (2^64 − 1 is not "−1").
                return fail(QCoreApplication::translate("ModelFile", "version: the model file has format version %1, newer than this Tierlab supports "
                                                                     "(%2); update Tierlab to read it")
                                .arg(QString::fromStdString(v->dump()))
                                .arg(kModelFormatVersion),
                            Error::Code::NewerVersion);
            } else if (v->get<std::int64_t>() < 1) {
                reader.add(QStringLiteral("version"), QCoreApplication::translate("ModelFile", "unsupported version %1")
                                                          .arg(QString::fromStdString(v->dump())));
            }
        }
        if (!reader.issues.empty())
            return fail(ModelValidator::joinIssues(reader.issues), Error::Code::Invalid);

        Model model = reader.read(root);
        model.version = int(root.at("version").get<std::int64_t>());
        if (reader.issues.empty() && model.version < model.requiredVersion()) {
            // A version 1 reader would keep these members as unknown and score without them.
            for (const char *key : {"segments", "hysteresis", "trend"}) {
                if (root.contains(key))
                    reader.add(QString::fromLatin1(key), QCoreApplication::translate("ModelFile", "this member needs \"version\": 2 (the file says version 1)"));
            }
            for (std::size_t i = 0; i < model.overrides.size(); ++i) {
                if (model.overrides[i].requiresVersion2())
                    reader.add(QStringLiteral("overrides[%1].cap_tier").arg(i),
                               QCoreApplication::translate("ModelFile", "this member needs \"version\": 2 (the file says version 1)"));
            }
        }
        if (reader.issues.empty())
            reader.issues = ModelValidator::checkStructure(model);
        if (!reader.issues.empty())
            return fail(ModelValidator::joinIssues(reader.issues), Error::Code::Invalid);
        return model;
    } catch (const std::exception &e) {
        // nlohmann reports anything unexpected by throwing; it must not leave the core API.
        return fail(QCoreApplication::translate("ModelFile", "the model file could not be read (%1)")
                        .arg(QString::fromUtf8(e.what())),
                    Error::Code::Invalid);
    }
}

Result<Model> ModelFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(QCoreApplication::translate("ModelFile", "%1: no such file").arg(path), Error::Code::NotFound);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("ModelFile", "%1: cannot read (%2)")
                        .arg(path, file.errorString()), Error::Code::Io);
    Result<Model> model = fromJson(file.readAll());
    if (!model) {
        QStringList lines = model.error().message.split(u'\n');
        for (QString &line : lines)
            line = path + u": " + line;
        return fail(lines.join(u'\n'), model.error().code);
    }
    return model;
}

QByteArray ModelFile::toJson(const Model &model)
{
    try {
        Json root = Json::object();
        root["format"] = "tierlab-model";
        root["version"] = std::max(model.version, model.requiredVersion());
        putText(root, "name", model.name);
        putText(root, "description", model.description);
        Json categories = Json::array();
        for (const Category &c : model.categories) {
            Json o = Json::object();
            o["id"] = ss(c.id);
            putText(o, "label", c.label);
            putText(o, "description", c.description);
            o["weight"] = numberJson(c.weight);
            o["aggregate"] = ss(aggregateName(c.aggregate));
            putExtras(o, c.extra);
            categories.push_back(std::move(o));
        }
        root["categories"] = std::move(categories);
        Json signalList = Json::array();
        for (const Signal &s : model.signals) {
            Json o = Json::object();
            o["id"] = ss(s.id);
            putText(o, "column", s.column);
            o["category"] = ss(s.category);
            putText(o, "label", s.label);
            putText(o, "description", s.description);
            o["weight"] = numberJson(s.weight);
            o["rule"] = ruleJson(s.rule);
            o["missing"] = ss(missingPolicyName(s.missing));
            putExtras(o, s.extra);
            signalList.push_back(std::move(o));
        }
        root["signals"] = std::move(signalList);
        Json penalties = Json::array();
        for (const Penalty &p : model.penalties) {
            Json o = Json::object();
            o["id"] = ss(p.id);
            putText(o, "column", p.column);
            putText(o, "label", p.label);
            o["op"] = ss(compareOpName(p.op));
            o["value"] = valueJson(p.value);
            o["points"] = numberJson(p.points);
            putExtras(o, p.extra);
            penalties.push_back(std::move(o));
        }
        root["penalties"] = std::move(penalties);
        Json overrides = Json::array();
        for (const Override &ov : model.overrides) {
            Json o = Json::object();
            o["id"] = ss(ov.id);
            putText(o, "column", ov.column);
            o["op"] = ss(compareOpName(ov.op));
            o["value"] = valueJson(ov.value);
            if (ov.cap)
                o["cap"] = numberJson(*ov.cap);
            putText(o, "cap_tier", ov.capTier);
            putText(o, "reason", ov.reason);
            putExtras(o, ov.extra);
            overrides.push_back(std::move(o));
        }
        root["overrides"] = std::move(overrides);
        root["tiers"] = tiersJson(model.tiers);
        if (!model.segments.isEmpty())
            root["segments"] = segmentsJson(model.segments);
        if (model.hysteresis) {
            Json o = Json::object();
            o["points"] = numberJson(model.hysteresis->points);
            o["weeks"] = model.hysteresis->weeks;
            putExtras(o, model.hysteresis->extra);
            root["hysteresis"] = std::move(o);
        }
        if (const std::optional<TrendSplit> &t = model.trend) {
            Json o = Json::object();
            o["tier"] = ss(t->tier);
            o["weeks"] = t->weeks;
            o["slope"] = numberJson(t->slope);
            o["id"] = ss(t->id);
            putText(o, "label", t->label);
            putText(o, "color", t->color);
            putExtras(o, t->extra);
            root["trend"] = std::move(o);
        }
        putExtras(root, model.extra);
        return QByteArray::fromStdString(root.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
    } catch (const std::exception &) {
        // Only reachable on allocation failure; an empty document fails loudly when read back.
        return {};
    }
}

Result<void> ModelFile::save(const Model &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ModelFile", "%1: cannot write (%2)")
                        .arg(path, file.errorString()), Error::Code::Io);
    file.write(toJson(model));
    if (!file.commit())
        return fail(QCoreApplication::translate("ModelFile", "%1: cannot write (%2)")
                        .arg(path, file.errorString()), Error::Code::Io);
    return {};
}

} // namespace tierlab
