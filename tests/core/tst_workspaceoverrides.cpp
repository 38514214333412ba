// The workspace's CSM manual overrides (core/store/workspaceoverrides.cpp, docs/overrides.md): the round
// trip of every field, the migration of a schema-4 workspace, the checks of `set` with their messages,
// one open override per account, and clearing by id and by account.
#include "store/schema.h"
#include "store/workspace.h"

#include "manualoverride.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>

using namespace tierlab;

namespace {

QDateTime at(int y, int m, int d, int hour = 9)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0), Qt::UTC);
}

ManualOverrideRecord tierOverride(const QString &account, const QString &tier, const QDateTime &created, QDate expires = {})
{
    return test::manualOverride(account, tier, kMissing, created, expires);
}

} // namespace

class TestWorkspaceOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void hostileTextIsJustText();
    void migratesFromVersionFour();
    void setErrors_data();
    void setErrors();
    void setReplacesTheOpenOverride();
    void setKeepsAnExpiredOne();
    void clearById();
    void clearByIdErrors();
    void clearByAccount();
    void appliesOn_data();
    void appliesOn();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_count = 0;
};

void TestWorkspaceOverrides::init()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.tierlab").arg(++m_count)), Workspace::OpenMode::CreateNew);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    m_ws = std::move(*ws);
    for (const char *id : {"A1", "A2", "O'Brien; DROP TABLE accounts;--"}) {
        AccountRecord a;
        a.id = QString::fromUtf8(id);
        QVERIFY(m_ws->upsertAccount(a));
    }
}

void TestWorkspaceOverrides::roundTrip()
{
    auto first = m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("red"), at(2026, 1, 5), QDate(2026, 3, 1)));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    ManualOverrideRecord score;
    score.accountId = QStringLiteral("  A2 ");   // trimmed
    score.score = 35.5;
    score.reason = QStringLiteral(" renewal signed ");
    score.author = QStringLiteral("bob");
    score.created = QDateTime(QDate(2026, 1, 6), QTime(23, 30, 15, 250), Qt::UTC);
    auto second = m_ws->setManualOverride(score);
    QVERIFY(second);
    QCOMPARE(*second, *first + 1);

    auto all = m_ws->manualOverrides();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(2));
    const ManualOverrideRecord &t = (*all)[0];
    QCOMPARE(t.id, *first);
    QCOMPARE(t.accountId, QStringLiteral("A1"));
    QCOMPARE(t.tierId, QStringLiteral("red"));
    QVERIFY(std::isnan(t.score));
    QVERIFY(t.isTier());
    QCOMPARE(t.reason, QStringLiteral("reason of A1"));
    QCOMPARE(t.author, QStringLiteral("ann"));
    QCOMPARE(t.created, at(2026, 1, 5));
    QCOMPARE(t.created.timeSpec(), Qt::UTC);
    QCOMPARE(t.expires, QDate(2026, 3, 1));
    QVERIFY(!t.cleared.isValid());
    const ManualOverrideRecord &s = (*all)[1];
    QCOMPARE(s.accountId, QStringLiteral("A2"));
    QVERIFY(!s.isTier());
    QVERIFY(s.tierId.isEmpty());
    QCOMPARE(s.score, 35.5);
    QCOMPARE(s.reason, QStringLiteral("renewal signed"));
    QCOMPARE(s.created, QDateTime(QDate(2026, 1, 6), QTime(23, 30, 15, 250), Qt::UTC));
    QVERIFY(!s.expires.isValid());

    // A local time is stored as the same instant in UTC; a null creation time is now.
    ManualOverrideRecord local = tierOverride(QStringLiteral("A1"), QStringLiteral("green"),
                                              QDateTime(QDate(2026, 1, 7), QTime(1, 0), Qt::OffsetFromUTC, 2 * 3600));
    QVERIFY(m_ws->setManualOverride(local));
    ManualOverrideRecord now = tierOverride(QStringLiteral("A2"), QStringLiteral("green"), QDateTime());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(m_ws->setManualOverride(now));
    all = m_ws->manualOverrides();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(4));
    QCOMPARE((*all)[2].created, QDateTime(QDate(2026, 1, 6), QTime(23, 0), Qt::UTC));
    QVERIFY((*all)[3].created >= before);
    QVERIFY((*all)[3].created <= QDateTime::currentDateTimeUtc());
}

void TestWorkspaceOverrides::hostileTextIsJustText()
{
    const QString account = QStringLiteral("O'Brien; DROP TABLE accounts;--");
    ManualOverrideRecord r = tierOverride(account, QStringLiteral("x'); DROP TABLE manual_overrides;--"), at(2026, 1, 5));
    r.reason = QStringLiteral("\"quoted\", 'single', ✓ and\nnew line");
    r.author = QStringLiteral("Robert'); --");
    QVERIFY(m_ws->setManualOverride(r));
    auto all = m_ws->manualOverrides();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(1));
    QCOMPARE(all->front().accountId, account);
    QCOMPARE(all->front().tierId, r.tierId);
    QCOMPARE(all->front().reason, r.reason);
    QCOMPARE(all->front().author, r.author);
    QVERIFY(m_ws->accountKey(account));
    QCOMPARE(*m_ws->clearManualOverrides(account, at(2026, 1, 6)), 1);
}

void TestWorkspaceOverrides::migratesFromVersionFour()
{
    const QString file = m_dir.filePath(QStringLiteral("v4.tierlab"));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
        QVERIFY(Schema::migrate(db, 4));
        QCOMPARE(*Schema::userVersion(db), 4);
        QCOMPARE(sqlite3_exec(db, "INSERT INTO accounts(id, name) VALUES('OLD-1', 'Old account')", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    auto ws = Workspace::open(file);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    QCOMPARE((*ws)->schemaVersion(), Schema::kCurrentVersion);
    auto none = (*ws)->manualOverrides();
    QVERIFY(none);
    QVERIFY(none->empty());
    auto id = (*ws)->setManualOverride(tierOverride(QStringLiteral("OLD-1"), QStringLiteral("red"), at(2026, 1, 5)));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QCOMPARE(*id, 1);
    QCOMPARE((*ws)->manualOverrides()->front().accountId, QStringLiteral("OLD-1"));
}

void TestWorkspaceOverrides::setErrors_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const double none = std::nan("");
    const QString red = QStringLiteral("red");
    const QString why = QStringLiteral("why");
    const QString ann = QStringLiteral("ann");
    const int invalid = int(Error::Code::Invalid);
    QTest::newRow("unknown account") << QStringLiteral("ZZ") << red << none << why << ann << QDate() << int(Error::Code::NotFound)
                                     << QStringLiteral("no account \"ZZ\"");
    QTest::newRow("no account") << QStringLiteral(" ") << red << none << why << ann << QDate() << invalid
                                << QStringLiteral("a manual override needs an account id");
    QTest::newRow("neither") << QStringLiteral("A1") << QString() << none << why << ann << QDate() << invalid
                             << QStringLiteral("manual override of account \"A1\": give either a tier or a score, not neither");
    QTest::newRow("both") << QStringLiteral("A1") << red << 50.0 << why << ann << QDate() << invalid
                          << QStringLiteral("manual override of account \"A1\": give either a tier or a score, not both");
    QTest::newRow("score above 100") << QStringLiteral("A1") << QString() << 100.5 << why << ann << QDate() << invalid
                                     << QStringLiteral("manual override of account \"A1\": the score must be between 0 and 100, not 100.5");
    QTest::newRow("score below 0") << QStringLiteral("A1") << QString() << -1.0 << why << ann << QDate() << invalid
                                   << QStringLiteral("manual override of account \"A1\": the score must be between 0 and 100, not -1");
    QTest::newRow("blank reason") << QStringLiteral("A1") << red << none << QStringLiteral("  ") << ann << QDate() << invalid
                                  << QStringLiteral("manual override of account \"A1\": a reason is required");
    QTest::newRow("no author") << QStringLiteral("A1") << red << none << why << QString() << QDate() << invalid
                               << QStringLiteral("manual override of account \"A1\": an author is required");
    QTest::newRow("expires the same day") << QStringLiteral("A1") << red << none << why << ann << QDate(2026, 1, 5) << invalid
                                          << QStringLiteral("manual override of account \"A1\": the expiry date 2026-01-05 must be after "
                                                            "the day it is set (2026-01-05)");
}

void TestWorkspaceOverrides::setErrors()
{
    QFETCH(QString, account);
    QFETCH(QString, tier);
    QFETCH(double, score);
    QFETCH(QString, reason);
    QFETCH(QString, author);
    QFETCH(QDate, expires);
    QFETCH(int, code);
    QFETCH(QString, message);
    ManualOverrideRecord r = tierOverride(account, tier, at(2026, 1, 5), expires);
    r.score = score;
    r.reason = reason;
    r.author = author;
    auto id = m_ws->setManualOverride(r);
    QVERIFY(!id);
    QCOMPARE(int(id.error().code), code);
    QVERIFY2(id.error().message.endsWith(message), qPrintable(id.error().message));
    QVERIFY(m_ws->manualOverrides()->empty());
    // Scores on the edges are fine.
    ManualOverrideRecord edge = tierOverride(QStringLiteral("A1"), QString(), at(2026, 1, 5));
    edge.score = 0;
    QVERIFY(m_ws->setManualOverride(edge));
    edge.score = 100;
    QVERIFY(m_ws->setManualOverride(edge));
}

void TestWorkspaceOverrides::setReplacesTheOpenOverride()
{
    auto first = m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("red"), at(2026, 1, 5)));
    auto other = m_ws->setManualOverride(tierOverride(QStringLiteral("A2"), QStringLiteral("red"), at(2026, 1, 5)));
    auto second = m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("green"), at(2026, 1, 19, 14)));
    QVERIFY(first && other && second);
    auto all = m_ws->manualOverrides();
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(3));
    QCOMPARE((*all)[0].cleared, at(2026, 1, 19, 14));   // taken over at the new one's creation
    QVERIFY(!(*all)[1].cleared.isValid());              // another account's stays
    QVERIFY(!(*all)[2].cleared.isValid());
}

void TestWorkspaceOverrides::setKeepsAnExpiredOne()
{
    QVERIFY(m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("red"), at(2026, 1, 5), QDate(2026, 1, 12))));
    QVERIFY(m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("green"), at(2026, 1, 12))));
    auto all = m_ws->manualOverrides();
    QVERIFY(all);
    QVERIFY(!(*all)[0].cleared.isValid());   // it expired on its own: the record says so, not "cleared"
}

void TestWorkspaceOverrides::clearById()
{
    auto id = m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("red"), at(2026, 1, 5), QDate(2026, 2, 1)));
    QVERIFY(id);
    auto cleared = m_ws->clearManualOverride(*id, at(2026, 1, 31, 18));
    QVERIFY2(cleared, qPrintable(cleared ? QString() : cleared.error().message));
    auto all = m_ws->manualOverrides();
    QCOMPARE(all->size(), std::size_t(1));   // the row stays
    QCOMPARE(all->front().cleared, at(2026, 1, 31, 18));
}

void TestWorkspaceOverrides::clearByIdErrors()
{
    auto missing = m_ws->clearManualOverride(7);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY2(missing.error().message.endsWith(QStringLiteral(": no manual override with id 7")), qPrintable(missing.error().message));

    auto id = m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("red"), at(2026, 1, 5), QDate(2026, 2, 1)));
    QVERIFY(id);
    auto expired = m_ws->clearManualOverride(*id, at(2026, 2, 1));
    QVERIFY(!expired);
    QCOMPARE(expired.error().code, Error::Code::Invalid);
    QCOMPARE(expired.error().message, QStringLiteral("manual override 1 of account \"A1\" expired on 2026-02-01"));

    QVERIFY(m_ws->clearManualOverride(*id, at(2026, 1, 10)));
    auto again = m_ws->clearManualOverride(*id, at(2026, 1, 11));
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::Invalid);
    QCOMPARE(again.error().message, QStringLiteral("manual override 1 of account \"A1\" was cleared already on 2026-01-10"));
}

void TestWorkspaceOverrides::clearByAccount()
{
    // A1: red (taken over by green), green (expired on 01-09), yellow (open); A2's is cleared already.
    QVERIFY(m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("red"), at(2026, 1, 5))));
    QVERIFY(m_ws->setManualOverride(tierOverride(QStringLiteral("A2"), QStringLiteral("red"), at(2026, 1, 5))));
    QVERIFY(m_ws->clearManualOverrides(QStringLiteral("A2"), at(2026, 1, 6)));
    QVERIFY(m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("green"), at(2026, 1, 7), QDate(2026, 1, 9))));
    QVERIFY(m_ws->setManualOverride(tierOverride(QStringLiteral("A1"), QStringLiteral("yellow"), at(2026, 1, 9))));

    auto cleared = m_ws->clearManualOverrides(QStringLiteral(" A1 "), at(2026, 1, 20));
    QVERIFY(cleared);
    QCOMPARE(*cleared, 1);   // the open one; the first was taken over, the second expired
    auto all = m_ws->manualOverrides();
    QCOMPARE((*all)[0].cleared, at(2026, 1, 7));
    QCOMPARE((*all)[1].cleared, at(2026, 1, 6));
    QVERIFY(!(*all)[2].cleared.isValid());
    QCOMPARE((*all)[3].cleared, at(2026, 1, 20));

    auto none = m_ws->clearManualOverrides(QStringLiteral("A1"), at(2026, 1, 21));
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Code::NotFound);
    QVERIFY2(none.error().message.endsWith(QStringLiteral(": account \"A1\" has no active manual override")), qPrintable(none.error().message));
}

void TestWorkspaceOverrides::appliesOn_data()
{
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<QDateTime>("cleared");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("applies");
    const QDateTime created = at(2026, 1, 12, 23);
    const QDateTime none;
    QTest::newRow("week before creation") << created << none << QDate() << QDate(2026, 1, 5) << false;
    QTest::newRow("day before creation") << created << none << QDate() << QDate(2026, 1, 11) << false;
    QTest::newRow("creation day, late in it") << created << none << QDate() << QDate(2026, 1, 12) << true;
    QTest::newRow("long after, no expiry") << created << none << QDate() << QDate(2030, 1, 1) << true;
    QTest::newRow("day before expiry") << created << none << QDate(2026, 1, 26) << QDate(2026, 1, 25) << true;
    QTest::newRow("week of expiry") << created << none << QDate(2026, 1, 26) << QDate(2026, 1, 26) << false;
    QTest::newRow("after expiry") << created << none << QDate(2026, 1, 26) << QDate(2026, 2, 2) << false;
    QTest::newRow("cleared the day after") << created << at(2026, 1, 20) << QDate() << QDate(2026, 1, 19) << true;
    QTest::newRow("cleared that day") << created << at(2026, 1, 19, 0) << QDate() << QDate(2026, 1, 19) << false;
    QTest::newRow("cleared before") << created << at(2026, 1, 15) << QDate() << QDate(2026, 1, 19) << false;
    QTest::newRow("null creation") << none << none << QDate() << QDate(2026, 1, 19) << false;
}

void TestWorkspaceOverrides::appliesOn()
{
    QFETCH(QDateTime, created);
    QFETCH(QDateTime, cleared);
    QFETCH(QDate, expires);
    QFETCH(QDate, asOf);
    QFETCH(bool, applies);
    ManualOverrideRecord r = tierOverride(QStringLiteral("A1"), QStringLiteral("red"), created, expires);
    r.cleared = cleared;
    QCOMPARE(r.appliesOn(asOf), applies);
}

QTEST_GUILESS_MAIN(TestWorkspaceOverrides)
#include "tst_workspaceoverrides.moc"
