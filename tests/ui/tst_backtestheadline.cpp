// The designer's back-test headline and the compare dialog's caught/lost churners, on a small demo
// workspace. Expected figures come from Backtest::run on a separate connection with the same model:
// the headline must show exactly what the back-test computes.
#include "analysis/backtest.h"
#include "demo/demogenerator.h"
#include "designer/backtestheadline.h"
#include "analysis/calibration.h"
#include "designer/calibratedialog.h"
#include "designer/comparedialog.h"
#include "engine/designersession.h"
#include "pages/designerpage.h"
#include "store/workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace tierlab;
using namespace tierlab::ui;

namespace {

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

BacktestSample sample(const QString &id, int day, int tier, bool churned)
{
    BacktestSample s;
    s.accountId = id;
    s.kind = churned ? OutcomeKind::Churned : OutcomeKind::Renewed;
    s.outcomeDate = QDate(2026, 1, 1).addDays(day);
    s.asOf = s.outcomeDate.addDays(-90);
    s.score = 10.0 * (tier + 1);
    s.tier = tier;
    s.churned = churned;
    return s;
}

} // namespace

class TestBacktestHeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void headlineEqualsBacktest();
    void weightChangeUpdatesHeadline();
    void burstOfEditsRunsOnce();
    void firstModelsStartAtOnce();
    void compareDialogListsCaughtAndLost();
    void calibrateProposesAndAppliesAsOneUndoStep();
    void noOutcomes();
    void catches_data();
    void catches();

private:
    void waitHeadline();
    Result<BacktestResult> expected(const Model &model) const;

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<DesignerPage> m_page;
};

void TestBacktestHeadline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = m_dir.filePath(QStringLiteral("headline.tierlab"));
    auto made = DemoGenerator::generateFile(m_workspace, DemoOptions{300, 30, 11, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void TestBacktestHeadline::init()
{
    if (QByteArray(QTest::currentTestFunction()).startsWith("catches") || QByteArray(QTest::currentTestFunction()) == "noOutcomes")
        return;
    m_page = std::make_unique<DesignerPage>();
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setWorkspace(m_workspace);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 30000);
    QVERIFY(m_page->session()->hasData());
    waitHeadline();
}

void TestBacktestHeadline::cleanup()
{
    m_page.reset();
}

void TestBacktestHeadline::waitHeadline()
{
    BacktestHeadline *h = m_page->backtestHeadline();
    QTRY_VERIFY_WITH_TIMEOUT(!h->isBusy() && h->currentResult() && h->baselineResult(), 60000);
}

Result<BacktestResult> TestBacktestHeadline::expected(const Model &model) const
{
    auto ws = Workspace::open(m_workspace);
    if (!ws)
        return std::unexpected(ws.error());
    return Backtest::run(**ws, model, BacktestOptions());
}

void TestBacktestHeadline::headlineEqualsBacktest()
{
    BacktestHeadline *h = m_page->backtestHeadline();
    // Full default options (bootstrap, lead time…): the headline's lighter run must give the same figures.
    auto current = expected(m_page->session()->model());
    QVERIFY2(current, current ? "" : qPrintable(current.error().message));
    QVERIFY(current->outcomes > 0);
    QVERIFY(current->positives > 0);
    const HeadlineFigures want = HeadlineFigures::of(*current);
    const HeadlineFigures got = HeadlineFigures::of(*h->currentResult());
    QVERIFY(!std::isnan(want.auc));
    QVERIFY(same(got.auc, want.auc));
    QVERIFY(same(got.relativeRisk, want.relativeRisk));
    QVERIFY(same(got.precision, want.precision));
    QVERIFY(same(got.recall, want.recall));
    QCOMPARE(h->currentResult()->n, current->n);
    QCOMPARE(h->currentResult()->positives, current->positives);
    QVERIFY2(h->text().contains(QStringLiteral("AUC %1 (±0.000)").arg(want.auc, 0, 'f', 3)), qPrintable(h->text()));
    QVERIFY2(h->text().contains(QStringLiteral("recall %1 %").arg(100.0 * want.recall, 0, 'f', 1)), qPrintable(h->text()));
    // Unedited, the model is its own baseline: one back-test serves both.
    QVERIFY(m_page->session()->model() == m_page->session()->baselineModel());
    QCOMPARE(h->baselineResult(), h->currentResult());
}

// The first models of a workspace start at once; later edits wait for the debounce.
void TestBacktestHeadline::firstModelsStartAtOnce()
{
    BacktestHeadline h;
    h.setWorkspaceSession(m_page->workspaceSession());
    QCOMPARE(h.pendingMs(), -1);
    const Model model = m_page->session()->model();
    h.setModels(model, model);
    QCOMPARE(h.pendingMs(), 0);
    QSignalSpy spy(&h, &BacktestHeadline::updated);
    QVERIFY(spy.wait(60000));
    QCOMPARE(h.pendingMs(), -1);
    QVERIFY(h.currentResult());
    QCOMPARE(h.baselineResult(), h.currentResult());
    Model edited = model;
    edited.categories[0].weight += 1;
    h.setModels(edited, model);
    QVERIFY(h.pendingMs() > 0);
    QVERIFY(spy.wait(60000));
    QVERIFY(h.baselineResult() != h.currentResult());
}

void TestBacktestHeadline::weightChangeUpdatesHeadline()
{
    BacktestHeadline *h = m_page->backtestHeadline();
    DesignerSession *s = m_page->session();
    const HeadlineFigures before = HeadlineFigures::of(*h->currentResult());
    QSignalSpy spy(h, &BacktestHeadline::updated);
    QVERIFY(s->model().categories.size() >= 2);
    QVERIFY(s->setCategoryWeight(0, 0));
    QVERIFY(h->isBusy());
    QVERIFY(spy.wait(60000));
    QVERIFY(!h->isBusy());

    auto current = expected(s->model());
    auto baseline = expected(s->baselineModel());
    QVERIFY(current && baseline);
    const HeadlineFigures want = HeadlineFigures::of(*current);
    const HeadlineFigures base = HeadlineFigures::of(*baseline);
    const HeadlineFigures got = HeadlineFigures::of(*h->currentResult());
    const HeadlineFigures gotBase = HeadlineFigures::of(*h->baselineResult());
    QVERIFY(want.auc != before.auc);   // the edit must matter for this test to mean anything
    QVERIFY(same(got.auc, want.auc));
    QVERIFY(same(got.relativeRisk, want.relativeRisk));
    QVERIFY(same(got.precision, want.precision));
    QVERIFY(same(got.recall, want.recall));
    QVERIFY(same(gotBase.auc, base.auc));
    QVERIFY(same(gotBase.auc, before.auc));   // the baseline did not move
    // The delta shown is current − baseline.
    const double d = want.auc - base.auc;
    const QString deltaText = QString::number(std::abs(d), 'f', 3);
    const QString sign = d > 0 ? QStringLiteral("+") : QStringLiteral("\u2212");
    QVERIFY2(h->text().contains(QStringLiteral("AUC %1 (%2%3)").arg(want.auc, 0, 'f', 3).arg(sign, deltaText)),
             qPrintable(h->text()));
}

void TestBacktestHeadline::burstOfEditsRunsOnce()
{
    BacktestHeadline *h = m_page->backtestHeadline();
    DesignerSession *s = m_page->session();
    QSignalSpy spy(h, &BacktestHeadline::updated);
    const double w = s->model().categories[1].weight;
    QVERIFY(s->setCategoryWeight(1, w * 2));
    QVERIFY(s->setCategoryWeight(1, w * 3));
    QVERIFY(s->setCategoryWeight(1, w * 4));
    QVERIFY(spy.wait(60000));
    QVERIFY(!h->isBusy());
    // Debounced: three edits in a row are one back-test, of the last model.
    QCOMPARE(spy.count(), 1);
    auto current = expected(s->model());
    QVERIFY(current);
    QVERIFY(same(HeadlineFigures::of(*h->currentResult()).auc, HeadlineFigures::of(*current).auc));
}

void TestBacktestHeadline::compareDialogListsCaughtAndLost()
{
    BacktestHeadline *h = m_page->backtestHeadline();
    DesignerSession *s = m_page->session();
    QSignalSpy spy(h, &BacktestHeadline::updated);
    // A weight change and a higher worst-tier threshold: some churners move in, some may move out.
    QVERIFY(s->setCategoryWeight(0, 0));
    QVERIFY(s->setTierMin(1, s->model().tiers[1].min + 15));
    QVERIFY(spy.wait(60000));
    m_page->showComparison();
    auto *dialog = m_page->findChild<CompareDialog *>();
    QVERIFY(dialog);

    auto current = expected(s->model());
    auto baseline = expected(s->baselineModel());
    QVERIFY(current && baseline);
    // Independently: churned samples matched by account and outcome date.
    int caught = 0;
    int lost = 0;
    for (const BacktestSample &c : current->samples) {
        if (!c.churned)
            continue;
        for (const BacktestSample &b : baseline->samples) {
            if (b.accountId != c.accountId || b.outcomeDate != c.outcomeDate || b.kind != c.kind)
                continue;
            caught += c.tier == 0 && b.tier != 0;
            lost += c.tier != 0 && b.tier == 0;
        }
    }
    QVERIFY(caught > 0);
    QCOMPARE(dialog->catchesText(),
             QStringLiteral("Back-test churners in the worst tier: %1 newly caught, %2 lost by the edit.").arg(caught).arg(lost));
    QCOMPARE(dialog->catchesTable()->rowCount(), caught + lost);
    if (caught > 0)
        QCOMPARE(dialog->catchesTable()->item(0, 0)->text(), QStringLiteral("caught"));
    if (lost > 0)
        QCOMPARE(dialog->catchesTable()->item(caught + lost - 1, 0)->text(), QStringLiteral("lost"));
}

void TestBacktestHeadline::calibrateProposesAndAppliesAsOneUndoStep()
{
    DesignerSession *s = m_page->session();
    const Model before = s->model();
    CalibrateDialog dialog(m_workspace, before);
    QSignalSpy spy(&dialog, &CalibrateDialog::calibrated);
    dialog.start();
    QVERIFY(spy.wait(120000));
    QVERIFY2(dialog.result(), qPrintable(dialog.summaryText()));

    auto ws = Workspace::open(m_workspace);
    QVERIFY(ws);
    auto want = Calibration::run(**ws, before, CalibrateDialog::options());
    QVERIFY2(want, want ? "" : qPrintable(want.error().message));
    QCOMPARE(dialog.result()->weightsAfter, want->weightsAfter);
    QCOMPARE(dialog.weightsTable()->rowCount(), int(before.categories.size()));
    for (int row = 0; row < dialog.weightsTable()->rowCount(); ++row) {
        QCOMPARE(dialog.weightsTable()->item(row, 1)->text(), QString::number(before.categories[std::size_t(row)].weight, 'f', 2));
        QCOMPARE(dialog.weightsTable()->item(row, 2)->text(), QString::number(want->weightsAfter[std::size_t(row)], 'f', 2));
    }
    const Model proposed = dialog.proposedModel();
    for (std::size_t c = 0; c < proposed.categories.size(); ++c)
        QCOMPARE(proposed.categories[c].weight, want->weightsAfter[c]);
    QVERIFY(!(proposed == before));   // the demo's weights are not already optimal

    QUndoStack *undo = m_page->undoStack();
    const int steps = undo->count();
    QVERIFY(m_page->applyCalibration(proposed));
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(s->model() == proposed);
    undo->undo();
    QVERIFY(s->model() == before);
    undo->redo();
    QVERIFY(s->model() == proposed);
}

void TestBacktestHeadline::noOutcomes()
{
    const BacktestResult empty;
    QCOMPARE(BacktestHeadline::describe(&empty, &empty), QStringLiteral("Back-test: no outcomes to back-test"));
    QCOMPARE(BacktestHeadline::describe(nullptr, nullptr), QStringLiteral("Back-test: computing…"));
}

void TestBacktestHeadline::catches_data()
{
    QTest::addColumn<int>("currentTier");
    QTest::addColumn<int>("baselineTier");   // -2: not evaluated under the baseline
    QTest::addColumn<bool>("churned");
    QTest::addColumn<int>("caught");
    QTest::addColumn<int>("lost");

    QTest::newRow("newly worst") << 0 << 1 << true << 1 << 0;
    QTest::newRow("no longer worst") << 2 << 0 << true << 0 << 1;
    QTest::newRow("worst in both") << 0 << 0 << true << 0 << 0;
    QTest::newRow("worst in neither") << 1 << 2 << true << 0 << 0;
    QTest::newRow("retained newly worst") << 0 << 1 << false << 0 << 0;
    QTest::newRow("retained no longer worst") << 1 << 0 << false << 0 << 0;
    QTest::newRow("missing under baseline") << 0 << -2 << true << 1 << 0;
    QTest::newRow("unscored now") << -1 << 0 << true << 0 << 1;
}

void TestBacktestHeadline::catches()
{
    QFETCH(int, currentTier);
    QFETCH(int, baselineTier);
    QFETCH(bool, churned);
    QFETCH(int, caught);
    QFETCH(int, lost);

    BacktestResult current;
    BacktestResult baseline;
    // A second account on another date, same tiers in both: never listed.
    current.samples.push_back(sample(QStringLiteral("B"), 5, 0, true));
    baseline.samples.push_back(sample(QStringLiteral("B"), 5, 0, true));
    current.samples.push_back(sample(QStringLiteral("A"), 10, currentTier, churned));
    if (baselineTier != -2)
        baseline.samples.push_back(sample(QStringLiteral("A"), 10, baselineTier, churned));
    // Same account, other outcome date, flagged only under the baseline... but retained: ignored.
    baseline.samples.push_back(sample(QStringLiteral("A"), 40, 0, false));

    const ChurnCatches c = BacktestHeadline::catches(current, baseline);
    QCOMPARE(int(c.caught.size()), caught);
    QCOMPARE(int(c.lost.size()), lost);
    for (const ChurnCatch &e : c.caught) {
        QCOMPARE(e.accountId, QStringLiteral("A"));
        QCOMPARE(e.outcomeDate, QDate(2026, 1, 11));
        QCOMPARE(e.currentTier, currentTier);
        QCOMPARE(e.baselineTier, baselineTier == -2 ? -1 : baselineTier);
    }
    for (const ChurnCatch &e : c.lost) {
        QCOMPARE(e.accountId, QStringLiteral("A"));
        QCOMPARE(e.baselineTier, baselineTier);
        QCOMPARE(e.currentTier, currentTier);
    }
}

QTEST_MAIN(TestBacktestHeadline)
#include "tst_backtestheadline.moc"
