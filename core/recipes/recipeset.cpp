#include "recipeset.h"

#include "common/jsonlimits.h"

#include "tables/tablecolumns.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace tierlab {

namespace {

constexpr Aggregation kAggregations[] = {Aggregation::Count, Aggregation::Sum, Aggregation::Mean, Aggregation::Min,
                                         Aggregation::Max, Aggregation::Distinct, Aggregation::Last,
                                         Aggregation::DaysSince, Aggregation::Open, Aggregation::OpenSum};
constexpr Derivation kDerivations[] = {Derivation::Ratio, Derivation::Change, Derivation::PctChange, Derivation::Slope};
constexpr ConditionOp kOps[] = {ConditionOp::Eq, ConditionOp::Ne, ConditionOp::Lt, ConditionOp::Le,
                                ConditionOp::Gt, ConditionOp::Ge, ConditionOp::In, ConditionOp::NotIn};
constexpr AttributeRole kRoles[] = {AttributeRole::Arr, AttributeRole::RenewalDate, AttributeRole::Csm,
                                    AttributeRole::Segment, AttributeRole::Name};

template <typename T, std::size_t N>
QString namesOf(const T (&items)[N], QString (*name)(T))
{
    QStringList out;
    for (T item : items)
        out << name(item);
    return out.join(QStringLiteral(", "));
}

// Collects the problems of one file; each is "$.path: message".
class Problems
{
public:
    void add(const QString &path, const QString &message) { m_lines << path + QStringLiteral(": ") + message; }
    bool empty() const { return m_lines.isEmpty(); }
    Error error(const QString &source) const
    {
        QStringList lines;
        for (const QString &l : m_lines)
            lines << source + QStringLiteral(": ") + l;
        return Error(lines.join(QLatin1Char('\n')), Error::Code::Invalid);
    }

private:
    QStringList m_lines;
};

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

void unknownMembers(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known, Problems &p)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok)
            p.add(path + QLatin1Char('.') + it.key(), QCoreApplication::translate("RecipeSet", "unknown member"));
    }
}

QString readString(const QJsonObject &o, const char *key, const QString &path, Problems &p, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            p.add(path + QLatin1Char('.') + QLatin1String(key), QCoreApplication::translate("RecipeSet", "missing"));
        return {};
    }
    if (!v.isString() || v.toString().isEmpty()) {
        p.add(path + QLatin1Char('.') + QLatin1String(key), QCoreApplication::translate("RecipeSet", "must be a non-empty string, not %1").arg(jsonTypeName(v)));
        return {};
    }
    return v.toString();
}

// A whole number in [min, max]; 0 when absent.
int readInt(const QJsonObject &o, const char *key, const QString &path, Problems &p, int min, int max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        p.add(path + QLatin1Char('.') + QLatin1String(key), QCoreApplication::translate("RecipeSet", "must be a whole number from %1 to %2").arg(min).arg(max));
        return 0;
    }
    return int(d);
}

QDate readDate(const QJsonObject &o, const char *key, const QString &path, Problems &p)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!v.isString() || !d.isValid())
        p.add(path + QLatin1Char('.') + QLatin1String(key), QCoreApplication::translate("RecipeSet", "must be a date as \"YYYY-MM-DD\""));
    return d;
}

void readCondition(const QJsonValue &value, const QString &path, RecipeCondition &c, Problems &p)
{
    if (!value.isObject()) {
        p.add(path, QCoreApplication::translate("RecipeSet", "must be an object {\"column\", \"op\", \"value\"}"));
        return;
    }
    const QJsonObject o = value.toObject();
    unknownMembers(o, path, {"column", "op", "value"}, p);
    c.column = readString(o, "column", path, p, true);
    const QString op = readString(o, "op", path, p, true);
    bool known = op.isEmpty();
    for (ConditionOp k : kOps) {
        if (op == conditionOpName(k)) {
            c.op = k;
            known = true;
        }
    }
    if (!known)
        p.add(path + QStringLiteral(".op"), QCoreApplication::translate("RecipeSet", "unknown operator \"%1\" (one of %2)").arg(op, namesOf(kOps, conditionOpName)));
    const QJsonValue v = o.value(QStringLiteral("value"));
    const bool list = c.op == ConditionOp::In || c.op == ConditionOp::NotIn;
    QJsonArray values;
    if (v.isUndefined()) {
        p.add(path + QStringLiteral(".value"), QCoreApplication::translate("RecipeSet", "missing"));
        return;
    }
    if (list) {
        if (!v.isArray() || v.toArray().isEmpty()) {
            p.add(path + QStringLiteral(".value"), QCoreApplication::translate("RecipeSet", "\"%1\" needs a non-empty array of values").arg(op));
            return;
        }
        values = v.toArray();
    } else {
        values.append(v);
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue x = values[i];
        const QString at = list ? QStringLiteral("%1.value[%2]").arg(path).arg(i) : path + QStringLiteral(".value");
        if (x.isString()) {
            c.texts << x.toString();
            c.numbers.push_back(std::nan(""));
            c.isText.push_back(true);
        } else if (x.isDouble() || x.isBool()) {
            c.texts << QString();
            c.numbers.push_back(x.isBool() ? (x.toBool() ? 1.0 : 0.0) : x.toDouble());
            c.isText.push_back(false);
        } else {
            p.add(at, QCoreApplication::translate("RecipeSet", "must be a string, a number or a boolean, not %1").arg(jsonTypeName(x)));
        }
    }
}

void readSignal(const QJsonValue &value, const QString &path, SignalRecipe &r, Problems &p)
{
    r.path = path;
    if (!value.isObject()) {
        p.add(path, QCoreApplication::translate("RecipeSet", "must be an object"));
        return;
    }
    const QJsonObject o = value.toObject();
    r.id = readString(o, "id", path, p, true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!r.id.isEmpty() && (!idPattern.match(r.id).hasMatch() || r.id.size() > 64))
        p.add(path + QStringLiteral(".id"), QCoreApplication::translate("RecipeSet", "\"%1\" is not a signal id (lower-case letters, digits and _, starting with a letter, at most 64)").arg(r.id));
    const QString role = readString(o, "role", path, p, false);
    if (!role.isEmpty() && (!attributeRoleFromName(role, &r.role) || r.role == AttributeRole::None))
        p.add(path + QStringLiteral(".role"), QCoreApplication::translate("RecipeSet", "unknown role \"%1\" (one of %2)").arg(role, namesOf(kRoles, attributeRoleName)));

    if (o.contains(QStringLiteral("expr"))) {
        unknownMembers(o, path, {"id", "expr", "of", "weeks", "role"}, p);
        const QString expr = readString(o, "expr", path, p, true);
        for (Derivation d : kDerivations) {
            if (expr == derivationName(d))
                r.expr = d;
        }
        if (!expr.isEmpty() && r.expr == Derivation::None) {
            p.add(path + QStringLiteral(".expr"), QCoreApplication::translate("RecipeSet", "unknown expression \"%1\" (one of %2)").arg(expr, namesOf(kDerivations, derivationName)));
            return;
        }
        const QJsonValue of = o.value(QStringLiteral("of"));
        if (r.expr == Derivation::Ratio) {
            const QJsonArray a = of.toArray();
            if (!of.isArray() || a.size() != 2 || !a[0].isString() || !a[1].isString())
                p.add(path + QStringLiteral(".of"), QCoreApplication::translate("RecipeSet", "\"ratio\" needs two signal ids [A, B]"));
            else
                r.of = QStringList{a[0].toString(), a[1].toString()};
            if (o.contains(QStringLiteral("weeks")))
                p.add(path + QStringLiteral(".weeks"), QCoreApplication::translate("RecipeSet", "\"ratio\" takes no weeks"));
        } else if (r.expr != Derivation::None) {
            if (!of.isString() || of.toString().isEmpty())
                p.add(path + QStringLiteral(".of"), QCoreApplication::translate("RecipeSet", "\"%1\" needs one signal id").arg(expr));
            else
                r.of = QStringList{of.toString()};
            if (!o.contains(QStringLiteral("weeks")))
                p.add(path + QStringLiteral(".weeks"), QCoreApplication::translate("RecipeSet", "missing"));
            r.weeks = readInt(o, "weeks", path, p, 1, 520);
        }
        return;
    }

    unknownMembers(o, path, {"id", "table", "agg", "column", "where", "window_days", "role"}, p);
    r.table = readString(o, "table", path, p, true);
    const QString agg = readString(o, "agg", path, p, true);
    for (Aggregation a : kAggregations) {
        if (agg == aggregationName(a))
            r.agg = a;
    }
    if (!agg.isEmpty() && r.agg == Aggregation::None)
        p.add(path + QStringLiteral(".agg"), QCoreApplication::translate("RecipeSet", "unknown aggregation \"%1\" (one of %2)").arg(agg, namesOf(kAggregations, aggregationName)));
    r.column = readString(o, "column", path, p, false);
    if (r.agg != Aggregation::None) {
        if (r.readsColumn() && r.column.isEmpty())
            p.add(path + QStringLiteral(".column"), QCoreApplication::translate("RecipeSet", "\"%1\" needs a column").arg(agg));
        if (!r.readsColumn() && !r.column.isEmpty())
            p.add(path + QStringLiteral(".column"), QCoreApplication::translate("RecipeSet", "\"%1\" reads no column").arg(agg));
    }
    r.windowDays = readInt(o, "window_days", path, p, 1, 36500);
    const QJsonValue where = o.value(QStringLiteral("where"));
    if (!where.isUndefined()) {
        if (!where.isArray()) {
            p.add(path + QStringLiteral(".where"), QCoreApplication::translate("RecipeSet", "must be an array of conditions"));
        } else {
            const QJsonArray a = where.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                RecipeCondition c;
                readCondition(a[i], QStringLiteral("%1.where[%2]").arg(path).arg(i), c, p);
                r.where.push_back(std::move(c));
            }
        }
    }
}

} // namespace

QString aggregationName(Aggregation agg)
{
    switch (agg) {
    case Aggregation::None:
        return {};
    case Aggregation::Count:
        return QStringLiteral("count");
    case Aggregation::Sum:
        return QStringLiteral("sum");
    case Aggregation::Mean:
        return QStringLiteral("mean");
    case Aggregation::Min:
        return QStringLiteral("min");
    case Aggregation::Max:
        return QStringLiteral("max");
    case Aggregation::Distinct:
        return QStringLiteral("distinct");
    case Aggregation::Last:
        return QStringLiteral("last");
    case Aggregation::DaysSince:
        return QStringLiteral("days_since");
    case Aggregation::Open:
        return QStringLiteral("open");
    case Aggregation::OpenSum:
        return QStringLiteral("open_sum");
    }
    return {};
}

QString derivationName(Derivation expr)
{
    switch (expr) {
    case Derivation::None:
        return {};
    case Derivation::Ratio:
        return QStringLiteral("ratio");
    case Derivation::Change:
        return QStringLiteral("change");
    case Derivation::PctChange:
        return QStringLiteral("pct_change");
    case Derivation::Slope:
        return QStringLiteral("slope");
    }
    return {};
}

QString conditionOpName(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Eq:
        return QStringLiteral("==");
    case ConditionOp::Ne:
        return QStringLiteral("!=");
    case ConditionOp::Lt:
        return QStringLiteral("<");
    case ConditionOp::Le:
        return QStringLiteral("<=");
    case ConditionOp::Gt:
        return QStringLiteral(">");
    case ConditionOp::Ge:
        return QStringLiteral(">=");
    case ConditionOp::In:
        return QStringLiteral("in");
    case ConditionOp::NotIn:
        return QStringLiteral("not_in");
    }
    return {};
}

bool SignalRecipe::readsColumn() const
{
    switch (agg) {
    case Aggregation::Sum:
    case Aggregation::Mean:
    case Aggregation::Min:
    case Aggregation::Max:
    case Aggregation::Distinct:
    case Aggregation::Last:
    case Aggregation::OpenSum:
        return true;
    default:
        return false;
    }
}

int RecipeSet::indexOf(const QString &id) const
{
    for (std::size_t i = 0; i < signals.size(); ++i) {
        if (signals[i].id == id)
            return int(i);
    }
    return -1;
}

std::vector<int> RecipeSet::evaluationOrder() const
{
    std::vector<int> order;
    std::vector<std::uint8_t> state(signals.size(), 0);   // 0 new, 1 visiting, 2 done
    std::function<void(int)> visit = [&](int i) {
        if (state[std::size_t(i)] != 0)
            return;
        state[std::size_t(i)] = 1;
        for (const QString &dep : signals[std::size_t(i)].of) {
            const int d = indexOf(dep);
            if (d >= 0)
                visit(d);
        }
        state[std::size_t(i)] = 2;
        order.push_back(i);
    };
    for (std::size_t i = 0; i < signals.size(); ++i)
        visit(int(i));
    return order;
}

Result<RecipeSet> RecipeSet::parse(const QByteArray &json, const QString &source)
{
    if (auto bounded = JsonLimits::check(json, QStringLiteral("$")); !bounded)
        return fail(QStringLiteral("%1: %2").arg(source, bounded.error().message), Error::Code::Invalid);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        const QByteArray head = json.left(err.offset);
        const int line = int(head.count('\n')) + 1;
        // The offset points just past the offending character: it is that character's 1-based column.
        const int column = std::max(1, int(err.offset - (head.lastIndexOf('\n') + 1)));
        return fail(QCoreApplication::translate("RecipeSet", "%1: line %2, column %3: not valid JSON: %4").arg(source).arg(line).arg(column).arg(err.errorString()),
                    Error::Code::Invalid);
    }
    if (!doc.isObject())
        return fail(QCoreApplication::translate("RecipeSet", "%1: $: a recipes file is a JSON object").arg(source), Error::Code::Invalid);
    const QJsonObject root = doc.object();
    Problems p;
    RecipeSet set;
    unknownMembers(root, QStringLiteral("$"), {"format", "version", "grid", "accounts", "signals"}, p);
    if (root.value(QStringLiteral("format")).toString() != u"tierlab-signals")
        p.add(QStringLiteral("$.format"), QCoreApplication::translate("RecipeSet", "must be \"tierlab-signals\""));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != 1.0)
        p.add(QStringLiteral("$.version"), version.isDouble() && version.toDouble() > 1
                                               ? QCoreApplication::translate("RecipeSet", "version %1 is newer than this Tierlab reads (1)").arg(version.toDouble(), 0, 'f', 0)
                                               : QCoreApplication::translate("RecipeSet", "must be 1"));
    if (root.contains(QStringLiteral("grid"))) {
        const QJsonValue g = root.value(QStringLiteral("grid"));
        if (!g.isObject()) {
            p.add(QStringLiteral("$.grid"), QCoreApplication::translate("RecipeSet", "must be an object"));
        } else {
            const QJsonObject o = g.toObject();
            unknownMembers(o, QStringLiteral("$.grid"), {"every_days", "first", "last"}, p);
            const int every = readInt(o, "every_days", QStringLiteral("$.grid"), p, 1, 366);
            set.grid.everyDays = every > 0 ? every : 7;
            set.grid.first = readDate(o, "first", QStringLiteral("$.grid"), p);
            set.grid.last = readDate(o, "last", QStringLiteral("$.grid"), p);
            if (set.grid.first.isValid() && set.grid.last.isValid() && set.grid.last < set.grid.first)
                p.add(QStringLiteral("$.grid.last"), QCoreApplication::translate("RecipeSet", "is before $.grid.first"));
        }
    }
    if (root.contains(QStringLiteral("accounts"))) {
        const QJsonValue a = root.value(QStringLiteral("accounts"));
        if (!a.isObject()) {
            p.add(QStringLiteral("$.accounts"), QCoreApplication::translate("RecipeSet", "must be an object"));
        } else {
            const QJsonObject o = a.toObject();
            const QString path = QStringLiteral("$.accounts");
            unknownMembers(o, path, {"table", "start", "end", "name", "segment", "csm", "arr", "renewal_date"}, p);
            const QString table = readString(o, "table", path, p, false);
            if (!table.isEmpty())
                set.accounts.table = table;
            set.accounts.start = readString(o, "start", path, p, false);
            set.accounts.end = readString(o, "end", path, p, false);
            set.accounts.name = readString(o, "name", path, p, false);
            set.accounts.segment = readString(o, "segment", path, p, false);
            set.accounts.csm = readString(o, "csm", path, p, false);
            set.accounts.arr = readString(o, "arr", path, p, false);
            set.accounts.renewalDate = readString(o, "renewal_date", path, p, false);
        }
    }
    const QJsonValue signalsValue = root.value(QStringLiteral("signals"));
    if (!signalsValue.isArray() || signalsValue.toArray().isEmpty()) {
        p.add(QStringLiteral("$.signals"), QCoreApplication::translate("RecipeSet", "must be a non-empty array of signal recipes"));
    } else {
        const QJsonArray a = signalsValue.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            SignalRecipe r;
            readSignal(a[i], QStringLiteral("$.signals[%1]").arg(i), r, p);
            set.signals.push_back(std::move(r));
        }
    }
    // Ids unique, derived signals read known ids, no cycle, weeks fit the grid.
    QHash<QString, int> seen;
    QSet<AttributeRole> roles;
    for (const SignalRecipe &r : set.signals) {
        if (r.id.isEmpty())
            continue;
        if (seen.contains(r.id))
            p.add(r.path + QStringLiteral(".id"), QCoreApplication::translate("RecipeSet", "\"%1\" is used twice (also %2)").arg(r.id, set.signals[std::size_t(seen.value(r.id))].path));
        else
            seen.insert(r.id, int(&r - set.signals.data()));
        if (r.role != AttributeRole::None) {
            if (roles.contains(r.role))
                p.add(r.path + QStringLiteral(".role"), QCoreApplication::translate("RecipeSet", "another signal has the role \"%1\" already").arg(attributeRoleName(r.role)));
            roles.insert(r.role);
        }
    }
    for (const SignalRecipe &r : set.signals) {
        for (qsizetype k = 0; k < r.of.size(); ++k) {
            const int d = set.indexOf(r.of[k]);
            const QString at = r.of.size() > 1 ? QStringLiteral("%1.of[%2]").arg(r.path).arg(k) : r.path + QStringLiteral(".of");
            if (d < 0)
                p.add(at, QCoreApplication::translate("RecipeSet", "no signal \"%1\" in this file").arg(r.of[k]));
            else if (r.of[k] == r.id)
                p.add(at, QCoreApplication::translate("RecipeSet", "a signal cannot read itself"));
        }
        if (r.weeks > 0 && (7 * r.weeks) % set.grid.everyDays != 0)
            p.add(r.path + QStringLiteral(".weeks"), QCoreApplication::translate("RecipeSet", "%1 weeks (%2 days) is not a whole number of grid steps of %3 days")
                                                          .arg(r.weeks).arg(7 * r.weeks).arg(set.grid.everyDays));
    }
    // Cycles among derived signals.
    {
        std::vector<std::uint8_t> state(set.signals.size(), 0);
        std::function<bool(int)> cyclic = [&](int i) {
            if (state[std::size_t(i)] == 1)
                return true;
            if (state[std::size_t(i)] == 2)
                return false;
            state[std::size_t(i)] = 1;
            for (const QString &dep : set.signals[std::size_t(i)].of) {
                const int d = set.indexOf(dep);
                if (d >= 0 && d != i && cyclic(d))
                    return true;
            }
            state[std::size_t(i)] = 2;
            return false;
        };
        for (std::size_t i = 0; i < set.signals.size(); ++i) {
            if (state[i] == 0 && cyclic(int(i)))
                p.add(set.signals[i].path + QStringLiteral(".of"), QCoreApplication::translate("RecipeSet", "derived signals read each other in a cycle"));
        }
    }
    if (!p.empty())
        return std::unexpected(p.error(source));
    return set;
}

Result<RecipeSet> RecipeSet::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("RecipeSet", "%1: cannot read: %2").arg(path, file.errorString()), Error::Code::Io);
    if (file.size() > 16 << 20)
        return fail(QCoreApplication::translate("RecipeSet", "%1: a recipes file is at most 16 MiB").arg(path), Error::Code::Invalid);
    return parse(file.readAll(), path);
}

QByteArray RecipeSet::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("tierlab-signals")}, {QStringLiteral("version"), 1}};
    QJsonObject g{{QStringLiteral("every_days"), grid.everyDays}};
    if (grid.first.isValid())
        g.insert(QStringLiteral("first"), grid.first.toString(Qt::ISODate));
    if (grid.last.isValid())
        g.insert(QStringLiteral("last"), grid.last.toString(Qt::ISODate));
    root.insert(QStringLiteral("grid"), g);
    QJsonObject a{{QStringLiteral("table"), accounts.table}};
    const auto put = [](QJsonObject &o, const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put(a, "start", accounts.start);
    put(a, "end", accounts.end);
    put(a, "name", accounts.name);
    put(a, "segment", accounts.segment);
    put(a, "csm", accounts.csm);
    put(a, "arr", accounts.arr);
    put(a, "renewal_date", accounts.renewalDate);
    root.insert(QStringLiteral("accounts"), a);
    QJsonArray list;
    for (const SignalRecipe &r : signals) {
        QJsonObject o{{QStringLiteral("id"), r.id}};
        if (r.isDerived()) {
            o.insert(QStringLiteral("expr"), derivationName(r.expr));
            o.insert(QStringLiteral("of"), r.expr == Derivation::Ratio ? QJsonValue(QJsonArray::fromStringList(r.of))
                                                                       : QJsonValue(r.of.value(0)));
            if (r.weeks > 0)
                o.insert(QStringLiteral("weeks"), r.weeks);
        } else {
            o.insert(QStringLiteral("table"), r.table);
            o.insert(QStringLiteral("agg"), aggregationName(r.agg));
            put(o, "column", r.column);
            if (!r.where.empty()) {
                QJsonArray w;
                for (const RecipeCondition &c : r.where) {
                    QJsonArray values;
                    for (std::size_t i = 0; i < c.isText.size(); ++i)
                        values.append(c.isText[i] ? QJsonValue(c.texts[qsizetype(i)]) : QJsonValue(c.numbers[i]));
                    const bool isList = c.op == ConditionOp::In || c.op == ConditionOp::NotIn;
                    w.append(QJsonObject{{QStringLiteral("column"), c.column},
                                         {QStringLiteral("op"), conditionOpName(c.op)},
                                         {QStringLiteral("value"), isList ? QJsonValue(values) : values.first()}});
                }
                o.insert(QStringLiteral("where"), w);
            }
            if (r.windowDays > 0)
                o.insert(QStringLiteral("window_days"), r.windowDays);
        }
        if (r.role != AttributeRole::None)
            o.insert(QStringLiteral("role"), attributeRoleName(r.role));
        list.append(o);
    }
    root.insert(QStringLiteral("signals"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<std::vector<SignalType>> RecipeSet::check(const Workspace &ws, const QString &source) const
{
    auto tables = ws.eventTables();
    if (!tables)
        return std::unexpected(tables.error());
    QHash<QString, std::pair<EventTableRecord, std::vector<TableColumnInfo>>> byName;
    for (EventTableRecord &t : *tables) {
        auto columns = tableColumnsFromJson(t.columnsJson);
        if (!columns)
            return std::unexpected(columns.error());
        byName.insert(t.name, {t, std::move(*columns)});
    }
    QStringList tableNames = byName.keys();
    tableNames.sort();
    const QString known = tableNames.isEmpty() ? QCoreApplication::translate("RecipeSet", "the workspace has no tables; import them with tierlab import table")
                                               : QCoreApplication::translate("RecipeSet", "tables: %1").arg(tableNames.join(QStringLiteral(", ")));
    Problems p;
    const auto columnOf = [&](const QString &table, const QString &column) -> const TableColumnInfo * {
        for (const TableColumnInfo &c : byName[table].second) {
            if (c.name == column)
                return &c;
        }
        return nullptr;
    };
    const auto columnList = [&](const QString &table) {
        QStringList names;
        for (const TableColumnInfo &c : byName[table].second)
            names << c.name;
        return names.join(QStringLiteral(", "));
    };

    // The accounts section (optional when the workspace has no accounts table and names none).
    const QString accountsPath = QStringLiteral("$.accounts");
    const bool hasAccounts = byName.contains(accounts.table);
    const QString attributeColumns[] = {accounts.start, accounts.name, accounts.segment, accounts.csm, accounts.arr, accounts.renewalDate, accounts.end};
    const char *attributeKeys[] = {"start", "name", "segment", "csm", "arr", "renewal_date", "end"};
    for (std::size_t i = 0; i < std::size(attributeColumns); ++i) {
        if (attributeColumns[i].isEmpty())
            continue;
        const QString at = accountsPath + QLatin1Char('.') + QLatin1String(attributeKeys[i]);
        if (!hasAccounts) {
            p.add(at, QCoreApplication::translate("RecipeSet", "no accounts table \"%1\" in the workspace (%2)").arg(accounts.table, known));
            continue;
        }
        const TableColumnInfo *c = columnOf(accounts.table, attributeColumns[i]);
        if (!c) {
            p.add(at, QCoreApplication::translate("RecipeSet", "table \"%1\" has no column \"%2\" (columns: %3)").arg(accounts.table, attributeColumns[i], columnList(accounts.table)));
            continue;
        }
        const bool wantsDate = i == 0 || i == 5 || i == 6;
        if (wantsDate && c->type != ValueType::Date)
            p.add(at, QCoreApplication::translate("RecipeSet", "column \"%1\" holds %2 values, not dates (an empty column reads as dates when the "
                                                                "table is imported with --time or --end naming it)")
                          .arg(c->name, valueTypeName(c->type)));
        if (i == 4 && c->type != ValueType::Number)
            p.add(at, QCoreApplication::translate("RecipeSet", "column \"%1\" holds %2 values, not numbers").arg(c->name, valueTypeName(c->type)));
    }

    std::vector<SignalType> types(signals.size(), SignalType::Number);
    for (std::size_t i = 0; i < signals.size(); ++i) {
        const SignalRecipe &r = signals[i];
        if (r.isDerived())
            continue;
        if (!byName.contains(r.table)) {
            p.add(r.path + QStringLiteral(".table"), QCoreApplication::translate("RecipeSet", "no table \"%1\" (%2)").arg(r.table, known));
            continue;
        }
        const EventTableRecord &t = byName[r.table].first;
        if (t.timeColumn.isEmpty())
            p.add(r.path + QStringLiteral(".table"), QCoreApplication::translate("RecipeSet", "table \"%1\" was imported without --time: its rows have no date to build weeks from").arg(r.table));
        if ((r.agg == Aggregation::Open || r.agg == Aggregation::OpenSum) && t.endColumn.isEmpty())
            p.add(r.path + QStringLiteral(".agg"), QCoreApplication::translate("RecipeSet", "\"%1\" needs a table with an end time (imported with --end); \"%2\" has none")
                                                       .arg(aggregationName(r.agg), r.table));
        if (r.readsColumn() && !r.column.isEmpty()) {
            const TableColumnInfo *c = columnOf(r.table, r.column);
            if (!c) {
                p.add(r.path + QStringLiteral(".column"), QCoreApplication::translate("RecipeSet", "table \"%1\" has no column \"%2\" (columns: %3)").arg(r.table, r.column, columnList(r.table)));
            } else {
                const bool numeric = c->type == ValueType::Number || c->type == ValueType::Flag;
                const bool needsNumber = r.agg == Aggregation::Sum || r.agg == Aggregation::Mean || r.agg == Aggregation::OpenSum;
                const bool ordered = r.agg == Aggregation::Min || r.agg == Aggregation::Max;
                if (needsNumber && !numeric)
                    p.add(r.path + QStringLiteral(".column"), QCoreApplication::translate("RecipeSet", "\"%1\" needs a number column; \"%2\" holds %3 values")
                                                                  .arg(aggregationName(r.agg), r.column, valueTypeName(c->type)));
                if (ordered && !numeric && c->type != ValueType::Date)
                    p.add(r.path + QStringLiteral(".column"), QCoreApplication::translate("RecipeSet", "\"%1\" needs a number or date column; \"%2\" holds %3 values")
                                                                  .arg(aggregationName(r.agg), r.column, valueTypeName(c->type)));
                if (r.agg == Aggregation::Last && c->type == ValueType::Category)
                    types[i] = SignalType::Category;
                // A flag stays a flag where the aggregation returns one of its values.
                if ((r.agg == Aggregation::Last || ordered) && c->type == ValueType::Flag)
                    types[i] = SignalType::Flag;
            }
        }
        for (std::size_t k = 0; k < r.where.size(); ++k) {
            const RecipeCondition &cond = r.where[k];
            const QString at = QStringLiteral("%1.where[%2]").arg(r.path).arg(k);
            if (cond.column.isEmpty())
                continue;
            const TableColumnInfo *c = columnOf(r.table, cond.column);
            if (!c) {
                p.add(at + QStringLiteral(".column"), QCoreApplication::translate("RecipeSet", "table \"%1\" has no column \"%2\" (columns: %3)").arg(r.table, cond.column, columnList(r.table)));
                continue;
            }
            const bool text = c->type == ValueType::Category;
            const bool ordering = cond.op == ConditionOp::Lt || cond.op == ConditionOp::Le || cond.op == ConditionOp::Gt
                                  || cond.op == ConditionOp::Ge;
            if (text && ordering)
                p.add(at + QStringLiteral(".op"), QCoreApplication::translate("RecipeSet", "\"%1\" compares numbers or dates; \"%2\" is a text column").arg(conditionOpName(cond.op), c->name));
            for (std::size_t v = 0; v < cond.isText.size(); ++v) {
                const QString vat = cond.isText.size() > 1 || cond.op == ConditionOp::In || cond.op == ConditionOp::NotIn
                                        ? QStringLiteral("%1.value[%2]").arg(at).arg(v)
                                        : at + QStringLiteral(".value");
                if (text && !cond.isText[v])
                    p.add(vat, QCoreApplication::translate("RecipeSet", "column \"%1\" holds text: compare it with a string").arg(c->name));
                else if (c->type == ValueType::Date && (!cond.isText[v] || !QDate::fromString(cond.texts[qsizetype(v)], Qt::ISODate).isValid()))
                    p.add(vat, QCoreApplication::translate("RecipeSet", "column \"%1\" holds dates: compare it with a date as \"YYYY-MM-DD\"").arg(c->name));
                else if ((c->type == ValueType::Number || c->type == ValueType::Flag) && cond.isText[v])
                    p.add(vat, QCoreApplication::translate("RecipeSet", "column \"%1\" holds %2 values: compare it with a number%3")
                                   .arg(c->name, valueTypeName(c->type), c->type == ValueType::Flag ? QCoreApplication::translate("RecipeSet", " or a boolean") : QString()));
            }
        }
    }
    for (const int i : evaluationOrder()) {
        const SignalRecipe &r = signals[std::size_t(i)];
        for (qsizetype k = 0; k < r.of.size(); ++k) {
            const int d = indexOf(r.of[k]);
            if (d >= 0 && types[std::size_t(d)] == SignalType::Category)
                p.add(r.of.size() > 1 ? QStringLiteral("%1.of[%2]").arg(r.path).arg(k) : r.path + QStringLiteral(".of"),
                      QCoreApplication::translate("RecipeSet", "\"%1\" is a text signal; \"%2\" needs numbers").arg(r.of[k], derivationName(r.expr)));
        }
    }
    for (std::size_t i = 0; i < signals.size(); ++i) {
        const SignalRecipe &r = signals[i];
        const bool text = types[i] == SignalType::Category;
        if ((r.role == AttributeRole::Csm || r.role == AttributeRole::Segment || r.role == AttributeRole::Name) && !text)
            p.add(r.path + QStringLiteral(".role"), QCoreApplication::translate("RecipeSet", "the role \"%1\" needs a text signal (\"last\" of a text column)").arg(attributeRoleName(r.role)));
        if ((r.role == AttributeRole::Arr || r.role == AttributeRole::RenewalDate) && text)
            p.add(r.path + QStringLiteral(".role"), QCoreApplication::translate("RecipeSet", "the role \"%1\" needs a number signal").arg(attributeRoleName(r.role)));
        if (r.role == AttributeRole::RenewalDate) {
            const TableColumnInfo *c = r.isDerived() || !byName.contains(r.table) ? nullptr : columnOf(r.table, r.column);
            if (!c || c->type != ValueType::Date)
                p.add(r.path + QStringLiteral(".role"), QCoreApplication::translate("RecipeSet", "the role \"renewal_date\" needs min, max or last of a date column"));
        }
    }
    if (!p.empty())
        return std::unexpected(p.error(source));
    return types;
}

} // namespace tierlab
