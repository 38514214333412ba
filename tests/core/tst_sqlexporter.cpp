#include "sqlexportcheck.h"
#include "sqlexportdb.h"
#include "sqlexportpathscheck.h"

#include "model/modelexport.h"
#include "sqlexport/sqlexporter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <limits>

using namespace tierlab;
using tierlab::test::SqlPathRow;
using tierlab::test::SqlScoreRow;

namespace {

// An in-memory SQLite database (test::SqliteDb) that reads the export's rows.
class Db : public test::SqliteDb
{
public:
    // Rows of `SELECT * FROM (query)`: account_id, as_of, score, tier, then the categories.
    QString rows(const QString &query, std::vector<SqlScoreRow> *out) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle(), query.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(handle()));
        const int columns = sqlite3_column_count(stmt);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            auto text = [&](int c) { return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))); };
            auto number = [&](int c) { return sqlite3_column_type(stmt, c) == SQLITE_NULL ? kMissing : sqlite3_column_double(stmt, c); };
            SqlScoreRow row;
            row.accountId = text(0);
            row.asOf = text(1);
            row.score = number(2);
            row.tier = text(3);
            for (int c = 4; c < columns; ++c)
                row.categories.push_back(number(c));
            out->push_back(std::move(row));
        }
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle()));
    }

    // Rows of a view with hysteresis or a trend tier: account_id, as_of, score, tier, then `declining`
    // when `trend` (0 or 1).
    QString pathRows(const QString &query, bool trend, std::vector<SqlPathRow> *out) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle(), query.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(handle()));
        if (trend && QString::fromUtf8(sqlite3_column_name(stmt, 4)) != u"declining") {
            sqlite3_finalize(stmt);
            return QStringLiteral("the fifth column is not \"declining\"");
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            SqlPathRow row;
            row.accountId = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            row.asOf = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
            row.score = sqlite3_column_type(stmt, 2) == SQLITE_NULL ? kMissing : sqlite3_column_double(stmt, 2);
            row.tier = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
            if (trend) {
                if (sqlite3_column_type(stmt, 4) != SQLITE_INTEGER || sqlite3_column_int(stmt, 4) < 0 || sqlite3_column_int(stmt, 4) > 1) {
                    sqlite3_finalize(stmt);
                    return QStringLiteral("declining is not 0 or 1");
                }
                row.declining = sqlite3_column_int(stmt, 4) == 1;
            }
            out->push_back(std::move(row));
        }
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle()));
    }
};

// The snapshots as the source table: account_id, as_of, segment, csm, one column per signal.
QString loadSnapshots(const Db &db, const test::SqlExportData &data, const QString &table = QStringLiteral("snapshots"))
{
    QStringList columns = {QStringLiteral("\"account_id\" TEXT"), QStringLiteral("\"as_of\" TEXT"),
                           QStringLiteral("\"segment\" TEXT"), QStringLiteral("\"csm\" TEXT")};
    QStringList marks = {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
    for (const SignalInfo &info : data.catalogue) {
        columns << SqlExporter::quoteIdentifier(info.id) + (info.type == SignalType::Category ? u" TEXT" : u" REAL");
        marks << QStringLiteral("?");
    }
    if (QString e = db.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(SqlExporter::quoteIdentifier(table), columns.join(u", "))); !e.isEmpty())
        return e;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray insert = QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(SqlExporter::quoteIdentifier(table), marks.join(u", ")).toUtf8();
    if (sqlite3_prepare_v2(db.handle(), insert.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db.handle()));
    db.exec(QStringLiteral("BEGIN"));
    for (const auto &snapshot : data.snapshots) {
        const Dataset &d = *snapshot;
        for (std::size_t r = 0; r < d.size(); ++r) {
            auto bindText = [&](int i, const QString &v) {
                if (v.isNull())
                    sqlite3_bind_null(stmt, i);
                else
                    sqlite3_bind_text(stmt, i, v.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            };
            auto name = [](std::int32_t code, const std::vector<QString> &names) {
                return code >= 0 && std::size_t(code) < names.size() ? names[std::size_t(code)] : QString();
            };
            bindText(1, d.accountIds[r]);
            bindText(2, d.asOf.toString(Qt::ISODate));
            bindText(3, d.segment.empty() ? QString() : name(d.segment[r], d.segmentNames));
            bindText(4, d.csm.empty() ? QString() : name(d.csm[r], d.csmNames));
            for (std::size_t c = 0; c < d.columns.size(); ++c) {
                const Column &col = d.columns[c];
                const int i = int(c) + 5;
                if (col.isMissing(r))
                    sqlite3_bind_null(stmt, i);
                else if (col.info.type == SignalType::Category)
                    bindText(i, col.dictionary[std::size_t(col.codes[r])]);
                else
                    sqlite3_bind_double(stmt, i, col.numbers[r]);
            }
            if (sqlite3_step(stmt) != SQLITE_DONE)
                return QString::fromUtf8(sqlite3_errmsg(db.handle()));
            sqlite3_reset(stmt);
        }
    }
    sqlite3_finalize(stmt);
    return db.exec(QStringLiteral("COMMIT"));
}

Model smallModel()
{
    Model m;
    m.name = QStringLiteral("Small");
    m.categories = {Category{QStringLiteral("usage"), {}, {}, 1, Aggregate::Mean, {}}};
    Signal s;
    s.id = QStringLiteral("logins");
    s.category = QStringLiteral("usage");
    s.rule.kind = RuleKind::Linear;
    s.rule.worst = 0;
    s.rule.best = 10;
    m.signals = {s};
    m.tiers = {Tier{QStringLiteral("red"), {}, {}, 0, {}}, Tier{QStringLiteral("green"), {}, {}, 50, {}}};
    return m;
}

SqlExportOptions sqliteOptions(const test::SqlExportData &data)
{
    SqlExportOptions options;
    options.dialect = SqlDialect::Sqlite;
    options.view = QStringLiteral("v");
    options.catalogue = data.catalogue;
    return options;
}

} // namespace

class tst_SqlExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void equalsEngine_data();
    void equalsEngine();
    void dynamicsEqualTierPaths_data();
    void dynamicsEqualTierPaths();
    void edgesEqualTierPaths_data();
    void edgesEqualTierPaths();
    void edgesAreReached();
    void dynamicsStatement();
    void oneStatementWhateverTheIds();
    void selectOnly();
    void header();
    void quoting_data();
    void quoting();
    void refusals_data();
    void refusals();
    void dialectNames();
    void commandLine();

private:
    // Exports `model` over `table` as view v and reads its rows; empty when it went well.
    QString pathRows(const Model &model, const test::SqlExportData &data, const QString &table, std::vector<SqlPathRow> *rows);

    test::SqlExportData m_data;
    Db m_db;
    test::SqlHistory m_history;   // table "history"
    test::SqlHistory m_edges;     // table "edges"
};

QString tst_SqlExporter::pathRows(const Model &model, const test::SqlExportData &data, const QString &table,
                                  std::vector<SqlPathRow> *rows)
{
    SqlExportOptions options = sqliteOptions(data);
    options.source = table;
    const Result<QString> sql = SqlExporter(model, options).sql();
    if (!sql)
        return sql.error().message;
    if (QString e = m_db.exec(QStringLiteral("DROP VIEW IF EXISTS v")); !e.isEmpty())
        return e;
    if (QString e = m_db.exec(*sql); !e.isEmpty())
        return e + u'\n' + *sql;
    return m_db.pathRows(QStringLiteral("SELECT * FROM v"), model.trend.has_value(), rows);
}

void tst_SqlExporter::initTestCase()
{
    Result<test::SqlExportData> data = test::sqlExportData(1200);
    QVERIFY2(data, data ? "" : qPrintable(data.error().message));
    m_data = std::move(*data);
    const QString loaded = loadSnapshots(m_db, m_data);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));

    Result<test::SqlHistory> history = test::sqlHistoryData(200, 14);
    QVERIFY2(history, history ? "" : qPrintable(history.error().message));
    m_history = std::move(*history);
    QCOMPARE(loadSnapshots(m_db, m_history.data, QStringLiteral("history")), QString());
    Result<test::SqlHistory> edges = test::sqlEdgeHistory(test::sqlEdgeUsage(), test::sqlEdgeChamp(), test::sqlEdgeEnterprise());
    QVERIFY2(edges, edges ? "" : qPrintable(edges.error().message));
    m_edges = std::move(*edges);
    QCOMPARE(loadSnapshots(m_db, m_edges.data, QStringLiteral("edges")), QString());
}

void tst_SqlExporter::equalsEngine_data()
{
    // Both seeds, full, minimal, v1-written and v2 (newer.json does not load), then 60 random models.
    QCOMPARE(test::shippedSqlModels(m_data).size(), std::size_t(6));
    const QString made = test::addSqlModelRows(m_data);
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void tst_SqlExporter::equalsEngine()
{
    // Every account of both snapshots: score (|Δ| ≤ 1e-9), tier, unscored and category scores.
    QFETCH(Model, model);
    const Result<QString> sql = SqlExporter(model, sqliteOptions(m_data)).sql();
    QVERIFY2(sql, sql ? "" : qPrintable(sql.error().message));
    QCOMPARE(m_db.exec(QStringLiteral("DROP VIEW IF EXISTS v")), QString());
    const QString created = m_db.exec(*sql);
    QVERIFY2(created.isEmpty(), qPrintable(created + u'\n' + *sql));
    std::vector<SqlScoreRow> rows;
    const QString read = m_db.rows(QStringLiteral("SELECT * FROM v"), &rows);
    QVERIFY2(read.isEmpty(), qPrintable(read));
    std::size_t compared = 0;
    const QString difference = test::compareWithEngine(model, m_data, rows, &compared);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(compared, m_data.snapshots[0]->size() + m_data.snapshots[1]->size());
}

void tst_SqlExporter::dynamicsEqualTierPaths_data()
{
    // The seeds with the hysteresis of the measured view (docs/sql-export.md), then 48 random models:
    // trend only, hysteresis by points, by weeks, both; a trend tier on every other one.
    QTest::addColumn<Model>("model");
    for (auto [name, model] : test::shippedSqlModels(m_history.data)) {
        if (!name.startsWith(u"resources/"))
            continue;
        model.version = 2;
        model.hysteresis = Hysteresis{3, 2, {}};
        QTest::newRow(qPrintable(name + u" + hysteresis 3/2")) << model;
        model.trend = TrendSplit{model.tiers[1].id, 6, 1, QStringLiteral("declining"), {}, {}, {}};
        QTest::newRow(qPrintable(name + u" + hysteresis 3/2 + trend")) << model;
    }
    for (quint64 seed = 1; seed <= 48; ++seed) {
        const int kind = int(seed % 4) - 1;
        Result<Model> model = test::randomDynamicsModel(seed, m_history.data, kind, kind < 0 || seed % 2 == 0);
        QVERIFY2(model, model ? "" : qPrintable(model.error().message));
        QTest::addRow("random %llu", seed) << *model;
    }
}

void tst_SqlExporter::dynamicsEqualTierPaths()
{
    // Every account-week of a 14-week history with accounts absent some weeks: score, tier with
    // hysteresis and tier caps, and the trend flag equal TierPaths'.
    QFETCH(Model, model);
    std::vector<SqlPathRow> rows;
    const QString read = pathRows(model, m_history.data, QStringLiteral("history"), &rows);
    QVERIFY2(read.isEmpty(), qPrintable(read));
    std::size_t declining = 0, held = 0;
    const QString difference = test::compareWithPaths(model, m_history, rows, &declining, &held);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    qDebug("%zu rows, %zu declining, %zu held off their week's tier", rows.size(), declining, held);
}

void tst_SqlExporter::edgesEqualTierPaths_data()
{
    QTest::addColumn<Model>("model");
    for (const auto &[name, model] : test::sqlEdgeModels())
        QTest::newRow(qPrintable(name)) << model;
}

void tst_SqlExporter::edgesEqualTierPaths()
{
    QFETCH(Model, model);
    std::vector<SqlPathRow> rows;
    const QString read = pathRows(model, m_edges.data, QStringLiteral("edges"), &rows);
    QVERIFY2(read.isEmpty(), qPrintable(read));
    QCOMPARE(test::compareWithPaths(model, m_edges, rows), QString());
}

void tst_SqlExporter::edgesAreReached()
{
    // The edge history hits the edges it is made for (TierPaths' view; the view equals it above).
    const std::vector<std::pair<QString, Model>> models = test::sqlEdgeModels();
    auto paths = [&](const char *name) {
        for (const auto &[n, m] : models) {
            if (n == QLatin1StringView(name))
                return *TierPaths::compute(*m_edges.history, m);
        }
        qFatal("no model %s", name);
    };
    auto tiers = [&](const TierPaths &p, const char *id) {
        std::vector<int> out;
        for (std::size_t w = 0; w < p.weekCount(); ++w)
            out.push_back(p.tier(w, std::size_t(m_edges.history->accountIndex(QString::fromLatin1(id)))));
        return out;
    };
    const TierPaths both = paths("hysteresis 5 points 2 weeks");
    // h_a: 75 = 70 + 5 moves up; 65 = 70 − 5 stays, then 2 weeks move; 74.5 stays, the second week moves.
    QCOMPARE(tiers(both, "h_a"), (std::vector<int>{1, 1, 2, 2, 1, 1, 1, 2}));
    // h_b: the second week beyond comes after an unscored week; the absent week has no tier.
    QCOMPARE(tiers(both, "h_b"), (std::vector<int>{1, 1, -1, 2, 0, -1, 0, 0}));
    // h_c: 35 = 40 − 5 stays; 34.5 moves down.
    QCOMPARE(tiers(both, "h_c"), (std::vector<int>{1, 1, 0, -1, 1, 1, 0, 0}));
    // h_d, segment "ent" (mins 50, 80): 85 = 80 + 5 moves up, 75 stays, 74.5 moves, 44.5 < 45 moves.
    QCOMPARE(tiers(both, "h_d"), (std::vector<int>{1, 1, 2, 2, 1, 0, 0, 2}));
    // h_e: champ caps the held tier at low in weeks 1 and 4.
    QCOMPARE(tiers(both, "h_e"), (std::vector<int>{2, 0, 2, 2, 0, 1, 1, 1}));
    // h_f: two unscored weeks first, an absent one later.
    QCOMPARE(tiers(both, "h_f"), (std::vector<int>{-1, -1, 1, 2, -1, 1, 1, 0}));

    auto declining = [&](const TierPaths &p, const char *id, std::size_t week) {
        return p.declining(week, std::size_t(m_edges.history->accountIndex(QString::fromLatin1(id))));
    };
    const TierPaths three = paths("trend mid 3 weeks slope 2");
    QVERIFY(!declining(three, "t_1", 1));   // 2 scored weeks
    QVERIFY(declining(three, "t_1", 2));    // slope exactly −2
    QVERIFY(declining(three, "t_1", 3));
    QVERIFY(!declining(three, "t_4", 4));   // weeks 2, 3 absent: 1 scored week in the window
    QVERIFY(!declining(three, "t_6", 2));   // capped at low that week
    QVERIFY(declining(three, "t_8", 4));    // absent in weeks 0, 1: the window is weeks 2–4
    // t_2 in week 3 (window weeks 0–3, week 1 absent: x = 0, 2, 3): the engine's two passes give
    // −1.4999999999999984, not declining at slope 1.5, where a one-pass Σxy formula gives −1.5.
    const TierPaths four = paths("trend mid 4 weeks slope 1.5");
    const std::size_t t2 = std::size_t(m_edges.history->accountIndex(QStringLiteral("t_2")));
    const double y0 = four.score(0, t2), y2 = four.score(2, t2), y3 = four.score(3, t2);
    const double onePass = (3 * (0 * y0 + 2 * y2 + 3 * y3) - 5 * (y0 + y2 + y3)) / (3 * (0 + 4 + 9) - 25.0);
    QCOMPARE(onePass, -1.5);
    QVERIFY(!declining(four, "t_2", 3));
    QVERIFY(declining(four, "t_2", 4));
}

void tst_SqlExporter::dynamicsStatement()
{
    // Hysteresis is a recursive walk; a trend tier adds the column "declining" and says so on top.
    Model m = test::sqlEdgeModel();
    m.hysteresis = Hysteresis{5, 2, {}};
    SqlExportOptions options;
    Result<QString> sql = SqlExporter(m, options).sql();
    QVERIFY(sql);
    QVERIFY(sql->contains(u"\nWITH RECURSIVE\n"));
    QVERIFY(!sql->contains(u"declining"));
    m.hysteresis.reset();
    m.trend = TrendSplit{QStringLiteral("mid"), 8, 1, QStringLiteral("down"), {}, {}, {}};
    options.dialect = SqlDialect::Postgres;
    sql = SqlExporter(m, options).sql();
    QVERIFY(sql);
    QVERIFY(!sql->contains(u"RECURSIVE"));
    QCOMPARE(sql->split(u'\n')[3], QStringLiteral("-- Returns account_id, as_of, score, tier, declining and one column per "
                                                  "category (docs/sql-export.md); change the model in Tierlab, not here."));
    QVERIFY(sql->contains(u" THEN TRUE ELSE FALSE END AS \"declining\",\n"));
}

void tst_SqlExporter::oneStatementWhateverTheIds()
{
    // Ids with quotes, semicolons and comment marks stay inside their quotes: the whole text is one
    // statement, the source table survives, and the names come back as written.
    Model m = smallModel();
    m.name = QStringLiteral("x\n; DROP TABLE snapshots; --");
    m.categories[0].id = QStringLiteral("c\"; DROP TABLE snapshots; --");
    m.signals[0].id = QStringLiteral("s'; DROP TABLE snapshots; --");
    m.signals[0].column = QStringLiteral("plan");
    m.signals[0].category = m.categories[0].id;
    m.signals[0].rule = SignalRule();
    m.signals[0].rule.kind = RuleKind::Map;
    m.signals[0].rule.mapScores = {{QStringLiteral("O'Brien\"; DROP TABLE snapshots; --"), 90}, {QStringLiteral("Gold"), 70}};
    m.signals[0].rule.mapDefault = 10;
    m.tiers[1].id = QStringLiteral("it's \"green\"; --");
    const Result<QString> sql = SqlExporter(m, sqliteOptions(m_data)).sql();
    QVERIFY2(sql, sql ? "" : qPrintable(sql.error().message));
    QCOMPARE(m_db.exec(QStringLiteral("DROP VIEW IF EXISTS v")), QString());
    const QByteArray bytes = sql->toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    QCOMPARE(sqlite3_prepare_v2(m_db.handle(), bytes.constData(), -1, &stmt, &tail), SQLITE_OK);
    sqlite3_finalize(stmt);
    QCOMPARE(QByteArray(tail).trimmed(), QByteArray());
    QCOMPARE(m_db.exec(*sql), QString());
    std::vector<SqlScoreRow> rows;
    QCOMPARE(m_db.rows(QStringLiteral("SELECT * FROM v"), &rows), QString());
    std::size_t compared = 0;
    QCOMPARE(test::compareWithEngine(m, m_data, rows, &compared), QString());
    // The map key with quotes matched (score 90 → the second tier) for some accounts.
    QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const SqlScoreRow &r) { return r.score == 90 && r.tier == m.tiers[1].id; }));
    sqlite3_stmt *names = nullptr;
    QCOMPARE(sqlite3_prepare_v2(m_db.handle(), "SELECT * FROM v", -1, &names, nullptr), SQLITE_OK);
    QCOMPARE(QString::fromUtf8(sqlite3_column_name(names, 4)), m.categories[0].id);
    sqlite3_finalize(names);
    std::vector<SqlScoreRow> count;
    QCOMPARE(m_db.rows(QStringLiteral("SELECT account_id, as_of, NULL, '' FROM snapshots"), &count), QString());
    QCOMPARE(count.size(), compared);
}

void tst_SqlExporter::selectOnly()
{
    Model m = smallModel();
    m.signals[0].column = QStringLiteral("tickets");
    SqlExportOptions options = sqliteOptions(m_data);
    options.selectOnly = true;
    const Result<QString> sql = SqlExporter(m, options).sql();
    QVERIFY2(sql, sql ? "" : qPrintable(sql.error().message));
    QVERIFY(!sql->contains(u"CREATE VIEW"));
    QVERIFY(sql->endsWith(u"FROM tiered;\n"));
    std::vector<SqlScoreRow> rows;
    QCOMPARE(m_db.rows(*sql, &rows), QString());
    std::size_t compared = 0;
    QCOMPARE(test::compareWithEngine(m, m_data, rows, &compared), QString());
}

void tst_SqlExporter::header()
{
    Model m = smallModel();
    m.name = QStringLiteral("Churn\nv3");
    SqlExportOptions options;
    options.dialect = SqlDialect::Postgres;
    options.source = QStringLiteral("weekly \"snapshots\"");
    options.view = QStringLiteral("health");
    const Result<QString> sql = SqlExporter(m, options).sql();
    QVERIFY(sql);
    const QStringList lines = sql->split(u'\n');
    QVERIFY(lines.size() > 6);
    QCOMPARE(lines[0], QStringLiteral("-- Tierlab model \"Churn v3\", format version 1"));
    QCOMPARE(lines[1], QStringLiteral("-- SHA-256 ") + ModelExport::canonicalSha256(m));
    QCOMPARE(lines[1].size(), 11 + 64);
    QCOMPARE(lines[2], QStringLiteral("-- Dialect postgres; source table \"weekly \"\"snapshots\"\"\", one row per account and as_of"));
    QCOMPARE(lines[3], QStringLiteral("-- Returns account_id, as_of, score, tier and one column per category "
                                      "(docs/sql-export.md); change the model in Tierlab, not here."));
    QCOMPARE(lines[4], QStringLiteral("CREATE VIEW \"health\" AS"));
    QCOMPARE(lines[5], QStringLiteral("WITH"));
    QVERIFY(sql->contains(u"FROM \"weekly \"\"snapshots\"\"\"\n"));
    // PostgreSQL reads a bare 0.5 as numeric: every number from the model is a double.
    QVERIFY(sql->contains(u"CAST(10.0 AS DOUBLE PRECISION)"));
}

void tst_SqlExporter::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("literal");
    QTest::newRow("plain") << "usage" << "\"usage\"" << "'usage'";
    QTest::newRow("double quote") << "a\"b" << "\"a\"\"b\"" << "'a\"b'";
    QTest::newRow("single quote") << "o'brien" << "\"o'brien\"" << "'o''brien'";
    QTest::newRow("injection") << "x'; DROP TABLE t; --" << "\"x'; DROP TABLE t; --\"" << "'x''; DROP TABLE t; --'";
    QTest::newRow("empty") << "" << "\"\"" << "''";
}

void tst_SqlExporter::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, identifier);
    QFETCH(QString, literal);
    QCOMPARE(SqlExporter::quoteIdentifier(text), identifier);
    QCOMPARE(SqlExporter::quoteText(text), literal);
}

void tst_SqlExporter::refusals_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("message");
    Model m = smallModel();
    m.version = 2;
    m.trend = TrendSplit{QStringLiteral("red"), 8, 1, QStringLiteral("down"), {}, {}, {}};
    m.categories[0].id = QStringLiteral("Declining");
    m.signals[0].category = QStringLiteral("Declining");
    QTest::newRow("category named like the trend column") << m << true
        << "categories: the category id \"Declining\" is also the name of another output column (account_id, as_of, "
           "score, tier, declining and the categories must differ, ignoring case)";
    m = smallModel();
    m.categories[0].id = QStringLiteral("Score");
    m.signals[0].category = QStringLiteral("Score");
    QTest::newRow("category named like an output") << m << false
        << "categories: the category id \"Score\" is also the name of another output column (account_id, as_of, "
           "score, tier and the categories must differ, ignoring case)";
    m = smallModel();
    m.categories.push_back(Category{QStringLiteral("Usage"), {}, {}, 1, Aggregate::Mean, {}});
    QTest::newRow("categories equal but for case") << m << false
        << "categories: the category id \"Usage\" is also the name of another output column (account_id, as_of, "
           "score, tier and the categories must differ, ignoring case)";
    m = smallModel();
    m.signals[0].column = QStringLiteral("a_column_name_that_is_longer_than_sixty_three_bytes_in_postgresql");
    QTest::newRow("long name on postgres") << m << true
        << "the name \"a_column_name_that_is_longer_than_sixty_three_bytes_in_postgresql\" is longer than "
           "PostgreSQL's 63 bytes; it would be cut short";
    m = smallModel();
    m.signals[0].column = QStringLiteral("nul") + QChar(0) + QStringLiteral("here");
    QTest::newRow("NUL in a name") << m << false << "the name \"nul here\" holds a NUL character, which SQL cannot quote";
    m = smallModel();
    m.penalties.push_back(Penalty{QStringLiteral("p"), QStringLiteral("logins"), {}, CompareOp::Greater,
                                  RuleValue{RuleValue::Type::Number, std::numeric_limits<double>::infinity(), {}, false}, 5, {}});
    // SQL has no literal for infinity: the validator's check keeps it out.
    QTest::newRow("infinite number") << m << false << "the model is not valid:\npenalties[0].value: must be a finite number";
    m = smallModel();
    m.tiers[1].min = -5;
    QTest::newRow("invalid model") << m << false
        << "the model is not valid:\ntiers[1].min: tiers must be sorted by strictly increasing min (-5 after 0)";
}

void tst_SqlExporter::refusals()
{
    QFETCH(Model, model);
    QFETCH(bool, postgres);
    QFETCH(QString, message);
    SqlExportOptions options;
    options.dialect = postgres ? SqlDialect::Postgres : SqlDialect::Sqlite;
    const Result<QString> sql = SqlExporter(model, options).sql();
    QVERIFY(!sql);
    QCOMPARE(sql.error().message, message);
    QCOMPARE(sql.error().code, Error::Code::Invalid);
}

void tst_SqlExporter::dialectNames()
{
    SqlDialect d = SqlDialect::Sqlite;
    QVERIFY(sqlDialectFromName(QStringLiteral("postgres"), &d));
    QCOMPARE(d, SqlDialect::Postgres);
    QVERIFY(sqlDialectFromName(QStringLiteral("sqlite"), &d));
    QCOMPARE(d, SqlDialect::Sqlite);
    QVERIFY(!sqlDialectFromName(QStringLiteral("mysql"), &d));
    QCOMPARE(sqlDialectName(SqlDialect::Postgres), QStringLiteral("postgres"));
}

void tst_SqlExporter::commandLine()
{
    // `tierlab export sql` writes what SqlExporter gives; a refusal exits 1 with the message.
    QTemporaryDir dir;
    const QString modelPath = dir.filePath(QStringLiteral("m.json"));
    Model m = smallModel();
    QVERIFY(ModelFile::save(m, modelPath));
    const QString outPath = dir.filePath(QStringLiteral("m.sql"));
    QProcess cli;
    cli.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("export"), QStringLiteral("sql"), QStringLiteral("--model"), modelPath,
                                            QStringLiteral("--dialect"), QStringLiteral("postgres"), QStringLiteral("--source"),
                                            QStringLiteral("weekly"), QStringLiteral("--view"), QStringLiteral("health"),
                                            QStringLiteral("--out"), outPath});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QFile file(outPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SqlExportOptions options;
    options.dialect = SqlDialect::Postgres;
    options.source = QStringLiteral("weekly");
    options.view = QStringLiteral("health");
    const Result<Model> loaded = ModelFile::load(modelPath);
    QVERIFY(loaded);
    QCOMPARE(QString::fromUtf8(file.readAll()), *SqlExporter(*loaded, options).sql());

    m.version = 2;
    m.hysteresis = Hysteresis{5, 0, {}};
    QVERIFY(ModelFile::save(m, modelPath));
    cli.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("export"), QStringLiteral("sql"), QStringLiteral("--model"), modelPath,
                                            QStringLiteral("--dialect"), QStringLiteral("sqlite")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().contains("hysteresis_walk"));
    m.trend = TrendSplit{QStringLiteral("red"), 8, 1, QStringLiteral("down"), {}, {}, {}};
    m.categories[0].id = QStringLiteral("declining");
    m.signals[0].category = m.categories[0].id;
    QVERIFY(ModelFile::save(m, modelPath));
    cli.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("export"), QStringLiteral("sql"), QStringLiteral("--model"), modelPath,
                                            QStringLiteral("--dialect"), QStringLiteral("sqlite")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(cli.readAllStandardError()).startsWith(u"tierlab: export sql: categories: the category id \"declining\""),
             "the refusal names the member");
    cli.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("export"), QStringLiteral("sql"), QStringLiteral("--model"), modelPath,
                                            QStringLiteral("--dialect"), QStringLiteral("oracle")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
}

QTEST_GUILESS_MAIN(tst_SqlExporter)
#include "tst_sqlexporter.moc"
