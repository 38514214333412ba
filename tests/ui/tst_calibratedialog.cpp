// CalibrateDialog on a small demo workspace: the controls become exactly the calibration's options,
// the proposal shown equals Calibration::run with those options, progress is reported, and Cancel
// stops the worker without a result.
#include "analysis/calibration.h"
#include "demo/demogenerator.h"
#include "common/format.h"
#include "designer/calibratedialog.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "poolhold.h"
#include "session/workspacesession.h"

#include <cmath>

using namespace tierlab;
using namespace tierlab::ui;

class TestCalibrateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void controlsBecomeOptions();
    void guardRail();
    void proposalEqualsCalibration();
    void badBoundIsRefused();
    void validationControls();
    void validationRuns_data();
    void validationRuns();
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
    QCOMPARE(o.categoryBounds.at(m_model.categories[1].id).min, std::optional<double>(5.0));
    QCOMPARE(o.categoryBounds.at(m_model.categories[1].id).max, 25.0);
    QCOMPARE(o.redCapacity, std::int64_t(100));   // the spin box's default
    QCOMPARE(o.bestTierMaxChurn, 0.04);
    QVERIFY(o.signalWeights);
}

void TestCalibrateDialog::guardRail()
{
    CalibrateDialog dialog(m_workspace, m_model);
    double sum = 0;
    for (const Category &c : m_model.categories)
        sum += c.weight;
    // The label states the default minimum the calibration applies: 5 % of the weights' sum.
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("calibrateGuardRail"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(ui::format::number(0.05 * sum, 2)), qPrintable(label->text()));
    QCOMPARE(Calibration::minimumWeight(m_model, dialog.currentOptions()), 0.05 * sum);

    QTableWidget *table = dialog.weightsTable();
    // Only a Max keeps the guard rail; a typed 0 lifts it for that category alone.
    table->item(0, CalibrateDialog::MaxColumn)->setText(QStringLiteral("30"));
    table->item(1, CalibrateDialog::MinColumn)->setText(QStringLiteral("0"));
    const CalibrationOptions o = dialog.currentOptions();
    QCOMPARE(o.categoryBounds.size(), std::size_t(2));
    QCOMPARE(o.categoryBounds.at(m_model.categories[0].id).min, std::optional<double>());
    QCOMPARE(o.categoryBounds.at(m_model.categories[0].id).max, 30.0);
    QCOMPARE(o.categoryBounds.at(m_model.categories[1].id).min, std::optional<double>(0.0));
    QVERIFY(std::isinf(o.categoryBounds.at(m_model.categories[1].id).max));
    QVERIFY(!o.minWeight);
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

namespace {

// Replaces a spin box's text as a user would: select all, type.
void typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    QLineEdit *edit = box->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Enter);
}

} // namespace

// The validation choice with the keyboard: only the chosen method's controls show, and the options
// carry exactly what was typed.
void TestCalibrateDialog::validationControls()
{
    CalibrateDialog dialog(m_workspace, m_model);
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("calibrateValidation"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("calibrateValidationHint"));
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("calibrateTrainUntil"));
    auto *holdout = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("calibrateHoldout"));
    auto *folds = dialog.findChild<QSpinBox *>(QStringLiteral("calibrateFolds"));
    auto *seed = dialog.findChild<QSpinBox *>(QStringLiteral("calibrateSeed"));
    QVERIFY(method && hint && date && holdout && folds && seed);
    auto shown = [&] {
        return QList<bool>{!hint->isHidden(), !date->isHidden(), !holdout->isHidden(), !folds->isHidden(), !seed->isHidden()};
    };

    // Automatic by default: nothing to set, the defaults of the core.
    QCOMPARE(dialog.validation(), CalibrationValidation::Auto);
    QCOMPARE(shown(), (QList<bool>{true, false, false, false, false}));
    CalibrationOptions o = dialog.currentOptions();
    QCOMPARE(o.validation, CalibrationValidation::Auto);
    QVERIFY(!o.trainUntil.isValid());
    QCOMPARE(o.holdoutFraction, 0.3);
    QCOMPARE(o.seed, std::uint64_t(1));

    method->setFocus();
    QTest::keyClick(method, Qt::Key_Down);   // By date
    QCOMPARE(dialog.validation(), CalibrationValidation::TimeSplit);
    QCOMPARE(shown(), (QList<bool>{false, true, false, false, false}));
    QVERIFY(!dialog.currentOptions().trainUntil.isValid());   // automatic until a date is chosen
    dialog.setTrainUntil(QDate(2026, 6, 30));
    o = dialog.currentOptions();
    QCOMPARE(o.validation, CalibrationValidation::TimeSplit);
    QCOMPARE(o.trainUntil, QDate(2026, 6, 30));

    QTest::keyClick(method, Qt::Key_Down);   // Random holdout
    QCOMPARE(dialog.validation(), CalibrationValidation::Holdout);
    QCOMPARE(shown(), (QList<bool>{false, false, true, false, true}));
    typeInto(holdout, QStringLiteral("25"));
    typeInto(seed, QStringLiteral("7"));
    o = dialog.currentOptions();
    QCOMPARE(o.validation, CalibrationValidation::Holdout);
    QCOMPARE(o.holdoutFraction, 0.25);
    QCOMPARE(o.seed, std::uint64_t(7));
    QVERIFY(!o.trainUntil.isValid());   // a date belongs to the split by date only

    method->setFocus();
    QTest::keyClick(method, Qt::Key_Down);   // Folds; the seed stays
    QCOMPARE(dialog.validation(), CalibrationValidation::Folds);
    QCOMPARE(shown(), (QList<bool>{false, false, false, true, true}));
    typeInto(folds, QStringLiteral("4"));
    o = dialog.currentOptions();
    QCOMPARE(o.validation, CalibrationValidation::Folds);
    QCOMPARE(o.folds, 4);
    QCOMPARE(o.seed, std::uint64_t(7));
    typeInto(folds, QStringLiteral("50"));   // beyond the range: the spin box keeps it in 2–20
    QVERIFY(dialog.currentOptions().folds <= CalibrationSplitter::kMaxFolds);
}

// A run with each validation shows what Calibration::run gives with the dialog's options.
void TestCalibrateDialog::validationRuns_data()
{
    QTest::addColumn<int>("validation");
    QTest::newRow("holdout") << int(CalibrationValidation::Holdout);
    QTest::newRow("folds") << int(CalibrationValidation::Folds);
    QTest::newRow("by date") << int(CalibrationValidation::TimeSplit);
}

void TestCalibrateDialog::validationRuns()
{
    QFETCH(int, validation);
    CalibrateDialog dialog(m_workspace, m_model);
    dialog.setValidation(CalibrationValidation(validation));
    dialog.setHoldoutFraction(0.4);
    dialog.setFolds(3);
    dialog.setSeed(5);
    dialog.setTrainUntil(QDate(2026, 9, 1));
    QSignalSpy done(&dialog, &CalibrateDialog::calibrated);
    dialog.start();
    QVERIFY(done.wait(120000));
    QVERIFY2(dialog.result(), qPrintable(dialog.summaryText()));
    const CalibrationResult &got = *dialog.result();
    QCOMPARE(int(got.validation), validation);

    auto ws = Workspace::open(m_workspace);
    QVERIFY(ws);
    auto want = Calibration::run(**ws, m_model, dialog.currentOptions());
    QVERIFY2(want, want ? "" : qPrintable(want.error().message));
    QCOMPARE(got.weightsAfter, want->weightsAfter);
    QCOMPARE(got.train.n, want->train.n);
    QCOMPARE(got.test.n, want->test.n);
    const QString summary = dialog.summaryText();
    switch (CalibrationValidation(validation)) {
    case CalibrationValidation::Holdout:
        QCOMPARE(got.holdoutFraction, 0.4);
        QCOMPARE(got.seed, std::uint64_t(5));
        QCOMPARE(got.testAfter.auc.auc, want->testAfter.auc.auc);
        QVERIFY2(summary.contains(u"40 %") && summary.contains(u"seed 5"), qPrintable(summary));
        break;
    case CalibrationValidation::Folds:
        QCOMPARE(got.foldResults.size(), std::size_t(3));
        for (std::size_t f = 0; f < 3; ++f)
            QCOMPARE(got.foldResults[f].testAuc, want->foldResults[f].testAuc);
        QCOMPARE(got.foldsMeanAuc, want->foldsMeanAuc);
        QCOMPARE(got.test.n, std::int64_t(0));   // the proposal is the refit on every outcome
        QVERIFY2(summary.contains(QString::number(got.foldsMeanAuc, 'f', 3)), qPrintable(summary));
        QVERIFY2(summary.contains(u"3-fold"), qPrintable(summary));
        break;
    default:
        QCOMPARE(got.trainUntil, QDate(2026, 9, 1));
        QVERIFY(got.train.until <= QDate(2026, 9, 1));
        QVERIFY(got.test.from > QDate(2026, 9, 1));
        break;
    }
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestCalibrateDialog::cancelStopsWithoutResult()
{
    test::PoolHold hold(WorkspaceSession::threadPool());   // the job cannot start before Cancel

    CalibrateDialog dialog(m_workspace, m_model);
    QSignalSpy cancelled(&dialog, &CalibrateDialog::cancelled);
    QSignalSpy done(&dialog, &CalibrateDialog::calibrated);
    dialog.start();
    QVERIFY(dialog.isRunning());
    dialog.cancel();
    QCOMPARE(cancelled.size(), 1);
    hold.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
    QCoreApplication::processEvents();
    QVERIFY(!dialog.result());
    QCOMPARE(done.size(), 0);
    QCOMPARE(dialog.summaryText(), CalibrateDialog::tr("Calibration cancelled."));
}

// Writes the dialog after a run to $TIERLAB_CALIBRATE_SHOT (docs/screenshots/calibrate-dialog.png);
// $TIERLAB_CALIBRATE_SHOT_VALIDATION = date, holdout or folds shows that validation instead of Automatic.
void TestCalibrateDialog::screenshot()
{
    const QString out = qEnvironmentVariable("TIERLAB_CALIBRATE_SHOT");
    if (out.isEmpty())
        QSKIP("set TIERLAB_CALIBRATE_SHOT to write the screenshot");
    CalibrateDialog dialog(m_workspace, m_model);
    const QString validation = qEnvironmentVariable("TIERLAB_CALIBRATE_SHOT_VALIDATION");
    if (validation == u"date")
        dialog.setValidation(CalibrationValidation::TimeSplit);
    else if (validation == u"holdout")
        dialog.setValidation(CalibrationValidation::Holdout);
    else if (validation == u"folds")
        dialog.setValidation(CalibrationValidation::Folds);
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
