// GUI tests of AccountPage (the account view) on the small workspace of tests/common/accountworkspace.h,
// and of the way there: a double-click on an account of the review's movers or of the designer's
// accounts table opens it in MainWindow, and Back returns.
//
// The page's fallback model is its chooser's default, the published version B, so X's first week
// (before the first publication) is scored with B: (80 + 40) / 2 = 60. Then, newest first:
//   W4 B 70 (+20 = +20 behaviour + 0 model; support +20), CSM override red in force (✎)
//   W2 B 50 (−20 = −15 + −5; usage −15; B published)
//   W1 A 70 (+10 = 0 + 10: the model change; A published)
//   W0 B 60
#include "account/accountchart.h"
#include "account/accountpage.h"
#include "account/overridedialog.h"
#include "model/modelexport.h"
#include "common/modelchooser.h"
#include "designer/accountspane.h"
#include "mainwindow.h"
#include "pages/designerpage.h"
#include "pages/reviewpage.h"

#include "session/workspacesession.h"
#include "store/workspace.h"

#include "accountworkspace.h"

#include <QFile>

#include <cmath>

#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tierlab;
using namespace tierlab::ui;

class TestAccountPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheWeeks_data();
    void showsTheWeeks();
    void headerChartAndSignals();
    void unknownAccount();
    void reloadsOnPublish();
    void setsAndClearsOverride();
    void reviewMoverOpensTheAccount();
    void designerAccountOpensTheAccount();

private:
    bool waitShown(AccountPage &page);
    static QStringList rowText(const QTableWidget *table, int row);
    static void doubleClick(QAbstractItemView *view, const QModelIndex &index);
    // The window on the test workspace, showing `page` with everything loaded.
    void openOn(MainWindow &window, const QString &page);
    // The test workspace copied to `name` and opened in `session`, account Z shown on `page`.
    bool showZOnCopy(WorkspaceSession &session, AccountPage &page, const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestAccountPage::initTestCase()
{
    QLocale::setDefault(QLocale::c());   // figures as the expected texts write them
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("account.tierlab"));
    auto ws = Workspace::open(m_path, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    const QString filled = test::account::fill(**ws);
    QVERIFY2(filled.isEmpty(), qPrintable(filled));
}

bool TestAccountPage::waitShown(AccountPage &page)
{
    QSignalSpy shown(&page, &AccountPage::accountShown);
    // Event-driven wait for the worker (bounded), not a sleep.
    while (page.isLoading()) {
        if (!shown.wait(20000))
            return false;
    }
    return true;
}

bool TestAccountPage::showZOnCopy(WorkspaceSession &session, AccountPage &page, const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!QFile::copy(m_path, path) || !session.open(path))
        return false;
    page.showAccount(QStringLiteral("Z"));
    return waitShown(page);
}

QStringList TestAccountPage::rowText(const QTableWidget *table, int row)
{
    QStringList out;
    for (int c = 0; c < table->columnCount(); ++c)
        out << (table->item(row, c) ? table->item(row, c)->text() : QString());
    return out;
}

void TestAccountPage::doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

void TestAccountPage::openOn(MainWindow &window, const QString &page)
{
    window.unsavedEditsGuard()->setAutosaveEnabled(false);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(m_path));
    QVERIFY(window.showPage(page));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
}

void TestAccountPage::showsTheWeeks_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    // Week, model, score, tier, change, behaviour, model change, what moved it.
    QTest::newRow("W4") << 0
                        << QStringList{u"2026-02-02"_qs, u"Version B"_qs, u"70.0"_qs, u"Green ✎"_qs, u"+20.0"_qs,
                                       u"+20.0"_qs, u"0.0"_qs, u"Support +20.0"_qs};
    QTest::newRow("W2") << 1
                        << QStringList{u"2026-01-19"_qs, u"▸ Version B"_qs, u"50.0"_qs, u"Yellow"_qs, u"−20.0"_qs,
                                       u"−15.0"_qs, u"−5.0"_qs, u"Usage −15.0"_qs};
    QTest::newRow("W1") << 2
                        << QStringList{u"2026-01-12"_qs, u"▸ Version A"_qs, u"70.0"_qs, u"Green"_qs, u"+10.0"_qs, u"0.0"_qs,
                                       u"+10.0"_qs, u"the model change"_qs};
    QTest::newRow("W0") << 3
                        << QStringList{u"2026-01-05"_qs, u"Published: Version B"_qs, u"60.0"_qs, u"Yellow"_qs, u"–"_qs,
                                       u"–"_qs, u"–"_qs, QString()};
}

void TestAccountPage::showsTheWeeks()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    AccountPage page;
    page.resize(1366, 768);
    page.setWorkspace(m_path);
    page.showAccount(QStringLiteral("X"));
    QVERIFY(waitShown(page));
    auto *weeks = page.findChild<QTableWidget *>(QStringLiteral("accountWeeksTable"));
    QVERIFY(weeks);
    QCOMPARE(weeks->rowCount(), 4);
    QCOMPARE(rowText(weeks, row), cells);
    // The split adds up in the table as it does in core.
    const AccountWeek &w = page.result()->weeks[std::size_t(3 - row)];
    if (w.hasChange())
        QCOMPARE(w.behaviour + w.modelChange, w.total);
}

void TestAccountPage::headerChartAndSignals()
{
    AccountPage page;
    page.resize(1366, 768);
    page.show();
    page.setWorkspace(m_path);
    page.showAccount(QStringLiteral("X"));
    QVERIFY(waitShown(page));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("accountTitle"))->text(), u"Acme (X)"_qs);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("accountDetails"))->text(),
             u"CSM Ann · segment SMB · ARR 12000 · renewal 2026-03-31"_qs);
    const QString current = page.findChild<QLabel *>(QStringLiteral("accountCurrent"))->text();
    QVERIFY2(current.contains(u"score <b>70.0</b>"_qs) && current.contains(u"under Version B (published 2026-01-19)"_qs),
             qPrintable(current));
    QVERIFY2(current.contains(u"✎ CSM override: tier red — reason of X (ann): shown as Red"_qs), qPrintable(current));
    auto *weeks = page.findChild<QTableWidget *>(QStringLiteral("accountWeeksTable"));
    QCOMPARE(weeks->item(0, 3)->toolTip(), u"A CSM override places the account in Red"_qs);
    QCOMPARE(weeks->item(0, 4)->toolTip(), u"since 2026-01-19"_qs);
    QCOMPARE(page.chart()->markerLabels(), (QStringList{u"Version A"_qs, u"Version B"_qs}));
    QCOMPARE(page.chart()->graphCount(), 1);
    QCOMPARE(page.chart()->graph(0)->dataCount(), 4);

    auto *signalsTable = page.findChild<QTableWidget *>(QStringLiteral("accountSignalsTable"));
    QVERIFY(signalsTable);
    QCOMPARE(signalsTable->rowCount(), 2);
    QCOMPARE(rowText(signalsTable, 0), (QStringList{u"Usage"_qs, u"c"_qs, u"60"_qs, u"60.0"_qs, u"1.0"_qs}));
    QCOMPARE(rowText(signalsTable, 1), (QStringList{u"Support"_qs, u"c"_qs, u"80"_qs, u"80.0"_qs, u"1.0"_qs}));
    const QString conditions = page.findChild<QLabel *>(QStringLiteral("accountConditions"))->text();
    QVERIFY2(conditions.contains(u"<b>Penalties:</b> none"_qs), qPrintable(conditions));
    QVERIFY2(conditions.contains(u"<b>Model overrides:</b> none"_qs), qPrintable(conditions));
    QVERIFY2(conditions.contains(u"✎ tier red — reason of X (ann, set 2026-01-20; in force)"_qs), qPrintable(conditions));

    // Y's latest week carries B's penalty.
    page.showAccount(QStringLiteral("Y"));
    QVERIFY(waitShown(page));
    QCOMPARE(page.result()->accountId, u"Y"_qs);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("accountConditions"))->text().contains(u"<b>Penalties:</b> No support −10.0"_qs));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("accountConditions"))->text().contains(u"<b>CSM overrides:</b> none"_qs));
}

void TestAccountPage::unknownAccount()
{
    AccountPage page;
    page.setWorkspace(m_path);
    page.showAccount(QStringLiteral("NOPE"));
    QVERIFY(waitShown(page));
    QVERIFY(!page.result());
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("accountMessage"))->text(), u"no snapshot of account \"NOPE\""_qs);
    QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("accountWeeksTable"))->rowCount(), 0);
}

// A publication made anywhere (here through the session) reloads the page with the longer log.
void TestAccountPage::reloadsOnPublish()
{
    WorkspaceSession session;
    AccountPage page(&session, nullptr);
    QVERIFY(showZOnCopy(session, page, QStringLiteral("publish.tierlab")));
    QCOMPARE(page.result()->models.size(), std::size_t(3));
    QVERIFY(session.publish(1));   // Version A again, now: after every week
    QVERIFY(page.isLoading());
    QVERIFY(waitShown(page));
    QCOMPARE(page.result()->models.size(), std::size_t(4));
    QCOMPARE(page.result()->models.back().name, u"Version A"_qs);
    QCOMPARE(page.result()->weeks.back().model, 2);   // the weeks keep the models published then
}

// A CSM override set from the account's page: the dialog insists on a reason, the override is stored
// with the OS user as author, the page shows it, and Clear ends it (kept as cleared).
void TestAccountPage::setsAndClearsOverride()
{
    WorkspaceSession session;
    AccountPage page(&session, nullptr);
    QVERIFY(showZOnCopy(session, page, QStringLiteral("override.tierlab")));
    QVERIFY(page.result()->manualOverrides.empty());
    auto *set = page.findChild<QPushButton *>(QStringLiteral("setOverrideButton"));
    auto *clear = page.findChild<QPushButton *>(QStringLiteral("clearOverrideButton"));
    QVERIFY(set && clear);
    QVERIFY(set->isEnabled());
    QVERIFY(!clear->isEnabled());

    QSignalSpy changed(&session, &WorkspaceSession::overridesChanged);
    QTest::mouseClick(set, Qt::LeftButton);
    auto *dialog = page.findChild<OverrideDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *tier = dialog->findChild<QComboBox *>(QStringLiteral("overrideTier"));
    QCOMPARE(tier->count(), 3);   // the tiers of the model in force: Red, Yellow, Green
    // No reason: the dialog stays open and says why.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("overrideError"))->text().contains(u"Say why"_qs));
    QCOMPARE(changed.count(), 0);
    tier->setCurrentIndex(tier->findData(u"yellow"_qs));
    dialog->findChild<QLineEdit *>(QStringLiteral("overrideReason"))->setText(u"  exec sponsor back  "_qs);
    dialog->findChild<QCheckBox *>(QStringLiteral("overrideExpiresOn"))->setChecked(true);
    dialog->findChild<QDateEdit *>(QStringLiteral("overrideExpires"))->setDate(QDate::currentDate().addDays(30));
    if (const QString dir = qEnvironmentVariable("TIERLAB_UI_SHOTS"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/override-dialog.png")));
    dialog->accept();
    QCOMPARE(changed.count(), 1);
    QVERIFY(page.isLoading());
    QVERIFY(waitShown(page));
    QCOMPARE(page.result()->manualOverrides.size(), std::size_t(1));
    const ManualOverrideRecord &o = page.result()->manualOverrides.front();
    QCOMPARE(o.accountId, u"Z"_qs);
    QCOMPARE(o.tierId, u"yellow"_qs);
    QVERIFY(std::isnan(o.score));
    QCOMPARE(o.reason, u"exec sponsor back"_qs);
    QCOMPARE(o.author, ModelExport::currentUser());
    QCOMPARE(o.expires, QDate::currentDate().addDays(30));
    QVERIFY(!o.cleared.isValid());
    QVERIFY(clear->isEnabled());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("accountConditions"))->text().contains(u"exec sponsor back"_qs));

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(changed.count(), 2);
    QVERIFY(waitShown(page));
    QCOMPARE(page.result()->manualOverrides.size(), std::size_t(1));
    QVERIFY(page.result()->manualOverrides.front().cleared.isValid());
    QVERIFY(!clear->isEnabled());
}

// The path: a double-click on a mover reaches MainWindow::showAccount, and Back returns.
void TestAccountPage::reviewMoverOpensTheAccount()
{
    MainWindow window;
    openOn(window, QStringLiteral("review"));
    if (QTest::currentTestFailed())
        return;
    auto *review = window.findChild<ReviewPage *>();
    auto *movers = review->findChild<QTableWidget *>(QStringLiteral("moversTable"));
    QVERIFY(movers);
    // Z fell from green to red in W4 under the published B: a mover.
    QVERIFY(movers->rowCount() > 0);
    QCOMPARE(movers->item(0, 1)->text(), u"Z"_qs);
    QSignalSpy activated(review, &ReviewPage::accountActivated);
    doubleClick(movers, movers->model()->index(0, 2));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().toString(), u"Z"_qs);
    QCOMPARE(window.currentPageName(), u"account"_qs);
    QCOMPARE(window.accountPage()->accountId(), u"Z"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    QVERIFY(window.accountPage()->result());
    QCOMPARE(window.accountPage()->result()->name, u"Gamma"_qs);
    QCOMPARE(window.accountPage()->result()->weeks.back().total, -60.0);

    QTest::mouseClick(window.accountPage()->findChild<QToolButton *>(QStringLiteral("backButton")), Qt::LeftButton);
    QCOMPARE(window.currentPageName(), u"review"_qs);
}

void TestAccountPage::designerAccountOpensTheAccount()
{
    MainWindow window;
    openOn(window, QStringLiteral("designer"));
    if (QTest::currentTestFailed())
        return;
    AccountsPane *pane = window.findChild<DesignerPage *>()->accountsPane();
    QTableView *view = pane->view();
    QCOMPARE(view->model()->rowCount(), 3);
    const QString id = view->model()->index(1, 0).data(Qt::DisplayRole).toString().remove(u" ✎"_qs);
    QSignalSpy activated(pane, &AccountsPane::accountActivated);
    doubleClick(view, view->model()->index(1, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().toString(), id);
    QCOMPARE(window.currentPageName(), u"account"_qs);
    QCOMPARE(window.accountPage()->accountId(), id);
    QTest::mouseClick(window.accountPage()->findChild<QToolButton *>(QStringLiteral("backButton")), Qt::LeftButton);
    QCOMPARE(window.currentPageName(), u"designer"_qs);
}

QTEST_MAIN(TestAccountPage)
#include "tst_accountpage.moc"
