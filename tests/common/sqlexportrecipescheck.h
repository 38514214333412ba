#pragma once

// What the recipes' SQL tests share (tst_sqlexportrecipes, on SQLite and PostgreSQL): workspaces of
// event tables — the demo's raw exports and hand-made tables on the point-in-time semantics' corners —
// with their recipes, and the comparison of the view's rows with SignalComputer's values.
#include "sqlexportdb.h"

#include "demo/demorawexport.h"
#include "recipes/recipeset.h"
#include "recipes/signalcomputer.h"
#include "tables/tableimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <random>
#include <set>

// moc reads this header with the test and stumbles on the raw string literals: it needs nothing here.
#ifndef Q_MOC_RUN

namespace tierlab::test {


struct Fixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> ws;
    QByteArray recipes;
};

inline TableImportRequest request(const QString &name, const char *key, const char *time, const char *end = nullptr, const char *via = nullptr)
{
    TableImportRequest r;
    r.name = name;
    r.keyColumn = QString::fromLatin1(key);
    r.timeColumn = time ? QString::fromLatin1(time) : QString();
    r.endColumn = end ? QString::fromLatin1(end) : QString();
    r.via = via ? QString::fromLatin1(via) : QString();
    return r;
}

inline QString importCsv(Fixture &f, const QString &file, const QByteArray &csv, const TableImportRequest &r)
{
    const QString path = f.dir->filePath(file);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size())
        return QStringLiteral("cannot write %1").arg(path);
    out.close();
    auto s = TableImporter(*f.ws).run(path, r);
    return s ? QString() : s.error().message;
}

inline Result<Fixture> newFixture()
{
    Fixture f;
    f.dir = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::open(f.dir->filePath(QStringLiteral("w.tierlab")), Workspace::OpenMode::CreateNew);
    if (!ws)
        return std::unexpected(ws.error());
    f.ws = std::move(*ws);
    return f;
}

// The demo's raw exports imported as the README does.
inline Result<Fixture> demoFixture(int accounts, int weeks)
{
    auto f = newFixture();
    if (!f)
        return f;
    DemoOptions o;
    o.accounts = accounts;
    o.weeks = weeks;
    const QString raw = f->dir->filePath(QStringLiteral("raw"));
    if (auto w = DemoRawExport::write(raw, o); !w)
        return std::unexpected(w.error());
    struct Spec
    {
        const char *name, *time, *end;
    };
    const Spec specs[] = {{"accounts", "signup_date", "churn_date"}, {"product_usage", "week", nullptr},
                          {"support_tickets", "opened_at", "closed_at"}, {"csm_activities", "date", nullptr},
                          {"contact_changes", "date", nullptr}, {"nps_responses", "responded_at", nullptr},
                          {"billing_aging", "week", nullptr}, {"marketing_engagement", "week", nullptr}};
    for (const Spec &s : specs) {
        const QString name = QString::fromLatin1(s.name);
        auto r = TableImporter(*f->ws).run(raw + u'/' + name + QStringLiteral(".csv"), request(name, "account_id", s.time, s.end));
        if (!r)
            return std::unexpected(r.error());
    }
    f->recipes = DemoRawExport::recipesJson(o);
    return f;
}

inline constexpr char kOddTable[] = "odd \"t\"; DROP TABLE events; --";

// Hand-made tables whose rows sit on the semantics' corners (see the comments in the CSV).
inline Result<Fixture> cornerFixture()
{
    auto f = newFixture();
    if (!f)
        return f;
    const std::pair<QString, std::pair<QByteArray, TableImportRequest>> tables[] = {
        // A2 twice: its start is the earliest (01-08), its end and name the last row's (02-13). A3 has no
        // start (its first row), A4 starts after the grid, A5 has no start and no row.
        {QStringLiteral("accounts.csv"),
         {"account_id,name,segment,signup,end_date\nA1,Alpha,SMB,2024-01-01,\nA2,Beta,Ent,2024-01-10,2024-02-12\n"
          "A3,\"Gamma \"\"q\"\"; --\",SMB,,\nA4,Delta,Ent,2024-05-01,\nA2,Beta2,Ent,2024-01-08,2024-02-13\nA5,Eps,SMB,,\n",
          request(QStringLiteral("accounts"), "account_id", nullptr)}},
        // Ties on 01-29 (file order decides `last`), a date-time, rows exactly 14 days before a grid
        // date and on it, closed on the grid date and the day after, missing cells, an unknown key.
        {QStringLiteral("events.csv"),
         {"account_id,at,closed,kind,amount,flag,when\n"
          "A1,2024-01-01,2024-01-15,a,1,yes,2024-01-02\n"
          "A1,2024-01-15,2024-01-22,b,2.5,no,2024-01-20\n"
          "A1,2024-01-22 18:30:00,,c,NA,yes,\n"
          "A1,2024-01-29,2024-01-30,a,3,no,2024-01-21\n"
          "A1,2024-01-29,,b,-0.5,yes,2024-02-01\n"
          "A1,2024-02-05,2024-02-05,a,4,,2024-01-19\n"
          "A2,2024-01-09,2024-01-16,a,5,yes,2024-01-05\n"
          "A2,2024-01-16,,c,2,no,2024-01-25\n"
          "A2,2024-02-12,,a,7,yes,2024-02-12\n"
          "A3,2024-01-03,2024-01-04,b,1,yes,2024-01-03\n"
          "A3,2024-01-29 08:00:00,,b,1,no,2024-01-29\n"
          "A3,2024-01-29 07:00:00,2024-03-01,a,6,yes,2024-01-29\n"
          "A3,2024-02-20,,,3,yes,2024-02-20\n"
          "ZZ,2024-01-05,,a,9,yes,2024-01-05\n"
          "A1,2024-03-03,,b,2,no,2024-03-03\n",
          request(QStringLiteral("events"), "account_id", "at", "closed")}},
        // S1 twice: its first row (A1) wins; S9 belongs to no account, S7 to no subscription.
        {QStringLiteral("subs.csv"),
         {"sub_id,account_id,start,plan\nS1,A1,2024-01-01,gold\nS2,A3,2024-01-02,silver\nS1,A2,2024-01-03,gold\nS9,ZZ,2024-01-04,bronze\n",
          request(QStringLiteral("subs"), "account_id", "start")}},
        {QStringLiteral("usage.csv"),
         {"sub_id,day,n\nS1,2024-01-05,3\nS2,2024-01-06,4\nS1,2024-01-20,2\nS9,2024-01-07,5\nS7,2024-01-08,1\nS2,2024-02-19,6\n",
          request(QStringLiteral("usage"), "sub_id", "day", nullptr, "subs")}},
        {QStringLiteral("odd.csv"),
         {"account_id,at,\"v\"\"; --\",w %2 %1\nA1,2024-01-08,1.5,1\nA2,2024-01-20,2,0\nA1,2024-01-09,0.25,3\n",
          request(QString::fromUtf8(kOddTable), "account_id", "at")}},
    };
    for (const auto &[file, spec] : tables) {
        if (QString e = importCsv(*f, file, spec.first, spec.second); !e.isEmpty())
            return fail(e);
    }
    f->recipes = R"({"format": "tierlab-signals", "version": 1,
 "grid": {"every_days": 7, "first": "2024-01-01"},
 "accounts": {"table": "accounts", "start": "signup", "end": "end_date", "name": "name", "segment": "segment"},
 "signals": [
  {"id": "cnt_14", "table": "events", "agg": "count", "window_days": 14},
  {"id": "cnt_all", "table": "events", "agg": "count"},
  {"id": "sum_30", "table": "events", "agg": "sum", "column": "amount", "window_days": 30, "role": "arr"},
  {"id": "mean_all", "table": "events", "agg": "mean", "column": "amount"},
  {"id": "min_amt", "table": "events", "agg": "min", "column": "amount", "window_days": 21},
  {"id": "max_amt", "table": "events", "agg": "max", "column": "amount"},
  {"id": "min_when", "table": "events", "agg": "min", "column": "when"},
  {"id": "max_flag", "table": "events", "agg": "max", "column": "flag", "window_days": 7},
  {"id": "kinds_30", "table": "events", "agg": "distinct", "column": "kind", "window_days": 30},
  {"id": "amounts", "table": "events", "agg": "distinct", "column": "amount"},
  {"id": "last_kind", "table": "events", "agg": "last", "column": "kind"},
  {"id": "last_amt", "table": "events", "agg": "last", "column": "amount", "window_days": 21},
  {"id": "last_flag", "table": "events", "agg": "last", "column": "flag"},
  {"id": "last_when", "table": "events", "agg": "last", "column": "when", "role": "renewal_date"},
  {"id": "recent_kind", "table": "events", "agg": "last", "column": "kind", "window_days": 7, "role": "segment"},
  {"id": "since", "table": "events", "agg": "days_since"},
  {"id": "since_a", "table": "events", "agg": "days_since", "where": [{"column": "kind", "op": "==", "value": "a"}]},
  {"id": "open_n", "table": "events", "agg": "open"},
  {"id": "open_14", "table": "events", "agg": "open", "window_days": 14},
  {"id": "open_amt", "table": "events", "agg": "open_sum", "column": "amount"},
  {"id": "w_ne", "table": "events", "agg": "count", "where": [{"column": "kind", "op": "!=", "value": "b"}]},
  {"id": "w_in", "table": "events", "agg": "count", "where": [{"column": "kind", "op": "in", "value": ["a", "c"]}]},
  {"id": "w_not_in", "table": "events", "agg": "count", "where": [{"column": "kind", "op": "not_in", "value": ["a", "x'; --", "%1 %2"]}]},
  {"id": "w_lt", "table": "events", "agg": "sum", "column": "amount", "where": [{"column": "amount", "op": "<", "value": 3}]},
  {"id": "w_le_ge", "table": "events", "agg": "count", "where": [{"column": "amount", "op": "<=", "value": 5}, {"column": "amount", "op": ">=", "value": -0.5}]},
  {"id": "w_gt", "table": "events", "agg": "count", "where": [{"column": "amount", "op": ">", "value": 2}]},
  {"id": "w_eq_num", "table": "events", "agg": "count", "where": [{"column": "amount", "op": "==", "value": 1}]},
  {"id": "w_in_num", "table": "events", "agg": "count", "where": [{"column": "amount", "op": "in", "value": [1, 2.5]}]},
  {"id": "w_flag", "table": "events", "agg": "count", "where": [{"column": "flag", "op": "==", "value": true}]},
  {"id": "w_flag_ne", "table": "events", "agg": "count", "where": [{"column": "flag", "op": "!=", "value": 1}]},
  {"id": "w_date", "table": "events", "agg": "count", "where": [{"column": "when", "op": "<=", "value": "2024-01-20"}]},
  {"id": "w_date_gt", "table": "events", "agg": "count", "where": [{"column": "when", "op": ">", "value": "2024-01-21"}]},
  {"id": "w_date_eq", "table": "events", "agg": "count", "where": [{"column": "when", "op": "==", "value": "2024-01-29"}]},
  {"id": "usage_sum", "table": "usage", "agg": "sum", "column": "n", "window_days": 30},
  {"id": "usage_n", "table": "usage", "agg": "count"},
  {"id": "odd_sum", "table": "odd \"t\"; DROP TABLE events; --", "agg": "sum", "column": "v\"; --", "where": [{"column": "w %2 %1", "op": ">", "value": 0}]},
  {"id": "plan", "table": "subs", "agg": "last", "column": "plan"},
  {"id": "ratio_amt", "expr": "ratio", "of": ["sum_30", "cnt_all"]},
  {"id": "ratio_zero", "expr": "ratio", "of": ["cnt_all", "w_gt"]},
  {"id": "chg", "expr": "change", "of": "cnt_all", "weeks": 2},
  {"id": "chg_last", "expr": "change", "of": "last_amt", "weeks": 2},
  {"id": "pct", "expr": "pct_change", "of": "sum_30", "weeks": 2},
  {"id": "slope_cnt", "expr": "slope", "of": "cnt_all", "weeks": 4},
  {"id": "slope_ratio", "expr": "slope", "of": "ratio_amt", "weeks": 6},
  {"id": "slope_mean", "expr": "slope", "of": "mean_all", "weeks": 4}
 ]})";
    return f;
}

inline QByteArray replaced(QByteArray json, const char *from, const char *to)
{
    return json.replace(from, to);
}

// Random recipes over a workspace's dated tables: every aggregation on columns of the types it takes,
// `where` conditions with values drawn from the columns (and some that match nothing), windows around
// the grid step, derived signals of every kind over the earlier ones; a grid of `everyDays` from
// `first`. Recipes the workspace does not take are drawn again.
inline QByteArray randomRecipes(quint64 seed, const Workspace &ws, int everyDays, const QString &first)
{
    std::mt19937_64 rng(seed);
    const auto pick = [&](std::size_t n) { return std::size_t(rng() % n); };
    const auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    std::vector<EventTable> tables;
    for (const EventTableRecord &rec : ws.eventTables().value_or(std::vector<EventTableRecord>())) {
        if (rec.timeColumn.isEmpty())
            continue;
        if (auto t = EventTable::load(ws, rec.name))
            tables.push_back(std::move(*t));
    }
    if (tables.empty())
        return {};
    const auto valueOf = [&](const EventTable &t, const EventColumn &c) -> QJsonValue {
        for (int tries = 0; tries < 20 && t.rows > 0; ++tries) {
            const std::size_t r = pick(t.rows);
            if (c.isMissing(r))
                continue;
            if (c.isText())
                return c.dictionary[std::size_t(c.codes[r])];
            if (c.info.type == ValueType::Flag)
                return c.numbers[r] != 0;
            if (c.info.type == ValueType::Date)
                return QDate::fromJulianDay(dayOf(c.numbers[r])).toString(Qt::ISODate);
            return c.numbers[r];
        }
        if (c.isText())
            return QStringLiteral("none'; --");
        if (c.info.type == ValueType::Date)
            return QStringLiteral("2024-01-20");
        return c.info.type == ValueType::Flag ? QJsonValue(true) : QJsonValue(2.5);
    };
    const char *aggs[] = {"count", "sum", "mean", "min", "max", "distinct", "last", "days_since", "open", "open_sum"};
    const char *textOps[] = {"==", "!=", "in", "not_in"};
    const char *ops[] = {"==", "!=", "<", "<=", ">", ">=", "in", "not_in"};
    const int windows[] = {0, 0, 1, everyDays - 1, everyDays, everyDays + 1, 2 * everyDays, 30};
    QJsonArray signalList;
    std::vector<QString> numeric;   // ids of number signals, for derived ones
    for (int i = 0; i < 24; ++i) {
        QJsonObject o;
        const QString id = QStringLiteral("r%1").arg(i);
        o.insert(QStringLiteral("id"), id);
        if (numeric.size() >= 2 && chance(0.3)) {
            const char *exprs[] = {"ratio", "change", "pct_change", "slope"};
            const QString expr = QString::fromLatin1(exprs[pick(4)]);
            o.insert(QStringLiteral("expr"), expr);
            const QString a = numeric[pick(numeric.size())];
            if (expr == u"ratio") {
                o.insert(QStringLiteral("of"), QJsonArray{a, numeric[pick(numeric.size())]});
            } else {
                o.insert(QStringLiteral("of"), a);
                const int step = everyDays % 7 == 0 ? everyDays / 7 : everyDays;   // weeks × 7 whole grid steps
                o.insert(QStringLiteral("weeks"), step * int(1 + pick(4)));
            }
            signalList.append(o);
            numeric.push_back(id);
            continue;
        }
        const EventTable &t = tables[pick(tables.size())];
        o.insert(QStringLiteral("table"), t.record.name);
        const QString agg = QString::fromLatin1(aggs[pick(std::size(aggs))]);
        if ((agg == u"open" || agg == u"open_sum") && t.endColumn() < 0) {
            --i;
            continue;
        }
        o.insert(QStringLiteral("agg"), agg);
        bool text = false;
        if (agg != u"count" && agg != u"days_since" && agg != u"open") {
            std::vector<const EventColumn *> fit;
            for (const EventColumn &c : t.columns) {
                const bool number = c.info.type == ValueType::Number || c.info.type == ValueType::Flag;
                if (agg == u"sum" || agg == u"mean" || agg == u"open_sum" ? number
                    : agg == u"min" || agg == u"max"                     ? number || c.info.type == ValueType::Date
                                                                         : true)
                    fit.push_back(&c);
            }
            if (fit.empty()) {
                --i;
                continue;
            }
            const EventColumn *c = fit[pick(fit.size())];
            o.insert(QStringLiteral("column"), c->info.name);
            text = agg == u"last" && c->isText();
        }
        const int window = windows[pick(std::size(windows))];
        if (window > 0)
            o.insert(QStringLiteral("window_days"), window);
        QJsonArray where;
        for (std::size_t k = pick(3); k > 0; --k) {
            const EventColumn &c = t.columns[pick(t.columns.size())];
            const QString op = QString::fromLatin1(c.isText() ? textOps[pick(4)] : ops[pick(8)]);
            QJsonValue value = valueOf(t, c);
            if (op == u"in" || op == u"not_in") {
                QJsonArray values{value};
                for (std::size_t extra = pick(3); extra > 0; --extra)
                    values.append(valueOf(t, c));
                value = values;
            }
            where.append(QJsonObject{{QStringLiteral("column"), c.info.name}, {QStringLiteral("op"), op}, {QStringLiteral("value"), value}});
        }
        if (!where.isEmpty())
            o.insert(QStringLiteral("where"), where);
        signalList.append(o);
        if (!text)
            numeric.push_back(id);
    }
    QJsonObject grid{{QStringLiteral("every_days"), everyDays}};
    if (!first.isEmpty())
        grid.insert(QStringLiteral("first"), first);
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("tierlab-signals")}, {QStringLiteral("version"), 1},
                           {QStringLiteral("grid"), grid}, {QStringLiteral("signals"), signalList}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// The attributes of one account-week as the snapshots give them: the account's own, replaced by a
// signal with that role where it has a value that week (SnapshotDecoder). Cells: name, csm, segment,
// arr, renewal_date (ISO text).
inline std::vector<SqlCell> expectedAttributes(const SignalComputer &sc, int account, const double *values)
{
    const AccountRecord rec = sc.accountRecord(account);
    QString texts[] = {rec.name, rec.csm, rec.segment};
    double arr = rec.arr;
    QString renewal = rec.renewalDate.isValid() ? rec.renewalDate.toString(Qt::ISODate) : QString();
    for (int s = 0; s < sc.signalCount(); ++s) {
        const double x = values[s];
        if (std::isnan(x))
            continue;
        switch (sc.recipes().signals[std::size_t(s)].role) {
        case AttributeRole::Name:
            texts[0] = sc.text(s, x);
            break;
        case AttributeRole::Csm:
            texts[1] = sc.text(s, x);
            break;
        case AttributeRole::Segment:
            texts[2] = sc.text(s, x);
            break;
        case AttributeRole::Arr:
            arr = x;
            break;
        case AttributeRole::RenewalDate:
            renewal = QDate::fromJulianDay(dayOf(x)).toString(Qt::ISODate);
            break;
        default:
            break;
        }
    }
    std::vector<SqlCell> out;
    for (const QString &t : {texts[0], texts[1], texts[2]})
        out.push_back(SqlCell{t.isEmpty(), t, kMissing});
    out.push_back(SqlCell{std::isnan(arr), QString(), arr});
    out.push_back(SqlCell{renewal.isEmpty(), renewal, kMissing});
    return out;
}

// Compares the view's rows (account_id, as_of, five attributes, the signals) with SignalComputer's
// values account-week by account-week; returns the first difference, or empty. `largest`: the largest
// |Δ| of a number that was within the tolerance.
inline QString compareWithBuild(const Workspace &ws, const RecipeSet &recipes, const SqlRows &rows, std::size_t *compared,
                                double *largest)
{
    auto sc = SignalComputer::prepare(ws, recipes);
    if (!sc)
        return sc.error().message;
    const int n = (*sc)->signalCount();
    struct Week
    {
        std::vector<double> values;
        std::vector<SqlCell> attributes;
    };
    std::map<std::pair<QString, QString>, Week> expected;
    auto scratch = SignalComputer::makeScratch();
    std::vector<double> out;
    for (std::size_t a = 0; a < (*sc)->accountCount(); ++a) {
        const int first = (*sc)->firstWeek(int(a));
        const int end = std::min(int((*sc)->grid().size()), (*sc)->endWeek(int(a)));
        (*sc)->computeAccount(int(a), out, *scratch);
        for (int w = first; w < end; ++w) {
            const double *values = out.data() + std::ptrdiff_t(w - first) * n;
            expected[{(*sc)->accountId(int(a)), (*sc)->grid()[std::size_t(w)].toString(Qt::ISODate)}] =
                Week{std::vector<double>(values, values + n), expectedAttributes(**sc, int(a), values)};
        }
    }
    *compared = 0;
    *largest = 0;
    constexpr int kFirstSignal = 7;
    std::set<std::pair<QString, QString>> seen;
    for (const auto &row : rows) {
        if (int(row.size()) != kFirstSignal + n)
            return QStringLiteral("a row of %1 columns").arg(row.size());
        const std::pair<QString, QString> key{row[0].text, row[1].text};
        const auto it = expected.find(key);
        if (it == expected.end() || !seen.insert(key).second)
            return QStringLiteral("%1 on %2: a row the build does not make (or twice)").arg(key.first, key.second);
        const QString at = QStringLiteral("%1 on %2, ").arg(key.first, key.second);
        for (int c = 0; c < 5; ++c) {
            const SqlCell &mine = it->second.attributes[std::size_t(c)];
            const SqlCell &cell = row[std::size_t(2 + c)];
            const bool same = mine.null == cell.null && (mine.null || (c == 3 ? std::abs(cell.number - mine.number) <= 1e-9 : cell.text == mine.text));
            if (!same)
                return at + QStringLiteral("attribute %1: SQL \"%2\", the build \"%3\"").arg(c).arg(cell.null ? QStringLiteral("NULL") : cell.text,
                                                                                                mine.null ? QStringLiteral("NULL") : mine.text + QString::number(mine.number));
        }
        for (int s = 0; s < n; ++s) {
            const double mine = it->second.values[std::size_t(s)];
            const SqlCell &cell = row[std::size_t(kFirstSignal + s)];
            const QString where = at + recipes.signals[std::size_t(s)].id + QStringLiteral(": ");
            if (std::isnan(mine) != cell.null)
                return where + QStringLiteral("SQL %1, the build %2").arg(cell.null ? QStringLiteral("NULL") : cell.text).arg(mine, 0, 'g', 17);
            if (cell.null)
                continue;
            if ((*sc)->signalType(s) == SignalType::Category) {
                if (cell.text != (*sc)->text(s, mine))
                    return where + QStringLiteral("SQL \"%1\", the build \"%2\"").arg(cell.text, (*sc)->text(s, mine));
            } else if (!(std::abs(cell.number - mine) <= 1e-9)) {
                return where + QStringLiteral("SQL %1, the build %2").arg(cell.number, 0, 'g', 17).arg(mine, 0, 'g', 17);
            } else {
                *largest = std::max(*largest, std::abs(cell.number - mine));
            }
        }
        ++*compared;
    }
    if (seen.size() != expected.size())
        return QStringLiteral("%1 account-weeks from SQL, %2 from the build").arg(seen.size()).arg(expected.size());
    return {};
}

} // namespace tierlab::test

#endif // Q_MOC_RUN
