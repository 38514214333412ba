// CalibrateDialog on a small demo workspace: the controls become exactly the calibration's options,
// the proposal shown equals Calibration::run with those options, progress is reported, and Cancel
// stops the worker without a result.
#include "analysis/calibration.h"
#include "demo/demogenerator.h"
#include "designer/calibratedialog.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cmath>

using namespace tierlab;
using namespace tierlab::ui;

class TestCalibrateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controlsBecomeOptions();
    void proposalEqualsCalibration();
    void badBoundIsRefused();
    void cancelStopsWithoutResult();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    Model m_model;
};

void TestCalibrateDialog::initTestCase()
{
    m_workspace = m_dir.filePath(QStringLiteral("calibrate.tierlab"));
    auto made = DemoGenerator::generateFile(m_workspace, DemoOptions{300, 30, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    auto m = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    QVERIFY(m);
    m_model = *m;
    QVERIFY(m_model.categories.size() >= 3);
}

void TestCalibrateDialog::controlsBecomeOptions()
{
    CalibrateDialog dialog(m_workspace, m_model);
    CalibrationOptions o = dialog.currentOptions();
    QCOMPARE(o.horizonDays, 90);
    QVERIFY(o.locked.isEmpty());
    QVERIFY(o.categoryBounds.empty());
    QCOMPARE(o.redCapacity, std::int64_t(-1));
    QVERIFY(std::isnan(o.bestTierMaxChurn));

    dialog.setHorizonDays(60);
    QTableWidget *table = dialog.weightsTable();
    // The user ticks the first category's lock and types bounds for the second.
    table->item(0, CalibrateDialog::LockColumn)->setCheckState(Qt::Checked);
    table->item(1, CalibrateDialog::MinColumn)->setText(QStringLiteral("5"));
    table->item(1, CalibrateDialog::MaxColumn)->setText(QStringLiteral("25"));
    dialog.findChild<QCheckBox *>(QStringLiteral("calibrateCapacityOn"))->setChecked(true);
    dialog.setBestTierMaxChurn(0.04);
    dialog.findChild<QCheckBox *>(QStringLiteral("calibrateSignalWeights"))->setChecked(true);
    dialog.findChild<QComboBox *>(QStringLiteral("calibrateObjective"))->setCurrentIndex(1);
    o = dialog.currentOptions();
    QCOMPARE(o.horizonDays, 60);
    QCOMPARE(o.objective, CalibrationObjective::LogLoss);
    QCOMPARE(o.locked, QStringList{m_model.categories[0].id});
    QCOMPARE(o.categoryBounds.size(), std::size_t(1));
    QCOMPARE(o.categoryBounds.at(m_model.categories[1].id).min, 5.0);
    QCOMPARE(o.categoryBounds.at(m_model.categories[1].id).max, 25.0);
    QCOMPARE(o.redCapacity, std::int64_t(100));   // the spin box's default
    QCOMPARE(o.bestTierMaxChurn, 0.04);
    QVERIFY(o.signalWeights);
}

void TestCalibrateDialog::proposalEqualsCalibration()
{
    CalibrateDialog dialog(m_workspace, m_model);
    dialog.setLocked(0, true);
    dialog.setBounds(1, 2.0, 10.0);
    dialog.setRedCapacity(30);
    dialog.setFitSignalWeights(true);
    QSignalSpy done(&dialog, &CalibrateDialog::calibrated);
    QSignalSpy progress(dialog.progressBar(), &QProgressBar::valueChanged);
    dialog.start();
    QVERIFY(done.wait(120000));
    QVERIFY2(dialog.result(), qPrintable(dialog.summaryText()));

    auto ws = Workspace::open(m_workspace);
    QVERIFY(ws);
    auto want = Calibration::run(**ws, m_model, dialog.currentOptions());
    QVERIFY2(want, want ? "" : qPrintable(want.error().message));
    const CalibrationResult &got = *dialog.result();
    QCOMPARE(got.weightsAfter, want->weightsAfter);
    QCOMPARE(got.weightsAfter[0], m_model.categories[0].weight);   // locked
    QVERIFY(got.weightsAfter[1] >= 2.0 && got.weightsAfter[1] <= 10.0);
    QVERIFY(got.redCut.feasible);
    QCOMPARE(got.redCut.proposed, want->redCut.proposed);
    QVERIFY(got.redCut.accounts <= 30);
    QCOMPARE(dialog.tiersTable()->item(1, 2)->text(), QString::number(want->redCut.proposed, 'f', 2));
    for (int row = 0; row < dialog.weightsTable()->rowCount(); ++row)
        QCOMPARE(dialog.weightsTable()->item(row, CalibrateDialog::ProposedColumn)->text(),
                 QString::number(want->weightsAfter[std::size_t(row)], 'f', 2));
    const Model proposed = dialog.proposedModel();
    QCOMPARE(proposed.tiers[1].min, want->redCut.proposed);
    QCOMPARE(proposed.categories[1].weight, want->weightsAfter[1]);
    QCOMPARE(got.signalWeightsAfter, want->signalWeightsAfter);
    for (std::size_t i = 0; i < proposed.signals.size(); ++i)
        QCOMPARE(proposed.signals[i].weight, want->signalWeightsAfter[i]);
    // Progress was reported and never went back.
    QVERIFY(!progress.isEmpty());
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i][0].toInt() >= progress[i - 1][0].toInt());
    QVERIFY(!dialog.progressBar()->isVisible());
}

void TestCalibrateDialog::badBoundIsRefused()
{
    CalibrateDialog dialog(m_workspace, m_model);
    dialog.weightsTable()->item(2, CalibrateDialog::MaxColumn)->setText(QStringLiteral("lots"));
    QSignalSpy done(&dialog, &CalibrateDialog::calibrated);
    dialog.start();
    QVERIFY(done.wait(120000));
    QVERIFY(!dialog.result());
    QVERIFY2(dialog.summaryText().contains(m_model.categories[2].id), qPrintable(dialog.summaryText()));
}

void TestCalibrateDialog::cancelStopsWithoutResult()
{
    // Hold the only pool thread so that the calibration cannot start before Cancel: deterministic.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore release;
    pool->start([&release] { release.acquire(); });

    CalibrateDialog dialog(m_workspace, m_model);
    QSignalSpy cancelled(&dialog, &CalibrateDialog::cancelled);
    QSignalSpy done(&dialog, &CalibrateDialog::calibrated);
    dialog.start();
    QVERIFY(dialog.isRunning());
    dialog.cancel();
    QCOMPARE(cancelled.size(), 1);
    release.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
    QVERIFY(pool->waitForDone(60000));
    pool->setMaxThreadCount(threads);
    QCoreApplication::processEvents();
    QVERIFY(!dialog.result());
    QCOMPARE(done.size(), 0);
    QCOMPARE(dialog.summaryText(), CalibrateDialog::tr("Calibration cancelled."));
}

// Writes the dialog after a run to $TIERLAB_CALIBRATE_SHOT (docs/screenshots/calibrate-dialog.png).
void TestCalibrateDialog::screenshot()
{
    const QString out = qEnvironmentVariable("TIERLAB_CALIBRATE_SHOT");
    if (out.isEmpty())
        QSKIP("set TIERLAB_CALIBRATE_SHOT to write the screenshot");
    CalibrateDialog dialog(m_workspace, m_model);
    dialog.setLocked(4, true);
    dialog.setBounds(0, 10, 40);
    dialog.setRedCapacity(30);
    dialog.setBestTierMaxChurn(0.05);
    dialog.show();
    QSignalSpy done(&dialog, &CalibrateDialog::calibrated);
    dialog.start();
    QVERIFY(done.wait(120000));
    QVERIFY(dialog.grab().save(out));
}

QTEST_MAIN(TestCalibrateDialog)
#include "tst_calibratedialog.moc"
