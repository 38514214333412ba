// The published model (Workspace::publishModel / publishedModel, `tierlab model publish`): one version
// per workspace, used by review, backtest and score when no --model is given; errors name the way.
// The publish log (Workspace::publications, schema 6) and its start on a migrated workspace.
#include "demo/demogenerator.h"
#include "model/modelfile.h"
#include "store/schema.h"
#include "store/workspace.h"

#include "clirun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tierlab;
using test::runCli;

class tst_PublishedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workspaceApi();
    void publishLog();
    void migratesFromVersionFive_data();
    void migratesFromVersionFive();
    void cliDefaults_data();
    void cliDefaults();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_seed = QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/seed-default.json");
    QString m_simple = QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/seed-simple.json");
};

void tst_PublishedModel::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("published.tierlab"));
    auto made = DemoGenerator::generateFile(m_workspace, DemoOptions{200, 30, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void tst_PublishedModel::workspaceApi()
{
    const QString path = m_dir.filePath(QStringLiteral("api.tierlab"));
    QVERIFY(QFile::copy(m_workspace, path));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto none = (*ws)->publishedModel();
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Code::NotFound);
    QVERIFY(none.error().message.contains(QStringLiteral("no model is published")));
    auto a = (*ws)->saveModel(QStringLiteral("A"), QStringLiteral("{}"));
    auto b = (*ws)->saveModel(QStringLiteral("B"), QStringLiteral("{\"b\":1}"));
    QVERIFY(a && b);
    QVERIFY((*ws)->publishModel(*a));
    QCOMPARE((*ws)->publishedModel()->name, QStringLiteral("A"));
    QVERIFY((*ws)->publishModel(*b));   // one published version: B replaces A
    QCOMPARE((*ws)->publishedModel()->id, *b);
    auto missing = (*ws)->publishModel(*b + 100);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE((*ws)->publishedModel()->id, *b);   // a failed publish changes nothing
    // It survives reopening: it is stored in the workspace.
    ws->reset();
    auto again = Workspace::open(path);
    QVERIFY(again);
    QCOMPARE((*again)->publishedModel()->json, QStringLiteral("{\"b\":1}"));
}

void tst_PublishedModel::publishLog()
{
    const QString path = m_dir.filePath(QStringLiteral("log.tierlab"));
    auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    QVERIFY((*ws)->publications()->empty());
    auto a = (*ws)->saveModel(QStringLiteral("A"), QStringLiteral("{}"));
    auto b = (*ws)->saveModel(QStringLiteral("B"), QStringLiteral("{}"));
    QVERIFY(a && b);
    const QDateTime first(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC);
    const QDateTime second(QDate(2026, 1, 12), QTime(23, 15, 0, 250), Qt::UTC);
    QVERIFY((*ws)->publishModel(*b, second));
    // Listed by time, not by order of writing; a local time is stored as the same instant in UTC.
    QVERIFY((*ws)->publishModel(*a, QDateTime(QDate(2026, 1, 5), QTime(11, 30), Qt::OffsetFromUTC, 2 * 3600)));
    QCOMPARE((*ws)->publishedModel()->id, *a);   // the newest publish, not the newest time
    auto log = (*ws)->publications();
    QVERIFY(log);
    QCOMPARE(log->size(), std::size_t(2));
    QCOMPARE((*log)[0].modelId, *a);
    QCOMPARE((*log)[0].publishedAt, first);
    QCOMPARE((*log)[0].publishedAt.timeSpec(), Qt::UTC);
    QCOMPARE((*log)[1].modelId, *b);
    QCOMPARE((*log)[1].publishedAt, second);

    // A failed publish logs nothing; one inside a caller's transaction goes with it.
    QVERIFY(!(*ws)->publishModel(*b + 100));
    QVERIFY((*ws)->begin());
    QVERIFY((*ws)->publishModel(*b));
    QVERIFY((*ws)->inTransaction());
    (*ws)->rollback();
    QCOMPARE((*ws)->publications()->size(), std::size_t(2));
    QCOMPARE((*ws)->publishedModel()->id, *a);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY((*ws)->publishModel(*b));   // now
    log = (*ws)->publications();
    QCOMPARE(log->size(), std::size_t(3));
    QVERIFY(log->back().publishedAt >= before && log->back().publishedAt <= QDateTime::currentDateTimeUtc());
}

void tst_PublishedModel::migratesFromVersionFive_data()
{
    QTest::addColumn<bool>("published");
    QTest::newRow("a published model") << true;
    QTest::newRow("none published") << false;
}

// A schema-5 workspace gains the log; a model published then starts it, as of its version's creation.
void tst_PublishedModel::migratesFromVersionFive()
{
    QFETCH(bool, published);
    const QString file = m_dir.filePath(QStringLiteral("v5-%1.tierlab").arg(published));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        QVERIFY(Schema::migrate(db, 5));
        const char *sql = "INSERT INTO models(pk, name, json, created_at) VALUES(1, 'old', '{}', '2026-01-02T10:00:00.000Z'),"
                          " (2, 'older', '{}', '2026-01-01T08:00:00.000Z')";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        if (published)
            QCOMPARE(sqlite3_exec(db, "INSERT INTO meta(key, value) VALUES('model.published', '2')", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    auto ws = Workspace::open(file);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    QCOMPARE(Schema::kCurrentVersion, 6);
    QCOMPARE((*ws)->schemaVersion(), 6);
    auto log = (*ws)->publications();
    QVERIFY(log);
    if (!published) {
        QVERIFY(log->empty());
        return;
    }
    QCOMPARE(log->size(), std::size_t(1));
    QCOMPARE(log->front().modelId, 2);
    QCOMPARE(log->front().publishedAt, QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE((*ws)->publishedModel()->name, QStringLiteral("older"));
}

void tst_PublishedModel::cliDefaults_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("backtest") << QStringList{u"backtest"_qs, u"--json"_qs};
    QTest::newRow("score") << QStringList{u"score"_qs, u"--json"_qs};
    QTest::newRow("review") << QStringList{u"review"_qs, u"--json"_qs};
}

// Without --model: refused while nothing is published; then the published version gives exactly what
// --model with that version's file gives.
void tst_PublishedModel::cliDefaults()
{
    if (!QFileInfo::exists(QStringLiteral(TIERLAB_CLI)))
        QSKIP("the tierlab executable is not built");
    QFETCH(QStringList, command);
    const QString ws = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".tierlab"_qs);
    QVERIFY(QFile::copy(m_workspace, ws));
    const QStringList base = command + QStringList{u"--workspace"_qs, ws};

    auto r = runCli(base);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"no --model given and "_qs) && r.errText().contains(u"no model is published"_qs), r.err.constData());

    r = runCli({u"model"_qs, u"save"_qs, u"--workspace"_qs, ws, u"--name"_qs, u"simple"_qs, m_simple});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({u"model"_qs, u"save"_qs, u"--workspace"_qs, ws, u"--name"_qs, u"default"_qs, m_seed});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({u"model"_qs, u"publish"_qs, u"--workspace"_qs, ws, u"--name"_qs, u"simple"_qs});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.outText().startsWith(u"Published \"simple\" (version 1)"_qs));

    r = runCli({u"model"_qs, u"list"_qs, u"--workspace"_qs, ws, u"--json"_qs});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray versions = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(versions.size(), 2);
    for (const QJsonValue &v : versions)
        QCOMPARE(v.toObject().value(u"published").toBool(), v.toObject().value(u"name").toString() == u"simple");

    const auto byDefault = runCli(base);
    QVERIFY2(byDefault.exitCode == 0, byDefault.err.constData());
    const auto byFile = runCli(base + QStringList{u"--model"_qs, m_simple});
    QVERIFY2(byFile.exitCode == 0, byFile.err.constData());
    QJsonObject d = QJsonDocument::fromJson(byDefault.out).object();
    QJsonObject f = QJsonDocument::fromJson(byFile.out).object();
    // The saved version is named "simple" (the file "Seed simple") and score names what it used;
    // everything else is equal.
    if (d.contains(u"model_file"_qs))
        QCOMPARE(d.value(u"model_file"_qs).toString(), u"simple (version 1, published)"_qs);
    for (const QString &key : {u"model"_qs, u"model_file"_qs}) {
        d.remove(key);
        f.remove(key);
    }
    QCOMPARE(d, f);
    // By name, too.
    const auto byName = runCli(base + QStringList{u"--model"_qs, u"default"_qs});
    QVERIFY2(byName.exitCode == 0, byName.err.constData());
    QVERIFY(QJsonDocument::fromJson(byName.out).object() != QJsonDocument::fromJson(byDefault.out).object());

    r = runCli({u"model"_qs, u"publish"_qs, u"--workspace"_qs, ws});
    QCOMPARE(r.exitCode, 2);
    r = runCli({u"model"_qs, u"publish"_qs, u"--workspace"_qs, ws, u"--id"_qs, u"99"_qs});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.errText().contains(u"no model version with id 99"_qs));
}

QTEST_GUILESS_MAIN(tst_PublishedModel)
#include "tst_publishedmodel.moc"
