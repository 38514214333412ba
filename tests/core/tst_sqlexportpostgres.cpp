#include "sqlexportcheck.h"

#include "sqlexport/sqlexporter.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace tierlab;
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
    void idsStayQuoted();

private:
    // Runs `script` (the schema on the search path first); the output of its queries, one row a line,
    // fields separated by U+001F. Returns psql's error text on failure.
    QString psql(const QString &script, QStringList *lines = nullptr) const;
    QString scores(const Model &model, std::vector<SqlScoreRow> *rows) const;

    QString m_conninfo;
    QString m_schema;
    test::SqlExportData m_data;
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
    QTemporaryFile file;
    if (!file.open())
        return QStringLiteral("cannot write a temporary file");
    // A statement that ran away must not outlive the test on the server.
    file.write(QStringLiteral("SET search_path TO %1;\nSET statement_timeout = '120s';\n")
                   .arg(SqlExporter::quoteIdentifier(m_schema))
                   .toUtf8());
    file.write(script.toUtf8());
    file.flush();
    QProcess process;
    process.start(QStringLiteral("psql"), {m_conninfo, QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-At"), QStringLiteral("-F"),
                                           QStringLiteral("\x1f"), QStringLiteral("-f"), file.fileName()});
    if (!process.waitForFinished(300000))
        return QStringLiteral("psql did not finish: %1").arg(process.errorString());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError());
    if (lines)
        *lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    return {};
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

void tst_SqlExportPostgres::initTestCase()
{
    m_conninfo = qEnvironmentVariable("TIERLAB_TEST_POSTGRES");
    if (m_conninfo.isEmpty())
        QSKIP("TIERLAB_TEST_POSTGRES is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)");
    m_schema = QStringLiteral("tierlab_sqlexport_%1").arg(QCoreApplication::applicationPid());
    Result<test::SqlExportData> data = test::sqlExportData(1200);
    QVERIFY2(data, data ? "" : qPrintable(data.error().message));
    m_data = std::move(*data);

    // The source table, loaded with COPY (CSV: an empty unquoted field is NULL, "" is empty text).
    QStringList columns = {QStringLiteral("\"account_id\" text"), QStringLiteral("\"as_of\" date"),
                           QStringLiteral("\"segment\" text"), QStringLiteral("\"csm\" text")};
    for (const SignalInfo &info : m_data.catalogue)
        columns << SqlExporter::quoteIdentifier(info.id) + (info.type == SignalType::Category ? u" text" : u" double precision");
    QString script = QStringLiteral("CREATE SCHEMA %1;\nCREATE TABLE snapshots (%2);\n"
                                    "COPY snapshots FROM STDIN WITH (FORMAT csv);\n")
                         .arg(SqlExporter::quoteIdentifier(m_schema), columns.join(u", "));
    for (const auto &snapshot : m_data.snapshots) {
        const Dataset &d = *snapshot;
        auto name = [](const std::vector<std::int32_t> &codes, const std::vector<QString> &names, std::size_t r) {
            return r < codes.size() && codes[r] >= 0 && std::size_t(codes[r]) < names.size() ? names[std::size_t(codes[r])] : QString();
        };
        for (std::size_t r = 0; r < d.size(); ++r) {
            QStringList f = {csvField(d.accountIds[r]), d.asOf.toString(Qt::ISODate), csvField(name(d.segment, d.segmentNames, r)),
                             csvField(name(d.csm, d.csmNames, r))};
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
    script += QStringLiteral("\\.\n");
    // psql() puts the schema on the search path before it exists, which PostgreSQL allows.
    const QString created = psql(script);
    QVERIFY2(created.isEmpty(), qPrintable(created.left(2000)));
    QStringList count;
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM snapshots;"), &count), QString());
    QCOMPARE(count, QStringList{QString::number(m_data.snapshots[0]->size() + m_data.snapshots[1]->size())});
}

void tst_SqlExportPostgres::cleanupTestCase()
{
    if (!m_schema.isEmpty())
        QCOMPARE(psql(QStringLiteral("DROP SCHEMA %1 CASCADE;").arg(SqlExporter::quoteIdentifier(m_schema))), QString());
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
