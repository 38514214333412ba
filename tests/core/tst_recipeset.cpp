// RecipeSet: one data row per parse error (each message names its JSON path), the checks against a
// workspace's tables, and the round trip parse(toJson()).
#include "tables/tableimporter.h"
#include "recipes/recipeset.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {

// A valid file around `signals` (a JSON array's inside) and optional extra top-level members.
QByteArray file(const QByteArray &signalsJson, const QByteArray &top = {})
{
    QByteArray out = R"({"format": "tierlab-signals", "version": 1, )";
    if (!top.isEmpty())
        out += top + ", ";
    out += R"("signals": [)";
    out += signalsJson;
    out += "]}";
    return out;
}

const QByteArray kCount = R"({"id": "n", "table": "events", "agg": "count"})";

// Everything a parsed set holds, as text.
QStringList content(const RecipeSet &set)
{
    QStringList out;
    out << QStringLiteral("grid %1 %2 %3").arg(set.grid.everyDays).arg(set.grid.first.toString(Qt::ISODate), set.grid.last.toString(Qt::ISODate));
    const RecipeAccounts &a = set.accounts;
    out << QStringList{QStringLiteral("accounts"), a.table, a.start, a.name, a.segment, a.csm, a.arr, a.renewalDate}.join(u'|');
    for (const SignalRecipe &r : set.signals) {
        QString s = QStringLiteral("%1 %2 table=%3 agg=%4 column=%5 window=%6 expr=%7 of=%8 weeks=%9")
                        .arg(r.id, r.path, r.table, aggregationName(r.agg), r.column)
                        .arg(r.windowDays)
                        .arg(derivationName(r.expr), r.of.join(u','))
                        .arg(r.weeks);
        s += QStringLiteral(" role=") + attributeRoleName(r.role);
        for (const RecipeCondition &c : r.where) {
            s += QStringLiteral(" [%1 %2").arg(c.column, conditionOpName(c.op));
            for (std::size_t i = 0; i < c.isText.size(); ++i)
                s += c.isText[i] ? QStringLiteral(" '%1'").arg(c.texts[qsizetype(i)]) : QStringLiteral(" %1").arg(c.numbers[i], 0, 'g', 17);
            s += u']';
        }
        out << s;
    }
    return out;
}

} // namespace

class tst_RecipeSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseErrors_data();
    void parseErrors();
    void allProblemsAtOnce();
    void checkErrors_data();
    void checkErrors();
    void checkTypes();
    void roundTrip_data();
    void roundTrip();
};

void tst_RecipeSet::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");   // a line of the error, after "src: "
    const auto row = [](const char *name, const QByteArray &json, const char *message) {
        QTest::newRow(name) << json << QString::fromUtf8(message);
    };
    row("not JSON", "{\"format\": \"tierlab-signals\",\n  \"version\": 1,\n  \"signals\": [}", "line 3, column 15: not valid JSON");
    row("not an object", "[]", "$: a recipes file is a JSON object");
    row("format", R"({"format": "tierlab-model", "version": 1, "signals": [{"id": "n", "table": "events", "agg": "count"}]})",
        "$.format: must be \"tierlab-signals\"");
    row("version missing", R"({"format": "tierlab-signals", "signals": [{"id": "n", "table": "events", "agg": "count"}]})", "$.version: must be 1");
    row("version 0", R"({"format": "tierlab-signals", "version": 0, "signals": [{"id": "n", "table": "events", "agg": "count"}]})",
        "$.version: must be 1");
    row("version newer", R"({"format": "tierlab-signals", "version": 2, "signals": [{"id": "n", "table": "events", "agg": "count"}]})",
        "$.version: version 2 is newer than this Tierlab reads (1)");
    row("unknown top member", file(kCount, R"("signal": [])"), "$.signal: unknown member");
    row("no signals", R"({"format": "tierlab-signals", "version": 1, "signals": []})", "$.signals: must be a non-empty array of signal recipes");
    row("signal not an object", file("3"), "$.signals[0]: must be an object");
    row("grid not an object", file(kCount, R"("grid": 7)"), "$.grid: must be an object");
    row("grid every_days 0", file(kCount, R"("grid": {"every_days": 0})"), "$.grid.every_days: must be a whole number from 1 to 366");
    row("grid every_days fraction", file(kCount, R"("grid": {"every_days": 3.5})"), "$.grid.every_days: must be a whole number from 1 to 366");
    row("grid first", file(kCount, R"("grid": {"first": "2024-02-30"})"), "$.grid.first: must be a date as \"YYYY-MM-DD\"");
    row("grid last before first", file(kCount, R"("grid": {"first": "2024-02-05", "last": "2024-01-01"})"), "$.grid.last: is before $.grid.first");
    row("grid unknown member", file(kCount, R"("grid": {"every": 7})"), "$.grid.every: unknown member");
    row("accounts unknown member", file(kCount, R"("accounts": {"owner": "csm"})"), "$.accounts.owner: unknown member");
    row("id missing", file(R"({"table": "events", "agg": "count"})"), "$.signals[0].id: missing");
    row("id pattern", file(R"({"id": "Usage", "table": "events", "agg": "count"})"), "$.signals[0].id: \"Usage\" is not a signal id");
    row("id twice", file(kCount + ", " + kCount), "$.signals[1].id: \"n\" is used twice (also $.signals[0])");
    row("table missing", file(R"({"id": "n", "agg": "count"})"), "$.signals[0].table: missing");
    row("table not a string", file(R"({"id": "n", "table": 3, "agg": "count"})"), "$.signals[0].table: must be a non-empty string, not a number");
    row("unknown aggregation", file(kCount + R"(, {"id": "x", "table": "events", "agg": "avg", "column": "a"})"),
        "$.signals[1].agg: unknown aggregation \"avg\" (one of count, sum, mean, min, max, distinct, last, days_since, open, open_sum)");
    row("sum needs a column", file(R"({"id": "n", "table": "events", "agg": "sum"})"), "$.signals[0].column: \"sum\" needs a column");
    row("count reads no column", file(R"({"id": "n", "table": "events", "agg": "count", "column": "a"})"),
        "$.signals[0].column: \"count\" reads no column");
    row("unknown signal member", file(R"({"id": "n", "table": "events", "agg": "count", "windowdays": 30})"), "$.signals[0].windowdays: unknown member");
    row("window_days 0", file(R"({"id": "n", "table": "events", "agg": "count", "window_days": 0})"),
        "$.signals[0].window_days: must be a whole number from 1 to 36500");
    row("window_days negative", file(R"({"id": "n", "table": "events", "agg": "count", "window_days": -7})"),
        "$.signals[0].window_days: must be a whole number from 1 to 36500");
    row("window_days fraction", file(R"({"id": "n", "table": "events", "agg": "count", "window_days": 7.5})"),
        "$.signals[0].window_days: must be a whole number from 1 to 36500");
    row("window_days text", file(R"({"id": "n", "table": "events", "agg": "count", "window_days": "30"})"),
        "$.signals[0].window_days: must be a whole number from 1 to 36500");
    row("where not an array", file(R"({"id": "n", "table": "events", "agg": "count", "where": {}})"), "$.signals[0].where: must be an array of conditions");
    row("where item not an object", file(R"({"id": "n", "table": "events", "agg": "count", "where": [1]})"),
        "$.signals[0].where[0]: must be an object {\"column\", \"op\", \"value\"}");
    row("where unknown operator", file(R"({"id": "n", "table": "events", "agg": "count", "where": [{"column": "a", "op": "=~", "value": 1}]})"),
        "$.signals[0].where[0].op: unknown operator \"=~\" (one of ==, !=, <, <=, >, >=, in, not_in)");
    row("where value missing", file(R"({"id": "n", "table": "events", "agg": "count", "where": [{"column": "a", "op": "=="}]})"),
        "$.signals[0].where[0].value: missing");
    row("where in needs an array", file(R"({"id": "n", "table": "events", "agg": "count", "where": [{"column": "a", "op": "in", "value": "x"}]})"),
        "$.signals[0].where[0].value: \"in\" needs a non-empty array of values");
    row("where in empty", file(R"({"id": "n", "table": "events", "agg": "count", "where": [{"column": "a", "op": "not_in", "value": []}]})"),
        "$.signals[0].where[0].value: \"not_in\" needs a non-empty array of values");
    row("where null value", file(R"({"id": "n", "table": "events", "agg": "count", "where": [{"column": "a", "op": "==", "value": null}]})"),
        "$.signals[0].where[0].value: must be a string, a number or a boolean, not null");
    row("where null in a list", file(R"({"id": "n", "table": "events", "agg": "count", "where": [{"column": "a", "op": "in", "value": ["x", null]}]})"),
        "$.signals[0].where[0].value[1]: must be a string, a number or a boolean, not null");
    row("where unknown member", file(R"({"id": "n", "table": "events", "agg": "count", "where": [{"column": "a", "op": "==", "value": 1, "val": 2}]})"),
        "$.signals[0].where[0].val: unknown member");
    row("unknown expression", file(kCount + R"(, {"id": "x", "expr": "diff", "of": "n", "weeks": 1})"),
        "$.signals[1].expr: unknown expression \"diff\" (one of ratio, change, pct_change, slope)");
    row("of: no signal", file(kCount + R"(, {"id": "x", "expr": "change", "of": "nope", "weeks": 1})"), "$.signals[1].of: no signal \"nope\" in this file");
    row("ratio of[1]: no signal", file(kCount + R"(, {"id": "x", "expr": "ratio", "of": ["n", "nope"]})"),
        "$.signals[1].of[1]: no signal \"nope\" in this file");
    row("ratio needs two", file(kCount + R"(, {"id": "x", "expr": "ratio", "of": ["n"]})"), "$.signals[1].of: \"ratio\" needs two signal ids [A, B]");
    row("ratio takes no weeks", file(kCount + R"(, {"id": "x", "expr": "ratio", "of": ["n", "n"], "weeks": 1})"),
        "$.signals[1].weeks: \"ratio\" takes no weeks");
    row("change needs weeks", file(kCount + R"(, {"id": "x", "expr": "change", "of": "n"})"), "$.signals[1].weeks: missing");
    row("weeks 0", file(kCount + R"(, {"id": "x", "expr": "slope", "of": "n", "weeks": 0})"), "$.signals[1].weeks: must be a whole number from 1 to 520");
    row("derived unknown member", file(kCount + R"(, {"id": "x", "expr": "change", "of": "n", "weeks": 1, "table": "events"})"),
        "$.signals[1].table: unknown member");
    row("reads itself", file(R"({"id": "x", "expr": "change", "of": "x", "weeks": 1})"), "$.signals[0].of: a signal cannot read itself");
    row("cycle", file(kCount + R"(, {"id": "a", "expr": "change", "of": "b", "weeks": 1}, {"id": "b", "expr": "ratio", "of": ["a", "n"]})"),
        "$.signals[1].of: derived signals read each other in a cycle");
    row("weeks not whole grid steps", file(kCount + R"(, {"id": "x", "expr": "change", "of": "n", "weeks": 1})", R"("grid": {"every_days": 14})"),
        "$.signals[1].weeks: 1 weeks (7 days) is not a whole number of grid steps of 14 days");
    row("unknown role", file(R"({"id": "n", "table": "events", "agg": "count", "role": "owner"})"),
        "$.signals[0].role: unknown role \"owner\" (one of arr, renewal_date, csm, segment, name)");
    row("role twice", file(R"({"id": "a", "table": "events", "agg": "count", "role": "arr"}, {"id": "b", "table": "events", "agg": "count", "role": "arr"})"),
        "$.signals[1].role: another signal has the role \"arr\" already");
}

void tst_RecipeSet::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto set = RecipeSet::parse(json, QStringLiteral("src.json"));
    QVERIFY2(!set, "parsed");
    QCOMPARE(set.error().code, Error::Code::Invalid);
    const QStringList lines = set.error().message.split(u'\n');
    bool found = false;
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(QStringLiteral("src.json: ")), qPrintable(line));
        found = found || line.mid(10).startsWith(message);
    }
    QVERIFY2(found, qPrintable(set.error().message));
}

void tst_RecipeSet::allProblemsAtOnce()
{
    const auto set = RecipeSet::parse(file(R"({"id": "n", "table": "events", "agg": "avg"}, {"id": "n", "expr": "change", "of": "m", "weeks": 1})",
                                           R"("grid": {"every_days": 0})"),
                                      QStringLiteral("r.json"));
    QVERIFY(!set);
    QCOMPARE(set.error().message.split(u'\n'),
             (QStringList{QStringLiteral("r.json: $.grid.every_days: must be a whole number from 1 to 366"),
                          QStringLiteral("r.json: $.signals[0].agg: unknown aggregation \"avg\" (one of count, sum, mean, min, max, distinct, last, days_since, open, open_sum)"),
                          QStringLiteral("r.json: $.signals[1].id: \"n\" is used twice (also $.signals[0])"),
                          QStringLiteral("r.json: $.signals[1].of: no signal \"m\" in this file")}));
}

void tst_RecipeSet::checkErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QByteArray &signalsJson, const char *message, const QByteArray &top = {}) {
        QTest::newRow(name) << file(signalsJson, top) << QString::fromUtf8(message);
    };
    row("no such table", R"({"id": "x", "table": "usage", "agg": "count"})",
        "$.signals[0].table: no table \"usage\" (tables: accounts, events, tickets)");
    row("table without time", R"({"id": "x", "table": "accounts", "agg": "count"})",
        "$.signals[0].table: table \"accounts\" was imported without --time: its rows have no date to build weeks from");
    row("no such column", R"({"id": "x", "table": "events", "agg": "sum", "column": "amt"})",
        "$.signals[0].column: table \"events\" has no column \"amt\" (columns: account_id, at, amount, kind, urgent, due)");
    row("sum over text", R"({"id": "x", "table": "events", "agg": "sum", "column": "kind"})",
        "$.signals[0].column: \"sum\" needs a number column; \"kind\" holds category values");
    row("open_sum over a date", R"({"id": "x", "table": "tickets", "agg": "open_sum", "column": "opened"})",
        "$.signals[0].column: \"open_sum\" needs a number column; \"opened\" holds date values");
    row("max over text", R"({"id": "x", "table": "events", "agg": "max", "column": "kind"})",
        "$.signals[0].column: \"max\" needs a number or date column; \"kind\" holds category values");
    row("where: no such column", R"({"id": "x", "table": "events", "agg": "count", "where": [{"column": "kin", "op": "==", "value": "a"}]})",
        "$.signals[0].where[0].column: table \"events\" has no column \"kin\"");
    row("< on text", R"({"id": "x", "table": "events", "agg": "count", "where": [{"column": "kind", "op": "<", "value": "b"}]})",
        "$.signals[0].where[0].op: \"<\" compares numbers or dates; \"kind\" is a text column");
    row("number on text", R"({"id": "x", "table": "events", "agg": "count", "where": [{"column": "kind", "op": "==", "value": 3}]})",
        "$.signals[0].where[0].value: column \"kind\" holds text: compare it with a string");
    row("text on number", R"({"id": "x", "table": "events", "agg": "count", "where": [{"column": "amount", "op": ">", "value": "3"}]})",
        "$.signals[0].where[0].value: column \"amount\" holds number values: compare it with a number");
    row("text on flag", R"({"id": "x", "table": "events", "agg": "count", "where": [{"column": "urgent", "op": "==", "value": "yes"}]})",
        "$.signals[0].where[0].value: column \"urgent\" holds flag values: compare it with a number or a boolean");
    row("bad date", R"({"id": "x", "table": "events", "agg": "count", "where": [{"column": "due", "op": "<", "value": "2024-13-01"}]})",
        "$.signals[0].where[0].value: column \"due\" holds dates: compare it with a date as \"YYYY-MM-DD\"");
    row("number on date", R"({"id": "x", "table": "events", "agg": "count", "where": [{"column": "due", "op": "<", "value": 20240101}]})",
        "$.signals[0].where[0].value: column \"due\" holds dates");
    row("list item", R"({"id": "x", "table": "events", "agg": "count", "where": [{"column": "kind", "op": "in", "value": ["a", 2]}]})",
        "$.signals[0].where[0].value[1]: column \"kind\" holds text: compare it with a string");
    row("open without --end", R"({"id": "x", "table": "events", "agg": "open"})",
        "$.signals[0].agg: \"open\" needs a table with an end time (imported with --end); \"events\" has none");
    row("open_sum without --end", R"({"id": "x", "table": "events", "agg": "open_sum", "column": "amount"})",
        "$.signals[0].agg: \"open_sum\" needs a table with an end time (imported with --end); \"events\" has none");
    row("segment role on a number", R"({"id": "x", "table": "events", "agg": "count", "role": "segment"})",
        "$.signals[0].role: the role \"segment\" needs a text signal (\"last\" of a text column)");
    row("arr role on text", R"({"id": "x", "table": "events", "agg": "last", "column": "kind", "role": "arr"})",
        "$.signals[0].role: the role \"arr\" needs a number signal");
    row("renewal_date role on a number", R"({"id": "x", "table": "events", "agg": "max", "column": "amount", "role": "renewal_date"})",
        "$.signals[0].role: the role \"renewal_date\" needs min, max or last of a date column");
    row("derived over text", R"({"id": "k", "table": "events", "agg": "last", "column": "kind"}, {"id": "x", "expr": "change", "of": "k", "weeks": 1})",
        "$.signals[1].of: \"k\" is a text signal; \"change\" needs numbers");
    row("accounts start column", R"({"id": "x", "table": "events", "agg": "count"})",
        "$.accounts.start: table \"accounts\" has no column \"signup\" (columns: account_id, name, since)", R"("accounts": {"start": "signup"})");
    row("accounts start not a date", R"({"id": "x", "table": "events", "agg": "count"})",
        "$.accounts.start: column \"name\" holds category values, not dates", R"("accounts": {"start": "name"})");
    row("no accounts table", R"({"id": "x", "table": "events", "agg": "count"})",
        "$.accounts.name: no accounts table \"customers\" in the workspace", R"("accounts": {"table": "customers", "name": "name"})");
}

void tst_RecipeSet::checkErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    const struct
    {
        const char *name, *time, *end;
        QByteArray csv;
    } tables[] = {
        {"accounts", nullptr, nullptr, "account_id,name,since\nA,Aco,2024-01-01\n"},
        {"events", "at", nullptr, "account_id,at,amount,kind,urgent,due\nA,2024-01-02,1.5,call,true,2024-02-01\n"},
        {"tickets", "opened", "closed", "account_id,opened,closed,seats\nA,2024-01-02,,3\n"},
    };
    for (const auto &t : tables) {
        const QString path = dir.filePath(QLatin1StringView(t.name) + QStringLiteral(".csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(t.csv) == t.csv.size());
        f.close();
        TableImportRequest r;
        r.name = QLatin1StringView(t.name);
        r.keyColumn = QStringLiteral("account_id");
        r.timeColumn = t.time ? QString::fromLatin1(t.time) : QString();
        r.endColumn = t.end ? QString::fromLatin1(t.end) : QString();
        auto s = TableImporter(**ws).run(path, r);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    }
    const auto set = RecipeSet::parse(json, QStringLiteral("r.json"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    const auto types = set->check(**ws, QStringLiteral("r.json"));
    QVERIFY2(!types, "checked");
    QCOMPARE(types.error().code, Error::Code::Invalid);
    bool found = false;
    for (const QString &line : types.error().message.split(u'\n'))
        found = found || line.startsWith(QStringLiteral("r.json: ") + message);
    QVERIFY2(found, qPrintable(types.error().message));
}

// check() gives each signal's type: category for `last` of a text column, flag for `last`, `min` or
// `max` of a flag column, number otherwise (a sum of flags counts).
void tst_RecipeSet::checkTypes()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    const QString path = dir.filePath(QStringLiteral("events.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("account_id,at,amount,kind,urgent\nA,2024-01-02,1.5,call,true\n");
    f.close();
    TableImportRequest r;
    r.name = QStringLiteral("events");
    r.keyColumn = QStringLiteral("account_id");
    r.timeColumn = QStringLiteral("at");
    QVERIFY(TableImporter(**ws).run(path, r));
    const auto set = RecipeSet::parse(file(R"({"id": "k", "table": "events", "agg": "last", "column": "kind", "role": "segment"},
        {"id": "u", "table": "events", "agg": "last", "column": "urgent"}, {"id": "a", "table": "events", "agg": "last", "column": "amount"},
        {"id": "d", "table": "events", "agg": "distinct", "column": "kind"}, {"id": "r", "expr": "ratio", "of": ["a", "d"]},
        {"id": "m", "table": "events", "agg": "max", "column": "urgent"}, {"id": "s", "table": "events", "agg": "sum", "column": "urgent"})"),
                                      QStringLiteral("r.json"));
    QVERIFY(set);
    const auto types = set->check(**ws, QStringLiteral("r.json"));
    QVERIFY2(types, qPrintable(types ? QString() : types.error().message));
    QCOMPARE(*types, (std::vector<SignalType>{SignalType::Category, SignalType::Flag, SignalType::Number, SignalType::Number, SignalType::Number,
                                              SignalType::Flag, SignalType::Number}));
}

void tst_RecipeSet::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QFile f(QStringLiteral(TIERLAB_SOURCE_DIR "/tests/data/recipes/ravenstack.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QTest::newRow("ravenstack.json") << f.readAll();
    // The example a reader copies from docs/signals.md is a whole, valid file.
    QFile doc(QStringLiteral(TIERLAB_SOURCE_DIR "/docs/signals.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly | QIODevice::Text));
    const QByteArray text = doc.readAll();
    const qsizetype from = text.indexOf("```json\n{\"format\": \"tierlab-signals\"");
    QVERIFY(from >= 0);
    const qsizetype start = from + qsizetype(sizeof("```json\n")) - 1;
    QTest::newRow("docs/signals.md") << text.mid(start, text.indexOf("```", start) - start);
    QTest::newRow("everything") << QByteArray(R"({"format": "tierlab-signals", "version": 1,
        "grid": {"every_days": 14, "first": "2024-01-01", "last": "2024-06-03"},
        "accounts": {"table": "customers", "start": "since", "name": "n", "segment": "s", "csm": "c", "arr": "a", "renewal_date": "r"},
        "signals": [
          {"id": "n", "table": "events", "agg": "count", "window_days": 28,
           "where": [{"column": "kind", "op": "not_in", "value": ["a", "b"]}, {"column": "urgent", "op": "==", "value": true},
                     {"column": "amount", "op": ">=", "value": 0.1}, {"column": "due", "op": "<", "value": "2024-02-01"}]},
          {"id": "m", "table": "events", "agg": "mean", "column": "amount", "role": "arr"},
          {"id": "k", "table": "events", "agg": "last", "column": "kind", "role": "csm"},
          {"id": "o", "table": "tickets", "agg": "open_sum", "column": "seats"},
          {"id": "r", "expr": "ratio", "of": ["m", "n"]},
          {"id": "c", "expr": "pct_change", "of": "r", "weeks": 2},
          {"id": "s", "expr": "slope", "of": "n", "weeks": 6}
        ]})");
    QTest::newRow("defaults") << file(kCount);
}

void tst_RecipeSet::roundTrip()
{
    QFETCH(QByteArray, json);
    const auto set = RecipeSet::parse(json, QStringLiteral("a"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    const QByteArray written = set->toJson();
    const auto again = RecipeSet::parse(written, QStringLiteral("b"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message + QStringLiteral("\n") + QString::fromUtf8(written)));
    QCOMPARE(content(*again), content(*set));
    QCOMPARE(again->toJson(), written);   // stable
    QVERIFY(content(*set).size() > int(set->signals.size()));
}

QTEST_GUILESS_MAIN(tst_RecipeSet)
#include "tst_recipeset.moc"
