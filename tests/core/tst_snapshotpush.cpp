#include "clirun.h"
#include "sqlexportcheck.h"

#include "pg/pgconnection.h"
#include "push/snapshotpush.h"
#include "sqlexport/sqlexporter.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sqlite3.h>

#include <map>

using namespace tierlab;
using tierlab::test::SqlScoreRow;

// `tierlab snapshots export --sqlite FILE | --postgres URL --table NAME`: every value read back equals
// the workspace's, the exported view over the table scores as the engine does, an existing table is
// refused or replaced in one transaction, names that need quoting stay quoted. SQLite always;
// PostgreSQL when TIERLAB_TEST_POSTGRES names a server (scripts/test.sh starts one).
class tst_SnapshotPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sqliteValuesEqualWorkspace_data();
    void sqliteValuesEqualWorkspace();
    void sqliteViewEqualsEngine_data();
    void sqliteViewEqualsEngine();
    void sqliteExistingTable();
    void sqliteFailedReplaceKeepsOldTable();
    void sqliteRefusesWorkspace();
    void cliExitCodes_data();
    void cliExitCodes();
    void postgresValuesEqualWorkspace_data();
    void postgresValuesEqualWorkspace();
    void postgresViewEqualsEngine_data();
    void postgresViewEqualsEngine();
    void postgresExistingTable();
    void postgresFailedReplaceKeepsOldTable();

private:
    QString workspacePath(const QString &name) const;
    QString pgInfo() const;   // the test server, with this test's schema first on the search path

    QTemporaryDir m_dir;
    QString m_conninfo;
    QString m_schema;
};

namespace {

const char kNoPostgres[] = "TIERLAB_TEST_POSTGRES is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)";

const QString kOdd = QStringLiteral("odd \"col\"; DROP TABLE snapshots; --");
const QString kOBrien = QStringLiteral("O'Brien\"; DROP TABLE snapshots; --");
const QString kTrickyTable = QStringLiteral("snap\"; DROP TABLE snapshots; --");

// A workspace made for the corners: ids, names and values with quotes, semicolons, tabs, line breaks
// and backslashes; a number signal whose id needs quoting; a category signal named "segment" (it
// takes the attribute's column); flags; missing values and attributes; three as_of dates.
QString fillTricky(Workspace &ws)
{
    const auto signal = [&](const QString &id, SignalType type) {
        SignalInfo info;
        info.id = id;
        info.label = id;
        info.originalName = id;
        info.type = type;
        return ws.ensureSignal(info);
    };
    auto usage = signal(QStringLiteral("usage"), SignalType::Number);
    auto odd = signal(kOdd, SignalType::Number);
    auto plan = signal(QStringLiteral("plan"), SignalType::Category);
    auto active = signal(QStringLiteral("active"), SignalType::Flag);
    auto segment = signal(QStringLiteral("segment"), SignalType::Category);
    if (!usage || !odd || !plan || !active || !segment)
        return QStringLiteral("signals");
    const QStringList plans = {kOBrien, QStringLiteral("tab\there"), QStringLiteral("line\nbreak"), QStringLiteral("ünïcødé €"),
                               QStringLiteral("back\\slash \\N"), QStringLiteral("Gold"), QString()};
    if (!ws.begin())
        return QStringLiteral("begin");
    const QDate dates[] = {QDate(2026, 1, 5), QDate(2026, 1, 12), QDate(2026, 1, 19)};
    for (int a = 0; a < 40; ++a) {
        AccountRecord account;
        account.id = a == 0 ? QStringLiteral("acc'0\"; --") : a == 1 ? QStringLiteral("acc\t1\\") : QStringLiteral("acc%1").arg(a, 3, 10, QLatin1Char('0'));
        account.name = a % 5 == 0 ? QString() : QStringLiteral("Name, \"%1\"; --").arg(a);
        account.csm = a % 3 == 0 ? QString() : QStringLiteral("CSM %1").arg(a % 4);
        account.segment = QStringLiteral("ignored: the signal takes the column");
        account.arr = a % 7 == 0 ? kMissing : 1000.0 / 3.0 * a;
        account.renewalDate = a % 4 == 0 ? QDate() : QDate(2026, 6, 1).addDays(a);
        auto key = ws.upsertAccount(account);
        if (!key)
            return key.error().message;
        for (int d = 0; d < 3; ++d) {
            if ((a + d) % 11 == 0)
                continue;   // no snapshot that week
            SnapshotCodec::Builder b;
            b.addNumber(usage->index, (a * 7 + d) % 9 == 0 ? kMissing : 0.1 * a + d * 1e-17 + 1.0 / 7.0 * d);
            b.addNumber(odd->index, a % 6 == 0 ? kMissing : -1e300 / (a + 1) + d);
            b.addText(plan->index, plans[(a + d) % plans.size()]);
            b.addNumber(active->index, (a + d) % 3 == 0 ? kMissing : double((a + d) % 2));
            b.addText(segment->index, a % 2 ? QStringLiteral("Enterprise") : QStringLiteral("SMB"));
            if (auto put = ws.putSnapshot(*key, dates[d], b.data()); !put)
                return put.error().message;
        }
    }
    if (!ws.commit())
        return QStringLiteral("commit");
    return {};
}

// The expected table, computed from Workspace::loadSnapshot (not from SnapshotRows): the header and
// one text per cell (a null QString for NULL), numbers as 17 significant digits.
struct Expected
{
    QStringList header;
    std::map<std::pair<QString, QString>, QStringList> rows;   // (account_id, as_of) → cells
};

QString numberText(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 17);
}

Result<Expected> expectedTable(const Workspace &ws, QDate only)
{
    Expected e;
    auto catalogue = ws.signalCatalogue();
    auto dates = ws.asOfDates();
    if (!catalogue || !dates)
        return fail(QStringLiteral("catalogue or dates"));
    e.header = {QStringLiteral("account_id"), QStringLiteral("as_of")};
    for (const char *a : {"name", "csm", "segment", "arr", "renewal_date"}) {
        if (std::none_of(catalogue->begin(), catalogue->end(), [&](const SignalInfo &s) { return s.id == QLatin1String(a); }))
            e.header << QString::fromLatin1(a);
    }
    for (const SignalInfo &s : *catalogue)
        e.header << s.id;
    for (const QDate &date : *dates) {
        if (only.isValid() && date != only)
            continue;
        auto ds = ws.loadSnapshot(date);
        if (!ds)
            return std::unexpected(ds.error());
        const auto code = [](const std::vector<std::int32_t> &codes, const std::vector<QString> &names, std::size_t r) {
            return r < codes.size() && codes[r] >= 0 ? names[std::size_t(codes[r])] : QString();
        };
        for (std::size_t r = 0; r < ds->size(); ++r) {
            QStringList cells;
            for (const QString &h : std::as_const(e.header)) {
                const bool isSignal = std::any_of(catalogue->begin(), catalogue->end(), [&](const SignalInfo &s) { return s.id == h; });
                if (h == u"account_id") {
                    cells << ds->accountIds[r];
                } else if (h == u"as_of") {
                    cells << date.toString(Qt::ISODate);
                } else if (isSignal) {
                    const int c = ds->columnIndex(h);
                    if (c < 0) {
                        cells << QString();   // a signal this snapshot lacks
                    } else {
                        const Column &col = ds->columns[std::size_t(c)];
                        cells << (col.info.type == SignalType::Category ? code(col.codes, col.dictionary, r) : numberText(col.numbers[r]));
                    }
                } else if (h == u"name") {
                    cells << (ds->names[r].isEmpty() ? QString() : ds->names[r]);
                } else if (h == u"csm") {
                    cells << code(ds->csm, ds->csmNames, r);
                } else if (h == u"segment") {
                    cells << code(ds->segment, ds->segmentNames, r);
                } else if (h == u"arr") {
                    cells << numberText(ds->arr[r]);
                } else {
                    cells << (ds->renewalDay[r] == Dataset::kNoDate ? QString() : QDate::fromJulianDay(ds->renewalDay[r]).toString(Qt::ISODate));
                }
            }
            e.rows[{ds->accountIds[r], date.toString(Qt::ISODate)}] = cells;
        }
    }
    return e;
}

// Compares a table read back (header, then rows of text; numbers as any exact text) with the expected.
QString compareTable(const Expected &e, const QStringList &header, const std::vector<QStringList> &rows, const std::vector<bool> &numeric)
{
    if (header != e.header)
        return QStringLiteral("header %1, expected %2").arg(header.join(u'|'), e.header.join(u'|'));
    if (rows.size() != e.rows.size())
        return QStringLiteral("%1 rows, expected %2").arg(rows.size()).arg(e.rows.size());
    for (const QStringList &row : rows) {
        auto it = e.rows.find({row.value(0), row.value(1)});
        if (it == e.rows.end())
            return QStringLiteral("unexpected row %1 on %2").arg(row.value(0), row.value(1));
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &got = row[c], &want = it->second[c];
            if (got.isNull() != want.isNull())
                return QStringLiteral("%1 on %2, column %3: \"%4\", expected \"%5\"").arg(row[0], row[1], header[c], got, want);
            // Numbers: the same double, whatever digits the database printed (-0 and 0 are equal).
            const bool same = got.isNull() || (numeric[std::size_t(c)] ? got.toDouble() == want.toDouble() : got == want);
            if (!same)
                return QStringLiteral("%1 on %2, column %3: \"%4\", expected \"%5\"").arg(row[0], row[1], header[c], got, want);
        }
    }
    return {};
}

// A SQLite file's table: header, rows as text (REAL with 17 digits), which columns are numbers.
QString readSqlite(const QString &file, const QString &table, QStringList *header, std::vector<QStringList> *rows, std::vector<bool> *numeric)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open %1").arg(file);
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = QStringLiteral("SELECT * FROM %1").arg(SqlExporter::quoteIdentifier(table)).toUtf8();
    QString problem;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        problem = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            *header << QString::fromUtf8(sqlite3_column_name(stmt, c));
            numeric->push_back(QString::fromUtf8(sqlite3_column_decltype(stmt, c)) == u"REAL");
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList row;
            for (int c = 0; c < header->size(); ++c) {
                const int type = sqlite3_column_type(stmt, c);
                if (type == SQLITE_NULL)
                    row << QString();
                else if (type == SQLITE_FLOAT || type == SQLITE_INTEGER)
                    row << numberText(sqlite3_column_double(stmt, c));
                else
                    row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)), sqlite3_column_bytes(stmt, c));
            }
            rows->push_back(row);
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return problem;
}

QString sqliteExec(const QString &file, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(file).constData(), &db);
    char *message = nullptr;
    QString problem;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
        problem = QString::fromUtf8(message ? message : "error");
    sqlite3_free(message);
    sqlite3_close(db);
    return problem;
}

// The snapshots as SqlExportData (what compareWithEngine compares against).
Result<test::SqlExportData> exportData(const Workspace &ws)
{
    test::SqlExportData data;
    auto catalogue = ws.signalCatalogue();
    auto dates = ws.asOfDates();
    if (!catalogue || !dates)
        return fail(QStringLiteral("catalogue or dates"));
    data.catalogue = *catalogue;
    for (const QDate &d : *dates) {
        auto ds = ws.loadSnapshot(d);
        if (!ds)
            return std::unexpected(ds.error());
        data.snapshots.push_back(std::make_shared<const Dataset>(std::move(*ds)));
    }
    return data;
}

Model trickyModel()
{
    Model m;
    m.name = QStringLiteral("tricky");
    m.categories = {Category{QStringLiteral("c\"; --"), {}, {}, 1, Aggregate::Mean, {}}};
    Signal odd;
    odd.id = QStringLiteral("odd");
    odd.column = kOdd;
    odd.category = m.categories[0].id;
    odd.rule.kind = RuleKind::Percentile;
    Signal plan;
    plan.id = QStringLiteral("plan");
    plan.column = QStringLiteral("plan");
    plan.category = m.categories[0].id;
    plan.rule.kind = RuleKind::Map;
    plan.rule.mapScores = {{kOBrien, 90}, {QStringLiteral("Gold"), 70}, {QStringLiteral("line\nbreak"), 35}};
    plan.rule.mapDefault = 10;
    Signal active;
    active.id = QStringLiteral("active");
    active.column = QStringLiteral("active");
    active.category = m.categories[0].id;
    active.rule.kind = RuleKind::Flag;
    active.rule.trueScore = 100;
    active.rule.falseScore = 20;
    active.missing = MissingPolicy(1);
    m.signals = {odd, plan, active};
    m.tiers = {Tier{QStringLiteral("red"), {}, {}, 0, {}}, Tier{QStringLiteral("green"), {}, {}, 50, {}}};
    return m;
}

// Rows of a scores query, as text: account_id, as_of, score, tier, categories.
QString scoreRows(const std::vector<QStringList> &rows, std::size_t categories, std::vector<SqlScoreRow> *out)
{
    for (const QStringList &f : rows) {
        if (std::size_t(f.size()) != 4 + categories)
            return QStringLiteral("unexpected row %1").arg(f.join(u'|'));
        auto number = [](const QString &text) { return text.isNull() ? kMissing : text.toDouble(); };
        SqlScoreRow row{f[0], f[1], number(f[2]), f[3], {}};
        for (qsizetype c = 4; c < f.size(); ++c)
            row.categories.push_back(number(f[c]));
        out->push_back(std::move(row));
    }
    return {};
}

} // namespace

QString tst_SnapshotPush::workspacePath(const QString &name) const
{
    return m_dir.filePath(name + QStringLiteral(".tierlab"));
}

QString tst_SnapshotPush::pgInfo() const
{
    const QString options = QStringLiteral("-csearch_path=%1").arg(m_schema);
    if (m_conninfo.startsWith(u"postgres"))
        return m_conninfo + (m_conninfo.contains(u'?') ? u'&' : u'?') + QStringLiteral("options=") + QString::fromLatin1(QUrl::toPercentEncoding(options));
    return m_conninfo + QStringLiteral(" options=%1").arg(options);
}


void tst_SnapshotPush::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions options;
    options.accounts = 400;
    options.weeks = 4;
    auto demo = DemoGenerator::generateFile(workspacePath(QStringLiteral("demo")), options);
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    auto tricky = Workspace::open(workspacePath(QStringLiteral("tricky")), Workspace::OpenMode::CreateNew);
    QVERIFY2(tricky, tricky ? "" : qPrintable(tricky.error().message));
    const QString filled = fillTricky(**tricky);
    QVERIFY2(filled.isEmpty(), qPrintable(filled));

    m_conninfo = qEnvironmentVariable("TIERLAB_TEST_POSTGRES");
    if (m_conninfo.isEmpty())
        return;
    m_schema = QStringLiteral("tierlab_push_%1").arg(QCoreApplication::applicationPid());
    auto conn = PgConnection::connect(m_conninfo);
    QVERIFY2(conn, conn ? "" : qPrintable(conn.error().message));
    auto made = conn->exec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema));
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void tst_SnapshotPush::cleanupTestCase()
{
    if (m_schema.isEmpty())
        return;
    auto conn = PgConnection::connect(m_conninfo);
    QVERIFY(conn);
    QVERIFY(conn->exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema)));
}

void tst_SnapshotPush::sqliteValuesEqualWorkspace_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("demo, every as_of") << QStringLiteral("demo") << QStringLiteral("snapshots") << QDate();
    QTest::newRow("demo, one as_of") << QStringLiteral("demo") << QStringLiteral("Weekly") << QDate(-1, 1, 1);
    QTest::newRow("quotes and semicolons") << QStringLiteral("tricky") << kTrickyTable << QDate();
}

void tst_SnapshotPush::sqliteValuesEqualWorkspace()
{
    QFETCH(QString, workspace);
    QFETCH(QString, table);
    QFETCH(QDate, asOf);
    auto ws = Workspace::open(workspacePath(workspace));
    QVERIFY(ws);
    if (asOf.year() == -1)
        asOf = (*ws)->asOfDates()->at(1);   // the second of the demo's weeks
    const QString file = m_dir.filePath(QStringLiteral("values-%1.db").arg(QString::fromUtf8(QTest::currentDataTag())));
    SnapshotPushOptions options;
    options.table = table;
    options.asOf = asOf;
    std::vector<int> progress;
    options.progress = [&](std::int64_t, int done, int) { progress.push_back(done); };
    auto pushed = SnapshotPush::toSqlite(**ws, file, options);
    QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().message));
    auto expected = expectedTable(**ws, asOf);
    QVERIFY(expected);
    QCOMPARE(pushed->rows, std::int64_t(expected->rows.size()));
    QCOMPARE(pushed->columns, int(expected->header.size()));
    QCOMPARE(pushed->dates, asOf.isValid() ? 1 : int((*ws)->asOfDates()->size()));
    QCOMPARE(int(progress.size()), pushed->dates);
    QCOMPARE(pushed->target, QStringLiteral("table %1 in %2").arg(SqlExporter::quoteIdentifier(table), file));
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> numeric;
    QCOMPARE(readSqlite(file, table, &header, &rows, &numeric), QString());
    QCOMPARE(compareTable(*expected, header, rows, numeric), QString());
    if (workspace == u"tricky") {
        // The "segment" signal took the attribute's column; the odd name is one column, as written.
        QCOMPARE(header.count(QStringLiteral("segment")), 1);
        QVERIFY(header.contains(kOdd));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const QStringList &r) { return r.contains(kOBrien); }));
    }
}

void tst_SnapshotPush::sqliteViewEqualsEngine_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<Model>("model");
    auto ws = Workspace::open(workspacePath(QStringLiteral("demo")));
    QVERIFY(ws);
    auto data = exportData(**ws);
    QVERIFY(data);
    const auto shipped = test::shippedSqlModels(*data);
    QVERIFY(shipped.size() >= 2);   // both seeds at least
    for (const auto &[name, model] : shipped)
        QTest::newRow(qPrintable(name)) << QStringLiteral("demo") << model;
    QTest::newRow("tricky names and values") << QStringLiteral("tricky") << trickyModel();
}

void tst_SnapshotPush::sqliteViewEqualsEngine()
{
    // Push, create the exported view over the pushed table, compare every account of every week.
    QFETCH(QString, workspace);
    QFETCH(Model, model);
    auto ws = Workspace::open(workspacePath(workspace));
    QVERIFY(ws);
    auto data = exportData(**ws);
    QVERIFY(data);
    const QString table = workspace == u"tricky" ? kTrickyTable : QStringLiteral("snapshots");
    const QString file = m_dir.filePath(QStringLiteral("view-%1.db").arg(QString::number(qHash(QString::fromUtf8(QTest::currentDataTag())))));
    SnapshotPushOptions options;
    options.table = table;
    options.replace = true;
    auto pushed = SnapshotPush::toSqlite(**ws, file, options);
    QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().message));
    SqlExportOptions exportOptions;
    exportOptions.dialect = SqlDialect::Sqlite;
    exportOptions.source = table;
    exportOptions.view = QStringLiteral("v");
    exportOptions.catalogue = data->catalogue;
    const Result<QString> sql = SqlExporter(model, exportOptions).sql();
    QVERIFY2(sql, sql ? "" : qPrintable(sql.error().message));
    QCOMPARE(sqliteExec(file, QStringLiteral("DROP VIEW IF EXISTS v; ") + *sql), QString());
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> numeric;
    QCOMPARE(readSqlite(file, QStringLiteral("v"), &header, &rows, &numeric), QString());
    std::vector<SqlScoreRow> scores;
    QCOMPARE(scoreRows(rows, model.categories.size(), &scores), QString());
    std::size_t compared = 0;
    QCOMPARE(test::compareWithEngine(model, *data, scores, &compared), QString());
    QCOMPARE(std::int64_t(compared), pushed->rows);
}

void tst_SnapshotPush::sqliteExistingTable()
{
    auto ws = Workspace::open(workspacePath(QStringLiteral("demo")));
    QVERIFY(ws);
    const QString file = m_dir.filePath(QStringLiteral("existing.db"));
    SnapshotPushOptions options;
    options.table = QStringLiteral("snapshots");
    options.asOf = (*ws)->asOfDates()->front();
    auto first = SnapshotPush::toSqlite(**ws, file, options);
    QVERIFY(first);
    QVERIFY(!first->replaced);
    // Without replace: refused, whatever the case of the name (SQLite's names ignore it).
    options.asOf = QDate();
    options.table = QStringLiteral("SNAPSHOTS");
    auto refused = SnapshotPush::toSqlite(**ws, file, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, QStringLiteral("%1: the table \"snapshots\" exists already; give --replace to replace it (nothing was written)").arg(file));
    QCOMPARE(refused.error().code, Error::Code::NeedsConfirmation);
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> numeric;
    QCOMPARE(readSqlite(file, QStringLiteral("snapshots"), &header, &rows, &numeric), QString());
    QCOMPARE(std::int64_t(rows.size()), first->rows);
    // With replace: the new rows only.
    options.replace = true;
    auto replaced = SnapshotPush::toSqlite(**ws, file, options);
    QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().message));
    QVERIFY(replaced->replaced);
    rows.clear();
    header.clear();
    numeric.clear();
    QCOMPARE(readSqlite(file, QStringLiteral("SNAPSHOTS"), &header, &rows, &numeric), QString());
    QCOMPARE(std::int64_t(rows.size()), replaced->rows);
    QVERIFY(replaced->rows > first->rows);
    // A date the workspace does not hold: refused before the file is touched.
    options.asOf = QDate(1999, 1, 1);
    auto missing = SnapshotPush::toSqlite(**ws, m_dir.filePath(QStringLiteral("never.db")), options);
    QVERIFY(!missing);
    QCOMPARE(missing.error().message, QStringLiteral("%1: no snapshot on 1999-01-01").arg((*ws)->path()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.db"))));
}

void tst_SnapshotPush::sqliteFailedReplaceKeepsOldTable()
{
    // Another connection reading the file holds its lock past the busy timeout: the replace fails at
    // COMMIT and rolls back, so the old table is whole.
    auto ws = Workspace::open(workspacePath(QStringLiteral("demo")));
    QVERIFY(ws);
    const QString file = m_dir.filePath(QStringLiteral("locked.db"));
    SnapshotPushOptions options;
    options.asOf = (*ws)->asOfDates()->front();
    auto first = SnapshotPush::toSqlite(**ws, file, options);
    QVERIFY(first);
    sqlite3 *reader = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &reader), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(reader, "SELECT account_id FROM snapshots", -1, &stmt, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);   // a read in progress: a shared lock
    options.replace = true;
    options.asOf = QDate();
    auto replaced = SnapshotPush::toSqlite(**ws, file, options);
    sqlite3_finalize(stmt);
    sqlite3_close(reader);
    QVERIFY(!replaced);
    QCOMPARE(replaced.error().message, QStringLiteral("%1: database is locked").arg(file));
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> numeric;
    QCOMPARE(readSqlite(file, QStringLiteral("snapshots"), &header, &rows, &numeric), QString());
    QCOMPARE(std::int64_t(rows.size()), first->rows);
}

void tst_SnapshotPush::sqliteRefusesWorkspace()
{
    // A workspace has a table "snapshots" of its own: --replace must never drop it.
    auto ws = Workspace::open(workspacePath(QStringLiteral("demo")));
    QVERIFY(ws);
    const QString other = workspacePath(QStringLiteral("tricky"));
    SnapshotPushOptions options;
    options.replace = true;
    auto refused = SnapshotPush::toSqlite(**ws, other, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
             QStringLiteral("%1 is a Tierlab workspace: push the snapshots into another file (its table \"snapshots\" is the workspace's own)").arg(other));
    auto itself = SnapshotPush::toSqlite(**ws, (*ws)->path(), options);
    QVERIFY(!itself);
    QCOMPARE(itself.error().message, QStringLiteral("%1 is the workspace itself: push the snapshots into another file").arg((*ws)->path()));
    auto tricky = Workspace::open(other);
    QVERIFY2(tricky, tricky ? "" : qPrintable(tricky.error().message));
    QCOMPARE((*tricky)->asOfDates()->size(), std::size_t(3));
}

void tst_SnapshotPush::cliExitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");   // stdout on success, stderr otherwise; %D the folder
    QTest::newRow("push") << QStringList{QStringLiteral("--sqlite"), QStringLiteral("%D/cli.db"), QStringLiteral("--table"), QStringLiteral("t")} << 0
                          << QStringLiteral("Wrote 1594 snapshot rows (4 as-of dates, 22 columns) to table \"t\" in %D/cli.db\n");
    QTest::newRow("again") << QStringList{QStringLiteral("--sqlite"), QStringLiteral("%D/cli.db"), QStringLiteral("--table"), QStringLiteral("t")} << 1
                           << QStringLiteral("tierlab: %D/cli.db: the table \"t\" exists already; give --replace to replace it (nothing was written)\n");
    QTest::newRow("replace") << QStringList{QStringLiteral("--sqlite"), QStringLiteral("%D/cli.db"), QStringLiteral("--table"), QStringLiteral("t"),
                                            QStringLiteral("--replace")}
                             << 0 << QStringLiteral("Wrote 1594 snapshot rows (4 as-of dates, 22 columns) to table \"t\" in %D/cli.db, replacing the table that was there\n");
    QTest::newRow("two targets") << QStringList{QStringLiteral("--sqlite"), QStringLiteral("%D/x.db"), QStringLiteral("--out"), QStringLiteral("%D/x.csv")} << 2
                                 << QStringLiteral("tierlab: snapshots: usage: tierlab snapshots export --workspace W (--out F.csv | --postgres URL | --sqlite FILE) "
                                                   "[--table NAME] [--replace] [--as-of DATE]\n");
    QTest::newRow("table with --out") << QStringList{QStringLiteral("--out"), QStringLiteral("%D/x.csv"), QStringLiteral("--table"), QStringLiteral("t")} << 2
                                      << QStringLiteral("tierlab: snapshots export: --table and --replace go with --postgres or --sqlite, not --out\n");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--sqlite"), QStringLiteral("%D/x.db"), QStringLiteral("--as-of"), QStringLiteral("soon")} << 2
                              << QStringLiteral("tierlab: snapshots export: --as-of needs a date as YYYY-MM-DD\n");
    QTest::newRow("not a database") << QStringList{QStringLiteral("--sqlite"), QStringLiteral("%D/text.db")} << 1
                                    << QStringLiteral("tierlab: %D/text.db: file is not a database\n");
}

void tst_SnapshotPush::cliExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    const QString dir = m_dir.path();
    QFile text(m_dir.filePath(QStringLiteral("text.db")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(4096, 'x'));
    text.close();
    for (QString &a : args)
        a.replace(QStringLiteral("%D"), dir);
    output.replace(QStringLiteral("%D"), dir);
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), workspacePath(QStringLiteral("demo"))} + args);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(exitCode == 0 ? run.outText() : run.errText(), output);
    if (QTest::currentDataTag() == QByteArrayLiteral("not a database"))
        QCOMPARE(QFile(text.fileName()).size(), qint64(4096));   // left as it was
}

void tst_SnapshotPush::postgresValuesEqualWorkspace_data()
{
    sqliteValuesEqualWorkspace_data();
}

void tst_SnapshotPush::postgresValuesEqualWorkspace()
{
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    QFETCH(QString, workspace);
    QFETCH(QString, table);
    QFETCH(QDate, asOf);
    auto ws = Workspace::open(workspacePath(workspace));
    QVERIFY(ws);
    if (asOf.year() == -1)
        asOf = (*ws)->asOfDates()->at(1);
    SnapshotPushOptions options;
    options.table = table;
    options.asOf = asOf;
    options.replace = true;
    auto pushed = SnapshotPush::toPostgres(**ws, pgInfo(), options);
    QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().message));
    auto expected = expectedTable(**ws, asOf);
    QVERIFY(expected);
    QCOMPARE(pushed->rows, std::int64_t(expected->rows.size()));
    auto conn = PgConnection::connect(pgInfo());
    QVERIFY(conn);
    QVERIFY(conn->exec(QStringLiteral("SET extra_float_digits = 3; SET DateStyle = 'ISO, YMD'")));
    const QString select = QStringLiteral("SELECT * FROM %1").arg(SqlExporter::quoteIdentifier(table));
    auto fields = conn->describe(select);
    QVERIFY2(fields, fields ? "" : qPrintable(fields.error().message));
    QStringList header;
    std::vector<bool> numeric;
    for (const PgConnection::Field &f : *fields) {
        header << f.name;
        numeric.push_back(f.typeOid == 701);   // float8
    }
    auto rows = conn->query(select);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(compareTable(*expected, header, *rows, numeric), QString());
    // The column types the exported SQL expects.
    auto types = conn->query(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 ORDER BY attnum"),
                             {SqlExporter::quoteIdentifier(table)});
    QVERIFY(types);
    QCOMPARE(types->at(0).value(0), QStringLiteral("text"));
    QCOMPARE(types->at(1).value(0), QStringLiteral("date"));
}

void tst_SnapshotPush::postgresViewEqualsEngine_data()
{
    sqliteViewEqualsEngine_data();
}

void tst_SnapshotPush::postgresViewEqualsEngine()
{
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    QFETCH(QString, workspace);
    QFETCH(Model, model);
    auto ws = Workspace::open(workspacePath(workspace));
    QVERIFY(ws);
    auto data = exportData(**ws);
    QVERIFY(data);
    const QString table = workspace == u"tricky" ? kTrickyTable : QStringLiteral("snapshots");
    SnapshotPushOptions options;
    options.table = table;
    options.replace = true;
    auto pushed = SnapshotPush::toPostgres(**ws, pgInfo(), options);
    QVERIFY2(pushed, pushed ? "" : qPrintable(pushed.error().message));
    SqlExportOptions exportOptions;
    exportOptions.dialect = SqlDialect::Postgres;
    exportOptions.source = table;
    exportOptions.view = QStringLiteral("v");
    exportOptions.catalogue = data->catalogue;
    const Result<QString> sql = SqlExporter(model, exportOptions).sql();
    QVERIFY2(sql, sql ? "" : qPrintable(sql.error().message));
    auto conn = PgConnection::connect(pgInfo());
    QVERIFY(conn);
    auto created = conn->exec(QStringLiteral("SET extra_float_digits = 3; BEGIN; ") + *sql);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    auto rows = conn->query(QStringLiteral("SELECT * FROM v"));
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QVERIFY(conn->exec(QStringLiteral("ROLLBACK")));
    std::vector<SqlScoreRow> scores;
    QCOMPARE(scoreRows(*rows, model.categories.size(), &scores), QString());
    std::size_t compared = 0;
    QCOMPARE(test::compareWithEngine(model, *data, scores, &compared), QString());
    QCOMPARE(std::int64_t(compared), pushed->rows);
}

void tst_SnapshotPush::postgresExistingTable()
{
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    auto ws = Workspace::open(workspacePath(QStringLiteral("demo")));
    QVERIFY(ws);
    const QString table = QStringLiteral("existing");
    SnapshotPushOptions options;
    options.table = table;
    options.asOf = (*ws)->asOfDates()->front();
    auto first = SnapshotPush::toPostgres(**ws, pgInfo(), options);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    auto conn = PgConnection::connect(pgInfo());
    QVERIFY(conn);
    const auto count = [&](const QString &relation) {
        auto n = conn->query(QStringLiteral("SELECT count(*) FROM %1").arg(SqlExporter::quoteIdentifier(relation)));
        return n ? n->front().value(0).toLongLong() : -1;
    };
    QCOMPARE(count(table), first->rows);
    // Refused without replace, through the CLI too.
    options.asOf = QDate();
    auto refused = SnapshotPush::toPostgres(**ws, pgInfo(), options);
    QVERIFY(!refused);
    auto probe = PgConnection::connect(pgInfo());
    QVERIFY(probe);
    const QString server = probe->server();
    QCOMPARE(refused.error().message, QStringLiteral("%1: the table \"existing\" exists already; give --replace to replace it (nothing was written)").arg(server));
    const test::CliRun run = test::runCli({QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), workspacePath(QStringLiteral("demo")),
                                           QStringLiteral("--postgres"), pgInfo(), QStringLiteral("--table"), table});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errText(), QStringLiteral("tierlab: %1\n").arg(refused.error().message));
    // Replace keeps a view that reads the table (same columns: emptied and filled, not dropped).
    QVERIFY(conn->exec(QStringLiteral("CREATE VIEW reader AS SELECT account_id, as_of FROM existing")));
    options.replace = true;
    auto replaced = SnapshotPush::toPostgres(**ws, pgInfo(), options);
    QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().message));
    QVERIFY(replaced->replaced);
    QCOMPARE(count(QStringLiteral("reader")), replaced->rows);
    QVERIFY(replaced->rows > first->rows);
    // Other columns (another workspace) need a drop, which the view prevents: refused, old rows kept.
    auto tricky = Workspace::open(workspacePath(QStringLiteral("tricky")));
    QVERIFY(tricky);
    auto blocked = SnapshotPush::toPostgres(**tricky, pgInfo(), options);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().message,
             QStringLiteral("%1: cannot drop table existing because other objects depend on it; view reader depends on table existing; "
                            "Use DROP ... CASCADE to drop the dependent objects too.")
                 .arg(server));
    QCOMPARE(count(table), replaced->rows);
    QVERIFY(conn->exec(QStringLiteral("DROP VIEW reader")));
    auto other = SnapshotPush::toPostgres(**tricky, pgInfo(), options);
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    QCOMPARE(count(table), other->rows);
}

void tst_SnapshotPush::postgresFailedReplaceKeepsOldTable()
{
    // A check the rows break fails the COPY after the table was emptied: all of it rolls back.
    if (m_conninfo.isEmpty())
        QSKIP(kNoPostgres);
    auto ws = Workspace::open(workspacePath(QStringLiteral("demo")));
    QVERIFY(ws);
    SnapshotPushOptions options;
    options.table = QStringLiteral("checked");
    options.asOf = (*ws)->asOfDates()->front();
    auto first = SnapshotPush::toPostgres(**ws, pgInfo(), options);
    QVERIFY(first);
    auto conn = PgConnection::connect(pgInfo());
    QVERIFY(conn);
    QVERIFY(conn->exec(QStringLiteral("ALTER TABLE checked ADD CONSTRAINT one_week CHECK (as_of = DATE '%1')").arg(options.asOf.toString(Qt::ISODate))));
    options.asOf = QDate();
    options.replace = true;
    auto failed = SnapshotPush::toPostgres(**ws, pgInfo(), options);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.startsWith(conn->server() + QStringLiteral(": new row for relation \"checked\" violates check constraint \"one_week\"")),
             qPrintable(failed.error().message));
    auto n = conn->query(QStringLiteral("SELECT count(*), count(DISTINCT as_of) FROM checked"));
    QVERIFY(n);
    QCOMPARE(n->front(), (QStringList{QString::number(first->rows), QStringLiteral("1")}));
}

QTEST_GUILESS_MAIN(tst_SnapshotPush)
#include "tst_snapshotpush.moc"
