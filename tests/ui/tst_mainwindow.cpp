#include "mainwindow.h"
#include "pages/overviewpage.h"

#include "itemmodels/signalcoveragemodel.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWorkspaceAndShowsSummary();
    void rejectsNonWorkspace();
    void navigation();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = m_dir.filePath(QStringLiteral("ui.tierlab"));
    auto ws = Workspace::open(m_workspace, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    auto usage = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("usage"), QStringLiteral("Usage"), SignalType::Number, {}, {}});
    auto nps = (*ws)->ensureSignal(SignalInfo{-1, QStringLiteral("nps"), QStringLiteral("NPS"), SignalType::Number, {}, {}});
    QVERIFY(usage && nps);
    SnapshotCodec::Builder b;
    for (int i = 0; i < 3; ++i) {
        auto key = (*ws)->upsertAccount(AccountRecord{QStringLiteral("A%1").arg(i), {}, {}, {}, 100.0, {}, {}});
        QVERIFY(key);
        b.clear();
        b.addNumber(usage->index, 0.5);
        if (i == 0)
            b.addNumber(nps->index, 8);
        QVERIFY((*ws)->putSnapshot(*key, QDate(2026, 5, 4), b.data()));
    }
    QVERIFY((*ws)->addOutcome(OutcomeRecord{QStringLiteral("A1"), OutcomeKind::Churned, QDate(2026, 6, 1), kMissing, {}}));
}

void TestMainWindow::opensWorkspaceAndShowsSummary()
{
    ui::MainWindow window;
    auto *overview = window.findChild<ui::OverviewPage *>();
    QVERIFY(overview);
    QSignalSpy shown(overview, &ui::OverviewPage::summaryShown);
    QVERIFY(window.openWorkspace(m_workspace));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("ui.tierlab")));
    QVERIFY(shown.wait(10000));
    QCOMPARE(overview->tileText(QStringLiteral("accounts")), QStringLiteral("3"));
    QCOMPARE(overview->tileText(QStringLiteral("outcomes")), QStringLiteral("1 (1 churned)"));
    QCOMPARE(overview->coverageModel()->rowCount(), 2);
    const auto &coverage = overview->coverageModel()->coverage();
    QCOMPARE(coverage[0].coverage, 1.0);
    QCOMPARE(coverage[1].coverage, 1.0 / 3.0);
}

void TestMainWindow::rejectsNonWorkspace()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.tierlab"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    ui::MainWindow window;
    auto r = window.openWorkspace(text);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QStringLiteral("not a Tierlab workspace")));
    QCOMPARE(window.workspacePath(), QString());
}

void TestMainWindow::navigation()
{
    ui::MainWindow window;
    QVERIFY(window.pageNames().contains(QStringLiteral("overview")));
    QVERIFY(window.showPage(QStringLiteral("overview")));
    QCOMPARE(window.currentPageName(), QStringLiteral("overview"));
    QVERIFY(!window.showPage(QStringLiteral("no-such-page")));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(nav->count(), window.pageNames().size());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
