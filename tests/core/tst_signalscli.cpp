// From raw exports to a back-test through the tierlab executable: the RavenStack set imported as five
// event tables, `signals build`, `table list`, `outcomes derive`, `backtest`, the snapshot CSV round
// trip, and the error exits. The counts were checked against the raw CSV files independently.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out.left(2000), r.err.left(2000));
}

QString ravenstack(const char *table)
{
    return QStringLiteral(TIERLAB_SHARED_DATA_DIR "/ravenstack-saas/ravenstack_") + QLatin1StringView(table) + QStringLiteral(".csv");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// A CSV's rows keyed by "account_id as_of", each as header=value pairs; the attribute columns (kept
// per account, not per week, by an import) left out.
QMap<QString, QStringList> rowsByKey(const QByteArray &csv, bool withAttributes = false)
{
    static const QList<QByteArray> attributes = {"name", "csm", "segment", "arr", "renewal_date"};
    QMap<QString, QStringList> out;
    const QList<QByteArray> lines = csv.split('\n');
    const QList<QByteArray> header = lines.value(0).trimmed().split(',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        if (cells.size() < 2)
            continue;
        QStringList pairs;
        for (qsizetype c = 2; c < cells.size(); ++c) {
            if (withAttributes || !attributes.contains(header.value(c)))
                pairs << QString::fromUtf8(header.value(c) + '=' + cells[c]);
        }
        pairs.sort();
        out.insert(QString::fromUtf8(cells[0] + ' ' + cells[1]), pairs);
    }
    return out;
}

} // namespace

class tst_SignalsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importTables_data();
    void importTables();
    void build();
    void tableList();
    void deriveOutcomes();
    void backtest();
    void exportRoundTrip();
    void errorExits_data();
    void errorExits();

private:
    bool m_haveData = false;
    QTemporaryDir m_dir;
    QString m_ws;
};

void tst_SignalsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_haveData = QDir(QStringLiteral(TIERLAB_SHARED_DATA_DIR "/ravenstack-saas")).exists();
    m_ws = m_dir.filePath(QStringLiteral("ravenstack.tierlab"));
}

void tst_SignalsCli::importTables_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("keys");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    const auto opts = [](const char *name, const char *key, const char *time, const char *extra1 = nullptr, const char *extra2 = nullptr) {
        QStringList a{QStringLiteral("--name"), QLatin1StringView(name), QStringLiteral("--key"), QLatin1StringView(key),
                      QStringLiteral("--time"), QLatin1StringView(time)};
        if (extra1)
            a << QLatin1StringView(extra1) << QLatin1StringView(extra2);
        return a;
    };
    // In this order: the accounts first, subscriptions before the usage that goes through them.
    QTest::newRow("accounts") << QStringList{ravenstack("accounts")} + opts("accounts", "account_id", "signup_date") << 500 << 500
                              << QStringLiteral("2023-01-02") << QStringLiteral("2024-12-31");
    QTest::newRow("subscriptions") << QStringList{ravenstack("subscriptions")} + opts("subscriptions", "account_id", "start_date", "--end", "end_date")
                                   << 5000 << 500 << QStringLiteral("2023-01-09") << QStringLiteral("2024-12-31");
    QTest::newRow("feature_usage") << QStringList{ravenstack("feature_usage")}
                                          + opts("feature_usage", "subscription_id", "usage_date", "--via", "subscriptions")
                                   << 25000 << 4967 << QStringLiteral("2023-01-01") << QStringLiteral("2024-12-31");
    QTest::newRow("support_tickets") << QStringList{ravenstack("support_tickets")}
                                            + opts("support_tickets", "account_id", "submitted_at", "--end", "closed_at")
                                     << 2000 << 492 << QStringLiteral("2023-01-02") << QStringLiteral("2024-12-31");
    QTest::newRow("churn_events") << QStringList{ravenstack("churn_events")} + opts("churn_events", "account_id", "churn_date") << 600 << 352
                                  << QStringLiteral("2023-01-25") << QStringLiteral("2024-12-31");
}

void tst_SignalsCli::importTables()
{
    if (!m_haveData)
        QSKIP("the RavenStack data set is not in ../shared/data");
    QFETCH(QStringList, args);
    QFETCH(int, rows);
    QFETCH(int, keys);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const Run r = runCli(QStringList{QStringLiteral("import"), QStringLiteral("table")} + args
                         + QStringList{QStringLiteral("--workspace"), m_ws, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("table"));
    QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), rows);
    QCOMPARE(o.value(QStringLiteral("rows_accepted")).toInt(), rows);
    QCOMPARE(o.value(QStringLiteral("rows_rejected")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("warning_count")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("keys")).toInt(), keys);
    QCOMPARE(o.value(QStringLiteral("keys_matched")).toInt(), keys);
    QCOMPARE(o.value(QStringLiteral("keys_unmatched")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("rows_unmatched")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("first")).toString(), first);
    QCOMPARE(o.value(QStringLiteral("last")).toString(), last);
}

// 105 Mondays 2023-01-02 … 2024-12-30; each account from its signup: 499 accounts (A-524364 signs up
// on 2024-12-31) and 24,405 snapshots (the sum over the accounts of the grid dates on or after signup).
void tst_SignalsCli::build()
{
    if (!m_haveData)
        QSKIP("the RavenStack data set is not in ../shared/data");
    const QString recipes = QStringLiteral(TIERLAB_SOURCE_DIR "/tests/data/recipes/ravenstack.json");
    Run r = runCli({QStringLiteral("signals"), QStringLiteral("check"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--recipes"), recipes});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("14 signals, OK")), qPrintable(describe(r)));
    r = runCli({QStringLiteral("signals"), QStringLiteral("build"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--recipes"), recipes,
                QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("accounts")).toInt(), 499);
    QCOMPARE(o.value(QStringLiteral("accounts_without_start")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("snapshots")).toInt(), 24405);
    QCOMPARE(o.value(QStringLiteral("grid_dates")).toInt(), 105);
    QCOMPARE(o.value(QStringLiteral("first")).toString(), QStringLiteral("2023-01-02"));
    QCOMPARE(o.value(QStringLiteral("last")).toString(), QStringLiteral("2024-12-30"));
    QCOMPARE(o.value(QStringLiteral("every_days")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("replaced_snapshots")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("signals")).toArray().size(), 14);
    const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 5);
    for (const QJsonValue &t : tables)
        QCOMPARE(t.toObject().value(QStringLiteral("rows_unmatched")).toInt(), 0);

    // Spot check, worked out from the raw files: A-1f559b on 2024-01-22 has usage on 12-24 (29 days
    // before: in the 30-day window), 12-31 (×2) and 01-05 with counts summing to 43 and 2 errors; one
    // ticket submitted that day and closed two days later; open subscriptions with 6,588 ARR, 21 seats.
    const QString one = m_dir.filePath(QStringLiteral("one.csv"));
    r = runCli({QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--out"), one,
                QStringLiteral("--as-of"), QStringLiteral("2024-01-22")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList values = rowsByKey(readAll(one), true).value(QStringLiteral("A-1f559b 2024-01-22"));
    const QStringList expectedValues{QStringLiteral("usage_events_30d=4"), QStringLiteral("usage_count_30d=43"), QStringLiteral("errors_30d=2"),
                                    QStringLiteral("open_tickets=1"), QStringLiteral("arr=6588"), QStringLiteral("seats=21"),
                                    QStringLiteral("days_since_use=17"),
                                    QStringLiteral("error_rate_30d=") + QString::number(2.0 / 43.0, 'g', 17)};
    for (const QString &expected : expectedValues)
        QVERIFY2(values.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + values.join(u' ')));

    r = runCli({QStringLiteral("signals"), QStringLiteral("show"), QStringLiteral("--workspace"), m_ws});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("\"usage_slope_8w\"")), qPrintable(describe(r)));
}

void tst_SignalsCli::tableList()
{
    if (!m_haveData)
        QSKIP("the RavenStack data set is not in ../shared/data");
    const Run r = runCli({QStringLiteral("table"), QStringLiteral("list"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QStringList seen;
    for (const QJsonValue &v : json(r).value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        seen << QStringLiteral("%1 rows=%2 keys=%3 matched=%4 unmatched=%5 via=%6 end=%7 %8..%9")
                    .arg(t.value(QStringLiteral("name")).toString())
                    .arg(t.value(QStringLiteral("rows")).toInt())
                    .arg(t.value(QStringLiteral("keys")).toInt())
                    .arg(t.value(QStringLiteral("accounts_matched")).toInt())
                    .arg(t.value(QStringLiteral("keys_unmatched")).toInt())
                    .arg(t.value(QStringLiteral("via")).toString(), t.value(QStringLiteral("end")).toString(),
                         t.value(QStringLiteral("first")).toString(), t.value(QStringLiteral("last")).toString());
    }
    QCOMPARE(seen, (QStringList{
                       QStringLiteral("accounts rows=500 keys=500 matched=500 unmatched=0 via= end= 2023-01-02..2024-12-31"),
                       QStringLiteral("churn_events rows=600 keys=352 matched=352 unmatched=0 via= end= 2023-01-25..2024-12-31"),
                       QStringLiteral("feature_usage rows=25000 keys=4967 matched=4967 unmatched=0 via=subscriptions end= 2023-01-01..2024-12-31"),
                       QStringLiteral("subscriptions rows=5000 keys=500 matched=500 unmatched=0 via= end=end_date 2023-01-09..2024-12-31"),
                       QStringLiteral("support_tickets rows=2000 keys=492 matched=492 unmatched=0 via= end=closed_at 2023-01-02..2024-12-31"),
                   }));
}

// Quarters from 2023-Q1 (the earliest row: usage on 2023-01-01) to 2024-Q4 (the data ends on
// 2024-12-31, the last quarter's last day, so none is skipped). Counted from the raw files.
void tst_SignalsCli::deriveOutcomes()
{
    if (!m_haveData)
        QSKIP("the RavenStack data set is not in ../shared/data");
    const Run r = runCli({QStringLiteral("outcomes"), QStringLiteral("derive"), QStringLiteral("--workspace"), m_ws,
                          QStringLiteral("--churn-table"), QStringLiteral("churn_events"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("periods")).toInt(), 8);
    QCOMPARE(o.value(QStringLiteral("periods_skipped")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("first")).toString(), QStringLiteral("2023-01-01"));
    QCOMPARE(o.value(QStringLiteral("last")).toString(), QStringLiteral("2024-12-31"));
    QCOMPARE(o.value(QStringLiteral("data_end")).toString(), QStringLiteral("2024-12-31"));
    QCOMPARE(o.value(QStringLiteral("churned")).toInt(), 478);
    QCOMPARE(o.value(QStringLiteral("retained")).toInt(), 2530);
    QCOMPARE(o.value(QStringLiteral("churn_rows_unmatched")).toInt(), 0);
}

void tst_SignalsCli::backtest()
{
    if (!m_haveData)
        QSKIP("the RavenStack data set is not in ../shared/data");
    const QString model = m_dir.filePath(QStringLiteral("tiny.json"));
    QVERIFY(writeFile(model, R"({"format": "tierlab-model", "version": 1, "name": "tiny",
        "categories": [{"id": "c"}],
        "signals": [{"id": "usage", "column": "usage_count_30d", "category": "c", "rule": {"kind": "percentile"}},
                    {"id": "tickets", "column": "open_tickets", "category": "c", "rule": {"kind": "linear", "worst": 4, "best": 0}}],
        "tiers": [{"id": "red", "min": 0}, {"id": "yellow", "min": 40}, {"id": "green", "min": 70}]})"));
    Run r = runCli({QStringLiteral("backtest"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--model"), model, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("outcomes")).toInt(), 478 + 2530);
    // 90 days before each outcome: the first two quarters' outcomes have no snapshot that early.
    const int n = o.value(QStringLiteral("n")).toInt();
    QCOMPARE(n, 1030);
    QCOMPARE(o.value(QStringLiteral("positives")).toInt(), 283);
    QCOMPARE(n + o.value(QStringLiteral("excluded")).toInt(), 478 + 2530);
    const double auc = o.value(QStringLiteral("auc")).toDouble(std::nan(""));
    QVERIFY2(auc > 0 && auc < 1, qPrintable(describe(r)));
    r = runCli({QStringLiteral("backtest"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--model"), model});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(QRegularExpression(QStringLiteral("AUC: +0\\.\\d{3} ")).match(r.out).hasMatch(), qPrintable(describe(r)));

    // Outcomes of one class only: back-test and calibration refuse, naming how to get the other class.
    const QString oneClass = m_dir.filePath(QStringLiteral("one-class.tierlab"));
    QFile::remove(oneClass);
    QVERIFY(QFile::copy(m_ws, oneClass));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(oneClass.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DELETE FROM outcomes WHERE kind = 'retained'", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    r = runCli({QStringLiteral("backtest"), QStringLiteral("--workspace"), oneClass, QStringLiteral("--model"), model});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("All 283 outcomes the back-test evaluates are churned")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("tierlab outcomes derive")), qPrintable(describe(r)));
    const QString calibrated = m_dir.filePath(QStringLiteral("calibrated.json"));
    r = runCli({QStringLiteral("calibrate"), QStringLiteral("--workspace"), oneClass, QStringLiteral("--model"), model,
                QStringLiteral("--out"), calibrated});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("tierlab outcomes derive")), qPrintable(describe(r)));
    QVERIFY(!QFile::exists(calibrated));
}

// export → import snapshots into a fresh workspace → export: the same signal values, row for row. (The
// build's "arr" has the role arr: the import reads that column as the accounts' ARR, kept per account.)
void tst_SignalsCli::exportRoundTrip()
{
    if (!m_haveData)
        QSKIP("the RavenStack data set is not in ../shared/data");
    const QString first = m_dir.filePath(QStringLiteral("export1.csv")), second = m_dir.filePath(QStringLiteral("export2.csv"));
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.tierlab"));
    Run r = runCli({QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--out"), first});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Wrote 24405 snapshot rows")), qPrintable(describe(r)));
    r = runCli({QStringLiteral("import"), QStringLiteral("snapshots"), first, QStringLiteral("--workspace"), fresh, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(json(r).value(QStringLiteral("rows_accepted")).toInt(), 24405);
    QCOMPARE(json(r).value(QStringLiteral("rows_rejected")).toInt(), 0);
    r = runCli({QStringLiteral("snapshots"), QStringLiteral("export"), QStringLiteral("--workspace"), fresh, QStringLiteral("--out"), second});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QByteArray a = readAll(first), b = readAll(second);
    // Values first (a clearer message than a byte offset), then the bytes.
    const QMap<QString, QStringList> ra = rowsByKey(a), rb = rowsByKey(b);
    QCOMPARE(rb.size(), ra.size());
    for (auto it = ra.constBegin(); it != ra.constEnd(); ++it) {
        if (rb.value(it.key()) != it.value())
            QFAIL(qPrintable(QStringLiteral("%1:\n  first:  %2\n  second: %3").arg(it.key(), it.value().join(u' '), rb.value(it.key()).join(u' '))));
    }
    // Rows in the same order: by as_of, then account id.
    const auto keys = [](const QByteArray &csv) {
        QStringList k;
        for (const QByteArray &line : csv.split('\n').mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            if (cells.size() >= 2)
                k << QString::fromUtf8(cells[0] + ' ' + cells[1]);
        }
        return k;
    };
    QCOMPARE(keys(b), keys(a));
}

void tst_SignalsCli::errorExits_data()
{
    QTest::addColumn<QStringList>("args");   // %W: a small workspace, %D: the temporary directory
    QTest::addColumn<QString>("needle");
    QTest::newRow("broken recipes") << QStringList{QStringLiteral("signals"), QStringLiteral("build"), QStringLiteral("--workspace"),
                                                   QStringLiteral("%W"), QStringLiteral("--recipes"), QStringLiteral("%D/bad.json")}
                                    << QStringLiteral("bad.json: $.signals[1].agg: unknown aggregation \"avg\"");
    QTest::newRow("recipes not JSON") << QStringList{QStringLiteral("signals"), QStringLiteral("check"), QStringLiteral("--workspace"),
                                                     QStringLiteral("%W"), QStringLiteral("--recipes"), QStringLiteral("%D/notjson.json")}
                                      << QStringLiteral("notjson.json: line 2, column");
    QTest::newRow("recipes against the tables") << QStringList{QStringLiteral("signals"), QStringLiteral("check"), QStringLiteral("--workspace"),
                                                               QStringLiteral("%W"), QStringLiteral("--recipes"), QStringLiteral("%D/wrongcol.json")}
                                                << QStringLiteral("$.signals[0].column: table \"events\" has no column \"amt\"");
    QTest::newRow("missing key column") << QStringList{QStringLiteral("import"), QStringLiteral("table"), QStringLiteral("%D/events.csv"),
                                                       QStringLiteral("--workspace"), QStringLiteral("%W"), QStringLiteral("--name"),
                                                       QStringLiteral("more"), QStringLiteral("--key"), QStringLiteral("customer_id"),
                                                       QStringLiteral("--time"), QStringLiteral("at")}
                                        << QStringLiteral("no column \"customer_id\" (--key)");
    QTest::newRow("via to a missing table") << QStringList{QStringLiteral("import"), QStringLiteral("table"), QStringLiteral("%D/events.csv"),
                                                           QStringLiteral("--workspace"), QStringLiteral("%W"), QStringLiteral("--name"),
                                                           QStringLiteral("more"), QStringLiteral("--key"), QStringLiteral("account_id"),
                                                           QStringLiteral("--via"), QStringLiteral("subs"), QStringLiteral("--time"), QStringLiteral("at")}
                                            << QStringLiteral("--via subs: no table of that name");
    QTest::newRow("name taken") << QStringList{QStringLiteral("import"), QStringLiteral("table"), QStringLiteral("%D/events.csv"),
                                               QStringLiteral("--workspace"), QStringLiteral("%W"), QStringLiteral("--name"),
                                               QStringLiteral("events"), QStringLiteral("--key"), QStringLiteral("account_id"),
                                               QStringLiteral("--time"), QStringLiteral("at")}
                                << QStringLiteral("give --replace to replace it");
}

void tst_SignalsCli::errorExits()
{
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    const QString dir = m_dir.filePath(QStringLiteral("errors"));
    const QString ws = dir + QStringLiteral("/small.tierlab");
    if (!QFile::exists(ws)) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeFile(dir + QStringLiteral("/events.csv"), "account_id,at,amount\nA,2024-01-02,1\nB,2024-01-03,2\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/bad.json"), R"({"format": "tierlab-signals", "version": 1, "signals": [
            {"id": "n", "table": "events", "agg": "count"}, {"id": "x", "table": "events", "agg": "avg", "column": "amount"}]})"));
        QVERIFY(writeFile(dir + QStringLiteral("/notjson.json"), "{\"format\": \"tierlab-signals\",\n \"version\": 1 \"signals\": []}"));
        QVERIFY(writeFile(dir + QStringLiteral("/wrongcol.json"),
                          R"({"format": "tierlab-signals", "version": 1, "signals": [{"id": "x", "table": "events", "agg": "sum", "column": "amt"}]})"));
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("table"), dir + QStringLiteral("/events.csv"), QStringLiteral("--workspace"), ws,
                              QStringLiteral("--name"), QStringLiteral("events"), QStringLiteral("--key"), QStringLiteral("account_id"),
                              QStringLiteral("--time"), QStringLiteral("at")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    for (QString &a : args)
        a.replace(QStringLiteral("%W"), ws).replace(QStringLiteral("%D"), dir);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("tierlab: ")) && r.err.contains(needle), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SignalsCli)
#include "tst_signalscli.moc"
