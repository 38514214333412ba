// GUI tests of SignalsPage on a small workspace with two event tables (accounts, events) and a few
// outcomes: the tables are listed; a recipe is added through the editor's widgets and gives the expected
// recipes JSON; invalid recipes list their JSON paths and disable Build; the preview arrives from the
// worker and equals SignalPreview::compute; Build writes the snapshots, a cancelled build writes none;
// recipes files open and save. The page shows the WorkspaceSession's workspace: a refresh after a write
// through another connection shows the new table and keeps unsaved edits; closing clears the page.
// Nothing sleeps: the waits are QTRY_ and signal spies.
#include "pages/signalspage.h"

#include "mainwindow.h"
#include "signals/recipeeditor.h"
#include "signals/signalbuildrunner.h"
#include "signals/signalpreviewpanel.h"
#include "signals/whereeditor.h"

#include "tables/tableimporter.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace tierlab;
using namespace tierlab::ui;

namespace {

constexpr int kTimeout = 60000;   // the shared build machine is slow; nothing here sleeps

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

TableImportRequest request(const char *name, const char *key, const char *time)
{
    TableImportRequest r;
    r.name = QString::fromLatin1(name);
    r.keyColumn = QString::fromLatin1(key);
    r.timeColumn = QString::fromLatin1(time);
    return r;
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1StringView(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Until the page's background jobs are done (bounded, event-driven).
bool settle(SignalsPage &page)
{
    QSignalSpy checked(&page, &SignalsPage::checked);
    QElapsedTimer t;
    t.start();
    while (page.isLoading() && t.elapsed() < kTimeout)
        checked.wait(1000);
    return !page.isLoading();
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestSignalsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyWorkspace();
    void tablesListed();
    void addRecipeThroughEditor();
    void invalidRecipeDisablesBuild();
    void invalidGridDate();
    void previewMatchesCore();
    void derivedRecipe();
    void buildWritesSnapshots();
    void refreshReadsNewData();
    void cancelledBuildWritesNothing();
    void cancelButton();
    void textSignalPreview();
    void openAndSaveFiles();
    void whereValues();
    void mainWindowHasPage();
    void render_data();
    void render();

private:
    QString freshWorkspace(const QString &name);
    void addSumRecipe(SignalsPage &page);

    QTemporaryDir m_dir;
    QString m_template;
};

void TestSignalsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.tierlab"));
    auto ws = Workspace::open(m_template, Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    const QString accounts = writeFile(m_dir, QStringLiteral("accounts.csv"),
                                       "account_id,name,segment,signup\n"
                                       "A1,Alpha,SMB,2024-01-01\n"
                                       "A2,Beta,SMB,2024-01-01\n"
                                       "A3,Gamma,ENT,2024-01-08\n"
                                       "A4,Delta,ENT,2024-01-08\n");
    // Orders and renewals with amounts; A1 and A4 buy a lot, A2 and A3 little (they churn).
    QByteArray events = "account_id,day,kind,amount\n";
    const char *kinds[] = {"order", "renewal", "refund"};
    for (int d = 0; d < 80; ++d) {
        const QByteArray day = QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toUtf8();
        events += "A1," + day + "," + kinds[d % 3] + "," + QByteArray::number(10 + d % 7) + "\n";
        if (d % 2 == 0)
            events += "A4," + day + "," + kinds[(d + 1) % 3] + "," + QByteArray::number(8 + d % 5) + "\n";
        if (d % 9 == 0)
            events += "A2," + day + ",order," + QByteArray::number(3 + d % 4) + "\n";
        if (d % 13 == 0)
            events += "A3," + day + ",refund,2\n";
    }
    const QString eventsPath = writeFile(m_dir, QStringLiteral("events.csv"), events);
    auto a = TableImporter(**ws).run(accounts, request("accounts", "account_id", "signup"));
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    auto e = TableImporter(**ws).run(eventsPath, request("events", "account_id", "day"));
    QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
    const std::pair<const char *, OutcomeKind> outcomes[] = {{"A1", OutcomeKind::Retained},
                                                             {"A2", OutcomeKind::Churned},
                                                             {"A3", OutcomeKind::Churned},
                                                             {"A4", OutcomeKind::Retained}};
    for (const auto &[id, kind] : outcomes) {
        AccountRecord account;
        account.id = QString::fromLatin1(id);
        QVERIFY((*ws)->upsertAccount(account));
        OutcomeRecord o;
        o.accountId = account.id;
        o.kind = kind;
        o.date = QDate(2024, 6, 20);
        QVERIFY((*ws)->addOutcome(o));
    }
}

QString TestSignalsPage::freshWorkspace(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_template, path))
        qFatal("cannot copy the workspace");
    return path;
}

void TestSignalsPage::emptyWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.tierlab"));
    QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateNew));
    WorkspaceSession session;
    SignalsPage page(&session);
    QSignalSpy shown(&page, &SignalsPage::tablesShown);
    QVERIFY(session.open(path));
    QVERIFY(shown.wait(kTimeout));
    QVERIFY(settle(page));
    QCOMPARE(page.tablesModel()->rowCount(), 0);
    QVERIFY(child<QLabel>(page, "signalsMessage")->text().contains(QStringLiteral("no event tables")));
    QVERIFY(!child<QPushButton>(page, "buildButton")->isEnabled());
    QCOMPARE(page.problems(), QStringList{QStringLiteral("$.signals: must be a non-empty array of signal recipes")});
}

void TestSignalsPage::tablesListed()
{
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(freshWorkspace(QStringLiteral("tables.tierlab"))));
    QVERIFY(settle(page));
    auto *view = child<QTableView>(page, "tablesView");
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 2);
    const auto cell = [&](int r, int c) { return view->model()->index(r, c).data().toString(); };
    QCOMPARE(cell(0, EventTablesModel::NameColumn), QStringLiteral("accounts"));
    QCOMPARE(cell(0, EventTablesModel::RowsColumn), QStringLiteral("4"));
    QCOMPARE(cell(1, EventTablesModel::NameColumn), QStringLiteral("events"));
    QCOMPARE(cell(1, EventTablesModel::SpanColumn), QStringLiteral("2024-01-01 – 2024-03-20"));
    QCOMPARE(cell(1, EventTablesModel::MatchedColumn), QStringLiteral("4"));
    QCOMPARE(cell(1, EventTablesModel::UnmatchedColumn), QStringLiteral("0"));
    // No stored recipes: nothing to edit, nothing to build.
    QCOMPARE(child<QTableWidget>(page, "recipeList")->rowCount(), 0);
    QVERIFY(!child<RecipeEditor>(page, "recipeEditor")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "buildButton")->isEnabled());
    QVERIFY(child<QPushButton>(page, "addRecipeButton")->isEnabled());
}

// Through the widgets, as a user would: Add, then id, aggregation, column, a where condition, window, start.
void TestSignalsPage::addSumRecipe(SignalsPage &page)
{
    QTest::mouseClick(child<QPushButton>(page, "addRecipeButton"), Qt::LeftButton);
    QCOMPARE(page.recipes().signals.size(), std::size_t(1));
    QCOMPARE(page.currentRecipe(), 0);
    auto *editor = child<RecipeEditor>(page, "recipeEditor");
    QVERIFY(editor->isEnabled());
    auto *id = child<QLineEdit>(*editor, "recipeId");
    QCOMPARE(id->text(), QStringLiteral("signal"));
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("sales_60d"));
    QCOMPARE(child<QComboBox>(*editor, "recipeTable")->currentData().toString(), QStringLiteral("events"));
    auto *agg = child<QComboBox>(*editor, "recipeAgg");
    agg->setCurrentIndex(agg->findData(int(Aggregation::Sum)));
    auto *column = child<QComboBox>(*editor, "recipeColumn");
    // sum reads numbers only: the text and date columns are not offered.
    QCOMPARE(column->count(), 1);
    QCOMPARE(column->currentData().toString(), QStringLiteral("amount"));
    auto *where = child<WhereEditor>(*editor, "whereEditor");
    QTest::mouseClick(child<QPushButton>(*where, "addCondition"), Qt::LeftButton);
    QCOMPARE(where->count(), 1);
    auto *whereColumn = qobject_cast<QComboBox *>(where->lineWidget(0, "column"));
    auto *whereOp = qobject_cast<QComboBox *>(where->lineWidget(0, "op"));
    auto *whereValue = qobject_cast<QLineEdit *>(where->lineWidget(0, "value"));
    QVERIFY(whereColumn && whereOp && whereValue);
    whereColumn->setCurrentIndex(whereColumn->findData(QStringLiteral("kind")));
    whereOp->setCurrentIndex(whereOp->findData(int(ConditionOp::In)));
    QTest::keyClicks(whereValue, QStringLiteral("order, renewal"));
    auto *window = child<QSpinBox>(*editor, "recipeWindow");
    window->setValue(60);
    auto *start = child<QComboBox>(page, "accounts_start");
    start->setCurrentIndex(start->findData(QStringLiteral("signup")));
}

void TestSignalsPage::addRecipeThroughEditor()
{
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(freshWorkspace(QStringLiteral("add.tierlab"))));
    QVERIFY(settle(page));
    addSumRecipe(page);
    const QJsonObject expected = jsonOf(R"({"format": "tierlab-signals", "version": 1,
        "grid": {"every_days": 7},
        "accounts": {"table": "accounts", "start": "signup"},
        "signals": [{"id": "sales_60d", "table": "events", "agg": "sum", "column": "amount", "window_days": 60,
                     "where": [{"column": "kind", "op": "in", "value": ["order", "renewal"]}]}]})");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(jsonOf(page.recipesJson()), expected);
    QCOMPARE(child<QTableWidget>(page, "recipeList")->item(0, 0)->text(), QStringLiteral("sales_60d"));
    QCOMPARE(child<QTableWidget>(page, "recipeList")->item(0, 1)->text(), QStringLiteral("sum(amount) · events"));
    QVERIFY(settle(page));
    QVERIFY2(page.problems().isEmpty(), qPrintable(page.problems().join(QLatin1Char('\n'))));
    QVERIFY(page.isValid());
    QVERIFY(child<QPushButton>(page, "buildButton")->isEnabled());
    QVERIFY(page.isDirty());
}

void TestSignalsPage::invalidRecipeDisablesBuild()
{
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(freshWorkspace(QStringLiteral("invalid.tierlab"))));
    QVERIFY(settle(page));
    addSumRecipe(page);
    QVERIFY(settle(page));
    auto *build = child<QPushButton>(page, "buildButton");
    QVERIFY(build->isEnabled());

    // A text value for a number column: the check against the tables names it.
    auto *where = child<WhereEditor>(page, "whereEditor");
    auto *whereColumn = qobject_cast<QComboBox *>(where->lineWidget(0, "column"));
    auto *whereOp = qobject_cast<QComboBox *>(where->lineWidget(0, "op"));
    auto *whereValue = qobject_cast<QLineEdit *>(where->lineWidget(0, "value"));
    whereColumn->setCurrentIndex(whereColumn->findData(QStringLiteral("amount")));
    whereOp->setCurrentIndex(whereOp->findData(int(ConditionOp::Ge)));
    whereValue->selectAll();
    QTest::keyClicks(whereValue, QStringLiteral("lots"));
    QVERIFY(!build->isEnabled());   // at once: nothing builds until the check has answered
    QVERIFY(settle(page));
    const QString expected =
        QStringLiteral("$.signals[0].where[0].value: column \"amount\" holds number values: compare it with a number");
    QCOMPARE(page.problems(), QStringList{expected});
    QVERIFY(!page.isValid());
    QVERIFY(!build->isEnabled());
    auto *list = child<QListWidget>(page, "problemList");
    QVERIFY(list->isVisibleTo(&page));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), expected);
    QVERIFY(child<QLabel>(page, "problemSummary")->text().startsWith(QStringLiteral("1 problem")));
    QVERIFY(!child<QTableWidget>(page, "recipeList")->item(0, 0)->icon().isNull());

    // Fixed: Build comes back.
    whereValue->selectAll();
    QTest::keyClicks(whereValue, QStringLiteral("5"));
    QVERIFY(settle(page));
    QVERIFY(page.problems().isEmpty());
    QVERIFY(build->isEnabled());

    // A bad id fails when the file is read, before any check against the tables.
    auto *id = child<QLineEdit>(page, "recipeId");
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("Sales"));
    QVERIFY(!build->isEnabled());
    QVERIFY(!page.problems().isEmpty());
    QVERIFY2(page.problems().constFirst().startsWith(QStringLiteral("$.signals[0].id: \"Sales\" is not a signal id")),
             qPrintable(page.problems().join(QLatin1Char('\n'))));
    QVERIFY(settle(page));
    QVERIFY(!build->isEnabled());
}

void TestSignalsPage::invalidGridDate()
{
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(freshWorkspace(QStringLiteral("grid.tierlab"))));
    QVERIFY(settle(page));
    addSumRecipe(page);
    QVERIFY(settle(page));
    auto *first = child<QLineEdit>(page, "gridFirst");
    QTest::keyClicks(first, QStringLiteral("2024-13-01"));
    QVERIFY(settle(page));
    QCOMPARE(page.problems().size(), 1);
    QVERIFY(page.problems().constFirst().startsWith(QStringLiteral("$.grid.first: \"2024-13-01\" is not a date")));
    QVERIFY(!child<QPushButton>(page, "buildButton")->isEnabled());
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("2024-01-15"));
    QVERIFY(settle(page));
    QVERIFY(page.problems().isEmpty());
    QCOMPARE(page.recipes().grid.first, QDate(2024, 1, 15));
    QVERIFY(child<QPushButton>(page, "buildButton")->isEnabled());
}

void TestSignalsPage::previewMatchesCore()
{
    const QString path = freshWorkspace(QStringLiteral("preview.tierlab"));
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(path));
    QVERIFY(settle(page));
    QSignalSpy ready(&page, &SignalsPage::previewReady);
    addSumRecipe(page);
    QVERIFY(settle(page));
    QVERIFY(ready.count() > 0);
    QVERIFY(page.preview());

    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto direct = SignalPreview::compute(**ws, page.recipes(), 0, SignalsPage::kPreviewHorizonDays);
    QVERIFY2(direct, qPrintable(direct ? QString() : direct.error().message));
    const SignalPreviewResult &p = *page.preview();
    QCOMPARE(p.id, QStringLiteral("sales_60d"));
    QCOMPARE(p.latest, direct->latest);
    QCOMPARE(p.accountsAtLatest, direct->accountsAtLatest);
    QCOMPARE(p.values, direct->values);
    QCOMPARE(p.outcomes, direct->outcomes);
    QCOMPARE(p.positives, direct->positives);
    QCOMPARE(p.outcomes, std::int64_t(4));
    QCOMPARE(p.positives, std::int64_t(2));
    QVERIFY(!std::isnan(direct->auc));
    auto *auc = child<QLabel>(page, "previewAuc");
    QCOMPARE(auc->text(), QStringLiteral("AUC %1 (%2), 4 outcomes, 2 churned")
                              .arg(direct->aucOriented, 0, 'f', 2)
                              .arg(direct->higherIsRiskier ? QStringLiteral("higher = riskier")
                                                           : QStringLiteral("lower = riskier")));
    // The big buyers stay: higher sums are safer.
    QVERIFY(!direct->higherIsRiskier);
    QCOMPARE(child<QLabel>(page, "previewCoverage")->text(), SignalPreviewPanel::formatCoverage(*direct));
    auto *panel = child<SignalPreviewPanel>(page, "signalPreview");
    QCOMPARE(panel->barCount(), int(SignalPreviewPanel::binsOf(direct->values).counts.size()));
    QVERIFY(panel->barCount() > 0);

    // Another window: the preview follows the edit (latest wins).
    ready.clear();
    child<QSpinBox>(page, "recipeWindow")->setValue(7);
    child<QSpinBox>(page, "recipeWindow")->setValue(14);
    QVERIFY(settle(page));
    QVERIFY(ready.count() > 0);
    auto again = SignalPreview::compute(**ws, page.recipes(), 0, SignalsPage::kPreviewHorizonDays);
    QVERIFY(again);
    QCOMPARE(page.recipes().signals[0].windowDays, 14);
    QCOMPARE(page.preview()->values, again->values);
}

void TestSignalsPage::derivedRecipe()
{
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(freshWorkspace(QStringLiteral("derived.tierlab"))));
    QVERIFY(settle(page));
    addSumRecipe(page);
    QTest::mouseClick(child<QPushButton>(page, "duplicateRecipeButton"), Qt::LeftButton);
    QCOMPARE(page.recipes().signals.size(), std::size_t(2));
    QCOMPARE(page.recipes().signals[1].id, QStringLiteral("sales_60d_copy"));
    QCOMPARE(page.currentRecipe(), 1);
    auto *kind = child<QComboBox>(page, "recipeKind");
    kind->setCurrentIndex(kind->findData(int(RecipeEditor::Kind::Derived)));
    auto *expr = child<QComboBox>(page, "recipeExpr");
    expr->setCurrentIndex(expr->findData(int(Derivation::Change)));
    auto *ofA = child<QComboBox>(page, "recipeOfA");
    QVERIFY(!child<QComboBox>(page, "recipeOfB")->isVisibleTo(&page));
    ofA->setCurrentIndex(ofA->findData(QStringLiteral("sales_60d")));
    child<QSpinBox>(page, "recipeWeeks")->setValue(2);
    auto *id = child<QLineEdit>(page, "recipeId");
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("sales_trend_2w"));
    const QJsonArray signalList = jsonOf(page.recipesJson()).value(QStringLiteral("signals")).toArray();
    QCOMPARE(signalList.size(), 2);
    QCOMPARE(signalList[1].toObject(), jsonOf(R"({"id": "sales_trend_2w", "expr": "change", "of": "sales_60d", "weeks": 2})"));
    QVERIFY(settle(page));
    QVERIFY2(page.isValid(), qPrintable(page.problems().join(QLatin1Char('\n'))));
    QVERIFY(page.preview());
    QCOMPARE(page.preview()->id, QStringLiteral("sales_trend_2w"));

    // Renaming the signal it reads keeps the reference.
    page.selectRecipe(0);
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("sales"));
    QCOMPARE(page.recipes().signals[1].of, QStringList{QStringLiteral("sales")});
    // Removing it leaves the derived signal reading nothing: a problem with its JSON path.
    QTest::mouseClick(child<QPushButton>(page, "removeRecipeButton"), Qt::LeftButton);
    QCOMPARE(page.recipes().signals.size(), std::size_t(1));
    QCOMPARE(page.problems(), QStringList{QStringLiteral("$.signals[0].of: no signal \"sales\" in this file")});
    QVERIFY(!child<QPushButton>(page, "buildButton")->isEnabled());
    QVERIFY(settle(page));
}

void TestSignalsPage::buildWritesSnapshots()
{
    const QString path = freshWorkspace(QStringLiteral("build.tierlab"));
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(path));
    QVERIFY(settle(page));
    addSumRecipe(page);
    QVERIFY(settle(page));
    QVERIFY(page.isValid());
    QSignalSpy finished(&page, &SignalsPage::buildFinished);
    QSignalSpy changed(&page, &SignalsPage::workspaceChanged);
    QTest::mouseClick(child<QPushButton>(page, "buildButton"), Qt::LeftButton);
    QVERIFY(page.isBuilding());
    QVERIFY(!child<QPushButton>(page, "buildButton")->isEnabled());
    QVERIFY(child<QPushButton>(page, "cancelBuildButton")->isVisibleTo(&page));
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), path);
    QVERIFY(!page.isDirty());
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto dates = (*ws)->asOfDates();
    QVERIFY(dates);
    // Mondays 2024-01-01 … 2024-03-25: the first grid date on or after the latest row (2024-03-20).
    QCOMPARE(dates->size(), std::size_t(13));
    QCOMPARE(dates->front(), QDate(2024, 1, 1));
    QCOMPARE(dates->back(), QDate(2024, 3, 25));
    auto stored = (*ws)->recipes();
    QVERIFY(stored);
    QCOMPARE(jsonOf(stored->toUtf8()), jsonOf(page.recipesJson()));
    QVERIFY(child<QLabel>(page, "signalsMessage")->text().startsWith(QStringLiteral("Built ")));

    // The refresh after the build (the main window's): the built recipes come back unchanged.
    session.refresh();
    QVERIFY(settle(page));
    QCOMPARE(jsonOf(page.recipesJson()), jsonOf(stored->toUtf8()));
    QVERIFY(!page.isDirty());
    QVERIFY(page.isValid());
}

void TestSignalsPage::refreshReadsNewData()
{
    const QString path = freshWorkspace(QStringLiteral("refresh.tierlab"));
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(path));
    QVERIFY(settle(page));
    QCOMPARE(page.tablesModel()->rowCount(), 2);
    addSumRecipe(page);
    QVERIFY(settle(page));
    QVERIFY(page.isDirty());
    const QByteArray edited = page.recipesJson();

    // A table imported through another connection (the CLI, or the wizard into the open file).
    const QString tickets = writeFile(m_dir, QStringLiteral("tickets.csv"),
                                      "ticket_id,account_id,opened\nT1,A1,2024-02-01\nT2,A3,2024-02-05\n");
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        auto t = TableImporter(**ws).run(tickets, request("tickets", "account_id", "opened"));
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    }
    QCOMPARE(page.tablesModel()->rowCount(), 2);   // nothing read until the session says so

    QSignalSpy shown(&page, &SignalsPage::tablesShown);
    session.refresh();
    QVERIFY(shown.wait(kTimeout));
    QVERIFY(settle(page));
    QCOMPARE(page.tablesModel()->rowCount(), 3);
    QCOMPARE(page.tablesModel()->index(2, EventTablesModel::NameColumn).data().toString(), QStringLiteral("tickets"));
    // The unsaved recipe stays, checked against the tables as they are now.
    QVERIFY(page.isDirty());
    QCOMPARE(page.recipesJson(), edited);
    QVERIFY2(page.isValid(), qPrintable(page.problems().join(QLatin1Char('\n'))));

    // Closed: nothing to show or build.
    session.close();
    QCOMPARE(page.workspacePath(), QString());
    QCOMPARE(page.tablesModel()->rowCount(), 0);
    QVERIFY(page.recipes().signals.empty());
    QVERIFY(!child<QPushButton>(page, "buildButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "addRecipeButton")->isEnabled());
}

void TestSignalsPage::cancelledBuildWritesNothing()
{
    const QString path = freshWorkspace(QStringLiteral("cancel.tierlab"));
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(path));
    QVERIFY(settle(page));
    addSumRecipe(page);
    QVERIFY(settle(page));
    QVERIFY(page.isValid());
    // Deterministic: the first progress report (accounts computed) cancels; the builder checks the flag
    // before writing the first week and rolls back.
    SignalBuildRunner *runner = page.buildRunner();
    std::atomic<int> reports = 0;
    runner->setProgressHook([runner, &reports](qint64, qint64) {
        if (reports++ == 0)
            runner->cancel();
    });
    QSignalSpy finished(&page, &SignalsPage::buildFinished);
    QSignalSpy changed(&page, &SignalsPage::workspaceChanged);
    QTest::mouseClick(child<QPushButton>(page, "buildButton"), Qt::LeftButton);
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reports.load(), 1);
    QCOMPARE(runner->result().error().code, Error::Code::Cancelled);
    QCOMPARE(child<QLabel>(page, "signalsMessage")->text(), QStringLiteral("The build was cancelled; nothing was written."));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto dates = (*ws)->asOfDates();
    QVERIFY(dates);
    QCOMPARE(dates->size(), std::size_t(0));
    auto stored = (*ws)->recipes();
    QVERIFY(stored);
    QVERIFY(stored->isEmpty());
    QVERIFY(child<QPushButton>(page, "buildButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "cancelBuildButton")->isVisibleTo(&page));
    runner->setProgressHook({});
}

void TestSignalsPage::cancelButton()
{
    // The Cancel button, pressed while the worker is held at its first progress report.
    const QString path = freshWorkspace(QStringLiteral("cancelbutton.tierlab"));
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(path));
    QVERIFY(settle(page));
    addSumRecipe(page);
    QVERIFY(settle(page));
    QSemaphore reached;
    QSemaphore go;
    std::atomic<int> reports = 0;
    page.buildRunner()->setProgressHook([&](qint64, qint64) {
        if (reports++ == 0) {
            reached.release();
            go.acquire();
        }
    });
    QSignalSpy finished(&page, &SignalsPage::buildFinished);
    QTest::mouseClick(child<QPushButton>(page, "buildButton"), Qt::LeftButton);
    QVERIFY(reached.tryAcquire(1, kTimeout));
    auto *cancel = child<QPushButton>(page, "cancelBuildButton");
    QVERIFY(cancel->isVisibleTo(&page));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    // An edit meanwhile is checked once the build has ended (until then the file is the builder's).
    child<QSpinBox>(page, "recipeWindow")->setValue(30);
    QVERIFY(page.isLoading());
    go.release();
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(reports.load(), 1);
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    QCOMPARE((*ws)->asOfDates()->size(), std::size_t(0));
    QVERIFY(settle(page));
    QCOMPARE(page.recipes().signals[0].windowDays, 30);
    QVERIFY2(page.isValid(), qPrintable(page.problems().join(QLatin1Char('\n'))));
    page.buildRunner()->setProgressHook({});
}

void TestSignalsPage::textSignalPreview()
{
    // last of a text column: a category signal, with coverage but no histogram and no AUC.
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(freshWorkspace(QStringLiteral("text.tierlab"))));
    QVERIFY(settle(page));
    QTest::mouseClick(child<QPushButton>(page, "addRecipeButton"), Qt::LeftButton);
    auto *agg = child<QComboBox>(page, "recipeAgg");
    agg->setCurrentIndex(agg->findData(int(Aggregation::Last)));
    auto *column = child<QComboBox>(page, "recipeColumn");
    // last reads any column.
    QCOMPARE(column->count(), 4);
    column->setCurrentIndex(column->findData(QStringLiteral("kind")));
    QVERIFY(settle(page));
    QVERIFY2(page.isValid(), qPrintable(page.problems().join(QLatin1Char('\n'))));
    QVERIFY(page.preview());
    QVERIFY(page.preview()->values.empty());
    QVERIFY(page.preview()->coverage > 0);
    QCOMPARE(child<QLabel>(page, "previewAuc")->text(), QStringLiteral("AUC n/a: a text signal has no AUC"));
    QCOMPARE(child<QLabel>(page, "previewMessage")->text(), QStringLiteral("A text signal: no histogram."));
    QCOMPARE(child<SignalPreviewPanel>(page, "signalPreview")->barCount(), 0);
    // A text signal cannot be the ARR.
    auto *role = child<QComboBox>(page, "recipeRole");
    role->setCurrentIndex(role->findData(int(AttributeRole::Arr)));
    QVERIFY(settle(page));
    QCOMPARE(page.problems(), QStringList{QStringLiteral("$.signals[0].role: the role \"arr\" needs a number signal")});
    QVERIFY(!child<QPushButton>(page, "buildButton")->isEnabled());
}

void TestSignalsPage::openAndSaveFiles()
{
    WorkspaceSession session;
    SignalsPage page(&session);
    QVERIFY(session.open(freshWorkspace(QStringLiteral("files.tierlab"))));
    QVERIFY(settle(page));
    addSumRecipe(page);
    const QString saved = m_dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(page.saveRecipesFile(saved));
    auto reread = RecipeSet::load(saved);
    QVERIFY(reread);
    QCOMPARE(jsonOf(reread->toJson()), jsonOf(page.recipesJson()));

    // A file with problems is refused with its JSON paths; the editor keeps what it had.
    const QString bad = writeFile(m_dir, QStringLiteral("bad.json"),
                                  R"({"format": "tierlab-signals", "version": 1,
                                      "signals": [{"id": "x", "table": "events", "agg": "median"}]})");
    const QByteArray before = page.recipesJson();
    auto opened = page.openRecipesFile(bad);
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(QStringLiteral("$.signals[0].agg: unknown aggregation \"median\"")));
    QCOMPARE(child<QLabel>(page, "signalsMessage")->text(), opened.error().message);
    QCOMPARE(page.recipesJson(), before);

    // A file naming a column the table lacks reads, and its check names the path.
    const QString other = writeFile(m_dir, QStringLiteral("other.json"),
                                    R"({"format": "tierlab-signals", "version": 1,
                                        "signals": [{"id": "n", "table": "events", "agg": "count"},
                                                    {"id": "m", "table": "events", "agg": "max", "column": "price"}]})");
    QVERIFY(page.openRecipesFile(other));
    QCOMPARE(page.recipes().signals.size(), std::size_t(2));
    QCOMPARE(page.currentRecipe(), 0);
    QVERIFY(settle(page));
    QCOMPARE(page.problems().size(), 1);
    QVERIFY(page.problems().constFirst().startsWith(QStringLiteral("$.signals[1].column: table \"events\" has no column \"price\"")));
    // The editor shows the missing column as the file has it.
    page.selectRecipe(1);
    QCOMPARE(child<QComboBox>(page, "recipeColumn")->currentData().toString(), QStringLiteral("price"));
    QVERIFY(settle(page));
    // Clicking the problem selects its recipe.
    page.selectRecipe(0);
    auto *list = child<QListWidget>(page, "problemList");
    QCOMPARE(list->count(), 1);
    Q_EMIT list->itemClicked(list->item(0));
    QCOMPARE(page.currentRecipe(), 1);
    QVERIFY(settle(page));
}

void TestSignalsPage::whereValues()
{
    using W = WhereEditor;
    const auto json = [](const RecipeCondition &c) {
        RecipeSet set;
        SignalRecipe r;
        r.id = QStringLiteral("x");
        r.table = QStringLiteral("t");
        r.agg = Aggregation::Count;
        r.where = {c};
        set.signals = {r};
        return QJsonDocument(jsonOf(set.toJson()).value(QStringLiteral("signals")).toArray()[0].toObject()
                                 .value(QStringLiteral("where")).toArray()[0].toObject())
            .toJson(QJsonDocument::Compact);
    };
    QCOMPARE(json(W::conditionFromText(QStringLiteral("n"), ConditionOp::Ge, QStringLiteral(" 2.5 "), ValueType::Number)),
             QByteArray(R"({"column":"n","op":">=","value":2.5})"));
    QCOMPARE(json(W::conditionFromText(QStringLiteral("f"), ConditionOp::Eq, QStringLiteral("True"), ValueType::Flag)),
             QByteArray(R"({"column":"f","op":"==","value":1})"));
    QCOMPARE(json(W::conditionFromText(QStringLiteral("d"), ConditionOp::Lt, QStringLiteral("2024-02-01"), ValueType::Date)),
             QByteArray(R"({"column":"d","op":"<","value":"2024-02-01"})"));
    QCOMPARE(json(W::conditionFromText(QStringLiteral("p"), ConditionOp::NotIn, QStringLiteral("low, ,medium "), ValueType::Category)),
             QByteArray(R"({"column":"p","op":"not_in","value":["low","medium"]})"));
    QCOMPARE(json(W::conditionFromText(QStringLiteral("n"), ConditionOp::In, QStringLiteral("1,2,x"), ValueType::Number)),
             QByteArray(R"({"column":"n","op":"in","value":[1,2,"x"]})"));
    const RecipeCondition flags = W::conditionFromText(QStringLiteral("f"), ConditionOp::In, QStringLiteral("yes,0"), ValueType::Flag);
    QCOMPARE(W::textOf(flags, ValueType::Flag), QStringLiteral("true, false"));
    const RecipeCondition numbers = W::conditionFromText(QStringLiteral("n"), ConditionOp::In, QStringLiteral("0.1, 20"), ValueType::Number);
    QCOMPARE(W::textOf(numbers, ValueType::Number), QStringLiteral("0.1, 20"));
    QVERIFY(RecipeEditor::acceptsColumn(Aggregation::Max, ValueType::Date));
    QVERIFY(!RecipeEditor::acceptsColumn(Aggregation::Mean, ValueType::Date));
    QVERIFY(RecipeEditor::acceptsColumn(Aggregation::OpenSum, ValueType::Flag));
    QVERIFY(RecipeEditor::acceptsColumn(Aggregation::Last, ValueType::Category));
    QVERIFY(!RecipeEditor::acceptsColumn(Aggregation::Count, ValueType::Number));
}

void TestSignalsPage::mainWindowHasPage()
{
    MainWindow window;
    QVERIFY(window.pageNames().contains(QStringLiteral("signals")));
    QCOMPARE(window.pageNames().indexOf(QStringLiteral("signals")), window.pageNames().indexOf(QStringLiteral("overview")) + 1);
    QVERIFY(window.openWorkspace(freshWorkspace(QStringLiteral("window.tierlab"))));
    auto *page = window.findChild<SignalsPage *>();
    QVERIFY(page);
    QVERIFY(window.showPage(QStringLiteral("signals")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), kTimeout);
    QCOMPARE(page->tablesModel()->rowCount(), 2);
}

void TestSignalsPage::render_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestSignalsPage::render()
{
    // The window on the signals page paints at the laptop and desktop sizes without growing past them.
    // TIERLAB_SCREENSHOT_DIR keeps the pictures (docs/screenshots/signals-WxH.png), TIERLAB_SCREENSHOT_WORKSPACE
    // takes them on another workspace (docs/signals.md: RavenStack, end to end).
    QFETCH(QSize, size);
    MainWindow window;
    // Some workspaces make the hidden back-test page ask for more than 768 pixels of height (its wrapped
    // headline), which would grow the window; that page is not what this picture is about.
    if (auto *backtest = window.findChild<QWidget *>(QStringLiteral("backtestPage")))
        backtest->setMinimumSize(1, 1);
    const QString path = qEnvironmentVariable("TIERLAB_SCREENSHOT_WORKSPACE");
    QVERIFY(window.openWorkspace(path.isEmpty() ? freshWorkspace(QStringLiteral("render.tierlab")) : path));
    QVERIFY(window.showPage(QStringLiteral("signals")));
    window.resize(size);
    window.show();
    auto *page = window.findChild<SignalsPage *>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), kTimeout);
    if (page->recipes().signals.empty())
        addSumRecipe(*page);
    // A recipe with a where condition shows the whole editor.
    for (int i = 0; i < int(page->recipes().signals.size()); ++i) {
        if (!page->recipes().signals[std::size_t(i)].where.empty()) {
            page->selectRecipe(i);
            break;
        }
    }
    QVERIFY(settle(*page));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), kTimeout);
    QVERIFY2(page->minimumSizeHint().height() <= 768 - 100,
             qPrintable(QStringLiteral("minimum height %1").arg(page->minimumSizeHint().height())));
    const QPixmap pixmap = window.grab();
    QCOMPARE((QSizeF(pixmap.size()) / pixmap.devicePixelRatio()).toSize(), size);
    const QString dir = qEnvironmentVariable("TIERLAB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(pixmap.save(dir + QStringLiteral("/signals-%1x%2.png").arg(size.width()).arg(size.height())));
}

QTEST_MAIN(TestSignalsPage)
#include "tst_signalspage.moc"
