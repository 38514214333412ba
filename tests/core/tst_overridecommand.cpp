// `tierlab override set|list|clear` and where the overrides show (`score`, `review`, `backtest`), run
// through the built executable on a hand-made workspace (docs/overrides.md). Every figure below is
// worked out by hand.
//
// Model: score = usage (linear 0 → 100); tiers red ≥ 0, yellow ≥ 40, green ≥ 70.
// Weeks W0 2025-12-29, W1 2026-01-05, W2 2026-01-12, W3 2026-01-19, W4 2026-01-26; scores constant.
//
//  id  CSM  score  outcome 2026-01-27   override (created UTC; expiry / clear)
//  A1  Ann  20     churned              –
//  A2  Ann  80     churned              #1 tier red, 2026-01-05 09:00 (= W1)
//  A3  Ann  80     renewed              #6 tier red, 2026-01-27 (after W4)
//  A4  Bob  20     renewed              #4 tier purple (no such tier), 2026-01-23
//  A5  Ann  50     renewed              #2 tier red, 2026-01-06, expires 2026-01-26 (= W4)
//  A6  Ann  30     churned              #3 tier green, 2025-12-30, cleared 2026-01-20
//  A7  Bob  60     –                    #5 score 10, 2026-01-19 (= W3)
//
// In force at W4: A2 (applied), A4 (not applied), A7 (score 10 → red). At W0: none.
// Review of W4: active A2 (21 days), A4 (3), A7 (7) → median 7, oldest 21; expired A5. --csm Ann: A2, A5.
// Back-test, horizon 0 (each outcome on W4): model tiers red A1* A4 A6*, yellow A5, green A2* A3
// (* churned); with overrides A2 is red: red 4 (3 churned), yellow 1, green 1 (0). Lead time (walk
// back from W4): without A1 29 days, A6 29, A2 never; with A1 29, A2 22 (red from W1), A6 1 (green
// W1–W3 while the override stood).
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include "clirun.h"
#include "manualoverride.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;
using test::runCli;

namespace {

const QDate W0(2025, 12, 29), W1(2026, 1, 5), W2(2026, 1, 12), W3(2026, 1, 19), W4(2026, 1, 26);

const QByteArray kModel = R"({"format":"tierlab-model","version":1,"name":"Override test",
  "categories":[{"id":"c","weight":1}],
  "signals":[{"id":"usage","category":"c","weight":1,"rule":{"kind":"linear","worst":0,"best":100}}],
  "tiers":[{"id":"red","label":"Red","min":0},{"id":"yellow","label":"Yellow","min":40},
           {"id":"green","label":"Green","min":70}]})";

QDateTime utc(int y, int m, int d, int hour = 0)
{
    return test::utc(QDate(y, m, d), hour);
}

ManualOverrideRecord tierOverride(const char *account, const char *tier, const QDateTime &created, QDate expires = {})
{
    return test::manualOverride(QString::fromLatin1(account), QString::fromLatin1(tier), 10, created, expires);
}

QJsonObject jsonOf(const test::CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", run.out.constData());
    return doc.object();
}

// The review's manual_overrides object, and its four counts checked.
QJsonObject reviewOverrides(const QStringList &args)
{
    const auto run = runCli(QStringList{u"review"_qs, u"--json"_qs} + args);
    if (run.exitCode != 0)
        qWarning("review failed: %s", run.err.constData());
    return jsonOf(run).value(u"manual_overrides"_qs).toObject();
}

bool hasCounts(const QJsonObject &mo, int active, int expired, double medianAgeDays, int oldestAgeDays)
{
    return mo.value(u"active"_qs).toInt() == active && mo.value(u"expired"_qs).toInt() == expired
           && mo.value(u"median_age_days"_qs).toDouble() == medianAgeDays && mo.value(u"oldest_age_days"_qs).toInt() == oldestAgeDays;
}

} // namespace

class TestOverrideCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setListClear();
    void setErrors_data();
    void setErrors();
    void clearErrors_data();
    void clearErrors();
    void scoreColumns();
    void scoreWeekBeforeAnyOverride();
    void review();
    void reviewFilter();
    void backtestDefaultUnchanged();
    void backtestIncludeOverrides();

private:
    QString copy(const QString &name);
    QTemporaryDir m_dir;
    QString m_plain;       // the workspace without overrides
    QString m_overridden;  // the same with the overrides of the table above
    QString m_model;
};

void TestOverrideCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model = m_dir.filePath(QStringLiteral("model.json"));
    {
        QFile f(m_model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kModel);
    }
    m_plain = m_dir.filePath(QStringLiteral("plain.tierlab"));
    {
        auto ws = Workspace::open(m_plain, Workspace::OpenMode::CreateNew);
        QVERIFY(ws);
        SignalInfo usage;
        usage.id = QStringLiteral("usage");
        auto u = (*ws)->ensureSignal(usage);
        QVERIFY(u);
        struct Row
        {
            const char *id;
            const char *csm;
            double score;
            int outcome;   // 0 none, 1 churned, 2 renewed
        };
        const Row rows[] = {{"A1", "Ann", 20, 1}, {"A2", "Ann", 80, 1}, {"A3", "Ann", 80, 2}, {"A4", "Bob", 20, 2},
                            {"A5", "Ann", 50, 2}, {"A6", "Ann", 30, 1}, {"A7", "Bob", 60, 0}};
        QVERIFY((*ws)->begin());
        for (const Row &row : rows) {
            AccountRecord a;
            a.id = QString::fromLatin1(row.id);
            a.csm = QString::fromLatin1(row.csm);
            a.arr = 1000;
            auto key = (*ws)->upsertAccount(a);
            QVERIFY(key);
            for (const QDate week : {W0, W1, W2, W3, W4}) {
                SnapshotCodec::Builder b;
                b.addNumber(u->index, row.score);
                QVERIFY((*ws)->putSnapshot(*key, week, b.data()));
            }
            if (row.outcome > 0) {
                OutcomeRecord o;
                o.accountId = a.id;
                o.kind = row.outcome == 1 ? OutcomeKind::Churned : OutcomeKind::Renewed;
                o.date = QDate(2026, 1, 27);
                QVERIFY((*ws)->addOutcome(o));
            }
        }
        QVERIFY((*ws)->commit());
    }
    m_overridden = copy(QStringLiteral("overridden.tierlab"));
    auto ws = Workspace::open(m_overridden);
    QVERIFY(ws);
    QCOMPARE(*(*ws)->setManualOverride(tierOverride("A2", "red", utc(2026, 1, 5, 9))), 1);
    QCOMPARE(*(*ws)->setManualOverride(tierOverride("A5", "red", utc(2026, 1, 6), W4)), 2);
    QCOMPARE(*(*ws)->setManualOverride(tierOverride("A6", "green", utc(2025, 12, 30))), 3);
    QVERIFY((*ws)->clearManualOverride(3, utc(2026, 1, 20)));
    QCOMPARE(*(*ws)->setManualOverride(tierOverride("A4", "purple", utc(2026, 1, 23))), 4);
    QCOMPARE(*(*ws)->setManualOverride(tierOverride("A7", "", utc(2026, 1, 19))), 5);   // score 10
    QCOMPARE(*(*ws)->setManualOverride(tierOverride("A3", "red", utc(2026, 1, 27))), 6);
}

QString TestOverrideCommand::copy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_plain, path))
        qFatal("cannot copy the test workspace");
    return path;
}

void TestOverrideCommand::setListClear()
{
    const QString w = copy(QStringLiteral("cli.tierlab"));
    auto set = runCli({u"override"_qs, u"set"_qs, u"--workspace"_qs, w, u"--account"_qs, u"A2"_qs, u"--tier"_qs, u"red"_qs,
                       u"--reason"_qs, u"Champion left, \"new\" sponsor"_qs, u"--expires"_qs, u"2099-01-01"_qs, u"--author"_qs, u"zoe"_qs});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.outText(), u"Set manual override 1 of account \"A2\": tier red (Champion left, \"new\" sponsor)\n"_qs);
    QCOMPARE(set.errText(), QString());
    auto score = runCli({u"override"_qs, u"set"_qs, u"--workspace"_qs, w, u"--account"_qs, u"A3"_qs, u"--score"_qs, u"35.5"_qs,
                         u"--reason"_qs, u"renewal at risk"_qs});
    QCOMPARE(score.exitCode, 0);
    QCOMPARE(score.outText(), u"Set manual override 2 of account \"A3\": score 35.5 (renewal at risk)\n"_qs);

    auto json = runCli({u"override"_qs, u"list"_qs, u"--workspace"_qs, w, u"--json"_qs});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray list = jsonOf(json).value(u"overrides"_qs).toArray();
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(u"id"_qs).toInt(), 1);
    QCOMPARE(first.value(u"account_id"_qs).toString(), u"A2"_qs);
    QCOMPARE(first.value(u"tier"_qs).toString(), u"red"_qs);
    QVERIFY(first.value(u"score"_qs).isNull());
    QCOMPARE(first.value(u"reason"_qs).toString(), u"Champion left, \"new\" sponsor"_qs);
    QCOMPARE(first.value(u"author"_qs).toString(), u"zoe"_qs);
    QCOMPARE(first.value(u"expires"_qs).toString(), u"2099-01-01"_qs);
    QVERIFY(first.value(u"cleared"_qs).isNull());
    QCOMPARE(first.value(u"status"_qs).toString(), u"active"_qs);
    const QDateTime created = QDateTime::fromString(first.value(u"created"_qs).toString(), Qt::ISODate);
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    const QJsonObject second = list.at(1).toObject();
    QCOMPARE(second.value(u"score"_qs).toDouble(), 35.5);
    QVERIFY(second.value(u"tier"_qs).isNull());
    QVERIFY(second.value(u"expires"_qs).isNull());
    // The default author is the OS user (the test's environment names one, or the user database does).
    QVERIFY(!second.value(u"author"_qs).toString().isEmpty());

    auto text = runCli({u"override"_qs, u"list"_qs, u"--workspace"_qs, w});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(u"   id account        sets           created    expires    author"_qs), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"    1 A2             tier red       "_qs), qPrintable(lines[1]));
    QVERIFY2(lines[1].endsWith(u" 2099-01-01 zoe          Champion left, \"new\" sponsor"_qs), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(u"    2 A3             score 35.5     "_qs), qPrintable(lines[2]));

    auto clear = runCli({u"override"_qs, u"clear"_qs, u"--workspace"_qs, w, u"--id"_qs, u"1"_qs});
    QCOMPARE(clear.exitCode, 0);
    QCOMPARE(clear.outText(), u"Cleared manual override 1\n"_qs);
    auto clearAccount = runCli({u"override"_qs, u"clear"_qs, u"--workspace"_qs, w, u"--account"_qs, u"A3"_qs});
    QCOMPARE(clearAccount.exitCode, 0);
    QCOMPARE(clearAccount.outText(), u"Cleared 1 manual override of account \"A3\"\n"_qs);

    auto empty = runCli({u"override"_qs, u"list"_qs, u"--workspace"_qs, w});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.outText(), u"No active manual overrides (--all lists expired and cleared ones).\n"_qs);
    auto all = runCli({u"override"_qs, u"list"_qs, u"--workspace"_qs, w, u"--all"_qs});
    QCOMPARE(all.exitCode, 0);
    const QStringList allLines = all.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(allLines.size(), 3);
    QVERIFY2(allLines[0].contains(u" expires    status   author"_qs), qPrintable(allLines[0]));
    QVERIFY2(allLines[1].contains(u" 2099-01-01 cleared  zoe "_qs), qPrintable(allLines[1]));
    auto allJson = runCli({u"override"_qs, u"list"_qs, u"--workspace"_qs, w, u"--all"_qs, u"--json"_qs});
    const QJsonArray cleared = jsonOf(allJson).value(u"overrides"_qs).toArray();
    QCOMPARE(cleared.size(), 2);
    QCOMPARE(cleared.at(0).toObject().value(u"status"_qs).toString(), u"cleared"_qs);
    QVERIFY(!cleared.at(0).toObject().value(u"cleared"_qs).toString().isEmpty());

    // Expired (by hand: `set` refuses an expiry that is not after today) shows with --all only.
    {
        auto ws = Workspace::open(w);
        QVERIFY(ws);
        QVERIFY((*ws)->setManualOverride(tierOverride("A1", "red", utc(2026, 1, 5), QDate(2026, 2, 1))));
    }
    auto expired = runCli({u"override"_qs, u"list"_qs, u"--workspace"_qs, w, u"--all"_qs, u"--json"_qs});
    const QJsonArray three = jsonOf(expired).value(u"overrides"_qs).toArray();
    QCOMPARE(three.size(), 3);
    QCOMPARE(three.at(2).toObject().value(u"status"_qs).toString(), u"expired"_qs);
    QCOMPARE(runCli({u"override"_qs, u"list"_qs, u"--workspace"_qs, w}).outText(), empty.outText());
}

void TestOverrideCommand::setErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{} << 2 << u"tierlab: override: an action is required (set, list or clear)"_qs;
    QTest::newRow("unknown action") << QStringList{u"drop"_qs} << 2 << u"tierlab: override: unknown action \"drop\" (set, list or clear)"_qs;
    QTest::newRow("no workspace") << QStringList{u"list"_qs} << 2 << u"tierlab: override list: --workspace FILE is required"_qs;
    QTest::newRow("extra argument") << QStringList{u"list"_qs, u"more"_qs} << 2 << u"tierlab: override list: unexpected argument \"more\""_qs;
    const QString usage = u"tierlab: override set: usage: override set --workspace W --account ID (--tier T | --score S) --reason TEXT "
                          "[--expires YYYY-MM-DD] [--author NAME]"_qs;
    QTest::newRow("tier and score") << QStringList{u"set"_qs, u"--account"_qs, u"A1"_qs, u"--tier"_qs, u"red"_qs, u"--score"_qs, u"5"_qs,
                                                   u"--reason"_qs, u"x"_qs}
                                    << 2 << usage;
    QTest::newRow("neither") << QStringList{u"set"_qs, u"--account"_qs, u"A1"_qs, u"--reason"_qs, u"x"_qs} << 2 << usage;
    QTest::newRow("no reason") << QStringList{u"set"_qs, u"--account"_qs, u"A1"_qs, u"--tier"_qs, u"red"_qs} << 2 << usage;
    QTest::newRow("empty reason") << QStringList{u"set"_qs, u"--account"_qs, u"A1"_qs, u"--tier"_qs, u"red"_qs, u"--reason"_qs, u" "_qs}
                                  << 2 << u"tierlab: override set: --reason must not be empty"_qs;
    QTest::newRow("score 101") << QStringList{u"set"_qs, u"--account"_qs, u"A1"_qs, u"--score"_qs, u"101"_qs, u"--reason"_qs, u"x"_qs}
                               << 2 << u"tierlab: override set: --score needs a number from 0 to 100, not \"101\""_qs;
    QTest::newRow("score text") << QStringList{u"set"_qs, u"--account"_qs, u"A1"_qs, u"--score"_qs, u"high"_qs, u"--reason"_qs, u"x"_qs}
                                << 2 << u"tierlab: override set: --score needs a number from 0 to 100, not \"high\""_qs;
    QTest::newRow("bad expiry") << QStringList{u"set"_qs, u"--account"_qs, u"A1"_qs, u"--tier"_qs, u"red"_qs, u"--reason"_qs, u"x"_qs,
                                               u"--expires"_qs, u"2026-02-30"_qs}
                                << 2 << u"tierlab: override set: --expires: \"2026-02-30\" is not a date (YYYY-MM-DD)"_qs;
    QTest::newRow("past expiry") << QStringList{u"set"_qs, u"--account"_qs, u"A1"_qs, u"--tier"_qs, u"red"_qs, u"--reason"_qs, u"x"_qs,
                                                u"--expires"_qs, u"2020-01-01"_qs}
                                 << 1
                                 << u"the expiry date 2020-01-01 must be after the day it is set (%1)"_qs.arg(
                                        QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    QTest::newRow("unknown account") << QStringList{u"set"_qs, u"--account"_qs, u"ZZ-9"_qs, u"--tier"_qs, u"red"_qs, u"--reason"_qs, u"x"_qs}
                                     << 1 << u": no account \"ZZ-9\""_qs;
}

void TestOverrideCommand::setErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString w = copy(QStringLiteral("errors.tierlab"));
    QStringList all{u"override"_qs};
    all << args;
    if (!args.isEmpty() && qstrcmp(QTest::currentDataTag(), "no workspace") != 0)
        all << u"--workspace"_qs << w;
    const auto run = runCli(all);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().trimmed().endsWith(message) && run.errText().startsWith(u"tierlab: "_qs), qPrintable(run.errText()));
    QCOMPARE(run.outText(), QString());
    auto ws = Workspace::open(w);
    QVERIFY(ws);
    QVERIFY((*ws)->manualOverrides()->empty());
}

void TestOverrideCommand::clearErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString usage = u"tierlab: override clear: usage: override clear --workspace W (--account ID | --id N)"_qs;
    QTest::newRow("neither") << QStringList{} << 2 << usage;
    QTest::newRow("both") << QStringList{u"--account"_qs, u"A2"_qs, u"--id"_qs, u"1"_qs} << 2 << usage;
    QTest::newRow("bad id") << QStringList{u"--id"_qs, u"x"_qs} << 2
                            << u"tierlab: override clear: --id needs an override id (see override list), not \"x\""_qs;
    QTest::newRow("unknown id") << QStringList{u"--id"_qs, u"99"_qs} << 1 << u": no manual override with id 99"_qs;
    QTest::newRow("cleared id") << QStringList{u"--id"_qs, u"3"_qs} << 1
                                << u"tierlab: manual override 3 of account \"A6\" was cleared already on 2026-01-20"_qs;
    QTest::newRow("expired id") << QStringList{u"--id"_qs, u"2"_qs} << 1 << u"tierlab: manual override 2 of account \"A5\" expired on 2026-01-26"_qs;
    QTest::newRow("account without") << QStringList{u"--account"_qs, u"A1"_qs} << 1 << u": account \"A1\" has no active manual override"_qs;
}

void TestOverrideCommand::clearErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString w = m_dir.filePath(QStringLiteral("clear-errors.tierlab"));
    QFile::remove(w);
    QVERIFY(QFile::copy(m_overridden, w));
    const auto run = runCli(QStringList{u"override"_qs, u"clear"_qs, u"--workspace"_qs, w} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().trimmed().endsWith(message) && run.errText().startsWith(u"tierlab: "_qs), qPrintable(run.errText()));
}

void TestOverrideCommand::scoreColumns()
{
    const auto run = runCli({u"score"_qs, u"--workspace"_qs, m_overridden, u"--model"_qs, m_model});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outText(),
             u"account_id,as_of,score,tier,c,effective_score,effective_tier,manual_override,override_reason\n"
             "A1,2026-01-26,20,red,20,20,red,,\n"
             "A2,2026-01-26,80,green,80,80,red,tier,reason of A2\n"
             "A3,2026-01-26,80,green,80,80,green,,\n"
             "A4,2026-01-26,20,red,20,20,red,not_applied,reason of A4\n"
             "A5,2026-01-26,50,yellow,50,50,yellow,,\n"
             "A6,2026-01-26,30,red,30,30,red,,\n"
             "A7,2026-01-26,60,yellow,60,10,red,score,reason of A7\n"_qs);
    QVERIFY2(run.errText().contains(u"Manual overrides: 3 in force, 2 applied"_qs), qPrintable(run.errText()));
    const auto json = runCli({u"score"_qs, u"--workspace"_qs, m_overridden, u"--model"_qs, m_model, u"--json"_qs});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject mo = jsonOf(json).value(u"manual_overrides"_qs).toObject();
    QCOMPARE(mo.value(u"in_force"_qs).toInt(), 3);
    QCOMPARE(mo.value(u"applied"_qs).toInt(), 2);
}

void TestOverrideCommand::scoreWeekBeforeAnyOverride()
{
    // At W0 none is in force yet (the earliest was created the day after): the output is as without any.
    const QStringList args{u"score"_qs, u"--as-of"_qs, u"2025-12-29"_qs, u"--model"_qs, m_model, u"--workspace"_qs};
    const auto plain = runCli(args + QStringList{m_plain});
    const auto overridden = runCli(args + QStringList{m_overridden});
    QCOMPARE(overridden.exitCode, 0);
    QCOMPARE(overridden.out, plain.out);
    QCOMPARE(overridden.err, plain.err);
    QVERIFY(overridden.outText().startsWith(u"account_id,as_of,score,tier,c\nA1,2025-12-29,20,red,20\n"_qs));
    const auto json = runCli(args + QStringList{m_overridden, u"--json"_qs});
    QVERIFY(!jsonOf(json).contains(u"manual_overrides"_qs));
}

void TestOverrideCommand::review()
{
    const QJsonObject mo = reviewOverrides({u"--workspace"_qs, m_overridden, u"--model"_qs, m_model});
    QVERIFY(hasCounts(mo, 3, 1, 7, 21));
    const QJsonArray accounts = mo.value(u"accounts"_qs).toArray();
    QCOMPARE(accounts.size(), 4);
    const char *ids[] = {"A2", "A4", "A7", "A5"};
    const char *status[] = {"active", "active", "active", "expired"};
    const bool applied[] = {true, false, true, false};
    const int ages[] = {21, 3, 7, 20};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject a = accounts.at(i).toObject();
        QCOMPARE(a.value(u"account_id"_qs).toString(), QString::fromLatin1(ids[i]));
        QCOMPARE(a.value(u"status"_qs).toString(), QString::fromLatin1(status[i]));
        QCOMPARE(a.value(u"applied"_qs).toBool(), applied[i]);
        QCOMPARE(a.value(u"age_days"_qs).toInt(), ages[i]);
    }
    QCOMPARE(accounts.at(0).toObject().value(u"tier"_qs).toString(), u"red"_qs);
    QCOMPARE(accounts.at(0).toObject().value(u"created"_qs).toString(), u"2026-01-05T09:00:00Z"_qs);
    QCOMPARE(accounts.at(2).toObject().value(u"score"_qs).toDouble(), 10.0);
    QVERIFY(accounts.at(2).toObject().value(u"tier"_qs).isNull());
    QCOMPARE(accounts.at(3).toObject().value(u"expires"_qs).toString(), u"2026-01-26"_qs);
    // The review's tiers stay the model's (A2 green, A7 yellow).
    const QJsonArray tiers = jsonOf(runCli({u"review"_qs, u"--workspace"_qs, m_overridden, u"--model"_qs, m_model, u"--json"_qs}))
                                 .value(u"tiers"_qs)
                                 .toArray();
    QCOMPARE(tiers.at(0).toObject().value(u"accounts"_qs).toInt(), 3);   // A1 A4 A6
    QCOMPARE(tiers.at(2).toObject().value(u"accounts"_qs).toInt(), 2);   // A2 A3

    const auto text = runCli({u"review"_qs, u"--workspace"_qs, m_overridden, u"--model"_qs, m_model});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().contains(u"\nManual overrides: 3 active, 1 expired; age median 7.0 days, oldest 21 days\n"
                                     "  ✎ A2           tier red     active, 21 days          ann: reason of A2\n"_qs),
             qPrintable(text.outText()));
    QVERIFY(text.outText().contains(u"  ✎ A4           tier purple  active, not applied (no such tier in the model) ann: reason of A4\n"_qs));
    QVERIFY(text.outText().contains(u"  ✎ A5           tier red     expired 2026-01-26       ann: reason of A5\n"_qs));

    // A week before: A7's (created W3) and A4's are not there yet, A5's is still active, A6's stands.
    // A2 7 days, A5 6, A6 13.
    QVERIFY(hasCounts(reviewOverrides({u"--workspace"_qs, m_overridden, u"--model"_qs, m_model, u"--week"_qs, u"2026-01-12"_qs}), 3, 0, 7, 13));

    // Without any override the figures are zero and null.
    const QJsonObject none = reviewOverrides({u"--workspace"_qs, m_plain, u"--model"_qs, m_model});
    QCOMPARE(none.value(u"active"_qs).toInt(), 0);
    QCOMPARE(none.value(u"expired"_qs).toInt(), 0);
    QVERIFY(none.value(u"median_age_days"_qs).isNull());
    QVERIFY(none.value(u"oldest_age_days"_qs).isNull());
    QCOMPARE(none.value(u"accounts"_qs).toArray().size(), 0);
}

void TestOverrideCommand::reviewFilter()
{
    QVERIFY(hasCounts(reviewOverrides({u"--workspace"_qs, m_overridden, u"--model"_qs, m_model, u"--csm"_qs, u"Ann"_qs}), 1, 1, 21, 21));
}

void TestOverrideCommand::backtestDefaultUnchanged()
{
    for (const QString &json : {u"--json"_qs, QString()}) {
        QStringList args{u"backtest"_qs, u"--model"_qs, m_model, u"--horizon-days"_qs, u"0"_qs};
        if (!json.isEmpty())
            args << json;
        const auto plain = runCli(args + QStringList{u"--workspace"_qs, m_plain});
        const auto overridden = runCli(args + QStringList{u"--workspace"_qs, m_overridden});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(overridden.exitCode, 0);
        QCOMPARE(overridden.out, plain.out);   // excluded: the overrides change nothing
        if (json.isEmpty())
            QVERIFY(plain.outText().endsWith(u"\nManual overrides: excluded (--include-overrides applies them)\n"_qs));
        else
            QCOMPARE(jsonOf(plain).value(u"manual_overrides"_qs).toString(), u"excluded"_qs);
    }
    const QJsonObject j = jsonOf(runCli({u"backtest"_qs, u"--model"_qs, m_model, u"--horizon-days"_qs, u"0"_qs, u"--json"_qs,
                                         u"--workspace"_qs, m_overridden}));
    QVERIFY(!j.contains(u"manual_overrides_applied"_qs));
    const QJsonArray tiers = j.value(u"tiers"_qs).toArray();
    QCOMPARE(tiers.at(0).toObject().value(u"n"_qs).toInt(), 3);
    QCOMPARE(tiers.at(0).toObject().value(u"positives"_qs).toInt(), 2);
    QCOMPARE(tiers.at(2).toObject().value(u"n"_qs).toInt(), 2);
    QCOMPARE(tiers.at(2).toObject().value(u"positives"_qs).toInt(), 1);
    QCOMPARE(j.value(u"lead_time"_qs).toObject().value(u"flagged"_qs).toInt(), 2);
    QCOMPARE(j.value(u"lead_time_days"_qs).toDouble(), 29.0);
}

void TestOverrideCommand::backtestIncludeOverrides()
{
    const QStringList args{u"backtest"_qs, u"--model"_qs, m_model, u"--horizon-days"_qs, u"0"_qs, u"--json"_qs, u"--workspace"_qs};
    const QJsonObject without = jsonOf(runCli(args + QStringList{m_overridden}));
    const auto run = runCli(args + QStringList{m_overridden, u"--include-overrides"_qs});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject with = jsonOf(run);
    QCOMPARE(with.value(u"manual_overrides"_qs).toString(), u"included"_qs);
    QCOMPARE(with.value(u"manual_overrides_applied"_qs).toInt(), 1);   // A2
    const QJsonArray tiers = with.value(u"tiers"_qs).toArray();
    const int n[] = {4, 1, 1};
    const int positives[] = {3, 0, 0};
    for (int t = 0; t < 3; ++t) {
        QCOMPARE(tiers.at(t).toObject().value(u"n"_qs).toInt(), n[t]);
        QCOMPARE(tiers.at(t).toObject().value(u"positives"_qs).toInt(), positives[t]);
    }
    QCOMPARE(with.value(u"recall"_qs).toDouble(), 1.0);       // 3 of 3 churners in red
    QCOMPARE(with.value(u"precision"_qs).toDouble(), 0.75);
    QCOMPARE(with.value(u"lead_time"_qs).toObject().value(u"flagged"_qs).toInt(), 3);
    QCOMPARE(with.value(u"lead_time_days"_qs).toDouble(), 22.0);   // 1, 22, 29
    // Only the tiers: the scores and what ranks them stay the model's.
    for (const char *key : {"auc", "pr_auc", "deciles", "trajectory", "n", "positives", "signals"})
        QCOMPARE(with.value(QLatin1StringView(key)), without.value(QLatin1StringView(key)));

    const auto text = runCli(QStringList{u"backtest"_qs, u"--model"_qs, m_model, u"--horizon-days"_qs, u"0"_qs, u"--workspace"_qs,
                                         m_overridden, u"--include-overrides"_qs});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().endsWith(u"\nManual overrides: included, as of each snapshot (1 evaluated outcomes' tiers changed)\n"_qs),
             qPrintable(text.outText()));
}

QTEST_GUILESS_MAIN(TestOverrideCommand)
#include "tst_overridecommand.moc"
