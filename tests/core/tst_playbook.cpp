// Tests of Playbook: each play rule on a made-up review, the JSON file's round trip and errors with
// their JSON paths, and `tierlab actions` (the CRM task CSV, neutralised; a stored playbook).
#include "analysis/playbook.h"
#include "analysis/review.h"
#include "clirun.h"
#include "demo/demogenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

namespace {

const QDate kWeek(2026, 11, 2);

std::vector<Tier> tiers()
{
    std::vector<Tier> t(3);
    t[0].id = QStringLiteral("red");
    t[0].label = QStringLiteral("At risk");
    t[1].id = QStringLiteral("yellow");
    t[1].label = QStringLiteral("Neutral");
    t[1].min = 40;
    t[2].id = QStringLiteral("green");
    t[2].label = QStringLiteral("Healthy");
    t[2].min = 70;
    return t;
}

ReviewMover mover(const char *id, MoverKind kind, int from, int to, double before, double now)
{
    ReviewMover m;
    m.accountId = QString::fromLatin1(id);
    m.name = m.accountId.toUpper();
    m.csm = QStringLiteral("ann");
    m.kinds = moverKindBit(kind);
    m.fromTier = from;
    m.toTier = to;
    m.scoreBefore = before;
    m.scoreNow = now;
    return m;
}

ReviewRenewal renewal(const char *id, int tier, double score)
{
    ReviewRenewal r;
    r.accountId = QString::fromLatin1(id);
    r.csm = QStringLiteral("bob");
    r.renewalDate = kWeek.addDays(30);
    r.tier = tier;
    r.score = score;
    r.arr = 12000;
    return r;
}

// One account for every rule, and some that none applies to (a fall within a tier, a middle renewal).
ReviewResult review()
{
    ReviewResult r;
    r.week = kWeek;
    r.movers = {mover("mid", MoverKind::DroppedTier, 2, 1, 75, 60), mover("low", MoverKind::DroppedTier, 1, 0, 45, 30),
                mover("stuck", MoverKind::WorstTier, 0, 0, 20, 18), mover("up", MoverKind::Recovered, 0, 1, 35, 45),
                mover("fell", MoverKind::FellPoints, 1, 1, 65, 45)};
    ReviewDriver d;
    d.id = QStringLiteral("logins");
    d.label = QStringLiteral("Logins");
    d.points = -12;
    r.movers[0].drivers = {d};
    d.label = QStringLiteral("Sentiment");
    d.points = 3.24;
    r.movers[0].drivers.push_back(d);
    r.renewals = {renewal("weak", 0, 22), renewal("ok", 1, 55), renewal("strong", 2, 88)};
    return r;
}

} // namespace

class tst_Playbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachPlay_data();
    void eachPlay();
    void orderAndDue();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
    void cli();
};

void tst_Playbook::eachPlay_data()
{
    QTest::addColumn<QString>("play");
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QString>("reason");   // of the first
    QTest::newRow("dropped to the middle") << QStringLiteral("check_in") << QStringList{QStringLiteral("mid")}
                                           << QStringLiteral("Healthy → Neutral, score 75.0 → 60.0; what moved it: Logins −12.0, Sentiment +3.2");
    QTest::newRow("dropped to the worst") << QStringLiteral("urgent") << QStringList{QStringLiteral("low")} << QStringLiteral("Neutral → At risk, score 45.0 → 30.0");
    QTest::newRow("worst renewing") << QStringLiteral("escalate_renewal") << QStringList{QStringLiteral("weak")}
                                    << QStringLiteral("Renews on 2026-12-02; At risk, score 22.0, ARR 12000");
    QTest::newRow("worst for 14 days") << QStringLiteral("executive_escalation") << QStringList{QStringLiteral("stuck")} << QStringLiteral("At risk → At risk, score 20.0 → 18.0");
    QTest::newRow("recovered") << QStringLiteral("positive_note") << QStringList{QStringLiteral("up")} << QStringLiteral("At risk → Neutral, score 35.0 → 45.0");
    QTest::newRow("best renewing") << QStringLiteral("expansion") << QStringList{QStringLiteral("strong")} << QStringLiteral("Renews on 2026-12-02; Healthy, score 88.0, ARR 12000");
}

void tst_Playbook::eachPlay()
{
    QFETCH(QString, play);
    QFETCH(QStringList, accounts);
    QFETCH(QString, reason);
    QStringList got;
    QString firstReason;
    for (const PlayAction &a : Playbook::defaults().actions(review(), tiers())) {
        if (a.play != play)
            continue;
        if (got.isEmpty())
            firstReason = a.reason;
        got << a.accountId;
    }
    QCOMPARE(got, accounts);
    QCOMPARE(firstReason, reason);
}

void tst_Playbook::orderAndDue()
{
    const std::vector<PlayAction> actions = Playbook::defaults().actions(review(), tiers());
    QCOMPARE(actions.size(), std::size_t(6));
    QCOMPARE(actions[0].play, QStringLiteral("check_in"));
    QCOMPARE(actions[0].due, kWeek.addDays(7));
    QCOMPARE(actions[0].owner, QStringLiteral("ann"));
    QCOMPARE(actions[0].name, QStringLiteral("MID"));
    QVERIFY(!actions[0].notifyManager);
    QCOMPARE(actions[1].play, QStringLiteral("urgent"));
    QCOMPARE(actions[1].due, kWeek.addDays(2));
    QVERIFY(actions[1].notifyManager);
    QCOMPARE(actions[5].play, QStringLiteral("expansion"));
    QCOMPARE(actions[5].due, kWeek.addDays(14));
    // An empty playbook has nothing to do; a two-tier model has no best-tier expansion below the worst.
    QVERIFY(Playbook().actions(review(), tiers()).empty());
}

void tst_Playbook::jsonRoundTrip()
{
    const Playbook defaults = Playbook::defaults();
    auto back = Playbook::fromJson(defaults.toJson());
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(*back, defaults);
    QCOMPARE(back->toJson(), defaults.toJson());
}

void tst_Playbook::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("$: not valid JSON");
    QTest::newRow("format") << QByteArray(R"({"format":"x","version":1,"plays":[]})") << QStringLiteral("$.format: must be \"tierlab-playbook\"");
    QTest::newRow("version") << QByteArray(R"({"format":"tierlab-playbook","version":2,"plays":[]})") << QStringLiteral("$.version: must be 1");
    QTest::newRow("plays") << QByteArray(R"({"format":"tierlab-playbook","version":1})") << QStringLiteral("$.plays: must be an array");
    QTest::newRow("when") << QByteArray(R"({"format":"tierlab-playbook","version":1,"plays":[{"id":"a","when":"soon","subject":"S"}]})")
                          << QStringLiteral("$.plays[0].when: unknown \"soon\"");
    QTest::newRow("due") << QByteArray(R"({"format":"tierlab-playbook","version":1,"plays":[{"id":"a","when":"recovered","subject":"S","due_days":-1}]})")
                         << QStringLiteral("$.plays[0].due_days: must be a whole number of days from 0 to 365");
    QTest::newRow("subject") << QByteArray(R"({"format":"tierlab-playbook","version":1,"plays":[{"id":"a","when":"recovered"}]})")
                             << QStringLiteral("$.plays[0].subject: must be a non-empty text");
    QTest::newRow("twice") << QByteArray(R"({"format":"tierlab-playbook","version":1,"plays":[{"id":"a","when":"recovered","subject":"S"},{"id":"a","when":"recovered","subject":"T"}]})")
                           << QStringLiteral("$.plays[1].id: \"a\" is used twice");
}

void tst_Playbook::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto book = Playbook::fromJson(json);
    QVERIFY(!book);
    QCOMPARE(book.error().message, message);
}

void tst_Playbook::cli()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.tierlab"));
    QVERIFY(DemoGenerator::generateFile(ws, DemoOptions{300, 30, 7, QDate(2026, 11, 2)}));
    const QString csv = dir.filePath(QStringLiteral("actions.csv"));
    const QString model = QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/seed-default.json");
    const auto run = tierlab::test::runCli({QStringLiteral("actions"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"), model,
                                            QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.front(), QByteArray("Subject,Owner,Due Date,Account,Description\r"));
    QVERIFY(lines.size() > 2);
    // Every task is one of the default plays' subjects, due after the week.
    QVERIFY(lines[1].startsWith("Check in") || lines[1].startsWith("Urgent") || lines[1].startsWith("Escalate")
            || lines[1].startsWith("Executive") || lines[1].startsWith("Send") || lines[1].startsWith("Start"));

    // A stored playbook replaces the default; a broken file is refused with its path.
    const QString book = dir.filePath(QStringLiteral("book.json"));
    QFile out(book);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"x({"format":"tierlab-playbook","version":1,"plays":[{"id":"call","when":"dropped_to_worst","subject":"=CALL()","due_days":1}]})x");
    out.close();
    const auto set = tierlab::test::runCli({QStringLiteral("actions"), QStringLiteral("--workspace"), ws, QStringLiteral("--set-playbook"), book});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const auto show = tierlab::test::runCli({QStringLiteral("actions"), QStringLiteral("--workspace"), ws, QStringLiteral("--show-playbook")});
    QVERIFY(show.outText().contains(u"\"id\": \"call\""));
    const auto stdoutRun = tierlab::test::runCli({QStringLiteral("actions"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"), model});
    QCOMPARE(stdoutRun.exitCode, 0);
    // The formula-like subject is neutralised on every row, due a day after the week.
    const QStringList rows = stdoutRun.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1);
    QVERIFY(!rows.isEmpty());
    for (const QString &line : rows)
        QVERIFY2(line.startsWith(u"'=CALL(),") && line.contains(u",2026-11-03,"), qPrintable(line));
    out.open(QIODevice::WriteOnly);
    out.write(R"({"format":"tierlab-playbook","version":1,"plays":[{"id":"call","when":"later","subject":"S"}]})");
    out.close();
    const auto bad = tierlab::test::runCli({QStringLiteral("actions"), QStringLiteral("--workspace"), ws, QStringLiteral("--set-playbook"), book});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.errText().contains(book + QStringLiteral(": $.plays[0].when: unknown \"later\"")), bad.err.constData());
}

QTEST_GUILESS_MAIN(tst_Playbook)
#include "tst_playbook.moc"
