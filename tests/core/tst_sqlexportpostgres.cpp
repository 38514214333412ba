#include "sqlexportcheck.h"
#include "sqlexportdb.h"
#include "sqlexportpathscheck.h"

#include "sqlexport/sqlexporter.h"

#include <QCoreApplication>
#include <QTest>

using namespace tierlab;
using tierlab::test::SqlPathRow;
using tierlab::test::SqlScoreRow;

// The SQL export's equivalence with the engine on a real PostgreSQL server: TIERLAB_TEST_POSTGRES
// names it (a libpq conninfo; scripts/test.sh starts a throwaway cluster). psql does the talking, so
// the tests need no client library.
class tst_SqlExportPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void equalsEngine_data();
    void equalsEngine();
    void dynamicsEqualTierPaths_data();
    void dynamicsEqualTierPaths();
    void edgesEqualTierPaths_data();
    void edgesEqualTierPaths();
    void idsStayQuoted();

private:
    // Runs `script` (the schema on the search path first); the output of its queries, one row a line,
    // fields separated by U+001F. Returns psql's error text on failure.
    QString psql(const QString &script, QStringList *lines = nullptr) const;
    QString scores(const Model &model, std::vector<SqlScoreRow> *rows) const;
    // The script that creates `table` from `data` with COPY.
    static QString table(const test::SqlExportData &data, const QString &name);
    // The rows of the view of a model with hysteresis or a trend tier over `table`.
    QString pathRows(const Model &model, const test::SqlExportData &data, const QString &table, std::vector<SqlPathRow> *rows) const;

    test::Psql m_pg;   // the server and this run's schema
    test::SqlExportData m_data;
    test::SqlHistory m_history;   // table "history"
    test::SqlHistory m_edges;     // table "edges"
};

namespace {

QString csvField(const QString &text)
{
    if (text.isNull())
        return {};   // NULL
    QString inner = text;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

} // namespace

QString tst_SqlExportPostgres::psql(const QString &script, QStringList *lines) const
{
    return m_pg.lines(script, lines);
}

QString tst_SqlExportPostgres::scores(const Model &model, std::vector<SqlScoreRow> *rows) const
{
    SqlExportOptions options;
    options.dialect = SqlDialect::Postgres;
    options.view = QStringLiteral("v");
    options.catalogue = m_data.catalogue;
    const Result<QString> sql = SqlExporter(model, options).sql();
    if (!sql)
        return sql.error().message;
    QStringList lines;
    if (QString e = psql(QStringLiteral("BEGIN;\n%1SELECT * FROM v;\nROLLBACK;\n").arg(*sql), &lines); !e.isEmpty())
        return e;
    for (const QString &line : lines) {
        const QStringList f = line.split(u'\x1f');
        if (f.size() != 4 + qsizetype(model.categories.size()))
            return QStringLiteral("unexpected row: %1").arg(line);
        auto number = [](const QString &text) { return text.isEmpty() ? kMissing : text.toDouble(); };
        SqlScoreRow row{f[0], f[1], number(f[2]), f[3], {}};
        for (qsizetype c = 4; c < f.size(); ++c)
            row.categories.push_back(number(f[c]));
        rows->push_back(std::move(row));
    }
    return {};
}

QString tst_SqlExportPostgres::table(const test::SqlExportData &data, const QString &name)
{
    // COPY with CSV: an empty unquoted field is NULL, "" is empty text.
    QStringList columns = {QStringLiteral("\"account_id\" text"), QStringLiteral("\"as_of\" date"),
                           QStringLiteral("\"segment\" text"), QStringLiteral("\"csm\" text")};
    for (const SignalInfo &info : data.catalogue)
        columns << SqlExporter::quoteIdentifier(info.id) + (info.type == SignalType::Category ? u" text" : u" double precision");
    QString script = QStringLiteral("CREATE TABLE %1 (%2);\nCOPY %1 FROM STDIN WITH (FORMAT csv);\n")
                         .arg(SqlExporter::quoteIdentifier(name), columns.join(u", "));
    for (const auto &snapshot : data.snapshots) {
        const Dataset &d = *snapshot;
        auto label = [](const std::vector<std::int32_t> &codes, const std::vector<QString> &names, std::size_t r) {
            return r < codes.size() && codes[r] >= 0 && std::size_t(codes[r]) < names.size() ? names[std::size_t(codes[r])] : QString();
        };
        for (std::size_t r = 0; r < d.size(); ++r) {
            QStringList f = {csvField(d.accountIds[r]), d.asOf.toString(Qt::ISODate), csvField(label(d.segment, d.segmentNames, r)),
                             csvField(label(d.csm, d.csmNames, r))};
            for (const Column &col : d.columns) {
                if (col.isMissing(r))
                    f << QString();
                else if (col.info.type == SignalType::Category)
                    f << csvField(col.dictionary[std::size_t(col.codes[r])]);
                else
                    f << QString::number(col.numbers[r], 'g', 17);
            }
            script += f.join(u',') + u'\n';
        }
    }
    return script + QStringLiteral("\\.\n");
}

QString tst_SqlExportPostgres::pathRows(const Model &model, const test::SqlExportData &data, const QString &table,
                                        std::vector<SqlPathRow> *rows) const
{
    SqlExportOptions options;
    options.dialect = SqlDialect::Postgres;
    options.view = QStringLiteral("v");
    options.source = table;
    options.catalogue = data.catalogue;
    const Result<QString> sql = SqlExporter(model, options).sql();
    if (!sql)
        return sql.error().message;
    QStringList lines;
    if (QString e = psql(QStringLiteral("BEGIN;\n%1SELECT account_id, as_of, score, tier%2 FROM v;\nROLLBACK;\n")
                             .arg(*sql, model.trend ? QStringLiteral(", declining") : QString()),
                         &lines);
        !e.isEmpty())
        return e;
    for (const QString &line : lines) {
        const QStringList f = line.split(u'\x1f');
        if (f.size() != (model.trend ? 5 : 4) || (model.trend && f[4] != u"t" && f[4] != u"f"))
            return QStringLiteral("unexpected row: %1").arg(line);
        rows->push_back({f[0], f[1], f[2].isEmpty() ? kMissing : f[2].toDouble(), f[3], model.trend && f[4] == u"t"});
    }
    return {};
}

void tst_SqlExportPostgres::initTestCase()
{
    m_pg.conninfo = qEnvironmentVariable("TIERLAB_TEST_POSTGRES");
    if (m_pg.conninfo.isEmpty())
        QSKIP("TIERLAB_TEST_POSTGRES is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)");
    m_pg.schema = QStringLiteral("tierlab_sqlexport_%1").arg(QCoreApplication::applicationPid());
    Result<test::SqlExportData> data = test::sqlExportData(1200);
    QVERIFY2(data, data ? "" : qPrintable(data.error().message));
    m_data = std::move(*data);

    Result<test::SqlHistory> history = test::sqlHistoryData(200, 14);
    QVERIFY2(history, history ? "" : qPrintable(history.error().message));
    m_history = std::move(*history);
    Result<test::SqlHistory> edges = test::sqlEdgeHistory(test::sqlEdgeUsage(), test::sqlEdgeChamp(), test::sqlEdgeEnterprise());
    QVERIFY2(edges, edges ? "" : qPrintable(edges.error().message));
    m_edges = std::move(*edges);
    const QString script = QStringLiteral("CREATE SCHEMA %1;\n").arg(SqlExporter::quoteIdentifier(m_pg.schema))
                           + table(m_data, QStringLiteral("snapshots")) + table(m_history.data, QStringLiteral("history"))
                           + table(m_edges.data, QStringLiteral("edges"));
    // psql() puts the schema on the search path before it exists, which PostgreSQL allows.
    const QString created = psql(script);
    QVERIFY2(created.isEmpty(), qPrintable(created.left(2000)));
    QStringList count;
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM snapshots;"), &count), QString());
    QCOMPARE(count, QStringList{QString::number(m_data.snapshots[0]->size() + m_data.snapshots[1]->size())});
}

void tst_SqlExportPostgres::cleanupTestCase()
{
    if (!m_pg.schema.isEmpty())
        QCOMPARE(psql(QStringLiteral("DROP SCHEMA %1 CASCADE;").arg(SqlExporter::quoteIdentifier(m_pg.schema))), QString());
}

void tst_SqlExportPostgres::equalsEngine_data()
{
    // Both seeds, full, minimal, v1-written and v2 (newer.json does not load), then 60 random models.
    QCOMPARE(test::shippedSqlModels(m_data).size(), std::size_t(6));
    const QString made = test::addSqlModelRows(m_data);
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void tst_SqlExportPostgres::equalsEngine()
{
    // Every account of both snapshots: score (|Δ| ≤ 1e-9), tier, unscored and category scores.
    QFETCH(Model, model);
    std::vector<SqlScoreRow> rows;
    const QString ran = scores(model, &rows);
    QVERIFY2(ran.isEmpty(), qPrintable(ran));
    std::size_t compared = 0;
    const QString difference = test::compareWithEngine(model, m_data, rows, &compared);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(compared, m_data.snapshots[0]->size() + m_data.snapshots[1]->size());
}

void tst_SqlExportPostgres::dynamicsEqualTierPaths_data()
{
    // As in tst_sqlexporter: the seeds with hysteresis 3/2 (and a trend tier), then 48 random models.
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

void tst_SqlExportPostgres::dynamicsEqualTierPaths()
{
    // Every account-week: score, tier with hysteresis and tier caps, and the trend flag equal TierPaths'.
    QFETCH(Model, model);
    std::vector<SqlPathRow> rows;
    const QString ran = pathRows(model, m_history.data, QStringLiteral("history"), &rows);
    QVERIFY2(ran.isEmpty(), qPrintable(ran));
    QCOMPARE(test::compareWithPaths(model, m_history, rows), QString());
}

void tst_SqlExportPostgres::edgesEqualTierPaths_data()
{
    QTest::addColumn<Model>("model");
    for (const auto &[name, model] : test::sqlEdgeModels())
        QTest::newRow(qPrintable(name)) << model;
}

void tst_SqlExportPostgres::edgesEqualTierPaths()
{
    // The hand-made edges (tst_sqlexporter checks that they are reached).
    QFETCH(Model, model);
    std::vector<SqlPathRow> rows;
    const QString ran = pathRows(model, m_edges.data, QStringLiteral("edges"), &rows);
    QVERIFY2(ran.isEmpty(), qPrintable(ran));
    QCOMPARE(test::compareWithPaths(model, m_edges, rows), QString());
}

void tst_SqlExportPostgres::idsStayQuoted()
{
    // A category, signal, tier and map key made to break out of their quotes: the view scores as the
    // engine does and the source table is still there.
    Model m;
    m.name = QStringLiteral("x\n; DROP TABLE snapshots; --");
    m.categories = {Category{QStringLiteral("c\"; DROP TABLE snapshots; --"), {}, {}, 1, Aggregate::Mean, {}}};
    Signal s;
    s.id = QStringLiteral("s'; DROP TABLE snapshots; --");
    s.column = QStringLiteral("plan");
    s.category = m.categories[0].id;
    s.rule.kind = RuleKind::Map;
    s.rule.mapScores = {{QStringLiteral("O'Brien\"; DROP TABLE snapshots; --"), 90}, {QStringLiteral("Gold"), 70}};
    s.rule.mapDefault = 10;
    m.signals = {s};
    m.tiers = {Tier{QStringLiteral("red"), {}, {}, 0, {}}, Tier{QStringLiteral("it's \"green\"; --"), {}, {}, 50, {}}};
    std::vector<SqlScoreRow> rows;
    QCOMPARE(scores(m, &rows), QString());
    std::size_t compared = 0;
    QCOMPARE(test::compareWithEngine(m, m_data, rows, &compared), QString());
    QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const SqlScoreRow &r) { return r.score == 90 && r.tier == m.tiers[1].id; }));
    QStringList count;
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM snapshots;"), &count), QString());
    QCOMPARE(count, QStringList{QString::number(compared)});
}

QTEST_GUILESS_MAIN(tst_SqlExportPostgres)
#include "tst_sqlexportpostgres.moc"
