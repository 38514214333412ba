// The signal recipes as SQL (SqlRecipeExporter, docs/sql-export.md "The recipes as SQL"): the view over
// the raw event tables gives every value of every account-week that SignalComputer (the engine of
// `tierlab signals build`) gives — the demo's raw exports and hand-made tables reaching every
// aggregation, `where` operator, window edge, open/closed row, missing value, `last` tie, derived
// kind and account start/end — on SQLite always and on PostgreSQL when TIERLAB_TEST_POSTGRES is set;
// the model's SQL over that view gives Tierlab's scores and tiers; and what SQL cannot take is refused.
#include "clirun.h"
#include "sqlexportcheck.h"
#include "sqlexportdb.h"
#include "sqlexportrecipescheck.h"

#include "model/modelfile.h"
#include "recipes/signalbuilder.h"
#include "sqlexport/sqlrecipeexporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>


using namespace tierlab;
using tierlab::test::Fixture;
using tierlab::test::SqlRows;


class tst_SqlExportRecipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void equalsBuild_data();
    void equalsBuild();
    void modelOverRecipesEqualsEngine_data();
    void modelOverRecipesEqualsEngine();
    void refusals_data();
    void refusals();
    void cli();

private:
    Result<QString> recipesSql(const Fixture &f, const QByteArray &json, SqlDialect dialect, const QString &view = QStringLiteral("v")) const;
    QString viewRows(const Fixture &f, const QByteArray &json, SqlDialect dialect, SqlRows *rows) const;

    Fixture m_demo;
    Fixture m_corners;
    test::Psql m_pg;
};

void tst_SqlExportRecipes::initTestCase()
{
    auto demo = test::demoFixture(60, 16);
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    m_demo = std::move(*demo);
    auto corners = test::cornerFixture();
    QVERIFY2(corners, qPrintable(corners ? QString() : corners.error().message));
    m_corners = std::move(*corners);
    m_pg.conninfo = qEnvironmentVariable("TIERLAB_TEST_POSTGRES");
    if (!m_pg.conninfo.isEmpty()) {
        m_pg.schema = QStringLiteral("tierlab_recipes_%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(m_pg.run(QStringLiteral("CREATE SCHEMA %1;\n").arg(SqlExporter::quoteIdentifier(m_pg.schema))), QString());
    }
}

void tst_SqlExportRecipes::cleanupTestCase()
{
    if (!m_pg.schema.isEmpty())
        QCOMPARE(m_pg.run(QStringLiteral("DROP SCHEMA %1 CASCADE;\n").arg(SqlExporter::quoteIdentifier(m_pg.schema))), QString());
}

Result<QString> tst_SqlExportRecipes::recipesSql(const Fixture &f, const QByteArray &json, SqlDialect dialect, const QString &view) const
{
    auto recipes = RecipeSet::parse(json, QStringLiteral("R.json"));
    if (!recipes)
        return std::unexpected(recipes.error());
    SqlRecipeOptions options;
    options.dialect = dialect;
    options.view = view;
    options.source = QStringLiteral("R.json");
    auto exporter = SqlRecipeExporter::create(*f.ws, *recipes, options);
    if (!exporter)
        return std::unexpected(exporter.error());
    return exporter->sql();
}

// Loads the fixture's tables into a new database of `dialect`, creates the recipes' view and reads it.
QString tst_SqlExportRecipes::viewRows(const Fixture &f, const QByteArray &json, SqlDialect dialect, SqlRows *rows) const
{
    auto sql = recipesSql(f, json, dialect);
    if (!sql)
        return sql.error().message;
    if (dialect == SqlDialect::Sqlite) {
        test::SqliteDb db;
        if (QString e = db.loadEventTables(*f.ws); !e.isEmpty())
            return e;
        if (QString e = db.exec(*sql); !e.isEmpty())
            return e + u'\n' + *sql;
        return db.rows(QStringLiteral("SELECT * FROM v"), rows);
    }
    QString error;
    const QString tables = test::Psql::eventTablesScript(*f.ws, &error);
    if (!error.isEmpty())
        return error;
    return m_pg.run(QStringLiteral("BEGIN;\n%1%2SELECT * FROM v;\nROLLBACK;\n").arg(tables, *sql), rows);
}

void tst_SqlExportRecipes::equalsBuild_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("recipes");
    QTest::addColumn<bool>("postgres");
    const QByteArray corners = m_corners.recipes;
    const QByteArray everyTwoWeeks = test::replaced(corners, R"("grid": {"every_days": 7, "first": "2024-01-01"})", R"("grid": {"every_days": 14})");
    const QByteArray noAccounts =
        test::replaced(corners, R"("accounts": {"table": "accounts", "start": "signup", "end": "end_date", "name": "name", "segment": "segment"})",
                 R"("accounts": {"table": "customers"})");
    for (const bool postgres : {false, true}) {
        const char *d = postgres ? "postgres" : "sqlite";
        // Random recipes over the corner tables: grids of 1, 7 and 14 days, from a date and from the rows.
        for (quint64 seed = 1; seed <= 12; ++seed) {
            const int every = seed % 3 == 0 ? 1 : seed % 3 == 1 ? 7 : 14;
            const QString first = seed % 2 ? QStringLiteral("2024-01-01") : QString();
            QByteArray json;
            for (quint64 attempt = 0; attempt < 100 && json.isEmpty(); ++attempt) {
                json = test::randomRecipes(seed * 1000 + attempt, *m_corners.ws, every, first);
                auto set = RecipeSet::parse(json, QStringLiteral("R.json"));
                if (!set || !set->check(*m_corners.ws, QStringLiteral("R.json")))
                    json.clear();
            }
            QVERIFY2(!json.isEmpty(), "no random recipes the corner tables take");
            QTest::addRow("%s: random %llu (every %d days)", d, seed, every) << QStringLiteral("corners") << json << postgres;
        }
        QTest::addRow("%s: demo raw exports", d) << QStringLiteral("demo") << m_demo.recipes << postgres;
        QTest::addRow("%s: corners", d) << QStringLiteral("corners") << corners << postgres;
        QTest::addRow("%s: corners, grid of 14 days from the rows", d) << QStringLiteral("corners") << everyTwoWeeks << postgres;
        QTest::addRow("%s: corners, no accounts table", d) << QStringLiteral("corners") << noAccounts << postgres;
    }
}

void tst_SqlExportRecipes::equalsBuild()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, recipes);
    QFETCH(bool, postgres);
    if (postgres && m_pg.conninfo.isEmpty())
        QSKIP("TIERLAB_TEST_POSTGRES is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)");
    const Fixture &f = fixture == u"demo" ? m_demo : m_corners;
    SqlRows rows;
    QString e = viewRows(f, recipes, postgres ? SqlDialect::Postgres : SqlDialect::Sqlite, &rows);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    auto set = RecipeSet::parse(recipes, QStringLiteral("R.json"));
    QVERIFY(set);
    std::size_t compared = 0;
    double largest = 0;
    e = test::compareWithBuild(*f.ws, *set, rows, &compared, &largest);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QVERIFY(compared > 10);
    qInfo("%zu account-weeks of %zu signals equal (largest |difference| %g)", compared, set->signals.size(), largest);
}

void tst_SqlExportRecipes::modelOverRecipesEqualsEngine_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<Model>("model");
    auto seed = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    auto simple = ModelFile::load(QStringLiteral(":/models/seed-simple.json"));
    QVERIFY(seed && simple);
    // The seed with a variant for the enterprise segment: the view's `segment` column chooses it.
    Model bySegment = *seed;
    bySegment.segments.by = QStringLiteral("segment");
    SegmentVariant variant;
    variant.id = QStringLiteral("ent");
    variant.when = {QStringLiteral("Enterprise"), QStringLiteral("Mid-Market")};
    variant.categoryWeights.emplace_back(bySegment.categories.front().id, 60.0);
    bySegment.segments.variants.push_back(variant);
    bySegment.version = bySegment.requiredVersion();
    for (const bool postgres : {false, true}) {
        const char *d = postgres ? "postgres" : "sqlite";
        QTest::addRow("%s: seed-default", d) << postgres << *seed;
        QTest::addRow("%s: seed-simple", d) << postgres << *simple;
        QTest::addRow("%s: seed-default by segment", d) << postgres << bySegment;
    }
}

// Raw tables → recipes' view → the seed model's view: the score, tier and category scores of every
// account-week equal ScoringEngine's over the snapshots `signals build` writes.
void tst_SqlExportRecipes::modelOverRecipesEqualsEngine()
{
    QFETCH(bool, postgres);
    QFETCH(Model, model);
    if (postgres && m_pg.conninfo.isEmpty())
        QSKIP("TIERLAB_TEST_POSTGRES is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)");
    QVERIFY(ModelValidator::validate(model));
    auto fixture = test::demoFixture(80, 10);
    QVERIFY2(fixture, qPrintable(fixture ? QString() : fixture.error().message));
    auto recipes = RecipeSet::parse(fixture->recipes, QStringLiteral("R.json"));
    QVERIFY(recipes);
    auto built = SignalBuilder::build(*fixture->ws, *recipes);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    test::SqlExportData data;
    auto catalogue = fixture->ws->signalCatalogue();
    QVERIFY(catalogue);
    data.catalogue = *catalogue;
    auto dates = fixture->ws->asOfDates();
    QVERIFY(dates && !dates->empty());
    for (const QDate &d : *dates) {
        auto snapshot = fixture->ws->loadSnapshot(d);
        QVERIFY(snapshot);
        data.snapshots.push_back(std::make_shared<const Dataset>(std::move(*snapshot)));
    }
    const SqlDialect dialect = postgres ? SqlDialect::Postgres : SqlDialect::Sqlite;
    SqlRecipeOptions recipeOptions;
    recipeOptions.dialect = dialect;
    auto exporter = SqlRecipeExporter::create(*fixture->ws, *recipes, recipeOptions);
    QVERIFY2(exporter, qPrintable(exporter ? QString() : exporter.error().message));
    auto recipeSql = exporter->sql();
    QVERIFY(recipeSql);
    SqlExportOptions options;
    options.dialect = dialect;
    options.source = recipeOptions.view;
    options.view = QStringLiteral("scores");
    options.catalogue = exporter->catalogue();
    auto modelSql = SqlExporter(model, options).sql();
    QVERIFY2(modelSql, qPrintable(modelSql ? QString() : modelSql.error().message));
    SqlRows cells;
    if (postgres) {
        QString error;
        const QString tables = test::Psql::eventTablesScript(*fixture->ws, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_pg.run(QStringLiteral("BEGIN;\n%1%2%3SELECT * FROM scores;\nROLLBACK;\n").arg(tables, *recipeSql, *modelSql), &cells);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        test::SqliteDb db;
        QCOMPARE(db.loadEventTables(*fixture->ws), QString());
        QCOMPARE(db.exec(*recipeSql + *modelSql), QString());
        QCOMPARE(db.rows(QStringLiteral("SELECT * FROM scores"), &cells), QString());
    }
    std::vector<test::SqlScoreRow> rows;
    for (const auto &c : cells) {
        test::SqlScoreRow row{c[0].text, c[1].text, c[2].null ? kMissing : c[2].number, c[3].text, {}};
        for (std::size_t k = 4; k < c.size(); ++k)
            row.categories.push_back(c[k].null ? kMissing : c[k].number);
        rows.push_back(std::move(row));
    }
    std::size_t compared = 0;
    const QString e = test::compareWithEngine(model, data, rows, &compared);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QVERIFY(compared > 100);
    qInfo("%zu account-weeks scored equal", compared);
}

void tst_SqlExportRecipes::refusals_data()
{
    // tables: "name|key|time|CSV" each, imported into a new workspace; none: the corner tables.
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<QByteArray>("recipes");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("message");
    const QByteArray count = R"({"format": "tierlab-signals", "version": 1, "signals": [{"id": "n", "table": "t", "agg": "count"}]})";
    const QString row = QStringLiteral("R.json: table \"t\" has a column \"%1\", %2the name the SQL export gives the rows' file order");
    QTest::newRow("a signal id the view's own") << QStringList() << test::replaced(m_corners.recipes, R"({"id": "cnt_14",)", R"({"id": "account_id",)")
                                               << false << QStringLiteral("v")
                                               << QStringLiteral("R.json: $.signals[0].id: \"account_id\" is a column of the view itself (account_id, as_of)");
    const QString longName(70, u'x');
    QTest::newRow("a view name too long for PostgreSQL") << QStringList() << m_corners.recipes << true << longName
                                                         << QStringLiteral("R.json: the view: the name \"%1\" is longer than PostgreSQL's 63 bytes").arg(longName);
    QTest::newRow("a column tierlab_row") << QStringList{QStringLiteral("t|account_id|at|account_id,at,tierlab_row\nA,2024-01-01,1\n")} << count
                                          << false << QStringLiteral("v") << row.arg(QStringLiteral("tierlab_row"), QString());
    QTest::newRow("a column Tierlab_Row on SQLite") << QStringList{QStringLiteral("t|account_id|at|account_id,at,Tierlab_Row\nA,2024-01-01,1\n")}
                                                    << count << false << QStringLiteral("v")
                                                    << row.arg(QStringLiteral("Tierlab_Row"), QStringLiteral("to SQLite "));
    QTest::newRow("columns one name to SQLite") << QStringList{QStringLiteral("t|account_id|at|account_id,at,Amount,amount\nA,2024-01-01,1,2\n")}
                                                << count << false << QStringLiteral("v")
                                                << QStringLiteral("R.json: table \"t\" has the columns \"Amount\" and \"amount\", one name to SQLite");
    QTest::newRow("tables one name to SQLite")
        << QStringList{QStringLiteral("T|account_id|at|account_id,at\nA,2024-01-01\n"), QStringLiteral("t|account_id|at|account_id,at\nA,2024-01-02\n")}
        << count << false << QStringLiteral("v") << QStringLiteral("R.json: the tables \"T\" and \"t\" have one name to SQLite");
    QTest::newRow("invalid recipes: RecipeSet's messages")
        << QStringList() << test::replaced(m_corners.recipes, R"("column": "plan")", R"("column": "nope")") << false << QStringLiteral("v")
        << QStringLiteral("R.json: $.signals[36].column: table \"subs\" has no column \"nope\" (columns: sub_id, account_id, start, plan)");
}

void tst_SqlExportRecipes::refusals()
{
    QFETCH(QStringList, tables);
    QFETCH(QByteArray, recipes);
    QFETCH(bool, postgres);
    QFETCH(QString, view);
    QFETCH(QString, message);
    const Fixture *f = &m_corners;
    Result<Fixture> made = test::newFixture();
    QVERIFY(made);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QStringList spec = tables[t].split(u'|');
        const QByteArray key = spec[1].toLatin1(), time = spec[2].toLatin1();
        QCOMPARE(test::importCsv(*made, QStringLiteral("t%1.csv").arg(t), spec[3].toUtf8(), test::request(spec[0], key.constData(), time.constData())), QString());
        f = &*made;
    }
    auto sql = recipesSql(*f, recipes, postgres ? SqlDialect::Postgres : SqlDialect::Sqlite, view);
    QVERIFY(!sql);
    QCOMPARE(sql.error().message, message);
}

void tst_SqlExportRecipes::cli()
{
    const QString recipes = m_corners.dir->filePath(QStringLiteral("R.json"));
    QFile out(recipes);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_demo.recipes);
    out.close();
    const QString model = QStringLiteral(":/models/seed-default.json");
    test::CliRun r = test::runCli({QStringLiteral("export"), QStringLiteral("sql"), QStringLiteral("--model"), model, QStringLiteral("--dialect"),
                                   QStringLiteral("sqlite"), QStringLiteral("--recipes"), recipes});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("--recipes needs --workspace W")), qPrintable(r.errText()));

    // The whole path in one file: the recipes' view, then the model's view over it.
    r = test::runCli({QStringLiteral("export"), QStringLiteral("sql"), QStringLiteral("--model"), model, QStringLiteral("--dialect"),
                      QStringLiteral("sqlite"), QStringLiteral("--recipes"), recipes, QStringLiteral("--workspace"), m_demo.ws->path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    test::SqliteDb db;
    QCOMPARE(db.loadEventTables(*m_demo.ws), QString());
    QCOMPARE(db.exec(r.outText()), QString());
    SqlRows rows;
    QCOMPARE(db.rows(QStringLiteral("SELECT account_id, as_of, score, tier FROM tierlab_scores"), &rows), QString());
    SqlRows signalRows;
    QCOMPARE(db.rows(QStringLiteral("SELECT * FROM tierlab_signals"), &signalRows), QString());
    QCOMPARE(rows.size(), signalRows.size());
    QVERIFY(!rows.empty());
}

QTEST_GUILESS_MAIN(tst_SqlExportRecipes)
#include "tst_sqlexportrecipes.moc"
