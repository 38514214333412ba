// The model designer on the real widgets (offscreen), on a small demo workspace. Expected figures
// come from a separate ScoringEngine given the same model: the page must show exactly what the
// engine computes.
#include "analysis/backtestjson.h"
#include "charts/histogramchart.h"
#include "charts/tierbarschart.h"
#include "demo/demogenerator.h"
#include "account/overridedialog.h"
#include "designer/accountspane.h"
#include "designer/backtestheadline.h"
#include "designer/comparedialog.h"
#include "designer/conditionsdialog.h"
#include "designer/explanationview.h"
#include "designer/saveversiondialog.h"
#include "designer/tieredgeseditor.h"
#include "designer/rulesummary.h"
#include "designer/weightspanel.h"
#include "engine/designersession.h"
#include "itemmodels/accountfilterproxy.h"
#include "itemmodels/accountsmodel.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "pages/designerpage.h"
#include "session/workspacesession.h"
#include "store/datafingerprint.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tierlab;
using namespace tierlab::ui;

namespace {

ScoreSummary expectedSummary(const Model &model, const std::shared_ptr<const Dataset> &data)
{
    ScoringEngine engine;
    engine.setThreadCount(1);
    if (!engine.setModel(model) || !engine.setDataset(data))
        return {};
    return engine.summary();
}

QString shareOf(double w, double total)
{
    const double share = w / total;
    return QLocale().toString(share * 100.0, 'f', share * 100.0 < 9.95 && share > 0 ? 1 : 0) + QStringLiteral(" %");
}

} // namespace

class TestDesignerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsWorkspace();
    void sliderDragChangesSharesAndCounts();
    void keyboardStepIsOneUndoStep();
    void undoRestoresCounts();
    void thresholdDragChangesTiers();
    void typedTierEdgeIsExactAndUndoable();
    void typedTierEdgeOutOfOrderRefused();
    void lockRebalancesOthers();
    void normaliseToHundred();
    void selectingAccountShowsExplanation();
    void accountsFilterByTier();
    void contextMenuSetsAndClearsOverride();
    void saveVersionAndSwitchBack();
    void saveVersionTakesNote();
    void modelFileRoundTrip();
    void exportModelWithMetadata();
    void tamperedModelFileRefused();
    void conditionsEditorKeepsUntouchedRows();
    void compareShowsTransitions();
    void asOfSwitchReloads();

private:
    void waitLoaded();

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<DesignerPage> m_page;
};

void TestDesignerPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = m_dir.filePath(QStringLiteral("designer.tierlab"));
    auto made = DemoGenerator::generateFile(m_workspace, DemoOptions{300, 12, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void TestDesignerPage::init()
{
    // A fresh copy per test: versions saved by one test must not leak into the next.
    const QString copy = m_dir.filePath(QStringLiteral("%1.tierlab").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_workspace, copy));
    m_page = std::make_unique<DesignerPage>();
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setWorkspace(copy);
    waitLoaded();
}

void TestDesignerPage::cleanup()
{
    m_page.reset();
}

void TestDesignerPage::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 30000);
    QVERIFY(m_page->session()->hasData());
}

void TestDesignerPage::loadsWorkspace()
{
    DesignerSession *s = m_page->session();
    auto ws = Workspace::open(m_workspace);
    QVERIFY(ws);
    auto latest = (*ws)->loadLatestSnapshot();
    QVERIFY(latest);
    QVERIFY(latest->size() > 200);   // churned accounts have no snapshot at the end
    QCOMPARE(s->dataset()->size(), latest->size());
    QCOMPARE(s->dataset()->accountIds, latest->accountIds);
    QCOMPARE(m_page->asOf(), QDate(2026, 11, 2));
    QVERIFY(m_page->versions().empty());
    QVERIFY(!m_page->isDirty());
    QCOMPARE(m_page->undoStack()->count(), 0);
    const ScoreSummary want = expectedSummary(s->model(), s->dataset());
    QCOMPARE(s->current().summary().tierCounts, want.tierCounts);
    QCOMPARE(m_page->histogramChart()->barTotal(), want.scored);
    QCOMPARE(m_page->tierBarsChart()->unscoredText(), TierBarsChart::tr("%n account(s) unscored", nullptr, int(want.unscored)));
    QAbstractItemModelTester modelTester(m_page->accountsPane()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->accountsPane()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(std::size_t(m_page->accountsPane()->proxy()->rowCount()), latest->size());
}

void TestDesignerPage::sliderDragChangesSharesAndCounts()
{
    DesignerSession *s = m_page->session();
    QVERIFY(s->model().categories.size() >= 2);
    QSlider *slider = m_page->weightsPanel()->categorySlider(0);
    QVERIFY(slider);
    Model want = s->model();
    const double target = want.categories[0].weight * 2 + 3;
    want.categories[0].weight = target;
    // A drag goes through many values; only the last counts, and it is one undo step.
    slider->setSliderDown(true);
    for (int step = 1; step <= 5; ++step)
        slider->setValue(int(std::lround((want.categories[0].weight - 3 + step * 0.6) * WeightsPanel::kSliderScale)));
    slider->setValue(int(std::lround(target * WeightsPanel::kSliderScale)));
    slider->setSliderDown(false);
    QCOMPARE(s->model().categories[0].weight, target);
    QCOMPARE(m_page->undoStack()->count(), 1);
    QVERIFY(m_page->isDirty());
    double total = 0;
    for (const Category &c : want.categories)
        total += c.weight;
    for (int c = 0; c < int(want.categories.size()); ++c)
        QCOMPARE(m_page->weightsPanel()->shareText(c), shareOf(want.categories[std::size_t(c)].weight, total));
    QCOMPARE(m_page->weightsPanel()->categorySpin(0)->value(), target);
    const ScoreSummary expected = expectedSummary(want, s->dataset());
    QCOMPARE(s->current().summary().tierCounts, expected.tierCounts);
    QCOMPARE(s->current().summary().unscored, expected.unscored);
    QCOMPARE(m_page->histogramChart()->barTotal(), expected.scored);
}

void TestDesignerPage::keyboardStepIsOneUndoStep()
{
    DesignerSession *s = m_page->session();
    QSlider *slider = m_page->weightsPanel()->categorySlider(1);
    const double before = s->model().categories[1].weight;
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(s->model().categories[1].weight, before + 1);
    QCOMPARE(m_page->undoStack()->count(), 1);
    m_page->undoStack()->undo();
    QCOMPARE(s->model().categories[1].weight, before);
    QCOMPARE(slider->value(), int(std::lround(before * WeightsPanel::kSliderScale)));
}

void TestDesignerPage::undoRestoresCounts()
{
    DesignerSession *s = m_page->session();
    const ScoreSummary original = s->current().summary();
    const Model originalModel = s->model();
    QDoubleSpinBox *spin = m_page->weightsPanel()->categorySpin(0);
    spin->setValue(0);
    QCOMPARE(s->model().categories[0].weight, 0.0);
    const ScoreSummary edited = s->current().summary();
    QCOMPARE(edited.tierCounts, expectedSummary(s->model(), s->dataset()).tierCounts);
    m_page->undoStack()->undo();
    QCOMPARE(s->model(), originalModel);
    QCOMPARE(s->current().summary().tierCounts, original.tierCounts);
    QCOMPARE(spin->value(), originalModel.categories[0].weight);
    QVERIFY(!m_page->isDirty());
    m_page->undoStack()->redo();
    QCOMPARE(s->current().summary().tierCounts, edited.tierCounts);
}

void TestDesignerPage::thresholdDragChangesTiers()
{
    DesignerSession *s = m_page->session();
    HistogramChart *chart = m_page->histogramChart();
    QVERIFY(s->model().tiers.size() >= 3);
    chart->replot();   // lays out the axes so pixels map to scores
    const int tier = 1;
    const double from = s->model().tiers[tier].min;
    const double to = from + 8;
    const int y = chart->height() / 2;
    QTest::mousePress(chart, Qt::LeftButton, {}, QPoint(int(std::lround(chart->thresholdPixel(tier))), y));
    QTest::mouseMove(chart, QPoint(int(std::lround(chart->xAxis->coordToPixel(to - 3))), y));
    QTest::mouseMove(chart, QPoint(int(std::lround(chart->xAxis->coordToPixel(to))), y));
    QTest::mouseRelease(chart, Qt::LeftButton, {}, QPoint(int(std::lround(chart->xAxis->coordToPixel(to))), y));
    const double moved = s->model().tiers[tier].min;
    QVERIFY2(std::abs(moved - to) <= 0.5, qPrintable(QStringLiteral("moved to %1, wanted %2").arg(moved).arg(to)));
    QCOMPARE(m_page->undoStack()->count(), 1);
    const ScoreSummary expected = expectedSummary(s->model(), s->dataset());
    QCOMPARE(s->current().summary().tierCounts, expected.tierCounts);
    m_page->undoStack()->undo();
    QCOMPARE(s->model().tiers[tier].min, from);
}

void TestDesignerPage::typedTierEdgeIsExactAndUndoable()
{
    DesignerSession *s = m_page->session();
    QVERIFY(s->model().tiers.size() >= 3);
    const int tier = int(s->model().tiers.size()) - 1;
    const double from = s->model().tiers[std::size_t(tier)].min;
    const double typed = from < 87 ? 87.1 : 31.1;   // keeps the order: the seeds' top tier starts below 87
    QVERIFY(typed > s->model().tiers[std::size_t(tier - 1)].min);
    QDoubleSpinBox *spin = m_page->tierEdgesEditor()->edgeSpin(tier);
    QVERIFY(spin);
    QCOMPARE(spin->value(), from);
    QSignalSpy edited(m_page->tierEdgesEditor(), &TierEdgesEditor::edgeEdited);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QLocale().toString(typed, 'f', 1));
    QCOMPARE(edited.count(), 0);   // not while typing
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(s->model().tiers[std::size_t(tier)].min, typed);   // exactly, not 87.10000000000001
    QCOMPARE(QString::fromUtf8(ModelFile::toJson(s->model())).contains(QStringLiteral("87.1000")), false);
    QCOMPARE(m_page->undoStack()->count(), 1);
    const ScoreSummary expected = expectedSummary(s->model(), s->dataset());
    QCOMPARE(s->current().summary().tierCounts, expected.tierCounts);
    // The arrow keys step by half a point, one undo step each.
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(s->model().tiers[std::size_t(tier)].min, typed - 0.5);
    QCOMPARE(m_page->undoStack()->count(), 2);
    m_page->undoStack()->undo();
    m_page->undoStack()->undo();
    QCOMPARE(s->model().tiers[std::size_t(tier)].min, from);
    QCOMPARE(spin->value(), from);
}

void TestDesignerPage::typedTierEdgeOutOfOrderRefused()
{
    DesignerSession *s = m_page->session();
    QVERIFY(s->model().tiers.size() >= 3);
    const std::vector<Tier> tiers = s->model().tiers;
    TierEdgesEditor *editor = m_page->tierEdgesEditor();
    QVERIFY(!editor->edgeSpin(0));   // the first tier starts at 0, always
    QDoubleSpinBox *spin = editor->edgeSpin(2);
    QSignalSpy edited(editor, &TierEdgesEditor::edgeEdited);
    QSignalSpy problem(editor, &TierEdgesEditor::problem);
    spin->setFocus();
    spin->selectAll();
    // Below the tier under it: refused, the box shows the model's value again.
    QTest::keyClicks(spin, QLocale().toString(tiers[1].min - 1, 'f', 1));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(problem.count(), 1);
    QVERIFY(!editor->problemText().isEmpty());
    QCOMPARE(s->model().tiers, tiers);
    QCOMPARE(spin->value(), tiers[2].min);
    QCOMPARE(m_page->undoStack()->count(), 0);
    // Equal to it: refused too (strictly increasing).
    QVERIFY(!editor->problemWith(2, tiers[1].min).isEmpty());
    QVERIFY(editor->problemWith(2, (tiers[1].min + tiers[2].min) / 2).isEmpty());
}

void TestDesignerPage::lockRebalancesOthers()
{
    DesignerSession *s = m_page->session();
    const Model before = s->model();
    QVERIFY(before.categories.size() >= 3);
    double total = 0;
    for (const Category &c : before.categories)
        total += c.weight;
    m_page->weightsPanel()->setCategoryLocked(1, true);
    m_page->weightsPanel()->categorySpin(0)->setValue(before.categories[0].weight / 2);
    const Model after = s->model();
    QCOMPARE(after.categories[1].weight, before.categories[1].weight);
    QCOMPARE(after.categories[0].weight, before.categories[0].weight / 2);
    double newTotal = 0;
    for (const Category &c : after.categories)
        newTotal += c.weight;
    QVERIFY(std::abs(newTotal - total) < 1e-9);
}

void TestDesignerPage::normaliseToHundred()
{
    DesignerSession *s = m_page->session();
    m_page->normaliseWeights();
    double total = 0;
    for (const Category &c : s->model().categories)
        total += c.weight;
    QVERIFY(std::abs(total - 100) < 1e-9);
    QCOMPARE(s->current().summary().tierCounts, expectedSummary(s->model(), s->dataset()).tierCounts);
}

void TestDesignerPage::selectingAccountShowsExplanation()
{
    DesignerSession *s = m_page->session();
    int row = -1;
    for (std::size_t r = 0; r < s->dataset()->size(); ++r)
        if (s->current().tiers()[r] >= 0) {
            row = int(r);
            break;
        }
    QVERIFY(row >= 0);
    const QString id = s->dataset()->accountIds[std::size_t(row)];
    QVERIFY(m_page->accountsPane()->selectAccount(id));
    QCOMPARE(m_page->accountsPane()->currentSourceRow(), row);
    const QString headline = m_page->explanationView()->headline();
    QVERIFY2(headline.contains(id), qPrintable(headline));
    QVERIFY(headline.contains(QLocale().toString(s->current().scores()[std::size_t(row)], 'f', 1)));
    QCOMPARE(m_page->explanationView()->signalRows(), int(s->model().signals.size()));
}

void TestDesignerPage::accountsFilterByTier()
{
    DesignerSession *s = m_page->session();
    AccountFilterProxy *proxy = m_page->accountsPane()->proxy();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy->setTierFilter(0);
    QCOMPARE(std::int64_t(proxy->rowCount()), s->current().summary().tierCounts[0]);
    proxy->setTierFilter(-1);
    QCOMPARE(std::int64_t(proxy->rowCount()), s->current().summary().unscored);
    proxy->setTierFilter(AccountFilterProxy::kAnyTier);
    QCOMPARE(std::size_t(proxy->rowCount()), s->dataset()->size());
}

// A CSM override from the accounts table: the context menu opens the dialog on the row, the table marks
// the account once it is stored, and Clear Override (enabled only then) ends it.
void TestDesignerPage::contextMenuSetsAndClearsOverride()
{
    AccountsPane *pane = m_page->accountsPane();
    QTableView *view = pane->view();
    const QModelIndex first = pane->proxy()->index(0, AccountsModel::AccountColumn);
    const int row = pane->proxy()->mapToSource(first).row();
    const QString id = pane->model()->text(row, AccountsModel::AccountColumn);
    QCOMPARE(pane->model()->manualOverride(row), QString());
    const auto openMenu = [&]() -> QMenu * {
        Q_EMIT view->customContextMenuRequested(view->visualRect(first).center());
        QMenu *menu = view->findChild<QMenu *>(QStringLiteral("accountsContextMenu"));
        if (menu)
            menu->setObjectName(QString());   // the next lookup finds the next menu
        return menu;
    };
    const auto action = [](QMenu *menu, const QString &text) -> QAction * {
        for (QAction *a : menu->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    };
    QMenu *menu = openMenu();
    QVERIFY(menu);
    QCOMPARE(view->currentIndex().row(), first.row());
    QAction *clear = action(menu, AccountsPane::tr("C&lear Override"));
    QVERIFY(clear && !clear->isEnabled());
    QAction *set = action(menu, AccountsPane::tr("Set CSM &Override…"));
    QVERIFY(set && set->isEnabled());
    set->trigger();
    menu->close();
    auto *dialog = pane->findChild<OverrideDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *tier = dialog->findChild<QComboBox *>(QStringLiteral("overrideTier"));
    // The designer's model is the one in force here: nothing is published.
    QCOMPARE(tier->count(), int(m_page->session()->model().tiers.size()));
    tier->setCurrentIndex(0);
    dialog->findChild<QLineEdit *>(QStringLiteral("overrideReason"))->setText(QStringLiteral("champion left"));
    dialog->accept();
    auto ws = Workspace::open(m_page->workspaceSession()->path());
    QVERIFY(ws);
    auto stored = (*ws)->manualOverrides();
    QVERIFY(stored);
    QCOMPARE(stored->size(), std::size_t(1));
    QCOMPARE(stored->front().accountId, id);
    QCOMPARE(stored->front().reason, QStringLiteral("champion left"));
    // Set today, it applies from the next week on: the shown week (2 Nov 2026) keeps its score unmarked.
    QCOMPARE(pane->model()->manualOverride(row), QString());

    menu = openMenu();
    QVERIFY(menu);
    clear = action(menu, AccountsPane::tr("C&lear Override"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    menu->close();
    stored = (*ws)->manualOverrides();
    QVERIFY(stored && stored->size() == 1);
    QVERIFY(stored->front().cleared.isValid());
    menu = openMenu();
    QVERIFY(menu && !action(menu, AccountsPane::tr("C&lear Override"))->isEnabled());
    menu->close();

    // One created before the shown week is marked on the row as soon as it is stored.
    ManualOverrideRecord earlier;
    earlier.accountId = id;
    earlier.tierId = m_page->session()->model().tiers.front().id;
    earlier.reason = QStringLiteral("exec sponsor gone");
    earlier.author = QStringLiteral("ann");
    earlier.created = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(m_page->workspaceSession()->setManualOverride(earlier));
    QVERIFY(pane->model()->manualOverride(row).contains(QStringLiteral("exec sponsor gone")));
    QVERIFY(first.data(AccountsModel::ManualOverrideRole).toString().contains(QStringLiteral("exec sponsor gone")));
}

void TestDesignerPage::saveVersionAndSwitchBack()
{
    DesignerSession *s = m_page->session();
    QSignalSpy dirty(m_page.get(), &DesignerPage::dirtyChanged);
    QVERIFY(m_page->saveVersion(QStringLiteral("v1")));
    const Model v1 = s->model();
    QCOMPARE(m_page->versions().size(), std::size_t(1));
    QVERIFY(!m_page->isDirty());
    QVERIFY(!m_page->saveVersion(QStringLiteral("  ")));

    m_page->weightsPanel()->categorySpin(0)->setValue(v1.categories[0].weight + 5);
    QVERIFY(m_page->isDirty());
    QVERIFY(dirty.count() >= 1);
    QVERIFY(m_page->saveVersion(QStringLiteral("v2")));
    QCOMPARE(m_page->versions().size(), std::size_t(2));
    QCOMPARE(m_page->versions().front().name, QStringLiteral("v2"));

    const std::int64_t v1Id = m_page->versions().back().id;
    QVERIFY(m_page->switchToVersion(v1Id));
    QCOMPARE(s->model(), v1);
    QCOMPARE(s->baselineName(), QStringLiteral("v1"));
    QVERIFY(!m_page->isDirty());
    QCOMPARE(s->current().summary().tierCounts, expectedSummary(v1, s->dataset()).tierCounts);
    QVERIFY(!m_page->switchToVersion(9999));

    // A fresh page on the same workspace starts from the newest version (v2).
    DesignerPage again;
    again.setWorkspace(s->dataset() ? m_dir.filePath(QStringLiteral("saveVersionAndSwitchBack.tierlab")) : QString());
    QTRY_VERIFY_WITH_TIMEOUT(!again.isLoading(), 30000);
    QCOMPARE(again.session()->baselineName(), QStringLiteral("v2"));
    QCOMPARE(again.session()->model().categories[0].weight, v1.categories[0].weight + 5);
}

void TestDesignerPage::saveVersionTakesNote()
{
    auto *title = m_page->findChild<QLabel *>(QStringLiteral("modelLabel"));
    QVERIFY(title);
    QVERIFY(m_page->session()->setCategoryWeight(0, m_page->session()->model().categories[0].weight + 5));
    QVERIFY(title->text().endsWith(QStringLiteral(" (edited)")));
    m_page->chooseVersionNameAndSave();
    auto *dialog = m_page->findChild<SaveVersionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->nameEdit()->clear();
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());   // a version needs a name
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Noted"));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Raised the first weight"));
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!m_page->versions().empty());
    QCOMPARE(m_page->versions().front().name, QStringLiteral("Noted"));
    QCOMPARE(m_page->versions().front().note, QStringLiteral("Raised the first weight"));
    // The title names the version being edited, and no longer says "edited".
    QVERIFY2(title->text().contains(QStringLiteral("\"Noted\"")), qPrintable(title->text()));
    QVERIFY(!title->text().endsWith(QStringLiteral(" (edited)")));
}

void TestDesignerPage::modelFileRoundTrip()
{
    DesignerSession *s = m_page->session();
    const Model original = s->model();
    const QString path = m_dir.filePath(QStringLiteral("designer-model.json"));
    QVERIFY(m_page->saveModelFile(path));
    m_page->weightsPanel()->categorySpin(0)->setValue(original.categories[0].weight + 7);
    QVERIFY(s->model() != original);
    QVERIFY(m_page->openModelFile(path));
    QCOMPARE(ModelFile::toJson(s->model()), ModelFile::toJson(original));
    QCOMPARE(m_page->undoStack()->count(), 2);

    // A model naming a column this workspace lacks is refused; the current model stays.
    Model bad = original;
    bad.signals[0].column = QStringLiteral("no_such_column");
    const QString badPath = m_dir.filePath(QStringLiteral("bad-model.json"));
    QVERIFY(ModelFile::save(bad, badPath));
    const auto refused = m_page->openModelFile(badPath);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("no_such_column")));
    QCOMPARE(ModelFile::toJson(s->model()), ModelFile::toJson(original));
    QVERIFY(!m_page->openModelFile(m_dir.filePath(QStringLiteral("missing.json"))));
}

void TestDesignerPage::exportModelWithMetadata()
{
    DesignerSession *s = m_page->session();
    BacktestHeadline *headline = m_page->backtestHeadline();
    QTRY_VERIFY_WITH_TIMEOUT(!headline->isBusy() && headline->currentResult(), 60000);
    const auto result = headline->currentResult();
    QVERIFY(result->outcomes > 0);
    const Model original = s->model();
    const QString path = m_dir.filePath(QStringLiteral("exported-model.json"));
    QSignalSpy status(m_page.get(), &DesignerPage::statusMessage);
    const auto exported = m_page->exportModelFile(path);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));

    ModelMetadata meta;
    const auto imported = ModelExport::importFile(path, &meta);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    const QString sha = ModelExport::canonicalSha256(original);
    QCOMPARE(meta.sha256, sha);
    QCOMPARE(meta.name, original.name);
    QCOMPARE(meta.author, ModelExport::currentUser());
    QVERIFY(meta.createdAt.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("exportModelWithMetadata.tierlab")));
    QVERIFY(ws);
    const auto fingerprint = dataFingerprint(**ws);
    QVERIFY(fingerprint);
    QCOMPARE(meta.dataFingerprint, *fingerprint);
    // The headline's figures for this model (no bootstrap there: auc_ci is null).
    QCOMPARE(meta.backtest, backtestSummaryJson(*result));
    QCOMPARE(meta.backtest.value(QStringLiteral("n")).toInteger(), result->n);
    QVERIFY(meta.backtest.value(QStringLiteral("auc_ci")).isNull());
    QCOMPARE(status.count(), 1);
    QVERIFY2(status.first().first().toString().contains(sha), qPrintable(status.first().first().toString()));

    // Edited: the headline's figures belong to the old weights, so an export now carries none.
    m_page->weightsPanel()->categorySpin(0)->setValue(original.categories[0].weight + 7);
    QVERIFY(s->model() != original);
    const QString editedPath = m_dir.filePath(QStringLiteral("exported-edited.json"));
    QVERIFY(m_page->exportModelFile(editedPath));
    ModelMetadata editedMeta;
    QVERIFY(ModelExport::importFile(editedPath, &editedMeta));
    QVERIFY(editedMeta.backtest.isEmpty());
    QCOMPARE(editedMeta.sha256, ModelExport::canonicalSha256(s->model()));
    QVERIFY(editedMeta.sha256 != sha);

    // Opened back: the exported weights again, without the file's metadata.
    QVERIFY(m_page->openModelFile(path));
    QCOMPARE(ModelFile::toJson(s->model()), ModelFile::toJson(original));
    QVERIFY(!s->model().extra.contains("metadata"));
}

void TestDesignerPage::tamperedModelFileRefused()
{
    DesignerSession *s = m_page->session();
    const Model original = s->model();
    const QString path = m_dir.filePath(QStringLiteral("to-tamper.json"));
    QVERIFY(m_page->exportModelFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    // One category weight changed by hand after the export.
    const QByteArray weight = "\"weight\": ";
    const qsizetype at = text.indexOf(weight);
    QVERIFY(at > 0);
    text.insert(at + weight.size(), "1");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QVERIFY(ModelFile::load(path));   // still a valid model file: only the hash tells

    QSignalSpy status(m_page.get(), &DesignerPage::statusMessage);
    const auto refused = m_page->openModelFile(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Corrupt);
    QVERIFY2(refused.error().message.contains(path) && refused.error().message.contains(QStringLiteral("sha256")),
             qPrintable(refused.error().message));
    QCOMPARE(ModelFile::toJson(s->model()), ModelFile::toJson(original));
    QCOMPARE(m_page->undoStack()->count(), 0);
    QCOMPARE(status.count(), 0);
}

void TestDesignerPage::conditionsEditorKeepsUntouchedRows()
{
    Penalty p;
    p.id = QStringLiteral("open_p1_tickets");
    p.op = CompareOp::GreaterEqual;
    p.value.number = 1;
    p.points = 15;
    p.label = QStringLiteral("P1 open");
    Override o;
    o.id = QStringLiteral("champion_gone");
    o.column = QStringLiteral("champion_left");
    o.op = CompareOp::Equal;
    o.value.type = RuleValue::Type::Bool;
    o.value.flag = true;
    o.cap = 39;
    o.reason = QStringLiteral("Champion left");
    ConditionsDialog dialog({p}, {o});
    QCOMPARE(dialog.penalties(), std::vector<Penalty>{p});
    QCOMPARE(dialog.overrides(), std::vector<Override>{o});
    dialog.addRow(false);
    QCOMPARE(dialog.penalties().size(), std::size_t(2));
    QCOMPARE(ConditionsDialog::parseValue(QStringLiteral("yes")).type, RuleValue::Type::Bool);
    QCOMPARE(ConditionsDialog::parseValue(QStringLiteral(" 2.5 ")).number, 2.5);
    QCOMPARE(ConditionsDialog::parseValue(QStringLiteral("Monthly")).text, QStringLiteral("Monthly"));

    // Applied through the session, the penalty takes points off exactly as the engine says.
    DesignerSession *s = m_page->session();
    Model m = s->model();
    m.penalties = {p};
    m.overrides = {o};
    QVERIFY(s->applyModel(m));
    QCOMPARE(s->current().summary().tierCounts, expectedSummary(m, s->dataset()).tierCounts);
    QVERIFY(RuleSummary::condition(o).contains(QStringLiteral("Champion left")));
}

void TestDesignerPage::compareShowsTransitions()
{
    DesignerSession *s = m_page->session();
    QVERIFY(s->setTierMin(2, std::min(99.0, s->model().tiers[2].min + 10)));
    const TierTransitions t = s->transitions();
    QVERIFY(t.changed() > 0);
    m_page->showComparison();
    auto *dialog = m_page->findChild<CompareDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->cellText(2, 1).startsWith(QStringLiteral("%1 account").arg(QLocale().toString(qlonglong(t.accountsAt(2, 1))))));
    QVERIFY(dialog->summaryText().contains(QLocale().toString(qlonglong(t.changed()))));
    dialog->close();
}

void TestDesignerPage::asOfSwitchReloads()
{
    m_page->setAsOf(QDate(2026, 11, 2).addDays(-7 * 5));
    waitLoaded();
    QCOMPARE(m_page->asOf(), QDate(2026, 11, 2).addDays(-7 * 5));
    DesignerSession *s = m_page->session();
    QCOMPARE(s->current().summary().tierCounts, expectedSummary(s->model(), s->dataset()).tierCounts);
    // Latest wins: of two quick requests only the second is shown.
    m_page->setAsOf(QDate(2026, 11, 2).addDays(-7 * 3));
    m_page->setAsOf(QDate(2026, 11, 2).addDays(-7));
    waitLoaded();
    QCOMPARE(m_page->asOf(), QDate(2026, 11, 2).addDays(-7));
}

QTEST_MAIN(TestDesignerPage)
#include "tst_designerpage.moc"
