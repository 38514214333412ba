// The wizard's progress page asks before an import that would add many new accounts (the importer
// refuses it with NeedsConfirmation): Yes runs it again allowed to, No shows the refusal and leaves the
// workspace as it was.

#include "dialogs/importwizard.h"
#include "import/importresultpage.h"
#include "io/csvprofiler.h"
#include "io/snapshotimporter.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tierlab;
using namespace tierlab::ui;

class TestImportProgressPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksBeforeManyNewAccounts_data();
    void asksBeforeManyNewAccounts();
};

void TestImportProgressPage::asksBeforeManyNewAccounts_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<int>("accountsAfter");
    QTest::newRow("confirmed") << true << 4;
    QTest::newRow("declined") << false << 2;
}

void TestImportProgressPage::asksBeforeManyNewAccounts()
{
    QFETCH(bool, confirm);
    QFETCH(int, accountsAfter);
    QTemporaryDir dir;
    const QString wsPath = dir.filePath(QStringLiteral("w.tierlab"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    for (const auto &[path, body] : {std::pair{first, QByteArray("account_id,as_of,usage\nA,2026-01-05,1\nB,2026-01-05,2\n")},
                                     std::pair{second, QByteArray("account_id,as_of,usage\nC,2026-01-12,1\nD,2026-01-12,2\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(body);
    }
    {
        auto ws = Workspace::open(wsPath, Workspace::OpenMode::CreateNew);
        QVERIFY(ws);
        auto profile = CsvProfiler::profile(first);
        QVERIFY(profile);
        QVERIFY(SnapshotImporter(**ws).run(first, profile->suggestMapping(ImportKind::Snapshots)));
    }

    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(second);
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QString asked;
    // The question is modal: answer it from the event loop once it shows.
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text();
        box->button(confirm ? QMessageBox::Yes : QMessageBox::No)->click();
        answer.stop();
    });
    answer.start();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), 30000);
    QVERIFY2(asked.startsWith(QStringLiteral("second.csv: the file's ids match 0 of the workspace's 2 accounts and would add 2 new ones.")),
             qPrintable(asked));
    QVERIFY(asked.endsWith(QStringLiteral("Import anyway?")));
    auto *result = wizard.findChild<ImportResultPage *>();
    QVERIFY(result);
    if (confirm)
        QCOMPARE(result->outcomeText(), QStringLiteral("2 rows accepted, 0 rejected, of 2 read."));
    else
        QCOMPARE(result->title(), QStringLiteral("Import failed"));
    auto ws = Workspace::open(wsPath);
    QVERIFY(ws);
    QCOMPARE((*ws)->accountCount().value(), std::int64_t(accountsAfter));
}

QTEST_MAIN(TestImportProgressPage)
#include "tst_importprogresspage.moc"
