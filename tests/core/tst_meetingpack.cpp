// Tests of MeetingPack: the workbook's sheets in order, the movers with their kind in words and both
// weeks' score and tier, renewals, actions and the per-CSM counts, every text cell neutralised; and
// `tierlab report --pack DIR --per-csm` on a demo.
#include "clirun.h"
#include "demo/demogenerator.h"
#include "pack/meetingpack.h"
#include "xlsxparts.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;
using tierlab::test::canUnzip;
using tierlab::test::sharedStrings;
using tierlab::test::zipPart;

class tst_MeetingPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sheetsAndCells();
    void refusesNothing();
    void cliPack();
};

void tst_MeetingPack::sheetsAndCells()
{
    if (!canUnzip())
        QSKIP("neither python3 nor unzip is installed: cannot read the workbook back");
    std::vector<Tier> tiers(2);
    tiers[0].id = QStringLiteral("red");
    tiers[0].label = QStringLiteral("At risk");
    tiers[1].id = QStringLiteral("green");
    tiers[1].label = QStringLiteral("Healthy");
    tiers[1].min = 50;
    ReviewResult r;
    r.week = QDate(2026, 11, 2);
    r.previousWeek = QDate(2026, 10, 26);
    ReviewMover m;
    m.accountId = QStringLiteral("A-1");
    m.name = QStringLiteral("=HYPERLINK(\"x\")");
    m.csm = QStringLiteral("Ann");
    m.kinds = moverKindBit(MoverKind::DroppedTier) | moverKindBit(MoverKind::FellPoints);
    m.fromTier = 1;
    m.toTier = 0;
    m.scoreBefore = 61;
    m.scoreNow = 38;
    r.movers = {m};
    // Tiers, the healthy one split by a trend: its declining accounts on the row under it.
    r.tiers = {ReviewTier{QStringLiteral("red"), QStringLiteral("At risk"), {}, 4, 400, 3, 300},
               ReviewTier{QStringLiteral("green"), QStringLiteral("Healthy"), {}, 6, 600, 7, 700}};
    r.accounts = 10;
    ReviewTrendSplit split;
    split.id = QStringLiteral("declining");
    split.label = QStringLiteral("Declining");
    split.tier = 1;
    split.accounts = 2;
    r.trendSplit = split;
    ReviewRenewal n;
    n.accountId = QStringLiteral("B-2");
    n.csm = QStringLiteral("Bob");
    n.renewalDate = QDate(2026, 12, 1);
    n.tier = 0;
    n.atRisk = true;
    n.arr = 5000;
    r.renewals = {n};
    std::vector<PlayAction> actions{{QStringLiteral("A-1"), m.name, QStringLiteral("Ann"), QDate(2026, 11, 4), QStringLiteral("urgent"),
                                     QStringLiteral("Urgent: call"), QStringLiteral("dropped"), true}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.xlsx"));
    MeetingPack::Input in;
    in.review = &r;
    in.tiers = &tiers;
    in.actions = &actions;
    in.modelLabel = QStringLiteral("Q4 model");
    QVERIFY(MeetingPack::writeXlsx(in, path));

    const QByteArray workbook = zipPart(path, QStringLiteral("xl/workbook.xml"));
    QStringList sheets;
    static const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheet.globalMatch(QString::fromUtf8(workbook)); it.hasNext();)
        sheets << it.next().captured(1);
    QCOMPARE(sheets, MeetingPack::sheetNames());
    QCOMPARE(sheets, (QStringList{QStringLiteral("Summary"), QStringLiteral("Tiers"), QStringLiteral("Movers"),
                                  QStringLiteral("Renewals"), QStringLiteral("Actions"), QStringLiteral("Per CSM")}));
    const QStringList strings = sharedStrings(zipPart(path, QStringLiteral("xl/sharedStrings.xml")));
    // Kind in words, tiers by label, the model named once, the formula-like name neutralised.
    QVERIFY(strings.contains(QStringLiteral("Dropped a tier; Score fell")));   // one row, both kinds
    QVERIFY(strings.contains(QStringLiteral("Healthy")));
    QVERIFY(strings.contains(QStringLiteral("At risk")));
    QCOMPARE(strings.count(QStringLiteral("Q4 model")), 1);
    QVERIFY(strings.contains(QStringLiteral("'=HYPERLINK(\"x\")")));
    QVERIFY(!strings.contains(QStringLiteral("=HYPERLINK(\"x\")")));
    QVERIFY(!strings.contains(QStringLiteral("dropped_tier")));
    // Tiers: At risk, Healthy, then "of them Declining" (A2, A3, A4), its share of all accounts 20 %.
    const QString tierSheet = QString::fromUtf8(zipPart(path, QStringLiteral("xl/worksheets/sheet2.xml")));
    const auto textAt = [&](const QString &cell) {
        const QRegularExpression re(QStringLiteral("<c r=\"%1\"[^>]*t=\"s\"[^>]*><v>(\\d+)</v>").arg(cell));
        const auto match = re.match(tierSheet);
        return match.hasMatch() ? strings.value(match.captured(1).toInt()) : QString();
    };
    QCOMPARE(textAt(QStringLiteral("A2")), QStringLiteral("At risk"));
    QCOMPARE(textAt(QStringLiteral("A3")), QStringLiteral("Healthy"));
    QCOMPARE(textAt(QStringLiteral("A4")), QStringLiteral("of them Declining"));
    QVERIFY(QRegularExpression(QStringLiteral("<c r=\"C4\"[^>]*><v>0.2</v>")).match(tierSheet).hasMatch());
    // Per CSM: Ann (1 mover, 1 drop, 1 action) and Bob (1 renewal at risk, 5000 ARR), by name.
    const QByteArray perCsm = zipPart(path, QStringLiteral("xl/worksheets/sheet6.xml"));
    QVERIFY(perCsm.contains("<v>5000</v>"));
    QVERIFY(strings.contains(QStringLiteral("Ann")) && strings.contains(QStringLiteral("Bob")));
}

void tst_MeetingPack::refusesNothing()
{
    QTemporaryDir dir;
    auto r = MeetingPack::writeXlsx({}, dir.filePath(QStringLiteral("x.xlsx")));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"x.xlsx"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.xlsx"))));
}

void tst_MeetingPack::cliPack()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.tierlab"));
    QVERIFY(DemoGenerator::generateFile(ws, DemoOptions{200, 20, 7, QDate(2026, 11, 2)}));
    const QString out = dir.filePath(QStringLiteral("pack"));
    const auto run = tierlab::test::runCli({QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                                            QStringLiteral(TIERLAB_SOURCE_DIR "/resources/models/seed-default.json"),
                                            QStringLiteral("--pack"), out, QStringLiteral("--per-csm")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList xlsx = QDir(out).entryList({QStringLiteral("*.xlsx")});
    QVERIFY(xlsx.contains(QStringLiteral("meeting-pack-2026-11-02.xlsx")));
    // One per CSM besides the whole portfolio's.
    QVERIFY2(xlsx.size() > 2, qPrintable(xlsx.join(u' ')));
    const auto bad = tierlab::test::runCli({QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--per-csm")});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_MeetingPack)
#include "tst_meetingpack.moc"
