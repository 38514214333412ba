// GUI tests of ReviewPage on a small hand-made workspace: it loads, the filters drive every section,
// presentation mode (large type, Okabe–Ito colours, F6 between sections), the CSV export neutralises
// formulas, and the report PDF holds the expected figures (checked with pdftotext when present).
//
// Model: one signal "usage", linear 0 → 100, so score = usage. Tiers red ≥ 0, yellow ≥ 40, green ≥ 70.
// Weeks W1 2026-01-19, W2 2026-01-26.
//   id   csm  segment ARR    renewal      W1   W2
//   A1   Ann  SMB     1000   2026-02-10   80   60     dropped_tier + fell_points; renewal at risk
//   A2   Ann  ENT     2000   –            30   75     recovered
//   A3   Bob  SMB     5000   2026-03-01   50   50     renewal at risk
//   =X   Bob  ENT      700   2026-02-01   90   90     (hostile id and name: "=HYPERLINK(…)")
// Review of W2: red 0, yellow A1 A3 (2, 6000), green A2 =X (2, 2700); last week red A2, yellow A3, green A1 =X.
// Filter CSM Ann: yellow A1, green A2; movers A1 (both kinds, one row), A2. Filter CSM Bob: no movers.
#include "charts/tierbarschart.h"
#include "charts/tierpalette.h"
#include "pages/reviewpage.h"
#include "review/stabilitychart.h"
#include "review/actionspanel.h"
#include "analysis/playbook.h"

#include "analysis/snapshothistory.h"
#include "analysis/tierpaths.h"
#include "common/format.h"
#include "demo/demogenerator.h"

#include "store/snapshotcodec.h"
#include "store/workspace.h"
#include "model/modelexport.h"
#include "model/modelfile.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <map>

using namespace tierlab;
using namespace tierlab::ui;

namespace {

// The text of a PDF as pdftotext reads it (-layout keeps a table's row on one line); empty when it
// could not be read.
QString pdfText(const QString &path, bool layout = true)
{
    QProcess p;
    QStringList args{path, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

const QByteArray kModel = R"({"format":"tierlab-model","version":1,"name":"Page test",
  "categories":[{"id":"c"}],
  "signals":[{"id":"usage","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
  "tiers":[{"id":"red","label":"Red","min":0,"color":"#ff0000"},{"id":"yellow","label":"Yellow","min":40,"color":"#ffff00"},
           {"id":"green","label":"Green","min":70,"color":"#00ff00"}]})";

const QString kHostile = QStringLiteral("=HYPERLINK(\"http://x\")");

} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionsSection();
    void loadsAndShows();
    void stabilityWarning_data();
    void stabilityWarning();
    void filtersDriveThePage_data();
    void filtersDriveThePage();
    void presentationMode();
    void presentationFits_data();
    void presentationFits();
    void csvExport();
    void reportPdf();
    void reportListsEveryMover();
    void reportForOneCsm();
    void hysteresisFlipRates();
    void trendTierCounted();
    void moversByKind();
    void withoutArr();
    void demoScreenshots();

private:
    bool waitShown(ReviewPage &page);
    void load(ReviewPage &page);
    // A page in presentation mode in a window of the given size, as a projector shows it.
    void present(QWidget &window, ReviewPage *page, QSize size);
    // TierPaths over the demo's whole history: the reference the page's stability figures are checked against.
    struct DemoPaths
    {
        TierPaths paths;
        std::size_t last = 0;   // the latest week's index
        QDate lastWeek;
    };
    static std::optional<DemoPaths> demoPaths(const QString &path, const Model &model);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_demoPath;   // generated demo portfolio: real names, hundreds of renewals
    Model m_model;
};

void TestReviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("page.tierlab"));
    auto ws = Workspace::open(m_path, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    auto usage = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("usage"), QStringLiteral("Usage"), SignalType::Number, {}, {}});
    QVERIFY(usage);
    struct Row
    {
        QString id, csm, segment;
        double arr;
        QDate renewal;
        double w1, w2;
    };
    const Row rows[] = {{QStringLiteral("A1"), QStringLiteral("Ann"), QStringLiteral("SMB"), 1000, QDate(2026, 2, 10), 80, 60},
                        {QStringLiteral("A2"), QStringLiteral("Ann"), QStringLiteral("ENT"), 2000, QDate(), 30, 75},
                        {QStringLiteral("A3"), QStringLiteral("Bob"), QStringLiteral("SMB"), 5000, QDate(2026, 3, 1), 50, 50},
                        {kHostile, QStringLiteral("Bob"), QStringLiteral("ENT"), 700, QDate(2026, 2, 1), 90, 90}};
    for (const Row &r : rows) {
        auto key = (*ws)->upsertAccount(AccountRecord{r.id, r.id == kHostile ? QStringLiteral("@name") : r.id, r.csm,
                                                      r.segment, r.arr, r.renewal, {}});
        QVERIFY(key);
        SnapshotCodec::Builder b;
        b.addNumber(usage->index, r.w1);
        QVERIFY((*ws)->putSnapshot(*key, QDate(2026, 1, 19), b.data()));
        b.clear();
        b.addNumber(usage->index, r.w2);
        QVERIFY((*ws)->putSnapshot(*key, QDate(2026, 1, 26), b.data()));
    }
    auto m = ModelFile::fromJson(kModel);
    QVERIFY(m);
    m_model = *m;

    // Fewer weeks than the default keep it quick; the accounts and their long names are the point.
    m_demoPath = m_dir.filePath(QStringLiteral("demo.tierlab"));
    DemoOptions demo;
    demo.weeks = 14;
    auto made = DemoGenerator::generateFile(m_demoPath, demo);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

void TestReviewPage::present(QWidget &window, ReviewPage *page, QSize size)
{
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);
    window.resize(size);
    window.show();
    page->setPresentation(true);
    // Offscreen, "full screen" is the virtual screen's 800 × 800: size it as the projector would.
    window.setWindowState(Qt::WindowNoState);
    window.resize(size);
    QApplication::processEvents();
}

bool TestReviewPage::waitShown(ReviewPage &page)
{
    QSignalSpy shown(&page, &ReviewPage::reviewShown);
    // Event-driven wait for the worker (bounded), not a sleep.
    while (page.isLoading()) {
        if (!shown.wait(20000))
            return false;
    }
    return page.result() != nullptr;
}

auto TestReviewPage::demoPaths(const QString &path, const Model &model) -> std::optional<DemoPaths>
{
    auto ws = Workspace::open(path);
    if (!ws)
        return std::nullopt;
    auto history = SnapshotHistory::load(**ws);
    if (!history || (*history)->dates().size() < 2)
        return std::nullopt;
    auto paths = TierPaths::compute(**history, model);
    if (!paths)
        return std::nullopt;
    const std::size_t last = (*history)->dates().size() - 1;
    return DemoPaths{std::move(*paths), last, (*history)->dates()[last]};
}

void TestReviewPage::load(ReviewPage &page)
{
    page.setModel(m_model, QStringLiteral("page test model"));
    page.setWorkspace(m_path);
    QVERIFY(waitShown(page));
}

void TestReviewPage::actionsSection()
{
    // The section lists Playbook::actions of the shown review (the workspace keeps no playbook of
    // its own: the defaults), at most 500, and the play filter keeps one play's tasks.
    ReviewPage page;
    page.resize(1366, 900);
    page.setWorkspace(m_demoPath);
    QVERIFY(waitShown(page));
    const std::vector<PlayAction> expected = Playbook::defaults().actions(*page.result(), page.model().tiers);
    QVERIFY(!expected.empty());
    auto *panel = page.findChild<ActionsPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->actions().size(), expected.size());
    QCOMPARE(panel->shownCount(), std::min(500, int(expected.size())));
    QCOMPARE(panel->table()->item(0, 1)->text().startsWith(expected[0].subject), true);
    QCOMPARE(panel->table()->item(0, 4)->text(), expected[0].reason);
    auto *section = page.findChild<QGroupBox *>(QStringLiteral("actionsSection"));
    QVERIFY(section->title().startsWith(QStringLiteral("This week's actions: %1").arg(expected.size())));

    const QString play = expected.back().play;
    QComboBox *filter = panel->playFilter();
    filter->setCurrentIndex(filter->findData(play));
    Q_EMIT filter->activated(filter->currentIndex());
    const auto matching = std::count_if(expected.begin(), expected.end(), [&](const PlayAction &a) { return a.play == play; });
    QCOMPARE(panel->shownCount(), int(std::min<std::ptrdiff_t>(500, matching)));
    QVERIFY(section->title().startsWith(QStringLiteral("This week's actions: %1").arg(matching)));
}

void TestReviewPage::loadsAndShows()
{
    ReviewPage page;
    page.resize(1366, 900);
    load(page);
    const ReviewResult *r = page.result();
    QCOMPARE(r->week, QDate(2026, 1, 26));
    QCOMPARE(r->previousWeek, QDate(2026, 1, 19));
    QCOMPARE(r->tiers[1].accounts, 2);
    QCOMPARE(r->tiers[1].arr, 6000.0);
    QCOMPARE(r->tiers[2].accounts, 2);
    QCOMPARE(r->tiers[2].arr, 2700.0);
    QCOMPARE(r->tiers[0].previousAccounts, 1);

    auto *weeks = page.findChild<QComboBox *>(QStringLiteral("weekCombo"));
    QVERIFY(weeks);
    QCOMPARE(weeks->count(), 2);
    QCOMPARE(weeks->itemText(0), QStringLiteral("2026-01-26"));
    auto *csm = page.findChild<QComboBox *>(QStringLiteral("csmCombo"));
    QCOMPARE(csm->count(), 3);   // All, Ann, Bob
    auto *movers = page.findChild<QTableWidget *>(QStringLiteral("moversTable"));
    QCOMPARE(movers->rowCount(), 2);   // A1 once, with both of its kinds
    QCOMPARE(movers->item(0, 0)->text(), QStringLiteral("Dropped a tier; Score fell"));
    QCOMPARE(movers->item(0, 1)->text(), QStringLiteral("A1"));
    QCOMPARE(movers->item(0, 4)->text(), QStringLiteral("Green"));   // a label on every colour
    QCOMPARE(movers->item(0, 5)->text(), QStringLiteral("Yellow"));
    auto *transitions = page.findChild<QTableWidget *>(QStringLiteral("transitionTable"));
    QCOMPARE(transitions->rowCount(), 3);
    QVERIFY(transitions->item(2, 1)->text().startsWith(QStringLiteral("1 account")));   // green → yellow: A1
    auto *renewals = page.findChild<QTableWidget *>(QStringLiteral("renewalsTable"));
    QCOMPARE(renewals->rowCount(), 3);   // A1 60, A3 50, =X 90 → A3, A1, =X
    QCOMPARE(renewals->item(0, 1)->text(), QStringLiteral("A3"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("renewalText"))->text().contains(QStringLiteral("6,000")));
    // The dashed bars are last week here, not the designer's baseline.
    auto *bars = page.findChild<TierBarsChart *>(QStringLiteral("tierBarsChart"));
    QVERIFY(bars);
    auto *barsTitle = qobject_cast<QCPTextElement *>(bars->plotLayout()->element(0, 0));
    QVERIFY(barsTitle);
    QCOMPARE(barsTitle->text(), QStringLiteral("Per tier (dashed: last week)"));
    QCOMPARE(page.findChild<QGroupBox *>(QStringLiteral("tiersSection"))->title(),
             QStringLiteral("Tier distribution (filled: this week, dashed: last week)"));
    QVERIFY(!transitions->isHidden());
    const QString tierText = page.findChild<QLabel *>(QStringLiteral("tierText"))->text();
    QVERIFY2(tierText.contains(QStringLiteral(" %); last week 1<br>")), qPrintable(tierText));

    // The earlier week: nothing to compare with.
    page.setWeek(QDate(2026, 1, 19));
    QVERIFY(waitShown(page));
    QCOMPARE(page.result()->week, QDate(2026, 1, 19));
    QVERIFY(!page.result()->previousWeek.isValid());
    QCOMPARE(movers->rowCount(), 0);
    // The tier lines leave last week out rather than print "last week 0" (the week after has it).
    const QString firstText = page.findChild<QLabel *>(QStringLiteral("tierText"))->text();
    QVERIFY2(!firstText.contains(QStringLiteral("last week")), qPrintable(firstText));
    QVERIFY2(firstText.contains(QStringLiteral("<b>Red</b>: 1 account")), qPrintable(firstText));
    QCOMPARE(barsTitle->text(), QStringLiteral("Per tier"));   // no dashed outlines to name
    QCOMPARE(page.findChild<QGroupBox *>(QStringLiteral("tiersSection"))->title(), QStringLiteral("Tier distribution"));
    QVERIFY(transitions->isHidden());   // no matrix of zeros
    // So does the PDF's tier table: a dash in the last-week cells.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed: the PDF's text is not checked");
    const QString pdf = m_dir.filePath(QStringLiteral("report-first-week.pdf"));
    auto written = page.exportReport(pdf);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    const QString firstPdf = pdfText(pdf);
    const QRegularExpression total(QStringLiteral("^\\s*Total\\s+(\\d+)\\s+\\S+\\s+(\\S+)\\s+(\\S+)\\s*$"),
                                   QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = total.match(firstPdf);
    QVERIFY2(m.hasMatch(), qPrintable(firstPdf.left(2000)));
    QCOMPARE(m.captured(1).toInt(), page.result()->accounts);
    QCOMPARE(m.captured(2), QStringLiteral("–"));
    QCOMPARE(m.captured(3), QStringLiteral("–"));
}

void TestReviewPage::filtersDriveThePage_data()
{
    QTest::addColumn<QString>("csm");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<int>("arrBand");   // index into ReviewPage::arrBands(), -1 = all
    QTest::addColumn<QList<qint64>>("tiers");
    QTest::addColumn<int>("movers");
    QTest::addColumn<int>("renewals");
    QTest::newRow("all") << QString() << QString() << -1 << QList<qint64>{0, 2, 2} << 2 << 3;
    QTest::newRow("Ann") << QStringLiteral("Ann") << QString() << -1 << QList<qint64>{0, 1, 1} << 2 << 1;
    QTest::newRow("Bob") << QStringLiteral("Bob") << QString() << -1 << QList<qint64>{0, 1, 1} << 0 << 2;
    QTest::newRow("SMB") << QString() << QStringLiteral("SMB") << -1 << QList<qint64>{0, 2, 0} << 1 << 2;
    QTest::newRow("Ann ENT") << QStringLiteral("Ann") << QStringLiteral("ENT") << -1 << QList<qint64>{0, 0, 1} << 1 << 0;
    // Band 0 = under 10k: everyone; all four ARR values are under 10000.
    QTest::newRow("under 10k") << QString() << QString() << 0 << QList<qint64>{0, 2, 2} << 2 << 3;
    QTest::newRow("10k to 50k") << QString() << QString() << 1 << QList<qint64>{0, 0, 0} << 0 << 0;
}

void TestReviewPage::filtersDriveThePage()
{
    QFETCH(QString, csm);
    QFETCH(QString, segment);
    QFETCH(int, arrBand);
    QFETCH(QList<qint64>, tiers);
    QFETCH(int, movers);
    QFETCH(int, renewals);
    ReviewPage page;
    load(page);
    ReviewFilter f;
    f.csm = csm;
    f.segment = segment;
    if (arrBand >= 0) {
        f.arrMin = ReviewPage::arrBands()[std::size_t(arrBand)].first;
        f.arrMax = ReviewPage::arrBands()[std::size_t(arrBand)].second;
    }
    page.setFilter(f);
    QVERIFY(waitShown(page));
    const ReviewResult *r = page.result();
    QCOMPARE((QList<qint64>{r->tiers[0].accounts, r->tiers[1].accounts, r->tiers[2].accounts}), tiers);
    QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("moversTable"))->rowCount(), movers);
    QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("renewalsTable"))->rowCount(), renewals);
    // The combos show the filter.
    const QString shownCsm = page.findChild<QComboBox *>(QStringLiteral("csmCombo"))->currentText();
    QCOMPARE(shownCsm, csm.isEmpty() ? QStringLiteral("All CSMs") : csm);
    QCOMPARE(page.options().filter.segment, segment);
}

void TestReviewPage::presentationMode()
{
    QWidget window;
    auto *page = new ReviewPage(&window);
    window.resize(1000, 700);
    window.show();
    load(*page);
    auto *tiers = page->findChild<QGroupBox *>(QStringLiteral("tiersSection"));
    const qreal normal = tiers->font().pointSizeF();
    page->setPresentation(true);
    QVERIFY(page->isPresentation());
    QVERIFY(tiers->font().pointSizeF() > normal * 1.5);
    auto *movers = page->findChild<QTableWidget *>(QStringLiteral("moversTable"));
    // The model's own colours give way to Okabe–Ito, labels stay.
    QCOMPARE(movers->item(0, 4)->background().color(), QColor(0x00, 0x9E, 0x73));
    QCOMPARE(movers->item(0, 5)->background().color(), QColor(0xE6, 0x9F, 0x00));
    QCOMPARE(movers->item(0, 5)->text(), QStringLiteral("Yellow"));

    // F6 walks the sections.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *trend = page->findChild<QGroupBox *>(QStringLiteral("trendSection"));
    tiers->setFocus();
    QTest::keyClick(page, Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), trend);
    QTest::keyClick(page, Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), tiers);

    QTest::keyClick(page, Qt::Key_Escape);
    QVERIFY(!page->isPresentation());
    QCOMPARE(tiers->font().pointSizeF(), normal);
    QCOMPARE(movers->item(0, 4)->background().color(), QColor(0x00, 0xff, 0x00));
}

void TestReviewPage::presentationFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("stacked");
    QTest::newRow("1366x768") << QSize(1366, 768) << true;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
}

void TestReviewPage::presentationFits()
{
    QFETCH(QSize, size);
    QFETCH(bool, stacked);
    QWidget window;
    auto *page = new ReviewPage;
    page->setWorkspace(m_demoPath);
    QVERIFY(waitShown(*page));
    present(window, page, size);
    QVERIFY(page->isPresentation());
    QCOMPARE(page->size(), size);
    QVERIFY(page->result()->renewals.size() > 50);
    // The drift baseline week is kept explained: the CSI of every number or flag signal is there, and
    // the stability chart shows the score's PSI and each of them.
    const ReviewResult &shown = *page->result();
    QVERIFY(shown.psiBaselineWeek.isValid());
    QVERIFY(shown.csi.size() >= 10);
    auto *stability = page->findChild<StabilityChart *>();
    QVERIFY(stability);
    QCOMPARE(stability->driftLabels().size(), qsizetype(1 + shown.csi.size()));
    QCOMPARE(stability->driftValues().front(), shown.psi.value);

    // Every section fits the width: the page only ever scrolls down.
    auto *scroll = page->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("content %1 > viewport %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
    for (QGroupBox *box : scroll->widget()->findChildren<QGroupBox *>()) {
        const QRect r(box->mapTo(scroll->widget(), QPoint(0, 0)), box->size());
        QVERIFY2(r.left() >= 0 && r.right() < scroll->viewport()->width(), qPrintable(box->objectName()));
    }
    // On a 1366 projector the sections stack (trend under the tiers); at 1920 two fit side by side.
    auto *tiers = page->findChild<QGroupBox *>(QStringLiteral("tiersSection"));
    auto *trend = page->findChild<QGroupBox *>(QStringLiteral("trendSection"));
    QCOMPARE(trend->x() == tiers->x(), stacked);
    QCOMPARE(trend->y() > tiers->y(), stacked);

    // The tables' columns fit their viewports: no sideways scrolling, long names elided.
    for (const char *name : {"renewalsTable", "moversTable", "expansionTable", "transitionTable"}) {
        auto *table = page->findChild<QTableWidget *>(QLatin1StringView(name));
        QVERIFY(table);
        QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1: header %2 > viewport %3")
                                .arg(QLatin1StringView(name))
                                .arg(table->horizontalHeader()->length())
                                .arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }
    auto *renewals = page->findChild<QTableWidget *>(QStringLiteral("renewalsTable"));
    QVERIFY(renewals->rowCount() > 50);
    // An elided name reads in full in its tooltip.
    QCOMPARE(renewals->item(0, 2)->toolTip(), renewals->item(0, 2)->text());
    // Every column still shows something (at least a few characters).
    for (int c = 0; c < renewals->columnCount(); ++c)
        QVERIFY(renewals->columnWidth(c) >= renewals->fontMetrics().averageCharWidth() * 4);
    // A mover's "What" names the row ("Dropped a tier; Score fell"): the drivers give way, not it.
    auto *movers = page->findChild<QTableWidget *>(QStringLiteral("moversTable"));
    const QAbstractItemView *moversView = movers;
    QVERIFY2(movers->columnWidth(0) >= moversView->sizeHintForColumn(0),
             qPrintable(QStringLiteral("What %1 < %2").arg(movers->columnWidth(0)).arg(moversView->sizeHintForColumn(0))));

    // Leaving presentation mode brings back the two columns.
    page->setPresentation(false);
    window.setWindowState(Qt::WindowNoState);
    window.resize(size);
    QApplication::processEvents();
    QVERIFY(trend->x() > tiers->x());
    QCOMPARE(trend->y(), tiers->y());
}

void TestReviewPage::csvExport()
{
    ReviewPage page;
    load(page);
    const QString path = m_dir.filePath(QStringLiteral("scored.csv"));
    QVERIFY(page.exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",'@name,Bob,ENT,700,2026-02-01,2026-01-26,90.00,green")));
    QVERIFY(!text.contains(QStringLiteral(",=HYPERLINK")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 5);   // header + 4 accounts

    ReviewFilter ann;
    ann.csm = QStringLiteral("Ann");
    page.setFilter(ann);
    QVERIFY(waitShown(page));
    QVERIFY(page.exportCsv(path));
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).count(QStringLiteral("\r\n")), 3);
}

void TestReviewPage::reportPdf()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ReviewPage page;
    load(page);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    auto r = page.exportReport(path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed: the PDF's text is not checked");
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Weekly portfolio review")), qPrintable(text.left(400)));
    // Dates for people, in the user's locale.
    QVERIFY2(text.contains(QStringLiteral("Week of 26 Jan 2026 (compared with 19 Jan 2026)")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Page test")));
    QVERIFY(text.contains(ModelExport::canonicalSha256(m_model)));
    QVERIFY(text.contains(QStringLiteral("ARR at risk 6,000")));
    // Kinds in words, not the JSON names.
    QVERIFY(text.contains(QStringLiteral("Dropped a tier")));
    QVERIFY(text.contains(QStringLiteral("Recovered")));
    QVERIFY(!text.contains(QStringLiteral("dropped_tier")));
    // The tier chart's title names last week, not the designer's baseline.
    QVERIFY(text.contains(QStringLiteral("Per tier (dashed: last week)")));
    QVERIFY(!text.contains(QStringLiteral("baseline")));

    // The same report from the command line.
    const QString modelPath = m_dir.filePath(QStringLiteral("model.json"));
    QVERIFY(ModelFile::save(m_model, modelPath));
    const QString cliPdf = m_dir.filePath(QStringLiteral("cli-report.pdf"));
    QProcess p;
    p.start(QStringLiteral(TIERLAB_CLI), {QStringLiteral("report"), QStringLiteral("--workspace"), m_path,
                                          QStringLiteral("--model"), modelPath, QStringLiteral("--out"), cliPdf});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString cliText = pdfText(cliPdf);
    QVERIFY(cliText.contains(QStringLiteral("ARR at risk 6,000")));
    QVERIFY(cliText.contains(ModelExport::canonicalSha256(m_model)));
}

// The demo's week has hundreds of movers: every one is in the PDF with its CSM, over as many pages as it
// takes, names wrapped and never cut with "…", and no command line for the reader to run.
void TestReviewPage::reportListsEveryMover()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed: the PDF's text is not checked");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ReviewPage page;
    page.setWorkspace(m_demoPath);
    QVERIFY(waitShown(page));
    const ReviewResult &review = *page.result();
    QVERIFY(review.movers.size() > 100);
    const QString path = m_dir.filePath(QStringLiteral("report-demo-movers.pdf"));
    auto r = page.exportReport(path);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    const QString text = pdfText(path, false);
    const qsizetype from = text.indexOf(QStringLiteral("Movers: %1").arg(review.movers.size()));
    const qsizetype to = text.indexOf(QStringLiteral("Renewals at risk"));
    QVERIFY(from > 0 && to > from);
    const QString section = text.mid(from, to - from);
    std::map<QString, int> expected;
    for (const ReviewMover &m : review.movers)
        ++expected[m.accountId];
    for (const auto &[id, n] : expected)
        QVERIFY2(section.count(id) == n, qPrintable(QStringLiteral("%1: %2 of %3").arg(id).arg(section.count(id)).arg(n)));
    QVERIFY(section.contains(QStringLiteral("CSM")));
    QVERIFY(section.contains(review.movers.front().csm));
    QVERIFY(!text.contains(u'…'));
    QVERIFY(!text.contains(QStringLiteral("tierlab review")));
    QVERIFY(!text.contains(QStringLiteral("At most")));
}

// A review filtered to one CSM (a per-CSM pack) leaves the CSM column out of the movers' and renewals'
// tables; the unfiltered review keeps it; the expansion table has none either way.
void TestReviewPage::reportForOneCsm()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed: the PDF's text is not checked");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ReviewPage page;
    load(page);
    const auto headers = [&](const QString &name) {
        const QString path = m_dir.filePath(name);
        auto r = page.exportReport(path);
        if (!r)
            return r.error().message;
        QStringList found;
        for (const QString &line : pdfText(path).split(u'\n')) {
            const QString t = line.simplified();
            // "What happened" wraps onto the lines around the header's; the rest of it is one line.
            if (t.contains(QStringLiteral("Account Name")) && !found.contains(t))
                found << t;
        }
        return found.join(u'|');
    };
    QCOMPARE(headers(QStringLiteral("report-all.pdf")),
             QStringLiteral("Account Name CSM From To Then Now What moved it|"
                            "Renewal Account Name CSM Score Tier ARR|Account Name Score 4 weeks ago Renewal ARR"));
    ReviewFilter ann;
    ann.csm = QStringLiteral("Ann");
    page.setFilter(ann);
    QVERIFY(waitShown(page));
    QVERIFY(!page.result()->movers.empty());
    QCOMPARE(headers(QStringLiteral("report-ann.pdf")),
             QStringLiteral("Account Name From To Then Now What moved it|"
                            "Renewal Account Name Score Tier ARR|Account Name Score 4 weeks ago Renewal ARR"));
}

// A model with hysteresis: the stability text gives this week's and the mean flip rate with and without
// it, TierPaths' figures over all accounts; without hysteresis there is no such line.
void TestReviewPage::hysteresisFlipRates()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto seed = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    QVERIFY(seed);
    ReviewPage page;
    page.setModel(*seed, QStringLiteral("seed"));
    page.setWorkspace(m_demoPath);
    QVERIFY(waitShown(page));
    auto *text = page.findChild<QLabel *>(QStringLiteral("movementText"));
    QVERIFY(text);
    QVERIFY(!text->text().contains(QStringLiteral("hysteresis")));

    Model sticky = *seed;
    sticky.hysteresis = Hysteresis{3, 2, {}};
    page.setModel(sticky, QStringLiteral("sticky"));
    QVERIFY(waitShown(page));
    const auto demo = demoPaths(m_demoPath, sticky);
    QVERIFY(demo);
    const TierPaths *paths = &demo->paths;
    const std::size_t last = demo->last;
    QCOMPARE(page.result()->week, demo->lastWeek);
    const QString expected = QStringLiteral("With the model's hysteresis (3.0 points, 2 weeks), over all accounts: tier changed "
                                            "for %1 this week (%2 without it); %3 a week on average (%4 without)")
                                 .arg(format::percent(paths->flipRate(last, true)), format::percent(paths->flipRate(last, false)),
                                      format::percent(paths->meanFlipRate(true)), format::percent(paths->meanFlipRate(false)));
    QVERIFY2(text->text().contains(expected), qPrintable(text->text()));
    QVERIFY(paths->meanFlipRate(true) < paths->meanFlipRate(false));
    // The review's own tiers are the held ones: its flip rate is the one with hysteresis.
    QCOMPARE(page.result()->flipRate, paths->flipRate(last, true));
}

// A model with a trend tier: the stability text says how many accounts of the split tier decline, this
// week and last, as TierPaths counts them over the whole history.
void TestReviewPage::trendTierCounted()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto seed = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    QVERIFY(seed);
    Model trending = *seed;
    trending.version = 2;
    trending.trend = TrendSplit{trending.tiers[1].id, 4, 1.0, QStringLiteral("declining"), QStringLiteral("Declining"), {}, {}};
    ReviewPage page;
    page.setModel(trending, QStringLiteral("trending"));
    page.setWorkspace(m_demoPath);
    QVERIFY(waitShown(page));
    const auto demo = demoPaths(m_demoPath, trending);
    QVERIFY(demo);
    const TierPaths *paths = &demo->paths;
    const std::size_t last = demo->last;
    const ReviewResult *r = page.result();
    QVERIFY(r && r->trendSplit);
    QCOMPARE(r->trendSplit->tier, 1);
    QCOMPARE(r->trendSplit->accounts, paths->decliningCount(last));
    QCOMPARE(r->trendSplit->previousAccounts, paths->decliningCount(last - 1));
    QVERIFY(r->trendSplit->accounts > 0);
    // The line right under its tier's line in the tier summary.
    auto *text = page.findChild<QLabel *>(QStringLiteral("tierText"));
    QVERIFY(text);
    const QStringList lines = text->text().split(QStringLiteral("<br>"));
    // Counts as the locale writes them ("1,032").
    const auto count = [](std::int64_t n) { return format::number(double(n), 0); };
    const QString tierLine = QStringLiteral("<b>%1</b>: %2 accounts (").arg(r->tiers[1].label, count(r->tiers[1].accounts));
    const auto at = std::find_if(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(tierLine); });
    QVERIFY2(at != lines.end() && at + 1 != lines.end(), qPrintable(text->text()));
    QCOMPARE(*(at + 1), QStringLiteral("&nbsp;&nbsp;&nbsp;of them <b>Declining</b>: %1, ARR %2; last week %3")
                            .arg(count(r->trendSplit->accounts), format::money(r->trendSplit->arr),
                                 count(r->trendSplit->previousAccounts)));

    // The PDF's tier table has the same row right under its tier's.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed: the PDF's text is not checked");
    const QString path = m_dir.filePath(QStringLiteral("report-trend.pdf"));
    auto written = page.exportReport(path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QStringList table;
    for (const QString &line : pdfText(path).split(u'\n'))
        table << line.simplified();
    // indexOf matches whole lines.
    const qsizetype tierAt = table.indexOf(QRegularExpression(QStringLiteral("%1 %2 .*").arg(r->tiers[1].label, count(r->tiers[1].accounts))));
    QVERIFY(tierAt > 0 && tierAt + 1 < table.size());
    QVERIFY2(table[tierAt + 1].startsWith(QStringLiteral("of them Declining %1 ").arg(count(r->trendSplit->accounts))),
             qPrintable(table[tierAt + 1]));
    QVERIFY(table[tierAt + 1].contains(format::money(r->trendSplit->arr)));
}

// The movers' kind filter: the table lists only that kind, the title and the per-CSM counts follow, and
// the choice stays when the week changes.
void TestReviewPage::moversByKind()
{
    ReviewPage page;
    page.resize(1366, 900);
    load(page);
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("moverKindFilter"));
    auto *movers = page.findChild<QTableWidget *>(QStringLiteral("moversTable"));
    auto *perCsm = page.findChild<QLabel *>(QStringLiteral("moversByCsm"));
    QVERIFY(kind && movers && perCsm);
    // A1 80 → 60: dropped a tier and fell 20 points (one row, counted under both kinds); A2 30 → 75:
    // recovered. Both are Ann's.
    QCOMPARE(kind->count(), 5);
    QCOMPARE(kind->itemText(0), QStringLiteral("Every kind (2)"));
    QCOMPARE(kind->itemText(1), QStringLiteral("Dropped a tier (1)"));
    QCOMPARE(kind->itemText(2), QStringLiteral("Score fell (1)"));
    QCOMPARE(kind->itemText(3), QStringLiteral("In the worst tier for 14 days (0)"));
    QCOMPARE(kind->itemText(4), QStringLiteral("Recovered (1)"));
    QCOMPARE(perCsm->text(), QStringLiteral("Per CSM: Ann\u00A02"));
    auto *section = page.findChild<QGroupBox *>(QStringLiteral("moversSection"));
    QCOMPARE(section->title(), QStringLiteral("Movers: 2"));

    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);   // Dropped a tier; a combo emits activated on a key step
    QCOMPARE(kind->currentIndex(), 1);
    QCOMPARE(movers->rowCount(), 1);
    QCOMPARE(movers->item(0, 0)->text(), QStringLiteral("Dropped a tier; Score fell"));
    QCOMPARE(movers->item(0, 1)->text(), QStringLiteral("A1"));
    QCOMPARE(section->title(), QStringLiteral("Movers: 1 of 2"));
    QCOMPARE(perCsm->text(), QStringLiteral("Per CSM: Ann\u00A01"));
    QTest::keyClick(kind, Qt::Key_Down);   // Score fell: the same account, the same one row
    QCOMPARE(movers->rowCount(), 1);
    QCOMPARE(movers->item(0, 1)->text(), QStringLiteral("A1"));
    QTest::keyClick(kind, Qt::Key_Down);   // In the worst tier for 14 days: none
    QCOMPARE(movers->rowCount(), 0);
    QCOMPARE(perCsm->text(), QString());

    // The earlier week has no movers; the kind stays chosen.
    page.setWeek(QDate(2026, 1, 19));
    QVERIFY(waitShown(page));
    QCOMPARE(kind->currentIndex(), 3);
    QCOMPARE(kind->itemText(3), QStringLiteral("In the worst tier for 14 days (0)"));
    QCOMPARE(section->title(), QStringLiteral("Movers: 0 of 0"));
}

// Data without ARR (IBM Telco has none): the tier lines leave ARR out and the chart's ARR panel says so,
// rather than "ARR 0 (0.0 %)" per tier and a row of zeros.
void TestReviewPage::withoutArr()
{
    const QString path = m_dir.filePath(QStringLiteral("no-arr.tierlab"));
    {
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
        QVERIFY(ws);
        auto usage = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("usage"), QStringLiteral("Usage"), SignalType::Number, {}, {}});
        QVERIFY(usage);
        for (const auto &[id, value] : {std::pair{QStringLiteral("B1"), 80.0}, std::pair{QStringLiteral("B2"), 20.0}}) {
            auto key = (*ws)->upsertAccount(AccountRecord{id, id, {}, {}, kMissing, {}, {}});
            QVERIFY(key);
            SnapshotCodec::Builder b;
            b.addNumber(usage->index, value);
            QVERIFY((*ws)->putSnapshot(*key, QDate(2026, 1, 19), b.data()));
        }
    }
    ReviewPage page;
    page.setModel(m_model, QStringLiteral("page test model"));
    page.setWorkspace(path);
    QVERIFY(waitShown(page));
    const QString tierText = page.findChild<QLabel *>(QStringLiteral("tierText"))->text();
    QVERIFY2(!tierText.contains(QStringLiteral("ARR")), qPrintable(tierText));
    QVERIFY2(tierText.contains(QStringLiteral(": 1 account")), qPrintable(tierText));
    auto *bars = page.findChild<TierBarsChart *>(QStringLiteral("tierBarsChart"));
    QCOMPARE(bars->axisRects().size(), 2);
    QCOMPARE(bars->axisRects()[1]->axis(QCPAxis::atLeft)->label(), TierBarsChart::tr("No ARR in this data"));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        // The PDF's tier table has no ARR columns either.
        const QString pdf = m_dir.filePath(QStringLiteral("no-arr.pdf"));
        auto written = page.exportReport(pdf);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("week: nothing to compare with)")), qPrintable(text.left(400)));
        QVERIFY2(!text.contains(QStringLiteral("% ARR")) && !text.contains(QStringLiteral("ARR last week")), qPrintable(text.left(800)));
        QVERIFY2(text.contains(QStringLiteral("% accounts")), qPrintable(text.left(800)));
    }
    // The workspace with ARR keeps it: "ARR 6,000 (54.1 %)" on the Yellow line.
    ReviewPage withArr;
    load(withArr);
    const QString arrText = withArr.findChild<QLabel *>(QStringLiteral("tierText"))->text();
    QVERIFY2(arrText.contains(QStringLiteral(", ARR 6,000 (")), qPrintable(arrText));
}

void TestReviewPage::demoScreenshots()
{
    // Writes the docs' presentation-mode screenshots and report from a demo workspace:
    // TIERLAB_REVIEW_DEMO=demo.tierlab TIERLAB_REVIEW_SHOTS=docs tst_reviewpage demoScreenshots
    const QString demo = qEnvironmentVariable("TIERLAB_REVIEW_DEMO");
    const QString out = qEnvironmentVariable("TIERLAB_REVIEW_SHOTS");
    if (demo.isEmpty() || out.isEmpty())
        QSKIP("set TIERLAB_REVIEW_DEMO and TIERLAB_REVIEW_SHOTS to write the screenshots");
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        QWidget window;
        auto *page = new ReviewPage;
        page->setWorkspace(demo);
        QVERIFY(waitShown(*page));
        present(window, page, size);
        const QString file = QStringLiteral("/screenshots/review-presentation-%1x%2.png").arg(size.width()).arg(size.height());
        QVERIFY(window.grab().save(out + file));
        if (size.width() == 1366)
            QVERIFY(page->exportReport(out + QStringLiteral("/report-demo.pdf")));   // rendered to docs/report-*.png
    }
}

void TestReviewPage::stabilityWarning_data()
{
    QTest::addColumn<double>("psi");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stable") << 0.05 << "Stable score distribution against";
    QTest::newRow("moderate") << 0.1 << "Moderate shift in the score distribution";
    QTest::newRow("significant") << 0.3 << "Significant shift in the score distribution";
}

void TestReviewPage::stabilityWarning()
{
    QFETCH(double, psi);
    QFETCH(QString, expected);
    ReviewResult r;
    r.flipRate = 0.25;
    r.psiBaselineWeek = QDate(2026, 1, 5);
    r.psi.value = psi;
    const QString text = ReviewPage::stabilityText(r);
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(text.contains(u"25.0 %"));
    QCOMPARE(text.contains(u"check the data and the model"), psi >= 0.25);
    r.psiBaselineWeek = QDate();   // no week early enough: no drift line
    QVERIFY(!ReviewPage::stabilityText(r).contains(u"PSI"));
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
