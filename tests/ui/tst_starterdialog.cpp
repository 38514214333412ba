// StarterDialog (File → New Model from Data…) on a small demo workspace: the controls become the
// starter's options, the model and table shown equal StarterModel::build with them, bad tier edges are
// refused, Cancel stops the worker without a result, and the designer applies the model as one undo step.
#include "analysis/startermodel.h"
#include "demo/demogenerator.h"
#include "designer/starterdialog.h"
#include "pages/designerpage.h"
#include "engine/designersession.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "poolhold.h"
#include "session/workspacesession.h"
#include <QUndoStack>

using namespace tierlab;
using namespace tierlab::ui;

class TestStarterDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controlsBecomeOptions();
    void buildEqualsCore_data();
    void buildEqualsCore();
    void badTierEdgesRefused();
    void cancelStopsWithoutResult();
    void designerAppliesAsOneStep();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestStarterDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = m_dir.filePath(QStringLiteral("starter.tierlab"));
    auto made = DemoGenerator::generateFile(m_workspace, DemoOptions{300, 30, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void TestStarterDialog::controlsBecomeOptions()
{
    StarterDialog dialog(m_workspace);
    StarterOptions o = dialog.currentOptions();
    QCOMPARE(o.horizonDays, 90);
    QCOMPARE(o.holdoutFraction, 0.333);
    QCOMPARE(o.holdoutFraction, StarterOptions().holdoutFraction);   // the CLI's default too
    QCOMPARE(o.seed, std::uint64_t(1));
    QCOMPARE(o.tierEdges, (std::vector<double>{40, 70}));
    dialog.setHorizonDays(60);
    dialog.setHoldoutPercent(0);
    o = dialog.currentOptions();
    QCOMPARE(o.horizonDays, 60);
    QCOMPARE(o.holdoutFraction, 0.0);
    QVERIFY(!dialog.openButton()->isEnabled());
}

void TestStarterDialog::buildEqualsCore_data()
{
    QTest::addColumn<int>("horizon");
    QTest::addColumn<double>("holdout");
    QTest::newRow("defaults") << 90 << 33.3;
    QTest::newRow("all accounts, 60 days") << 60 << 0.0;
}

void TestStarterDialog::buildEqualsCore()
{
    QFETCH(int, horizon);
    QFETCH(double, holdout);
    StarterDialog dialog(m_workspace);
    dialog.setHorizonDays(horizon);
    dialog.setHoldoutPercent(holdout);
    QSignalSpy built(&dialog, &StarterDialog::built);
    dialog.start();
    QVERIFY(built.wait(120000));
    QVERIFY2(dialog.result(), qPrintable(dialog.summaryText()));

    auto ws = Workspace::open(m_workspace);
    QVERIFY(ws);
    auto want = StarterModel::build(**ws, dialog.currentOptions());
    QVERIFY2(want, want ? "" : qPrintable(want.error().message));
    QVERIFY(dialog.result()->model == want->model);
    QCOMPARE(dialog.result()->heldOut.auc.auc, want->heldOut.auc.auc);
    QVERIFY(dialog.openButton()->isEnabled());

    QTableWidget *table = dialog.signalsTable();
    QCOMPARE(table->rowCount(), int(want->signals.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const StarterSignal &s = want->signals[std::size_t(row)];
        QCOMPARE(table->item(row, StarterDialog::KeptColumn)->text(), s.kept ? QStringLiteral("yes") : QStringLiteral("no"));
        QCOMPARE(table->item(row, StarterDialog::AucColumn)->text(), std::isfinite(s.auc) ? QString::number(s.auc, 'f', 3) : QStringLiteral("–"));
        if (!s.kept)
            QCOMPARE(table->item(row, StarterDialog::NoteColumn)->text(), s.reason);
    }
    QCOMPARE(dialog.summaryText().contains(QStringLiteral("Held-out AUC")), holdout > 0);
    QVERIFY(dialog.summaryText().contains(QStringLiteral("Back-test on every outcome: AUC %1").arg(want->backtest.metrics.auc.auc, 0, 'f', 3)));
}

void TestStarterDialog::badTierEdgesRefused()
{
    StarterDialog dialog(m_workspace);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("starterNeutralFrom"))->setValue(70);
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("starterHealthyFrom"))->setValue(40);
    QSignalSpy built(&dialog, &StarterDialog::built);
    dialog.start();
    QCOMPARE(built.size(), 1);
    QVERIFY(!dialog.isRunning());
    QVERIFY(!dialog.result());
    QCOMPARE(dialog.summaryText(), QStringLiteral("Healthy must start above Neutral (40 ≤ 70)."));
}

void TestStarterDialog::cancelStopsWithoutResult()
{
    test::PoolHold hold(WorkspaceSession::threadPool());   // the job cannot start before Cancel

    StarterDialog dialog(m_workspace);
    QSignalSpy cancelled(&dialog, &StarterDialog::cancelled);
    QSignalSpy built(&dialog, &StarterDialog::built);
    dialog.start();
    QVERIFY(dialog.isRunning());
    dialog.cancel();
    QCOMPARE(cancelled.size(), 1);
    hold.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
    QCoreApplication::processEvents();
    QVERIFY(!dialog.result());
    QCOMPARE(built.size(), 0);
    QCOMPARE(dialog.summaryText(), QStringLiteral("Cancelled."));
    QVERIFY(!dialog.openButton()->isEnabled());
}

void TestStarterDialog::designerAppliesAsOneStep()
{
    const QString copy = m_dir.filePath(QStringLiteral("designer.tierlab"));
    QVERIFY(QFile::copy(m_workspace, copy));
    DesignerPage page;
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setWorkspace(copy);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 30000);
    DesignerSession *s = page.session();
    const Model before = s->model();

    auto ws = Workspace::open(copy);
    QVERIFY(ws);
    auto starter = StarterModel::build(**ws);
    QVERIFY2(starter, starter ? "" : qPrintable(starter.error().message));
    QUndoStack *undo = page.undoStack();
    const int steps = undo->count();
    QVERIFY(page.applyStarterModel(starter->model));
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("New model from data"));
    QVERIFY(s->model() == starter->model);
    QVERIFY(s->isDirty());
    undo->undo();
    QVERIFY(s->model() == before);
    undo->redo();
    QVERIFY(s->model() == starter->model);
}

// Writes the dialog after a build to $TIERLAB_STARTER_SHOT (docs/screenshots/starter-dialog.png).
void TestStarterDialog::screenshot()
{
    const QString out = qEnvironmentVariable("TIERLAB_STARTER_SHOT");
    if (out.isEmpty())
        QSKIP("set TIERLAB_STARTER_SHOT to write the screenshot");
    StarterDialog dialog(qEnvironmentVariable("TIERLAB_STARTER_WORKSPACE", m_workspace));
    dialog.show();
    QSignalSpy built(&dialog, &StarterDialog::built);
    dialog.start();
    QVERIFY(built.wait(120000));
    QCoreApplication::processEvents();   // the summary's new height is laid out
    QVERIFY(dialog.grab().save(out));
}

QTEST_MAIN(TestStarterDialog)
#include "tst_starterdialog.moc"
