#include "store/schema.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"
#include "filehash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tierlab;
using tierlab::test::fileHash;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// Runs raw SQL on a file, as another program would.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    const QString message = err ? QString::fromUtf8(err) : QString();
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsCurrentSchema();
    void reopensExisting();
    void openErrors_data();
    void openErrors();
    void migratesFromVersionOne();
    void lockedWorkspace();
    void openDuringRebuild();
    void accountsUpsert();
    void snapshotsRoundTripAndMerge();
    void rollbackLeavesNothing();
    void bulkWriteLeavesWalOnlyForTheTransaction();
    void bulkWriteIntoDataKeepsReaders();
    void outcomesAndSynonyms_data();
    void outcomesAndSynonyms();
    void outcomeUpserts();
    void modelsMetaMappingsImports();
    void summaryCounts();
    void hostileTextIsJustText();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestWorkspace::createsCurrentSchema()
{
    auto ws = Workspace::open(path(QStringLiteral("new.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    QCOMPARE((*ws)->schemaVersion(), Schema::kCurrentVersion);
    auto again = Workspace::open(path(QStringLiteral("new.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("new.tierlab")));
}

void TestWorkspace::reopensExisting()
{
    const QString file = path(QStringLiteral("reopen.tierlab"));
    {
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateNew);
        QVERIFY(ws);
        QVERIFY((*ws)->setMeta(QStringLiteral("k"), QStringLiteral("v")));
    }
    auto ws = Workspace::open(file);
    QVERIFY(ws);
    QCOMPARE(*(*ws)->meta(QStringLiteral("k")), QStringLiteral("v"));
    QCOMPARE(*(*ws)->meta(QStringLiteral("absent")), QString());
}

void TestWorkspace::openErrors_data()
{
    QTest::addColumn<QByteArray>("content");   // empty: no file at all
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("needle");
    QTest::newRow("missing") << QByteArray() << int(Error::Code::NotFound) << QStringLiteral("no such file");
    QTest::newRow("text file") << QByteArray("account_id,arr\nA,1\n") << int(Error::Code::NotAWorkspace)
                               << QStringLiteral("not a Tierlab workspace");
    QByteArray garbage(8192, '\0');
    std::memcpy(garbage.data(), "SQLite format 3\0", 16);
    for (int i = 16; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    QTest::newRow("corrupt header") << garbage << int(Error::Code::NotAWorkspace) << QStringLiteral("not a Tierlab workspace");
}

void TestWorkspace::openErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, needle);
    const QString file = path(QStringLiteral("bad-%1.tierlab").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    if (!content.isEmpty())
        writeFile(file, content);
    const QByteArray before = fileHash(file);
    auto ws = Workspace::open(file);
    QVERIFY(!ws);
    QCOMPARE(int(ws.error().code), code);
    QVERIFY2(ws.error().message.contains(needle), qPrintable(ws.error().message));
    QVERIFY2(ws.error().message.contains(file), qPrintable(ws.error().message));
    QCOMPARE(fileHash(file), before);   // untouched
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestWorkspace::migratesFromVersionOne()
{
    const QString file = path(QStringLiteral("v1.tierlab"));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        QVERIFY(Schema::migrate(db, 1));
        QCOMPARE(*Schema::userVersion(db), 1);
        sqlite3_close(db);
    }
    rawExec(file, "INSERT INTO imports(file_name, content_hash, rows_read, rows_accepted, rows_rejected, started_at, "
                  "finished_at) VALUES('old.csv', 'abc', 3, 2, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z')");
    auto ws = Workspace::open(file);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    QCOMPARE((*ws)->schemaVersion(), Schema::kCurrentVersion);
    auto imports = (*ws)->imports();
    QVERIFY(imports);
    QCOMPARE(imports->size(), std::size_t(1));
    QCOMPARE(imports->front().fileName, QStringLiteral("old.csv"));
    QCOMPARE(imports->front().kind, QStringLiteral("snapshots"));   // the step-2 default
    QCOMPARE(imports->front().rowsRejected, 1);
    QVERIFY((*ws)->saveMapping(QStringLiteral("h"), QStringLiteral("{}")));   // step-2 table exists
}

void TestWorkspace::lockedWorkspace()
{
    const QString file = path(QStringLiteral("locked.tierlab"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_busy_timeout(other, 0);
    auto begun = (*ws)->begin();
    QVERIFY(!begun);
    QCOMPARE(begun.error().code, Error::Code::Locked);
    QVERIFY(begun.error().message.contains(QStringLiteral("locked")));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QVERIFY((*ws)->begin());
    QVERIFY((*ws)->commit());
}

// A signal build writes in rollback-journal mode: another program opening the file meanwhile is told
// who holds it and what to do, not SQLite's "database is locked"; once the build ends it opens.
void TestWorkspace::openDuringRebuild()
{
    const QString file = path(QStringLiteral("rebuilding.tierlab"));
    auto writer = Workspace::open(file, Workspace::OpenMode::CreateNew);
    QVERIFY(writer);
    QVERIFY((*writer)->begin(Workspace::WriteMode::Rebuild));
    auto reader = Workspace::open(file);
    QVERIFY(!reader);
    QCOMPARE(reader.error().code, Error::Code::Locked);
    QCOMPARE(reader.error().message,
             QStringLiteral("%1: the workspace is locked by another program writing to it (a signal build or an import, "
                            "say); try again once it has finished")
                 .arg(file));
    QVERIFY((*writer)->commit());
    QVERIFY(Workspace::open(file));
}

void TestWorkspace::accountsUpsert()
{
    auto ws = Workspace::open(path(QStringLiteral("accounts.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    AccountRecord a;
    a.id = QStringLiteral("ACC-1");
    a.name = QStringLiteral("Acme");
    a.csm = QStringLiteral("Dana");
    a.arr = 12000.5;
    a.renewalDate = QDate(2027, 3, 1);
    bool created = false;
    auto key = (*ws)->upsertAccount(a, &created);
    QVERIFY(key);
    QVERIFY(created);
    AccountRecord update;
    update.id = QStringLiteral("ACC-1");
    update.segment = QStringLiteral("SMB");   // only the segment is set: the rest is kept
    auto key2 = (*ws)->upsertAccount(update, &created);
    QVERIFY(key2);
    QVERIFY(!created);
    QCOMPARE(*key2, *key);
    auto all = (*ws)->accounts();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(1));
    const AccountRecord &back = all->front();
    QCOMPARE(back.name, QStringLiteral("Acme"));
    QCOMPARE(back.csm, QStringLiteral("Dana"));
    QCOMPARE(back.segment, QStringLiteral("SMB"));
    QCOMPARE(back.arr, 12000.5);
    QCOMPARE(back.renewalDate, QDate(2027, 3, 1));
    AccountRecord empty;
    empty.id = QStringLiteral("  ");
    QVERIFY(!(*ws)->upsertAccount(empty));
    QCOMPARE((*ws)->accountKey(QStringLiteral("nope")).error().code, Error::Code::NotFound);
}

void TestWorkspace::snapshotsRoundTripAndMerge()
{
    auto ws = Workspace::open(path(QStringLiteral("snap.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    SignalInfo usage{-1, QStringLiteral("usage"), QStringLiteral("Usage"), SignalType::Number, {}, QStringLiteral("Usage %")};
    SignalInfo plan{-1, QStringLiteral("plan"), {}, SignalType::Category, {}, {}};
    SignalInfo flag{-1, QStringLiteral("sponsor"), {}, SignalType::Flag, {}, {}};
    bool created = false;
    auto u = (*ws)->ensureSignal(usage, &created);
    QVERIFY(u && created);
    auto p = (*ws)->ensureSignal(plan);
    auto f = (*ws)->ensureSignal(flag);
    QVERIFY(p && f);
    QCOMPARE(u->index, 0);
    QCOMPARE(p->index, 1);
    QCOMPARE(f->index, 2);
    auto again = (*ws)->ensureSignal(usage, &created);
    QVERIFY(again && !created);
    QCOMPARE(again->index, 0);
    QCOMPARE(again->originalName, QStringLiteral("Usage %"));

    const QDate d(2026, 1, 5);
    auto k1 = (*ws)->upsertAccount(AccountRecord{QStringLiteral("B"), {}, QStringLiteral("Lee"), {}, 10.0, {}, {}});
    auto k2 = (*ws)->upsertAccount(AccountRecord{QStringLiteral("A"), {}, QStringLiteral("Kim"), {}, kMissing, {}, {}});
    QVERIFY(k1 && k2);
    SnapshotCodec::Builder b;
    b.addNumber(u->index, 0.25);
    b.addText(p->index, QStringLiteral("Gold"));
    QVERIFY((*ws)->putSnapshot(*k1, d, b.data(), &created));
    QVERIFY(created);
    b.clear();
    b.addText(p->index, QStringLiteral("Silver"));
    b.addNumber(f->index, 1);
    QVERIFY((*ws)->putSnapshot(*k2, d, b.data()));
    // A second file for B on the same date brings the flag: merged, usage kept, plan replaced.
    b.clear();
    b.addNumber(f->index, 0);
    b.addText(p->index, QStringLiteral("Silver"));
    QVERIFY((*ws)->putSnapshot(*k1, d, b.data(), &created));
    QVERIFY(!created);

    auto ds = (*ws)->loadSnapshot(d);
    QVERIFY2(ds, qPrintable(ds ? QString() : ds.error().message));
    QCOMPARE(ds->size(), std::size_t(2));
    QCOMPARE(ds->accountIds[0], QStringLiteral("B"));   // insertion (key) order
    QCOMPARE(ds->accountIds[1], QStringLiteral("A"));
    QCOMPARE(ds->arr[0], 10.0);
    QVERIFY(std::isnan(ds->arr[1]));
    QCOMPARE(ds->csmNames[std::size_t(ds->csm[1])], QStringLiteral("Kim"));
    const int ui = ds->columnIndex(QStringLiteral("Usage %"));
    QCOMPARE(ui, ds->columnIndex(QStringLiteral("usage")));
    QCOMPARE(ds->columns[std::size_t(ui)].numbers[0], 0.25);
    QVERIFY(ds->columns[std::size_t(ui)].isMissing(1));
    const Column &planCol = ds->columns[std::size_t(ds->columnIndex(QStringLiteral("plan")))];
    QCOMPARE(planCol.dictionary.size(), std::size_t(1));
    QCOMPARE(planCol.dictionary[std::size_t(planCol.codes[0])], QStringLiteral("Silver"));
    QCOMPARE(planCol.codes[0], planCol.codes[1]);
    const Column &flagCol = ds->columns[std::size_t(ds->columnIndex(QStringLiteral("sponsor")))];
    QCOMPARE(flagCol.numbers[0], 0.0);
    QCOMPARE(flagCol.numbers[1], 1.0);

    auto latest = (*ws)->loadLatestSnapshot();
    QVERIFY(latest);
    QCOMPARE(latest->asOf, d);
    QCOMPARE(*(*ws)->asOfDates(), std::vector<QDate>{d});
    auto none = (*ws)->loadSnapshot(QDate(2020, 1, 1));
    QVERIFY(none);
    QCOMPARE(none->size(), std::size_t(0));
    QVERIFY(!(*ws)->putSnapshot(*k1, QDate(), b.data()));
}

void TestWorkspace::rollbackLeavesNothing()
{
    auto ws = Workspace::open(path(QStringLiteral("rollback.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    {
        Transaction tx(**ws);
        QVERIFY(tx.begin());
        QVERIFY((*ws)->inTransaction());
        QVERIFY(!(*ws)->begin());   // nested
        QVERIFY((*ws)->upsertAccount(AccountRecord{QStringLiteral("X"), {}, {}, {}, kMissing, {}, {}}));
        // no commit: the guard rolls back
    }
    QVERIFY(!(*ws)->inTransaction());
    QCOMPARE((*ws)->accounts()->size(), std::size_t(0));
    Transaction tx(**ws);
    QVERIFY(tx.begin());
    QVERIFY((*ws)->upsertAccount(AccountRecord{QStringLiteral("Y"), {}, {}, {}, kMissing, {}, {}}));
    QVERIFY(tx.commit());
    QCOMPARE((*ws)->accounts()->size(), std::size_t(1));
}

void TestWorkspace::bulkWriteLeavesWalOnlyForTheTransaction()
{
    const QString file = path(QStringLiteral("bulk.tierlab"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    QCOMPARE(*(*ws)->journalMode(), QStringLiteral("wal"));
    const auto account = [](const char *id) { return AccountRecord{QString::fromLatin1(id), {}, {}, {}, kMissing, {}, {}}; };
    {
        Transaction tx(**ws, Workspace::WriteMode::Bulk);
        QVERIFY(tx.begin());
        QCOMPARE(*(*ws)->journalMode(), QStringLiteral("delete"));
        QVERIFY((*ws)->upsertAccount(account("A")));
        // no commit: rolled back through the rollback journal
    }
    QCOMPARE(*(*ws)->journalMode(), QStringLiteral("wal"));
    QCOMPARE((*ws)->accounts()->size(), std::size_t(0));
    {
        Transaction tx(**ws, Workspace::WriteMode::Bulk);
        QVERIFY(tx.begin());
        QVERIFY((*ws)->upsertAccount(account("A")));
        QVERIFY(tx.commit());
    }
    QCOMPARE(*(*ws)->journalMode(), QStringLiteral("wal"));
    QCOMPARE((*ws)->accounts()->size(), std::size_t(1));

    // Another connection is open: SQLite keeps WAL and the bulk write is an ordinary transaction.
    auto other = Workspace::open(file);
    QVERIFY(other);
    QCOMPARE((*other)->accounts()->size(), std::size_t(1));
    {
        Transaction tx(**ws, Workspace::WriteMode::Bulk);
        QVERIFY(tx.begin());
        QCOMPARE(*(*ws)->journalMode(), QStringLiteral("wal"));
        QVERIFY((*ws)->upsertAccount(account("B")));
        QVERIFY(tx.commit());
    }
    QCOMPARE((*other)->accounts()->size(), std::size_t(2));
    QCOMPARE(*(*ws)->journalMode(), QStringLiteral("wal"));
}

// A bulk write into a workspace that holds data stays in WAL: a connection opened during it reads the
// state before, and so does a copy of the file alone taken during it; after the commit, the new state.
void TestWorkspace::bulkWriteIntoDataKeepsReaders()
{
    const QString file = path(QStringLiteral("readers.tierlab"));
    auto ws = Workspace::open(file, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    const auto account = [](const QString &id) { return AccountRecord{id, {}, {}, {}, kMissing, {}, {}}; };
    QVERIFY((*ws)->upsertAccount(account(QStringLiteral("A"))));
    QVERIFY((*ws)->addOutcome(OutcomeRecord{QStringLiteral("A"), OutcomeKind::Churned, QDate(2026, 4, 1), -5000, {}}));
    const QString copy = path(QStringLiteral("readers-copy.tierlab"));
    {
        Transaction tx(**ws, Workspace::WriteMode::Bulk);
        QVERIFY(tx.begin());
        QCOMPARE(*(*ws)->journalMode(), QStringLiteral("wal"));
        for (int i = 0; i < 2000; ++i)
            QVERIFY((*ws)->upsertAccount(account(QStringLiteral("B%1").arg(i))));
        auto reader = Workspace::open(file);
        QVERIFY2(reader, reader ? "" : qPrintable(reader.error().message));
        QCOMPARE((*reader)->accounts()->size(), std::size_t(1));
        QCOMPARE((*reader)->outcomes()->size(), std::size_t(1));
        QVERIFY(QFile::copy(file, copy));
        QVERIFY(tx.commit());
        QCOMPARE((*reader)->accounts()->size(), std::size_t(2001));
    }
    auto copied = Workspace::open(copy);
    QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
    QCOMPARE((*copied)->accounts()->size(), std::size_t(1));
    QCOMPARE((*copied)->outcomes()->size(), std::size_t(1));
}

void TestWorkspace::outcomesAndSynonyms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");   // -1: not recognised
    QTest::newRow("churned") << QStringLiteral("churned") << int(OutcomeKind::Churned);
    QTest::newRow("Cancelled") << QStringLiteral(" Cancelled ") << int(OutcomeKind::Churned);
    QTest::newRow("lost") << QStringLiteral("LOST") << int(OutcomeKind::Churned);
    QTest::newRow("renewal") << QStringLiteral("Renewal") << int(OutcomeKind::Renewed);
    QTest::newRow("upsell") << QStringLiteral("upsell") << int(OutcomeKind::Expanded);
    QTest::newRow("downgrade") << QStringLiteral("downgrade") << int(OutcomeKind::Contracted);
    QTest::newRow("unknown") << QStringLiteral("maybe") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestWorkspace::outcomesAndSynonyms()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const auto parsed = outcomeKindFromText(text);
    QCOMPARE(parsed.has_value(), kind >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), kind);
}

void TestWorkspace::outcomeUpserts()
{
    auto ws = Workspace::open(path(QStringLiteral("outcomes.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    QVERIFY((*ws)->upsertAccount(AccountRecord{QStringLiteral("A"), {}, {}, {}, kMissing, {}, {}}));
    bool created = false;
    OutcomeRecord churn{QStringLiteral("A"), OutcomeKind::Churned, QDate(2026, 4, 1), -5000, {}};
    QVERIFY((*ws)->addOutcome(churn, &created));
    QVERIFY(created);
    churn.arrChange = -6000;
    QVERIFY((*ws)->addOutcome(churn, &created));
    QVERIFY(!created);
    OutcomeRecord label{QStringLiteral("A"), OutcomeKind::Retained, {}, kMissing, QDate(2026, 1, 5)};
    QVERIFY((*ws)->addOutcome(label, &created));
    QVERIFY(created);
    label.kind = OutcomeKind::Churned;
    QVERIFY((*ws)->addOutcome(label, &created));
    QVERIFY(!created);
    auto all = (*ws)->outcomes();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(2));
    QCOMPARE(all->at(0).arrChange, -6000.0);
    QCOMPARE(all->at(1).kind, OutcomeKind::Churned);
    QCOMPARE(all->at(1).snapshotAsOf, QDate(2026, 1, 5));
    QCOMPARE((*ws)->addOutcome(OutcomeRecord{QStringLiteral("ghost"), OutcomeKind::Churned, QDate(2026, 1, 1), kMissing, {}})
                 .error()
                 .code,
             Error::Code::NotFound);
    QVERIFY(!(*ws)->addOutcome(OutcomeRecord{QStringLiteral("A"), OutcomeKind::Churned, {}, kMissing, {}}));
}

void TestWorkspace::modelsMetaMappingsImports()
{
    auto ws = Workspace::open(path(QStringLiteral("models.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    auto id1 = (*ws)->saveModel(QStringLiteral("Seed"), QStringLiteral("{\"v\":1}"), QStringLiteral("first"));
    auto id2 = (*ws)->saveModel(QStringLiteral("Seed"), QStringLiteral("{\"v\":2}"));
    QVERIFY(id1 && id2);
    QVERIFY(!(*ws)->saveModel(QStringLiteral(" "), QStringLiteral("{}")));
    auto list = (*ws)->models();
    QCOMPARE(list->size(), std::size_t(2));
    QCOMPARE(list->front().id, *id2);   // newest first
    QCOMPARE((*ws)->modelByName(QStringLiteral("Seed"))->json, QStringLiteral("{\"v\":2}"));
    QCOMPARE((*ws)->model(*id1)->note, QStringLiteral("first"));
    QCOMPARE((*ws)->model(999).error().code, Error::Code::NotFound);
    QCOMPARE((*ws)->modelByName(QStringLiteral("nope")).error().code, Error::Code::NotFound);

    QVERIFY((*ws)->saveMapping(QStringLiteral("hdr"), QStringLiteral("{\"a\":1}")));
    QVERIFY((*ws)->saveMapping(QStringLiteral("hdr"), QStringLiteral("{\"a\":2}")));
    QCOMPARE(*(*ws)->mapping(QStringLiteral("hdr")), QStringLiteral("{\"a\":2}"));
    QCOMPARE(*(*ws)->mapping(QStringLiteral("other")), QString());

    ImportRecord r;
    r.fileName = QStringLiteral("x.csv");
    r.contentHash = QStringLiteral("ff");
    r.kind = QStringLiteral("outcomes");
    r.rowsRead = 10;
    r.rowsAccepted = 9;
    r.rowsRejected = 1;
    r.startedAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
    r.finishedAt = r.startedAt.addSecs(2);
    QVERIFY((*ws)->logImport(r));
    auto imports = (*ws)->imports();
    QCOMPARE(imports->size(), std::size_t(1));
    QCOMPARE(imports->front().kind, QStringLiteral("outcomes"));
    QCOMPARE(imports->front().finishedAt, r.finishedAt);
}

void TestWorkspace::summaryCounts()
{
    auto ws = Workspace::open(path(QStringLiteral("summary.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    auto s0 = (*ws)->summary();
    QVERIFY(s0);
    QCOMPARE(s0->accounts, 0);
    QCOMPARE(s0->asOfCount, 0);
    auto sig = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("usage"), {}, SignalType::Number, {}, {}});
    auto sig2 = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("nps"), {}, SignalType::Number, {}, {}});
    SnapshotCodec::Builder b;
    for (int i = 0; i < 4; ++i) {
        auto key = (*ws)->upsertAccount(AccountRecord{QStringLiteral("A%1").arg(i), {}, {}, {}, kMissing, {}, {}});
        for (int w = 0; w < 2; ++w) {
            b.clear();
            b.addNumber(sig->index, i);
            if (i == 0)
                b.addNumber(sig2->index, 9);
            QVERIFY((*ws)->putSnapshot(*key, QDate(2026, 1, 5).addDays(7 * w), b.data()));
        }
    }
    QVERIFY((*ws)->addOutcome(OutcomeRecord{QStringLiteral("A1"), OutcomeKind::Churned, QDate(2026, 3, 1), kMissing, {}}));
    QVERIFY((*ws)->addOutcome(OutcomeRecord{QStringLiteral("A2"), OutcomeKind::Renewed, QDate(2026, 3, 1), kMissing, {}}));
    QVERIFY((*ws)->addOutcome(OutcomeRecord{QStringLiteral("A3"), OutcomeKind::Renewed, QDate(2026, 3, 2), kMissing, {}}));
    auto s = (*ws)->summary();
    QVERIFY(s);
    QCOMPARE(s->accounts, 4);
    QCOMPARE(s->snapshotRows, 8);
    QCOMPARE(s->asOfCount, 2);
    QCOMPARE(s->firstAsOf, QDate(2026, 1, 5));
    QCOMPARE(s->lastAsOf, QDate(2026, 1, 12));
    QCOMPARE(s->accountsPerAsOf.size(), std::size_t(2));
    QCOMPARE(s->accountsPerAsOf[1].second, 4);
    QCOMPARE(s->signalCoverage.size(), std::size_t(2));
    QCOMPARE(s->signalCoverage[0].coverage, 1.0);
    QCOMPARE(s->signalCoverage[1].present, 2);
    QCOMPARE(s->signalCoverage[1].coverage, 0.25);
    QCOMPARE(s->outcomesByKind.size(), std::size_t(2));
    QCOMPARE(s->outcomesByKind[0], (std::pair<QString, std::int64_t>{QStringLiteral("churned"), 1}));
    QCOMPARE(s->outcomesByKind[1], (std::pair<QString, std::int64_t>{QStringLiteral("renewed"), 2}));
}

void TestWorkspace::hostileTextIsJustText()
{
    auto ws = Workspace::open(path(QStringLiteral("hostile.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    const QString evil = QStringLiteral("\"; DROP TABLE accounts; --");
    QVERIFY((*ws)->upsertAccount(AccountRecord{evil, evil, evil, evil, 1.0, {}, {}}));
    QVERIFY((*ws)->ensureSignal(SignalInfo{-1, evil, evil, SignalType::Number, {}, evil}));
    auto all = (*ws)->accounts();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(1));
    QCOMPARE(all->front().id, evil);
    QCOMPARE((*ws)->signalCatalogue()->front().originalName, evil);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
