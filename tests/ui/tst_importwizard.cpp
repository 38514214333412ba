#include "dialogs/importwizard.h"
#include "import/importfilepage.h"
#include "import/importmappingpage.h"
#include "import/importpreviewpage.h"
#include "import/importprogresspage.h"
#include "import/importresultpage.h"
#include "import/importtablepage.h"
#include "itemmodels/columnmappingmodel.h"
#include "itemmodels/csvpreviewmodel.h"
#include "itemmodels/rejectsmodel.h"
#include "io/csvprofiler.h"
#include "io/snapshotimporter.h"
#include "tables/tableimporter.h"
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPlainTextEdit>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <atomic>

using namespace tierlab;
using ui::ImportWizard;

namespace {

constexpr int kTimeout = 60000;   // the shared build machine is slow; nothing here sleeps

QString fixture(const char *name)
{
    return QDir::cleanPath(QFINDTESTDATA(QStringLiteral("../data/csv/") + QLatin1StringView(name)));
}

QString newWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("w.tierlab"))
{
    const QString path = dir.filePath(name);
    auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew);
    return ws ? path : QString();
}

ImportMapping autoMapping(const QString &file)
{
    return CsvProfiler::profile(file).value().suggestMapping(ImportKind::Snapshots);
}

// The combo box the mapping table keeps open on a cell (null when the cell has no choice).
QComboBox *cellCombo(ImportWizard &wizard, int row, int column)
{
    auto *page = qobject_cast<ui::ImportMappingPage *>(wizard.page(ImportWizard::MappingPageId));
    return qobject_cast<QComboBox *>(page->table()->indexWidget(wizard.mappingModel()->index(row, column)));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// An account list, subscriptions keyed by account and tickets keyed by subscription, as one CRM
// exports them (the common "acme_" prefix is not part of the table names).
struct AcmeExport
{
    QString accounts, subscriptions, tickets;
};

AcmeExport writeAcme(const QTemporaryDir &dir)
{
    AcmeExport e{dir.filePath(QStringLiteral("acme_accounts.csv")), dir.filePath(QStringLiteral("acme_subscriptions.csv")),
                 dir.filePath(QStringLiteral("acme_tickets.csv"))};
    const bool ok = writeFile(e.accounts, "account_id,account_name,industry,signup_date\n"
                                          "A-1,Alpha GmbH,retail,2023-11-02\n"
                                          "A-2,Beta Ltd,health,2024-01-20\n"
                                          "A-3,Gamma SA,retail,2024-02-11\n")
                    && writeFile(e.subscriptions, "subscription_id,account_id,plan,start_date,end_date,arr\n"
                                                  "S-1,A-1,basic,2024-01-01,2024-06-30,1200\n"
                                                  "S-2,A-1,pro,2024-07-01,,4800\n"
                                                  "S-3,A-2,basic,2024-02-15,,1200\n"
                                                  "S-4,A-3,pro,2024-03-01,2024-09-30,n/a\n")
                    && writeFile(e.tickets, "ticket_id,subscription_id,opened_at,closed_at,priority,csat\n"
                                            "T-1,S-1,2024-01-10,2024-01-12,high,4\n"
                                            "T-2,S-2,2024-07-03,,low,5\n"
                                            "T-3,S-3,2024-03-01 09:30:00,2024-03-02,urgent,3\n"
                                            "T-4,S-9,2024-04-01,2024-04-03,low,3\n"
                                            "T-5,S-3,,,low,2\n"
                                            "T-6,S-4,2024-05-05,2024-05-06,high\n");
    return ok ? e : AcmeExport();
}

TableImportRequest subscriptionsRequest()
{
    TableImportRequest r;
    r.name = QStringLiteral("subscriptions");
    r.keyColumn = QStringLiteral("account_id");
    r.timeColumn = QStringLiteral("start_date");
    return r;
}

// A wizard on `file` as an event table, moved on to the table page by its own buttons.
void openTablePage(ImportWizard &wizard, const QString &file)
{
    wizard.setFilePath(file);
    wizard.show();
    auto *radio = wizard.findChild<QRadioButton *>(QStringLiteral("eventTableRadio"));
    QVERIFY(radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(wizard.isEventTable());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::TablePageId));
}

QComboBox *tableCombo(ImportWizard &wizard, const char *name)
{
    return wizard.findChild<QComboBox *>(QLatin1StringView(name));
}

// What a cancelled import must leave untouched.
QStringList state(const QString &path)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return {ws.error().message};
    // Each result is held in a local: a range-for over a temporary's value() would dangle.
    QStringList out;
    const auto accounts = (*ws)->accounts().value();
    for (const AccountRecord &a : accounts)
        out << QStringLiteral("account ") + a.id + u'|' + a.name;
    const auto catalogue = (*ws)->signalCatalogue().value();
    for (const SignalInfo &s : catalogue)
        out << QStringLiteral("signal ") + s.id + u' ' + signalTypeName(s.type);
    const auto dates = (*ws)->asOfDates().value();
    for (const QDate &d : dates)
        out << QStringLiteral("as_of ") + d.toString(Qt::ISODate);
    out << QStringLiteral("outcomes %1").arg((*ws)->outcomes().value().size());
    out << QStringLiteral("imports %1").arg((*ws)->imports().value().size());
    return out;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsWithChangedMapping();
    void savedMappingOffered();
    void outcomeFileAsSnapshotsHint();
    void cancelLeavesWorkspace();
    void noAsOfColumnNeedsDate();
    void outcomesWithDefaultKind();
    void failureShowsMessage();
    void createsNewWorkspace();
    void importsIntoAnotherFile();
    void postgresQuery();
    void telco();
    void badInput_data();
    void badInput();
    void delimiterOverride();
    void mainWindowOpensWizard();
    void eventTableName_data();
    void eventTableName();
    void eventTables();
    void eventTableCancel();
    void eventTableReplace();
    void screenshots();

private:
    ui::ImportResultPage *resultPage(ImportWizard &wizard)
    {
        return qobject_cast<ui::ImportResultPage *>(wizard.page(ImportWizard::ResultPageId));
    }
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportWizard::importsWithChangedMapping()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    QVERIFY(!wsPath.isEmpty());
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(fixture("snap_basic.csv"));
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // (2) The preview: the rows as parsed, with their line numbers.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    auto *preview = qobject_cast<ui::ImportPreviewPage *>(wizard.currentPage());
    QAbstractItemModelTester previewTester(preview->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(preview->previewModel()->rowCount(), 9);
    QCOMPARE(preview->previewModel()->headerData(2, Qt::Vertical).toString(), QStringLiteral("4"));
    QVERIFY(preview->previewModel()->index(2, 0).data(CsvPreviewModel::MismatchRole).toBool());
    QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("encodingLabel"))->text(), QStringLiteral("UTF-8"));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->currentText(),
             QStringLiteral("detected: comma ( , )"));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("headerLabel"))->text().startsWith(QStringLiteral("line 1 (11 columns): account_id · as_of")));

    // (3) The mapping: change plan's role to ignore and logins' type to number with the combo boxes.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    ColumnMappingModel *model = wizard.mappingModel();
    QAbstractItemModelTester mappingTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int plan = model->rowOf(QStringLiteral("plan"));
    const int logins = model->rowOf(QStringLiteral("logins"));
    QVERIFY(!wizard.savedMapping());
    QVERIFY(!wizard.findChild<QFrame *>(QStringLiteral("savedMappingBanner"))->isVisibleTo(&wizard));
    QVERIFY(!wizard.findChild<QDateEdit *>(QStringLiteral("asOfEdit"))->isVisibleTo(&wizard));
    QComboBox *role = cellCombo(wizard, plan, ColumnMappingModel::RoleColumn);
    QVERIFY(role);
    QCOMPARE(role->currentText(), QStringLiteral("signal"));
    QVERIFY(cellCombo(wizard, plan, ColumnMappingModel::TypeColumn));
    role->setCurrentIndex(role->findData(int(ColumnRole::Ignore)));
    QCOMPARE(model->mapping().columns[std::size_t(plan)].role, ColumnRole::Ignore);
    QVERIFY(!cellCombo(wizard, plan, ColumnMappingModel::TypeColumn));   // an ignored column has no type to choose
    QComboBox *type = cellCombo(wizard, logins, ColumnMappingModel::TypeColumn);
    QVERIFY(type);
    QCOMPARE(type->count(), 4);
    type->setCurrentIndex(type->findData(int(ValueType::Number)));
    QCOMPARE(model->mapping().columns[std::size_t(logins)].type, ValueType::Number);
    QVERIFY(!cellCombo(wizard, 1, ColumnMappingModel::TypeColumn));       // as_of is always a date

    // (4) and (5): the import runs on a worker; the wizard moves on by itself.
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), wsPath);
    ui::ImportResultPage *result = resultPage(wizard);
    // logins as a number: "many" on line 8 is stored as missing and listed as a warning; the row stays.
    QCOMPARE(result->outcomeText(), QStringLiteral("5 rows accepted, 4 rejected, of 9 read."));
    QCOMPARE(result->changesText(),
             QStringLiteral("Accounts: 4 added, 0 updated (4 in this file).\n"
                            "Snapshots: 5 added, 0 updated on 2 as_of dates from 2024-01-31 to 2024-02-29.\n"
                            "New signals (3): logins (number), nps (number), active (flag).\n"
                            "Warnings: 1 cell did not read as its column's type and is stored as missing (line 8, logins \"many\").\n"
                            "Warnings per column: logins (number) 1.\n"
                            "1 rejected rows repeat an account and date: an export of events (tickets, usage, activities) belongs in an "
                            "event table (choose Event table on the first page)."));
    RejectsModel *rejects = result->rejectsModel();
    QAbstractItemModelTester rejectsTester(rejects, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rejects->rowCount(), 4);
    QCOMPARE(rejects->index(3, RejectsModel::LineColumn).data().toLongLong(), 7);
    QCOMPARE(rejects->index(3, RejectsModel::ColumnColumn).data().toString(), QStringLiteral("account_id"));
    QCOMPARE(rejects->index(3, RejectsModel::ReasonColumn).data().toString(),
             QStringLiteral("a second row for account A1 on 2024-01-31"));
    QCOMPARE(rejects->index(0, RejectsModel::ColumnColumn).data().toString(), QStringLiteral("(whole row)"));
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());

    // The rejects export as CSV.
    const QString rejectsCsv = dir.filePath(QStringLiteral("rejects.csv"));
    QVERIFY(result->exportRejects(rejectsCsv));
    QFile f(rejectsCsv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), qsizetype(6));   // header, 4 rejects, the empty piece after the final newline
    QCOMPARE(lines.at(1), QByteArray("4,,\"expected 11 fields, found 3\"\r"));
    QCOMPARE(lines.at(4), QByteArray("7,account_id,a second row for account A1 on 2024-01-31\r"));

    // The workspace, through its own API.
    auto ws = Workspace::open(wsPath);
    QVERIFY(ws);
    QCOMPARE((*ws)->accounts().value().size(), std::size_t(4));
    const auto catalogue = (*ws)->signalCatalogue().value();
    QStringList signalIds;
    for (const SignalInfo &s : catalogue)
        signalIds << s.id + u':' + signalTypeName(s.type);
    QCOMPARE(signalIds, (QStringList{QStringLiteral("logins:number"), QStringLiteral("nps:number"),
                                     QStringLiteral("active:flag")}));
    QCOMPARE((*ws)->asOfDates().value(), (std::vector<QDate>{QDate(2024, 1, 31), QDate(2024, 2, 29)}));
    const auto log = (*ws)->imports().value();
    QCOMPARE(log.size(), std::size_t(1));
    QCOMPARE(log[0].rowsRejected, 4);
    QCOMPARE(log[0].fileName, QStringLiteral("snap_basic.csv"));
    // "Remember" was on: the edited mapping is saved under the header.
    const QString saved = (*ws)->mapping(ImportMapping::headerKey(wizard.profile().header)).value();
    const ImportMapping m = ImportMapping::fromJson(saved.toUtf8()).value();
    QCOMPARE(m.column(QStringLiteral("plan"))->role, ColumnRole::Ignore);
    QCOMPARE(m.column(QStringLiteral("logins"))->type, ValueType::Number);
}

void TestImportWizard::savedMappingOffered()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    {
        ImportMapping m = autoMapping(fixture("snap_basic.csv"));
        m.columns[9].role = ColumnRole::Ignore;   // plan
        auto ws = Workspace::open(wsPath);
        QVERIFY(ws && SnapshotImporter(**ws).run(fixture("snap_basic.csv"), m));
    }
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(fixture("snap_basic.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(wizard.savedMapping());
    QVERIFY(wizard.usingSavedMapping());
    const int plan = wizard.mappingModel()->rowOf(QStringLiteral("plan"));
    QCOMPARE(wizard.mappingModel()->mapping().columns[std::size_t(plan)].role, ColumnRole::Ignore);
    QVERIFY(wizard.findChild<QFrame *>(QStringLiteral("savedMappingBanner"))->isVisibleTo(&wizard));
    auto *toggle = wizard.findChild<QPushButton *>(QStringLiteral("savedMappingToggle"));
    QCOMPARE(toggle->text(), QStringLiteral("Use &Detected Mapping"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!wizard.usingSavedMapping());
    QCOMPARE(wizard.mappingModel()->mapping().columns[std::size_t(plan)].role, ColumnRole::Signal);
    QCOMPARE(cellCombo(wizard, plan, ColumnMappingModel::RoleColumn)->currentText(), QStringLiteral("signal"));
    QCOMPARE(toggle->text(), QStringLiteral("Use &Saved Mapping"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(wizard.mappingModel()->mapping().columns[std::size_t(plan)].role, ColumnRole::Ignore);

    // Another kind of file with the same header is not offered the snapshot mapping.
    wizard.back();
    wizard.back();
    wizard.setKind(ImportKind::Outcomes);
    wizard.next();
    QVERIFY(!wizard.savedMapping());
}

void TestImportWizard::outcomeFileAsSnapshotsHint()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    QVERIFY(session.open(newWorkspace(dir)));
    ImportWizard wizard(&session);
    wizard.setFilePath(fixture("outcomes_basic.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    auto *page = qobject_cast<ui::ImportMappingPage *>(wizard.currentPage());
    QVERIFY(page->notes().contains(QStringLiteral(
        "The column \"kind\" looks like an outcome kind: if this is an outcome file, go back and choose Outcomes.")));
    wizard.back();
    wizard.back();
    wizard.setKind(ImportKind::Outcomes);
    wizard.next();
    wizard.next();
    QVERIFY(page->notes().isEmpty());
    QVERIFY(page->isComplete());
}

void TestImportWizard::cancelLeavesWorkspace()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    {
        auto ws = Workspace::open(wsPath);
        ImportMapping m = autoMapping(fixture("snap_basic.csv"));
        m.columns[7].type = ValueType::Number;
        QVERIFY(ws && SnapshotImporter(**ws).run(fixture("snap_basic.csv"), m));
    }
    const QStringList before = state(wsPath);
    QCOMPARE(before.size(), 4 + 4 + 2 + 2);

    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(fixture("snap_many.csv"));
    // Small chunks, and the worker waits in its fifth progress report (rows are written by then,
    // inside the transaction) until the test has pressed Cancel.
    std::atomic<int> calls = 0;
    QSemaphore reached;
    QSemaphore go;
    wizard.runSettings().chunkSize = 64;
    wizard.runSettings().progressHook = [&](qint64, qint64) {
        if (++calls == 5) {
            reached.release();
            go.tryAcquire(1, kTimeout);
        }
    };
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.show();
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPageId));
    QVERIFY(reached.tryAcquire(1, kTimeout));
    auto *progress = qobject_cast<ui::ImportProgressPage *>(wizard.currentPage());
    QVERIFY(progress->cancelButton()->isEnabled());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    QVERIFY(!progress->cancelButton()->isEnabled());
    go.release();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(calls.load(), 5);
    QCOMPARE(finished.count(), 0);
    ui::ImportResultPage *result = resultPage(wizard);
    QCOMPARE(result->title(), QStringLiteral("Import cancelled"));
    QCOMPARE(result->outcomeText(), QStringLiteral("Cancelled: nothing was written."));
    QCOMPARE(result->changesText(),
             QStringLiteral("The workspace is exactly as it was before the import (accounts 4, signals 4, as_of dates "
                            "2, outcomes 0, imports logged 1)."));
    QCOMPARE(result->rejectsModel()->rowCount(), 0);
    QCOMPARE(state(wsPath), before);
}

void TestImportWizard::noAsOfColumnNeedsDate()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(fixture("snap_label.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    auto *page = qobject_cast<ui::ImportMappingPage *>(wizard.currentPage());
    QVERIFY(page);
    auto *asOf = wizard.findChild<QDateEdit *>(QStringLiteral("asOfEdit"));
    QVERIFY(asOf->isVisibleTo(&wizard));
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(page->problems().size(), qsizetype(1));
    QVERIFY(page->problems().front().contains(QStringLiteral("no as_of column")));
    // Churn (Yes/No) is the label; its positive value defaults to a yes/true flag.
    const int churn = wizard.mappingModel()->rowOf(QStringLiteral("Churn"));
    QCOMPARE(wizard.mappingModel()->mapping().columns[std::size_t(churn)].role, ColumnRole::Label);
    auto *positive = wizard.findChild<QComboBox *>(QStringLiteral("labelPositiveCombo"));
    QVERIFY(positive->isVisibleTo(&wizard));
    QCOMPARE(positive->currentText(), QString());
    QVERIFY(wizard.mappingModel()->mapping().rowNumberIds == false);

    asOf->setDate(QDate(2024, 6, 30));
    QVERIFY(page->isComplete());
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(resultPage(wizard)->outcomeText(), QStringLiteral("4 rows accepted, 0 rejected, of 4 read."));

    auto ws = Workspace::open(wsPath);
    QVERIFY(ws);
    QCOMPARE((*ws)->asOfDates().value(), std::vector<QDate>{QDate(2024, 6, 30)});
    QStringList outcomes;
    const auto records = (*ws)->outcomes().value();
    for (const OutcomeRecord &o : records)
        outcomes << o.accountId + u' ' + outcomeKindName(o.kind) + u' ' + o.snapshotAsOf.toString(Qt::ISODate);
    outcomes.sort();
    QCOMPARE(outcomes, (QStringList{QStringLiteral("C1 churned 2024-06-30"), QStringLiteral("C2 retained 2024-06-30"),
                                    QStringLiteral("C3 churned 2024-06-30"), QStringLiteral("C4 retained 2024-06-30")}));
}

void TestImportWizard::outcomesWithDefaultKind()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(fixture("outcomes_nokind.csv"));
    wizard.setKind(ImportKind::Outcomes);
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("defaultKindCombo"));
    QVERIFY(kind->isVisibleTo(&wizard));
    QVERIFY(!wizard.findChild<QDateEdit *>(QStringLiteral("asOfEdit"))->isVisibleTo(&wizard));
    kind->setCurrentIndex(kind->findData(int(OutcomeKind::Renewed)));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(resultPage(wizard)->outcomeText(), QStringLiteral("2 rows accepted, 0 rejected, of 2 read."));
    QCOMPARE(resultPage(wizard)->changesText(),
             QStringLiteral("Accounts: 2 added, 0 updated (2 in this file).\nOutcomes: 2 added, 0 updated."));
    auto ws = Workspace::open(wsPath);
    QVERIFY(ws);
    const auto outcomes = (*ws)->outcomes().value();
    QCOMPARE(outcomes.size(), std::size_t(2));
    for (const OutcomeRecord &o : outcomes)
        QCOMPARE(o.kind, OutcomeKind::Renewed);
}

void TestImportWizard::failureShowsMessage()
{
    // The file goes away between the preview and the import: a stopping error, nothing written.
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    const QString file = dir.filePath(QStringLiteral("moving.csv"));
    QVERIFY(QFile::copy(fixture("snap_basic.csv"), file));
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(file);
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(QFile::remove(file));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(finished.count(), 0);
    ui::ImportResultPage *result = resultPage(wizard);
    QCOMPARE(result->title(), QStringLiteral("Import failed"));
    QVERIFY2(result->outcomeText().contains(QStringLiteral("moving.csv")), qPrintable(result->outcomeText()));
    QCOMPARE(result->changesText(),
             QStringLiteral("The workspace is exactly as it was before the import (accounts 0, signals 0, as_of dates "
                            "0, outcomes 0, imports logged 0)."));
    QCOMPARE(state(wsPath), (QStringList{QStringLiteral("outcomes 0"), QStringLiteral("imports 0")}));
}

void TestImportWizard::createsNewWorkspace()
{
    // No workspace open: the first page asks for one, and the import creates it.
    QTemporaryDir dir;
    WorkspaceSession session;   // none open
    ImportWizard wizard(&session);
    QCOMPARE(wizard.workspacePath(), QString());
    wizard.setFilePath(fixture("snap_second.csv"));
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    const QString wsPath = dir.filePath(QStringLiteral("new.tierlab"));
    wizard.setWorkspacePath(wsPath);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    wizard.next();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(resultPage(wizard)->outcomeText(), QStringLiteral("3 rows accepted, 0 rejected, of 3 read."));
    QCOMPARE(state(wsPath), (QStringList{QStringLiteral("account A1|"), QStringLiteral("account A2|"),
                                         QStringLiteral("account A7|"), QStringLiteral("signal tickets number"),
                                         QStringLiteral("as_of 2024-01-31"), QStringLiteral("outcomes 0"),
                                         QStringLiteral("imports 1")}));
}

// The first page's PostgreSQL source: the query's rows are fetched on the session's worker, Next is
// enabled only then (and again disabled when the query changes), and the import equals the CSV file's
// with the same rows; a failing query says why on the page.
void TestImportWizard::postgresQuery()
{
    const QString conninfo = qEnvironmentVariable("TIERLAB_TEST_POSTGRES");
    if (conninfo.isEmpty())
        QSKIP("TIERLAB_TEST_POSTGRES is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)");
    QTemporaryDir dir;
    WorkspaceSession session;
    ImportWizard wizard(&session);
    const QString wsPath = dir.filePath(QStringLiteral("pg.tierlab"));
    wizard.setWorkspacePath(wsPath);
    wizard.show();
    auto *page = qobject_cast<ui::ImportFilePage *>(wizard.page(ImportWizard::FilePageId));
    auto *postgres = wizard.findChild<QRadioButton *>(QStringLiteral("fromPostgresRadio"));
    auto *server = wizard.findChild<QLineEdit *>(QStringLiteral("postgresEdit"));
    auto *query = wizard.findChild<QPlainTextEdit *>(QStringLiteral("queryEdit"));
    auto *run = wizard.findChild<QPushButton *>(QStringLiteral("runQuery"));
    QVERIFY(page && postgres && server && query && run);
    QVERIFY(server->isHidden());
    QTest::mouseClick(postgres, Qt::LeftButton, {}, QPoint(8, postgres->height() / 2));
    QVERIFY(!server->isHidden() && !query->isHidden());
    QCOMPARE(page->title(), QStringLiteral("Choose a query"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // A query the server refuses: its reason, and still no Next.
    server->setText(conninfo);
    query->setPlainText(QStringLiteral("SELECT * FROM no_such_table_here"));
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunningQuery() && run->isEnabled(), kTimeout);
    QVERIFY2(page->errorText().contains(QStringLiteral("no_such_table_here")), qPrintable(page->errorText()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // The rows of snap_second.csv, from the server.
    query->setPlainText(QStringLiteral("SELECT * FROM (VALUES ('A1', DATE '2024-01-31', 4), ('A2', DATE '2024-01-31', 0), "
                                       "('A7', DATE '2024-01-31', 2)) AS t(account_id, as_of, tickets)"));
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kTimeout);
    QVERIFY(page->errorText().isEmpty());
    // An edit makes the fetched rows another query's: Next waits for a new run.
    query->setPlainText(query->toPlainText().trimmed() + QStringLiteral(" ORDER BY 1"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), kTimeout);

    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    wizard.next();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(resultPage(wizard)->outcomeText(), QStringLiteral("3 rows accepted, 0 rejected, of 3 read."));
    QVERIFY2(wizard.currentPage()->subTitle().startsWith(QStringLiteral("the query on ")), qPrintable(wizard.currentPage()->subTitle()));

    // The same rows from the CSV file, through the same wizard steps: the same workspace.
    const QString csvPath = dir.filePath(QStringLiteral("csv.tierlab"));
    ImportWizard fromFile(&session);
    fromFile.setWorkspacePath(csvPath);
    fromFile.setFilePath(fixture("snap_second.csv"));
    fromFile.show();
    fromFile.next();
    fromFile.next();
    fromFile.next();
    QTRY_COMPARE_WITH_TIMEOUT(fromFile.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(state(wsPath), state(csvPath));
    auto a = Workspace::open(wsPath);
    auto b = Workspace::open(csvPath);
    QVERIFY(a && b);
    auto snapA = (*a)->loadSnapshot(QDate(2024, 1, 31));
    auto snapB = (*b)->loadSnapshot(QDate(2024, 1, 31));
    QVERIFY(snapA && snapB);
    QCOMPARE(snapA->accountIds, snapB->accountIds);
    const int col = snapA->columnIndex(QStringLiteral("tickets"));
    QVERIFY(col >= 0);
    QCOMPARE(snapA->columns[std::size_t(col)].numbers, snapB->columns[std::size_t(col)].numbers);
}

void TestImportWizard::importsIntoAnotherFile()
{
    // The session's workspace is only the default: a new file typed on the first page gets the rows.
    QTemporaryDir dir;
    const QString open = newWorkspace(dir, QStringLiteral("open.tierlab"));
    WorkspaceSession session;
    QVERIFY(session.open(open));
    ImportWizard wizard(&session);
    QCOMPARE(wizard.workspacePath(), session.path());
    const QString other = dir.filePath(QStringLiteral("other.tierlab"));
    wizard.setWorkspacePath(other);
    wizard.setFilePath(fixture("snap_second.csv"));
    wizard.show();
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    wizard.next();
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), other);
    QCOMPARE(state(other).size(), 7);
    QCOMPARE(state(open), (QStringList{QStringLiteral("outcomes 0"), QStringLiteral("imports 0")}));
    QCOMPARE(session.path(), QFileInfo(open).absoluteFilePath());
}

void TestImportWizard::telco()
{
    const QString file = QStringLiteral(TIERLAB_SHARED_DATA_DIR "/ibm-telco-customer-churn/Telco-Customer-Churn.csv");
    if (!QFileInfo::exists(file))
        QSKIP("The shared data set is not here");
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setFilePath(file);
    wizard.show();
    wizard.next();
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("sampleLabel"))->text().startsWith(QStringLiteral("the whole file: 7043 data rows, ")));
    wizard.next();
    auto *page = qobject_cast<ui::ImportMappingPage *>(wizard.currentPage());
    QVERIFY(!page->isComplete());   // no as_of column
    wizard.findChild<QDateEdit *>(QStringLiteral("asOfEdit"))->setDate(QDate(2024, 12, 31));
    QVERIFY(page->isComplete());
    QCOMPARE(page->notes().at(0), QStringLiteral("Columns that become signals: 19."));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    const QString n = QLocale().toString(7043);   // grouped as the user's locale groups it
    QCOMPARE(resultPage(wizard)->outcomeText(), QStringLiteral("%1 rows accepted, 0 rejected, of %1 read.").arg(n));
    auto ws = Workspace::open(wsPath);
    QVERIFY(ws);
    QCOMPARE((*ws)->accounts().value().size(), std::size_t(7043));
    QCOMPARE((*ws)->signalCatalogue().value().size(), std::size_t(19));
    const auto outcomes = (*ws)->outcomes().value();
    QCOMPARE(std::count_if(outcomes.begin(), outcomes.end(),
                           [](const OutcomeRecord &o) { return o.kind == OutcomeKind::Churned; }),
             1869);
}

void TestImportWizard::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("workspaceIsText");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << fixture("empty.csv") << false << QStringLiteral("empty.csv");
    QTest::newRow("no such file") << QStringLiteral("/nonexistent/x.csv") << false
                                  << QStringLiteral("/nonexistent/x.csv: no such file");
    QTest::newRow("not a workspace") << fixture("snap_basic.csv") << true << QStringLiteral("not a Tierlab workspace");
}

void TestImportWizard::badInput()
{
    QFETCH(QString, file);
    QFETCH(bool, workspaceIsText);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString wsPath = newWorkspace(dir);
    if (workspaceIsText) {
        wsPath = dir.filePath(QStringLiteral("notes.tierlab"));
        QFile f(wsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello, this is not SQLite");
    }
    // A file that is no workspace cannot be opened: the user types it into the first page.
    WorkspaceSession session;
    if (!workspaceIsText)
        QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    wizard.setWorkspacePath(wsPath);
    wizard.setFilePath(file);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
    auto *page = qobject_cast<ui::ImportFilePage *>(wizard.currentPage());
    QVERIFY2(page->errorText().contains(message), qPrintable(page->errorText()));
}

void TestImportWizard::delimiterOverride()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    QVERIFY(session.open(newWorkspace(dir)));
    ImportWizard wizard(&session);
    wizard.setFilePath(fixture("semicolon.csv"));
    wizard.show();
    wizard.next();
    auto *preview = qobject_cast<ui::ImportPreviewPage *>(wizard.currentPage());
    const int detectedColumns = preview->previewModel()->columnCount();
    QVERIFY(detectedColumns > 1);
    auto *delimiter = wizard.findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    QCOMPARE(delimiter->currentText(), QStringLiteral("detected: semicolon ( ; )"));
    // Read with "|" instead: each line is one field, and the mapping follows.
    delimiter->setCurrentIndex(delimiter->findData(int('|')));
    QCOMPARE(preview->previewModel()->columnCount(), 1);
    QCOMPARE(wizard.mappingModel()->rowCount(), 1);
    delimiter->setCurrentIndex(0);
    QCOMPARE(preview->previewModel()->columnCount(), detectedColumns);
}

void TestImportWizard::mainWindowOpensWizard()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    ui::MainWindow window;
    QVERIFY(window.openWorkspace(wsPath));
    window.show();
    QAction *import = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            import = a;
    }
    QVERIFY(import);
    import->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->workspacePath(), QFileInfo(wsPath).absoluteFilePath());
    QVERIFY(wizard->filePath().isEmpty());
    wizard->close();
    QTRY_VERIFY(!window.findChild<ImportWizard *>());   // deleted on close

    // A dropped .csv opens the wizard on that file; other files are refused.
    QMimeData json;
    json.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("model.json")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &json, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
    QMimeData csv;
    csv.setUrls({QUrl::fromLocalFile(fixture("snap_basic.csv"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &csv, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &csv, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->filePath(), fixture("snap_basic.csv"));

    // An import that commits refreshes the window from the workspace.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), kTimeout);
    auto *overview = window.findChild<ui::OverviewPage *>();
    QVERIFY(overview);
    QCOMPARE(overview->tileText(QStringLiteral("accounts")), QStringLiteral("0"));
    QSignalSpy shown(overview, &ui::OverviewPage::summaryShown);
    wizard->next();
    wizard->next();
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !window.isBusy(), kTimeout);
    // The detected mapping reads logins as a category, so A5 ("many") is accepted too: A1, A2, A5, A6.
    QCOMPARE(overview->tileText(QStringLiteral("accounts")), QStringLiteral("4"));
    wizard->accept();
}

void TestImportWizard::eventTableName_data()
{
    QTest::addColumn<QStringList>("files");         // in the file's directory; the first is the file
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("earlierFile");       // the file of a table "subscriptions" imported before
    QTest::addColumn<QString>("expected");
    const QString usage = QStringLiteral("usage_id,subscription_id,usage_date,feature_name");
    QTest::newRow("export prefix") << QStringList{QStringLiteral("ravenstack_feature_usage.csv"), QStringLiteral("ravenstack_accounts.csv")}
                                   << QStringLiteral("w.tierlab") << usage << QString() << QStringLiteral("feature_usage");
    QTest::newRow("workspace prefix") << QStringList{QStringLiteral("ravenstack_feature_usage.csv")}
                                      << QStringLiteral("ravenstack.tierlab") << usage << QString() << QStringLiteral("feature_usage");
    QTest::newRow("earlier table") << QStringList{QStringLiteral("hub_usage.csv")} << QStringLiteral("w.tierlab") << usage
                                   << QStringLiteral("hub_subscriptions.csv") << QStringLiteral("usage");
    QTest::newRow("alone") << QStringList{QStringLiteral("Support Tickets (2024).csv")} << QStringLiteral("w.tierlab")
                           << QStringLiteral("ticket_id,account_id,opened") << QString() << QStringLiteral("support_tickets_2024");
    QTest::newRow("no partial word") << QStringList{QStringLiteral("tickets.csv"), QStringLiteral("tickets_old.csv")}
                                     << QStringLiteral("w.tierlab") << QStringLiteral("ticket_id,account_id") << QString()
                                     << QStringLiteral("tickets");
    QTest::newRow("account list") << QStringList{QStringLiteral("crm_export.csv")} << QStringLiteral("w.tierlab")
                                  << QStringLiteral("Customer ID,Company Name,Region") << QString() << QStringLiteral("accounts");
}

void TestImportWizard::eventTableName()
{
    QFETCH(QStringList, files);
    QFETCH(QString, workspace);
    QFETCH(QString, header);
    QFETCH(QString, earlierFile);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    for (const QString &f : files)
        QVERIFY(writeFile(dir.filePath(f), header.toUtf8() + '\n'));
    std::vector<EventTableRecord> tables;
    if (!earlierFile.isEmpty()) {
        EventTableRecord t;
        t.name = QStringLiteral("subscriptions");
        t.fileName = earlierFile;
        tables.push_back(t);
    }
    QCOMPARE(ui::ImportTablePage::suggestName(dir.filePath(files.front()), dir.filePath(workspace), tables,
                                              header.split(u',')),
             expected);
}

void TestImportWizard::eventTables()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    const AcmeExport acme = writeAcme(dir);
    QVERIFY(!acme.accounts.isEmpty());
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));

    // (1) The accounts: an account id and a name column. Time "none" is allowed for this table only.
    {
        ImportWizard wizard(&session);
        openTablePage(wizard, acme.accounts);
        auto *page = qobject_cast<ui::ImportTablePage *>(wizard.currentPage());
        QVERIFY(page);
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("tableNameEdit"));
        QCOMPARE(name->text(), QStringLiteral("accounts"));
        QCOMPARE(tableCombo(wizard, "tableKeyCombo")->currentText(), QStringLiteral("account_id"));
        QCOMPARE(tableCombo(wizard, "tableTimeCombo")->currentText(), QStringLiteral("signup_date"));
        QVERIFY(!tableCombo(wizard, "tableViaCombo")->isEnabled());
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("replaceTableCheck"))->isVisibleTo(&wizard));
        // The profiled types, read-only beside the form.
        auto *columns = wizard.findChild<QTableWidget *>(QStringLiteral("tableColumns"));
        QCOMPARE(columns->rowCount(), 4);
        QCOMPARE(columns->item(3, 0)->text(), QStringLiteral("signup_date"));
        QCOMPARE(columns->item(3, 1)->text(), QStringLiteral("date"));
        QCOMPARE(columns->item(3, 2)->text(), QStringLiteral("time"));
        QCOMPARE(columns->item(0, 2)->text(), QStringLiteral("key: account id"));
        QVERIFY(columns->editTriggers() == QAbstractItemView::NoEditTriggers);

        QComboBox *time = tableCombo(wizard, "tableTimeCombo");
        time->setCurrentIndex(0);
        QVERIFY(page->isComplete());
        name->setText(QStringLiteral("customers"));
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY2(page->problems().join(u' ').contains(QStringLiteral("time column")), qPrintable(page->problems().join(u' ')));
        name->setText(QStringLiteral("accounts"));
        time->setCurrentIndex(time->findData(QStringLiteral("signup_date")));
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(resultPage(wizard)->outcomeText(), QStringLiteral("3 rows accepted, 0 rejected, of 3 read."));
        QCOMPARE(resultPage(wizard)->changesText(),
                 QStringLiteral("Table \"accounts\": 3 rows in 4 columns.\n"
                                "Time: 2023-11-02 to 2024-02-11 (signup_date).\n"
                                "Keys: 3 keys, all matched.\n"
                                "Warnings: none; every cell read as its column's type."));
    }

    // (2) Subscriptions keyed by account id, with an end: the end column is chosen by hand.
    {
        ImportWizard wizard(&session);
        openTablePage(wizard, acme.subscriptions);
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("tableNameEdit"))->text(), QStringLiteral("subscriptions"));
        QCOMPARE(tableCombo(wizard, "tableKeyCombo")->currentText(), QStringLiteral("account_id"));
        QCOMPARE(tableCombo(wizard, "tableTimeCombo")->currentText(), QStringLiteral("start_date"));
        QVERIFY(!tableCombo(wizard, "tableViaCombo")->isEnabled());
        QComboBox *end = tableCombo(wizard, "tableEndCombo");
        QCOMPARE(end->currentIndex(), 0);   // none
        QCOMPARE(end->count(), 3);          // none, start_date, end_date: the date columns only
        end->setCurrentIndex(end->findText(QStringLiteral("end_date")));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
        QCOMPARE(resultPage(wizard)->outcomeText(), QStringLiteral("4 rows accepted, 0 rejected, of 4 read."));
        QVERIFY2(resultPage(wizard)->changesText().contains(QStringLiteral("(start_date, ending at end_date).\nKeys: 3 keys, all matched.")),
                 qPrintable(resultPage(wizard)->changesText()));
    }

    // (3) Tickets keyed by subscription: the key and the via table are found, the end is set.
    ImportWizard wizard(&session);
    openTablePage(wizard, acme.tickets);
    auto *page = qobject_cast<ui::ImportTablePage *>(wizard.currentPage());
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("tableNameEdit"))->text(), QStringLiteral("tickets"));
    QComboBox *key = tableCombo(wizard, "tableKeyCombo");
    QComboBox *via = tableCombo(wizard, "tableViaCombo");
    QCOMPARE(key->currentText(), QStringLiteral("subscription_id"));
    QVERIFY(via->isEnabled());
    QCOMPARE(via->currentText(), QStringLiteral("subscriptions"));
    QCOMPARE(via->count(), 3);   // none, accounts, subscriptions
    QCOMPARE(tableCombo(wizard, "tableTimeCombo")->currentText(), QStringLiteral("opened_at"));
    // A key no table maps to an account has no via table; choosing one that lacks the key blocks.
    key->setCurrentIndex(key->findText(QStringLiteral("ticket_id")));
    QCOMPARE(via->currentIndex(), 0);
    via->setCurrentIndex(via->findText(QStringLiteral("subscriptions")));
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(page->problems(), QStringList{QStringLiteral("The table \"subscriptions\" has no column \"ticket_id\" to look the key up in.")});
    key->setCurrentIndex(key->findText(QStringLiteral("subscription_id")));
    QCOMPARE(via->currentText(), QStringLiteral("subscriptions"));
    QComboBox *end = tableCombo(wizard, "tableEndCombo");
    end->setCurrentIndex(end->findText(QStringLiteral("closed_at")));
    QVERIFY(page->isComplete());
    const TableImportRequest request = page->request();
    QCOMPARE(request.name, QStringLiteral("tickets"));
    QCOMPARE(request.keyColumn, QStringLiteral("subscription_id"));
    QCOMPARE(request.via, QStringLiteral("subscriptions"));
    QCOMPARE(request.timeColumn, QStringLiteral("opened_at"));
    QCOMPARE(request.endColumn, QStringLiteral("closed_at"));
    QVERIFY(!request.replace);

    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), wsPath);
    ui::ImportResultPage *result = resultPage(wizard);
    QCOMPARE(result->title(), QStringLiteral("Import finished"));
    QCOMPARE(result->outcomeText(), QStringLiteral("4 rows accepted, 2 rejected, of 6 read."));
    QCOMPARE(result->changesText(),
             QStringLiteral("Table \"tickets\": 4 rows in 6 columns.\n"
                            "Time: 2024-01-10 to 2024-07-03 (opened_at, ending at closed_at).\n"
                            "Keys: 4 keys, 3 matched; 1 row names no known account: S-9.\n"
                            "Warnings: none; every cell read as its column's type."));
    RejectsModel *rejects = result->rejectsModel();
    QCOMPARE(rejects->rowCount(), 2);
    QCOMPARE(rejects->index(0, RejectsModel::LineColumn).data().toLongLong(), 6);
    QCOMPARE(rejects->index(0, RejectsModel::ColumnColumn).data().toString(), QStringLiteral("opened_at"));
    QCOMPARE(rejects->index(0, RejectsModel::ReasonColumn).data().toString(), QStringLiteral("the time is empty"));
    QCOMPARE(rejects->index(1, RejectsModel::ColumnColumn).data().toString(), QStringLiteral("(whole row)"));
    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("exportRejects"))->isVisibleTo(&wizard));
    const QString rejectsCsv = dir.filePath(QStringLiteral("tickets.rejects.csv"));
    QVERIFY(result->exportRejects(rejectsCsv));
    QFile f(rejectsCsv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), qsizetype(4));
    QCOMPARE(lines.at(1), QByteArray("6,opened_at,the time is empty\r"));

    // The workspace, through its own API.
    auto ws = Workspace::open(wsPath);
    QVERIFY(ws);
    const auto tickets = (*ws)->eventTable(QStringLiteral("tickets"));
    QVERIFY(tickets);
    QCOMPARE(tickets->rows, 4);
    QCOMPARE(tickets->keyColumn, QStringLiteral("subscription_id"));
    QCOMPARE(tickets->via, QStringLiteral("subscriptions"));
    QCOMPARE(tickets->timeColumn, QStringLiteral("opened_at"));
    QCOMPARE(tickets->endColumn, QStringLiteral("closed_at"));
    QCOMPARE((*ws)->eventTable(QStringLiteral("subscriptions"))->endColumn, QStringLiteral("end_date"));
    QCOMPARE((*ws)->eventTable(QStringLiteral("accounts"))->rows, 3);
    QCOMPARE((*ws)->imports().value().size(), std::size_t(3));
}

void TestImportWizard::eventTableCancel()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    const AcmeExport acme = writeAcme(dir);
    {
        auto ws = Workspace::open(wsPath);
        QVERIFY(ws);
        QVERIFY(TableImporter(**ws).run(acme.subscriptions, subscriptionsRequest()));
    }
    const QString usage = dir.filePath(QStringLiteral("acme_usage.csv"));
    QByteArray csv = "usage_id,subscription_id,usage_date,feature,count\n";
    for (int i = 0; i < 200; ++i)
        csv += QStringLiteral("U-%1,S-%2,2024-03-%3,feature_%4,%5\n")
                   .arg(i)
                   .arg(i % 4 + 1)
                   .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                   .arg(i % 7)
                   .arg(i)
                   .toUtf8();
    QVERIFY(writeFile(usage, csv));

    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    // Small chunks; the worker waits in its first progress report until the test has pressed Cancel,
    // and the importer looks at the flag right after that report.
    std::atomic<int> calls = 0;
    QSemaphore reached;
    QSemaphore go;
    wizard.runSettings().chunkSize = 64;
    wizard.runSettings().progressHook = [&](qint64, qint64) {
        if (++calls == 1) {
            reached.release();
            go.tryAcquire(1, kTimeout);
        }
    };
    openTablePage(wizard, usage);
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("tableNameEdit"))->text(), QStringLiteral("usage"));
    QCOMPARE(tableCombo(wizard, "tableViaCombo")->currentText(), QStringLiteral("subscriptions"));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPageId));
    QVERIFY(reached.tryAcquire(1, kTimeout));
    auto *progress = qobject_cast<ui::ImportProgressPage *>(wizard.currentPage());
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    go.release();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QCOMPARE(calls.load(), 1);
    QCOMPARE(finished.count(), 0);
    ui::ImportResultPage *result = resultPage(wizard);
    QCOMPARE(result->title(), QStringLiteral("Import cancelled"));
    QCOMPARE(result->outcomeText(), QStringLiteral("Cancelled: nothing was written."));
    QCOMPARE(result->changesText(),
             QStringLiteral("The workspace is exactly as it was before the import (event tables 1 with 4 rows, imports "
                            "logged 1)."));
    auto ws = Workspace::open(wsPath);
    QVERIFY(ws);
    const auto table = (*ws)->eventTable(QStringLiteral("usage"));
    QVERIFY(!table);
    QCOMPARE(table.error().code, Error::Code::NotFound);
    QCOMPARE((*ws)->eventTables().value().size(), std::size_t(1));
    QCOMPARE((*ws)->imports().value().size(), std::size_t(1));
}

void TestImportWizard::eventTableReplace()
{
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir);
    const AcmeExport acme = writeAcme(dir);
    {
        auto ws = Workspace::open(wsPath);
        QVERIFY(ws);
        QVERIFY(TableImporter(**ws).run(acme.subscriptions, subscriptionsRequest()));
    }
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    ImportWizard wizard(&session);
    openTablePage(wizard, acme.subscriptions);
    auto *page = qobject_cast<ui::ImportTablePage *>(wizard.currentPage());
    auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("tableNameEdit"));
    auto *replace = wizard.findChild<QCheckBox *>(QStringLiteral("replaceTableCheck"));
    QCOMPARE(name->text(), QStringLiteral("subscriptions"));
    QVERIFY(replace->isVisible());
    QVERIFY(!replace->isChecked());
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    QVERIFY2(page->problems().join(u' ').contains(QStringLiteral("already")), qPrintable(page->problems().join(u' ')));
    // Another name needs no replacing; the same name needs the checkbox.
    name->setText(QStringLiteral("subscriptions_2"));
    QVERIFY(!replace->isVisible());
    QVERIFY(page->isComplete());
    name->setText(QStringLiteral("subscriptions"));
    QVERIFY(replace->isVisible());
    QVERIFY(!page->isComplete());
    QTest::mouseClick(replace, Qt::LeftButton, {}, QPoint(8, replace->height() / 2));
    QVERIFY(replace->isChecked());
    QVERIFY(page->isComplete());
    QVERIFY(page->request().replace);
    QComboBox *end = tableCombo(wizard, "tableEndCombo");
    end->setCurrentIndex(end->findText(QStringLiteral("end_date")));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
    QVERIFY2(resultPage(wizard)->changesText().startsWith(
                 QStringLiteral("Table \"subscriptions\": 4 rows in 6 columns, replacing the table of that name.")),
             qPrintable(resultPage(wizard)->changesText()));
    auto ws = Workspace::open(wsPath);
    QVERIFY(ws);
    QCOMPARE((*ws)->eventTables().value().size(), std::size_t(1));
    QCOMPARE((*ws)->eventTable(QStringLiteral("subscriptions"))->endColumn, QStringLiteral("end_date"));
}

// Renders every page offscreen; with TIERLAB_IMPORT_SCREENSHOTS=DIR the PNGs are written there.
void TestImportWizard::screenshots()
{
    const QString out = qEnvironmentVariable("TIERLAB_IMPORT_SCREENSHOTS");
    const auto shoot = [&](QWidget &w, const QString &name) {
        const QPixmap pixmap = w.grab();
        QVERIFY(!pixmap.isNull());
        if (!out.isEmpty())
            QVERIFY(pixmap.save(QDir(out).filePath(name)));
    };
    QTemporaryDir dir;
    const QString wsPath = newWorkspace(dir, QStringLiteral("customers.tierlab"));
    WorkspaceSession session;
    QVERIFY(session.open(wsPath));
    {
        ImportWizard wizard(&session);
        wizard.setFilePath(fixture("snap_basic.csv"));
        QSemaphore reached;
        QSemaphore go;
        std::atomic<int> calls = 0;
        wizard.runSettings().chunkSize = 64;
        wizard.runSettings().progressHook = [&](qint64, qint64) {
            if (++calls == 3) {
                reached.release();
                go.tryAcquire(1, kTimeout);
            }
        };
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shoot(wizard, QStringLiteral("import-1-file.png"));
        wizard.next();
        shoot(wizard, QStringLiteral("import-2-preview.png"));
        wizard.next();
        ColumnMappingModel *model = wizard.mappingModel();
        model->setType(model->rowOf(QStringLiteral("logins")), ValueType::Number);
        model->setRole(model->rowOf(QStringLiteral("plan")), ColumnRole::Ignore);
        shoot(wizard, QStringLiteral("import-3-mapping.png"));
        wizard.next();
        QVERIFY(reached.tryAcquire(1, kTimeout));
        auto *bar = wizard.findChild<QProgressBar *>(QStringLiteral("importProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, kTimeout);
        shoot(wizard, QStringLiteral("import-4-progress.png"));
        go.release();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
        shoot(wizard, QStringLiteral("import-5-result.png"));
    }
    {
        ImportWizard wizard(&session);
        wizard.setFilePath(fixture("snap_label.csv"));
        wizard.show();
        wizard.next();
        wizard.next();
        shoot(wizard, QStringLiteral("import-3b-mapping-no-as-of.png"));
    }
    {
        // A cancelled import, and the proof that the workspace did not change.
        ImportWizard wizard(&session);
        wizard.setFilePath(fixture("snap_many.csv"));
        QSemaphore reached;
        QSemaphore go;
        std::atomic<int> calls = 0;
        wizard.runSettings().chunkSize = 64;
        wizard.runSettings().progressHook = [&](qint64, qint64) {
            if (++calls == 5) {
                reached.release();
                go.tryAcquire(1, kTimeout);
            }
        };
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next();
        QVERIFY(reached.tryAcquire(1, kTimeout));
        wizard.reject();   // the wizard's own Cancel button cancels the import first
        go.release();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
        QVERIFY(wizard.isVisible());
        QCOMPARE(resultPage(wizard)->title(), QStringLiteral("Import cancelled"));
        shoot(wizard, QStringLiteral("import-5b-cancelled.png"));
    }
    {
        // An event table: the form that takes the place of the column roles, and its result, at 1366×768.
        const AcmeExport acme = writeAcme(dir);
        auto ws = Workspace::open(wsPath);
        QVERIFY(ws);
        TableImportRequest accounts;
        accounts.name = QStringLiteral("accounts");
        accounts.keyColumn = QStringLiteral("account_id");
        accounts.timeColumn = QStringLiteral("signup_date");
        QVERIFY(TableImporter(**ws).run(acme.accounts, accounts));
        TableImportRequest subscriptions = subscriptionsRequest();
        subscriptions.endColumn = QStringLiteral("end_date");
        QVERIFY(TableImporter(**ws).run(acme.subscriptions, subscriptions));
        ws->reset();
        ImportWizard wizard(&session);
        wizard.resize(1366, 768);
        openTablePage(wizard, acme.tickets);
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QComboBox *end = tableCombo(wizard, "tableEndCombo");
        end->setCurrentIndex(end->findText(QStringLiteral("closed_at")));
        shoot(wizard, QStringLiteral("import-3c-event-table.png"));
        wizard.next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPageId), kTimeout);
        QCOMPARE(resultPage(wizard)->outcomeText(), QStringLiteral("4 rows accepted, 2 rejected, of 6 read."));
        shoot(wizard, QStringLiteral("import-5c-event-table-result.png"));
    }
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
