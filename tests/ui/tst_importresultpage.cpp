// The import wizard's result page (ImportResultPage) on a snapshot file with a few bad cells: the
// warnings, counted per column, beside the rows accepted and rejected.
#include "dialogs/importwizard.h"
#include "import/importresultpage.h"
#include "itemmodels/rejectsmodel.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;
using ui::ImportWizard;

namespace {

constexpr int kTimeout = 60000;   // the shared build machine is slow; nothing here sleeps

QString fixture(const char *name)
{
    return QDir::cleanPath(QFINDTESTDATA(QStringLiteral("../data/csv/") + QLatin1StringView(name)));
}

} // namespace

class TestImportResultPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void warnings_data();
    void warnings();
};

void TestImportResultPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportResultPage::warnings_data()
{
    QTest::addColumn<QString>("positive");   // the wizard's "Churn label value meaning churned"
    QTest::newRow("yes/true labels") << QString();
    QTest::newRow("label value Yes") << QStringLiteral("Yes");
}

void TestImportResultPage::warnings()
{
    QFETCH(QString, positive);
    QTemporaryDir dir;
    const QString wsPath = dir.filePath(QStringLiteral("w.tierlab"));
    QVERIFY(Workspace::open(wsPath, Workspace::OpenMode::CreateNew));
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(fixture("snap_warnings.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto *label = wizard.findChild<QComboBox *>(QStringLiteral("labelPositiveCombo"));
    QVERIFY(label);
    label->setCurrentText(positive);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    auto *result = qobject_cast<ui::ImportResultPage *>(wizard.currentPage());
    QVERIFY(result);
    QCOMPARE(result->title(), QStringLiteral("Import finished"));
    QCOMPARE(result->outcomeText(), QStringLiteral("22 rows accepted, 2 rejected, of 24 read."));
    QCOMPARE(result->changesText().split(u'\n'),
             (QStringList{
                 QStringLiteral("Accounts: 22 added, 0 updated (22 in this file)."),
                 QStringLiteral("Snapshots: 22 added, 0 updated on 2024-06-30."),
                 QStringLiteral("Outcomes: 20 added, 0 updated."),
                 QStringLiteral("New signals (5): tenure (number), monthlycharges (number), partner (flag), "
                                "signup_date (number), contract (category)."),
                 QStringLiteral("Warnings: 7 cells did not read as their column's type and are stored as missing (the "
                                "first: line 5, tenure \"abc\")."),
                 QStringLiteral("Warnings per column: tenure (number) 1, MonthlyCharges (number) 1, Partner (flag) 1, "
                                "signup_date (date) 1, arr (number) 1, renewal_date (date) 1, Churn (label) 1."),
                 QStringLiteral("A churn label that is neither churned nor retained gives its row no outcome."),
             }));
    // The rejects are the rows without an id or a readable as_of; bad cells are not among them.
    QCOMPARE(result->rejectsModel()->rowCount(), 2);
    QCOMPARE(result->rejectsModel()->index(0, RejectsModel::ColumnColumn).data().toString(), QStringLiteral("customerID"));
    QCOMPARE(result->rejectsModel()->index(1, RejectsModel::ColumnColumn).data().toString(), QStringLiteral("as_of"));
    const ui::ImportRun &run = wizard.runner()->result();
    QVERIFY(run.succeeded());
    QCOMPARE(run.summary->warningCount, 7);
}

QTEST_MAIN(TestImportResultPage)
#include "tst_importresultpage.moc"
