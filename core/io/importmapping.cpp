#include "importmapping.h"

#include "common/jsonlimits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>

namespace tierlab {

namespace {

struct RoleName
{
    ColumnRole role;
    const char *name;
};

constexpr RoleName kRoleNames[] = {
    {ColumnRole::Ignore, "ignore"},       {ColumnRole::AccountId, "account_id"},
    {ColumnRole::AsOf, "as_of"},          {ColumnRole::Name, "name"},
    {ColumnRole::Csm, "csm"},             {ColumnRole::Segment, "segment"},
    {ColumnRole::Arr, "arr"},             {ColumnRole::RenewalDate, "renewal_date"},
    {ColumnRole::Signal, "signal"},       {ColumnRole::Label, "label"},
    {ColumnRole::OutcomeDate, "date"},    {ColumnRole::OutcomeKind, "kind"},
    {ColumnRole::ArrChange, "arr_change"},
};

std::string dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Iso:
        return "iso";
    case DateOrder::MonthDayYear:
        return "mdy";
    case DateOrder::DayMonthYear:
        return "dmy";
    }
    return "iso";
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

bool in(const QString &id, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *n : names) {
        if (id == QStringView(n))
            return true;
    }
    return false;
}

} // namespace

QString importKindName(ImportKind kind)
{
    return kind == ImportKind::Outcomes ? QStringLiteral("outcomes") : QStringLiteral("snapshots");
}

QString columnRoleName(ColumnRole role)
{
    for (const RoleName &r : kRoleNames) {
        if (r.role == role)
            return QString::fromLatin1(r.name);
    }
    return {};
}

bool columnRoleFromName(const QString &name, ColumnRole *role)
{
    for (const RoleName &r : kRoleNames) {
        if (name == QLatin1StringView(r.name)) {
            *role = r.role;
            return true;
        }
    }
    return false;
}

int ImportMapping::columnWithRole(ColumnRole role) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].role == role)
            return int(i);
    }
    return -1;
}

const ColumnMapping *ImportMapping::column(const QString &header) const
{
    for (const ColumnMapping &c : columns) {
        if (c.header == header)
            return &c;
    }
    return nullptr;
}

QByteArray ImportMapping::toJson() const
{
    nlohmann::ordered_json j;
    j["version"] = 1;
    j["kind"] = toStd(importKindName(kind));
    j["delimiter"] = delimiter ? std::string(1, delimiter) : std::string();
    j["decimal"] = decimalStyle == DecimalStyle::Comma ? "comma" : "point";
    j["as_of"] = asOf.isValid() ? nlohmann::ordered_json(toStd(asOf.toString(Qt::ISODate))) : nlohmann::ordered_json();
    j["label_positive"] = toStd(labelPositive);
    j["default_outcome_kind"] = toStd(outcomeKindName(defaultOutcomeKind));
    j["row_number_ids"] = rowNumberIds;
    auto &cols = j["columns"] = nlohmann::ordered_json::array();
    for (const ColumnMapping &c : columns) {
        nlohmann::ordered_json o;
        o["header"] = toStd(c.header);
        o["role"] = toStd(columnRoleName(c.role));
        o["type"] = toStd(valueTypeName(c.type));
        if (c.type == ValueType::Date)
            o["date_order"] = dateOrderName(c.dateOrder);
        if (c.role == ColumnRole::Signal)
            o["signal_id"] = toStd(c.signalId);
        cols.push_back(std::move(o));
    }
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray &json)
{
    // Exceptions stay inside: a bad file is an error value naming the JSON path.
    QString where = QStringLiteral("/");
    if (auto bounded = JsonLimits::check(json); !bounded)
        return std::unexpected(bounded.error());
    try {
        const auto j = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        if (!j.is_object())
            return fail(QCoreApplication::translate("ImportMapping", "a mapping must be a JSON object"), Error::Code::Invalid);
        ImportMapping m;
        where = QStringLiteral("/kind");
        const QString kind = fromStd(j.value("kind", std::string("snapshots")));
        if (kind == u"outcomes")
            m.kind = ImportKind::Outcomes;
        else if (kind != u"snapshots")
            return fail(QCoreApplication::translate("ImportMapping", "/kind: unknown import kind \"%1\"")
                            .arg(kind), Error::Code::Invalid);
        where = QStringLiteral("/delimiter");
        const std::string delim = j.value("delimiter", std::string());
        if (delim.size() > 1 || (delim.size() == 1 && std::string_view(",;\t|").find(delim[0]) == std::string_view::npos))
            return fail(QCoreApplication::translate("ImportMapping", "/delimiter: must be one of , ; tab |"), Error::Code::Invalid);
        m.delimiter = delim.empty() ? 0 : delim[0];
        where = QStringLiteral("/decimal");
        m.decimalStyle = j.value("decimal", std::string("point")) == "comma" ? DecimalStyle::Comma : DecimalStyle::Point;
        where = QStringLiteral("/as_of");
        if (j.contains("as_of") && !j["as_of"].is_null()) {
            m.asOf = QDate::fromString(fromStd(j["as_of"].get<std::string>()), Qt::ISODate);
            if (!m.asOf.isValid())
                return fail(QCoreApplication::translate("ImportMapping", "/as_of: not an ISO date"), Error::Code::Invalid);
        }
        where = QStringLiteral("/label_positive");
        m.labelPositive = fromStd(j.value("label_positive", std::string()));
        where = QStringLiteral("/default_outcome_kind");
        const auto k = outcomeKindFromText(fromStd(j.value("default_outcome_kind", std::string("churned"))));
        if (!k)
            return fail(QCoreApplication::translate("ImportMapping", "/default_outcome_kind: unknown outcome kind"), Error::Code::Invalid);
        m.defaultOutcomeKind = *k;
        where = QStringLiteral("/row_number_ids");
        m.rowNumberIds = j.value("row_number_ids", false);
        where = QStringLiteral("/columns");
        if (!j.contains("columns") || !j["columns"].is_array())
            return fail(QCoreApplication::translate("ImportMapping", "/columns: a list of columns is required"), Error::Code::Invalid);
        int i = 0;
        for (const auto &c : j["columns"]) {
            where = QStringLiteral("/columns/%1").arg(i);
            ColumnMapping cm;
            cm.header = fromStd(c.at("header").get<std::string>());
            const QString role = fromStd(c.value("role", std::string("signal")));
            if (!columnRoleFromName(role, &cm.role))
                return fail(QCoreApplication::translate("ImportMapping", "%1/role: unknown role \"%2\"")
                                .arg(where, role), Error::Code::Invalid);
            const QString type = fromStd(c.value("type", std::string("category")));
            if (!valueTypeFromName(type, &cm.type))
                return fail(QCoreApplication::translate("ImportMapping", "%1/type: unknown type \"%2\"")
                                .arg(where, type), Error::Code::Invalid);
            const std::string order = c.value("date_order", std::string("iso"));
            cm.dateOrder = order == "mdy" ? DateOrder::MonthDayYear
                                          : order == "dmy" ? DateOrder::DayMonthYear : DateOrder::Iso;
            cm.signalId = fromStd(c.value("signal_id", std::string()));
            if (cm.role == ColumnRole::Signal && cm.signalId.isEmpty())
                cm.signalId = normaliseId(cm.header, i + 1);
            m.columns.push_back(std::move(cm));
            ++i;
        }
        return m;
    } catch (const nlohmann::json::exception &e) {
        return fail(QCoreApplication::translate("ImportMapping", "%1: invalid mapping: %2")
                        .arg(where, QString::fromUtf8(e.what())), Error::Code::Invalid);
    }
}

Result<void> ImportMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ImportMapping", "%1: cannot write the mapping: %2")
                        .arg(path, file.errorString()), Error::Code::Io);
    file.write(toJson());
    if (!file.commit())
        return fail(QCoreApplication::translate("ImportMapping", "%1: cannot write the mapping: %2")
                        .arg(path, file.errorString()), Error::Code::Io);
    return {};
}

Result<ImportMapping> ImportMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("ImportMapping", "%1: cannot open the mapping: %2")
                        .arg(path, file.errorString()), Error::Code::Io);
    auto m = fromJson(file.readAll());
    if (!m)
        return fail(QStringLiteral("%1: %2").arg(path, m.error().message), m.error().code);
    return m;
}

QString ImportMapping::headerKey(const QStringList &header)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &h : header) {
        hash.addData(h.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString ImportMapping::normaliseId(const QString &header, int position)
{
    const QString lower = header.toLower();
    QString id;
    id.reserve(lower.size());
    bool pendingUnderscore = false;
    for (QChar c : lower) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (pendingUnderscore && !id.isEmpty())
                id.append(u'_');
            pendingUnderscore = false;
            id.append(c);
        } else {
            pendingUnderscore = true;   // leading and trailing runs vanish
        }
    }
    if (id.isEmpty())
        return QStringLiteral("column_%1").arg(position);
    if (id.front().isDigit())
        id.prepend(u"c_");
    return id;
}

QStringList ImportMapping::signalIds(const QStringList &headers)
{
    QStringList ids;
    QSet<QString> used;
    for (int i = 0; i < headers.size(); ++i) {
        const QString base = normaliseId(headers[i], i + 1);
        QString id = base;
        for (int n = 2; used.contains(id); ++n)
            id = base + u'_' + QString::number(n);
        used.insert(id);
        ids.append(id);
    }
    return ids;
}

ColumnRole ImportMapping::suggestRole(const QString &id, ValueType type, ImportKind kind, bool labelValues)
{
    if (in(id, {u"account_id", u"id", u"customer_id", u"customerid", u"account", u"accountid", u"client_id"}))
        return ColumnRole::AccountId;
    if (kind == ImportKind::Outcomes) {
        if (in(id, {u"date", u"churn_date", u"event_date", u"outcome_date", u"as_of", u"closed_date"}))
            return ColumnRole::OutcomeDate;
        if (in(id, {u"kind", u"outcome", u"event", u"event_type", u"type", u"outcome_kind"}))
            return ColumnRole::OutcomeKind;
        if (in(id, {u"arr_change", u"arr_delta", u"arr_impact", u"delta_arr"}))
            return ColumnRole::ArrChange;
        return ColumnRole::Ignore;
    }
    // An explicit as_of name wins even if a bad value kept the column from reading as dates:
    // the import then rejects those rows with their line. A bare "date" must read as dates.
    if (in(id, {u"as_of", u"asof", u"as_of_date", u"snapshot_date"}) || (type == ValueType::Date && id == u"date"))
        return ColumnRole::AsOf;
    if (in(id, {u"name", u"account_name", u"customer_name", u"company", u"company_name"}))
        return ColumnRole::Name;
    if (in(id, {u"csm", u"owner", u"account_owner", u"csm_name"}))
        return ColumnRole::Csm;
    if (in(id, {u"segment"}))
        return ColumnRole::Segment;
    if (in(id, {u"arr", u"annual_recurring_revenue"}))
        return ColumnRole::Arr;
    if (in(id, {u"renewal_date", u"renewal"}))
        return ColumnRole::RenewalDate;
    if ((type == ValueType::Flag || labelValues) && in(id, {u"churn", u"churned", u"churn_flag", u"churn_label", u"is_churned"}))
        return ColumnRole::Label;
    return ColumnRole::Signal;
}

} // namespace tierlab
