// WeightsPanel's structure edits: each emits the whole edited model (checked by the validator) or is
// refused with a reason; in the designer page each is one undo step that undo and redo restore
// exactly. Driven through the real rows: keys on the focused row, the tier dialog's typed text.
#include "demo/demogenerator.h"
#include "designer/tierdialog.h"
#include "designer/weightspanel.h"
#include "engine/designersession.h"
#include "model/modelfile.h"
#include "pages/designerpage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace tierlab;
using namespace tierlab::ui;

namespace {

Model smallModel()
{
    auto m = ModelFile::fromJson(R"({"format":"tierlab-model","version":1,
        "categories":[{"id":"usage","label":"Usage","weight":60},{"id":"support","label":"Support","weight":40}],
        "signals":[{"id":"logins","category":"usage","label":"Logins","rule":{"kind":"linear","worst":0,"best":10}},
                   {"id":"seats","category":"usage","label":"Seats","rule":{"kind":"linear","worst":0,"best":1}},
                   {"id":"tickets","category":"support","label":"Tickets","rule":{"kind":"linear","worst":9,"best":0}}],
        "penalties":[{"id":"many_tickets","column":"tickets","label":"Many tickets","op":">=","value":5,"points":10}],
        "tiers":[{"id":"red","label":"At risk","min":0},{"id":"green","label":"Healthy","min":60}]})");
    if (!m)
        qFatal("bad test model: %s", qPrintable(m.error().message));
    return *m;
}

Model lastEdit(const QSignalSpy &spy)
{
    return spy.last().at(0).value<Model>();
}

} // namespace

class TestWeightsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addCategory();
    void renameAndRemoveCategory();
    void reorderCategoriesByKeyboard();
    void reorderSignalsWithinTheirCategory();
    void moveSignalToAnotherCategory();
    void removeSignalUsedByPenaltyRefused();
    void tiersTwoToFive();
    void tierTypedMinStaysAsTyped();
    void pageAddUndoRedo();
    void pageReorderByKeyboardUndo();
    void pageRemoveTierUndo();

private:
    DesignerPage *openPage();

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<WeightsPanel> m_panel;
    std::unique_ptr<QSignalSpy> m_spy;
    std::unique_ptr<DesignerPage> m_page;
};

void TestWeightsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = m_dir.filePath(QStringLiteral("panel.tierlab"));
    auto made = DemoGenerator::generateFile(m_workspace, DemoOptions{200, 8, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void TestWeightsPanel::init()
{
    m_panel = std::make_unique<WeightsPanel>();
    m_panel->resize(360, 700);
    m_panel->setModel(smallModel());
    m_panel->show();
    // Keys reach a row's shortcuts only in the active window.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_spy = std::make_unique<QSignalSpy>(m_panel.get(), &WeightsPanel::structureEdited);
    // As the page does: the edited model comes back.
    connect(m_panel.get(), &WeightsPanel::structureEdited, m_panel.get(), [this](const Model &m) { m_panel->setModel(m); });
}

void TestWeightsPanel::cleanup()
{
    m_spy.reset();
    m_panel.reset();
    m_page.reset();
}

void TestWeightsPanel::addCategory()
{
    QCOMPARE(m_panel->addCategory(QStringLiteral("  ")), WeightsPanel::tr("A category needs a name."));
    QCOMPARE(m_spy->count(), 0);
    QCOMPARE(m_panel->addCategory(QStringLiteral("Voice of customer")), QString());
    QCOMPARE(m_spy->count(), 1);
    const Model m = lastEdit(*m_spy);
    QCOMPARE(m.categories.size(), std::size_t(3));
    QCOMPARE(m.categories[2].id, QStringLiteral("voice_of_customer"));
    QCOMPARE(m.categories[2].label, QStringLiteral("Voice of customer"));
    QCOMPARE(m.categories[2].weight, 0.0);   // changes no score until given a weight
    QCOMPARE(m_spy->last().at(1).toString(), WeightsPanel::tr("Add category %1").arg(QStringLiteral("Voice of customer")));
    QVERIFY(m_panel->categorySlider(2));
    // The same name again gets an id of its own.
    QCOMPARE(m_panel->addCategory(QStringLiteral("Voice of customer")), QString());
    QCOMPARE(lastEdit(*m_spy).categories[3].id, QStringLiteral("voice_of_customer_2"));
}

void TestWeightsPanel::renameAndRemoveCategory()
{
    QCOMPARE(m_panel->renameCategory(1, QStringLiteral("Help desk")), QString());
    QCOMPARE(lastEdit(*m_spy).categories[1].label, QStringLiteral("Help desk"));
    QCOMPARE(lastEdit(*m_spy).categories[1].id, QStringLiteral("support"));   // ids stay: signals refer to them
    // A category with signals is not removed from under them.
    QVERIFY(m_panel->removeCategory(1).contains(QStringLiteral("Help desk")));
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(m_panel->addCategory(QStringLiteral("Spare")), QString());
    QCOMPARE(m_panel->removeCategory(2), QString());
    QCOMPARE(lastEdit(*m_spy).categories.size(), std::size_t(2));
}

void TestWeightsPanel::reorderCategoriesByKeyboard()
{
    QSlider *slider = m_panel->categorySlider(1);
    slider->setFocus();
    QTRY_VERIFY(slider->hasFocus());
    QTest::keyClick(slider, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_spy->count(), 1);
    Model m = lastEdit(*m_spy);
    QCOMPARE(m.categories[0].id, QStringLiteral("support"));
    QCOMPARE(m.categories[1].id, QStringLiteral("usage"));
    // The moved row keeps the keyboard: Alt+Down takes it back.
    QTRY_VERIFY(m_panel->categorySlider(0)->hasFocus());
    QTest::keyClick(m_panel->categorySlider(0), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_spy->count(), 2);
    QCOMPARE(lastEdit(*m_spy), smallModel());
    // Already last: nothing to do.
    QTest::keyClick(m_panel->categorySlider(1), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_spy->count(), 2);
}

void TestWeightsPanel::reorderSignalsWithinTheirCategory()
{
    m_panel->setExpanded(0, true);
    QSlider *seats = m_panel->signalSlider(1);
    seats->setFocus();
    QTRY_VERIFY(seats->hasFocus());
    QTest::keyClick(seats, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_spy->count(), 1);
    const Model m = lastEdit(*m_spy);
    QCOMPARE(m.signals[0].id, QStringLiteral("seats"));
    QCOMPARE(m.signals[1].id, QStringLiteral("logins"));
    // "tickets" is alone in its category: it does not move into another one.
    QCOMPARE(m_panel->moveSignal(2, -1), QString());
    QCOMPARE(m_spy->count(), 1);
}

void TestWeightsPanel::moveSignalToAnotherCategory()
{
    QCOMPARE(m_panel->setSignalCategory(0, 1), QString());
    QCOMPARE(lastEdit(*m_spy).signals[0].category, QStringLiteral("support"));
    QCOMPARE(m_panel->renameSignal(0, QStringLiteral("Logins a week")), QString());
    QCOMPARE(lastEdit(*m_spy).signals[0].label, QStringLiteral("Logins a week"));
}

void TestWeightsPanel::removeSignalUsedByPenaltyRefused()
{
    const QString why = m_panel->removeSignal(2);
    QVERIFY2(why.contains(QStringLiteral("Many tickets")), qPrintable(why));
    QCOMPARE(m_spy->count(), 0);
    QCOMPARE(m_panel->removeSignal(1), QString());
    QCOMPARE(lastEdit(*m_spy).signals.size(), std::size_t(2));
}

void TestWeightsPanel::tiersTwoToFive()
{
    QVERIFY(!m_panel->removeTier(0).isEmpty());   // two is the fewest
    QCOMPARE(m_spy->count(), 0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_panel->addTier(Tier{QStringLiteral("t%1").arg(i), QStringLiteral("T%1").arg(i), {}, 70.0 + 10 * i, {}}), QString());
    QCOMPARE(lastEdit(*m_spy).tiers.size(), std::size_t(5));
    QVERIFY(!m_panel->addTier(Tier{QStringLiteral("t9"), {}, {}, 99, {}}).isEmpty());   // five is the most
    QCOMPARE(m_spy->count(), 3);
    // A tier that does not fit between the others: the validator says why.
    QCOMPARE(m_panel->removeTier(4), QString());
    QVERIFY(m_panel->addTier(Tier{QStringLiteral("dup"), {}, {}, 80, {}}).contains(QStringLiteral("tiers")));
    // Removing the first tier: the next starts at 0.
    QCOMPARE(m_panel->removeTier(0), QString());
    QCOMPARE(lastEdit(*m_spy).tiers.front().id, QStringLiteral("green"));
    QCOMPARE(lastEdit(*m_spy).tiers.front().min, 0.0);
}

void TestWeightsPanel::tierTypedMinStaysAsTyped()
{
    TierDialog dialog(Tier{QStringLiteral("top"), QStringLiteral("Top"), {}, 90, {}}, false);
    dialog.minEdit()->clear();
    QTest::keyClicks(dialog.minEdit(), QLocale().toString(87.1));
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(dialog.tier().min, 87.1);
    QCOMPARE(m_panel->addTier(dialog.tier()), QString());
    QCOMPARE(lastEdit(*m_spy).tiers.back().min, 87.1);
    QVERIFY(m_panel->tiersText().contains(QLocale().toString(87.1)));
    dialog.idEdit()->clear();
    QVERIFY(!dialog.problem().isEmpty());
}

DesignerPage *TestWeightsPanel::openPage()
{
    const QString copy = m_dir.filePath(QStringLiteral("%1.tierlab").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(copy);
    if (!QFile::copy(m_workspace, copy))
        return nullptr;
    m_page = std::make_unique<DesignerPage>();
    m_page->resize(1366, 768);
    m_page->show();
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        return nullptr;
    m_page->setWorkspace(copy);
    if (!QTest::qWaitFor([this] { return !m_page->isLoading(); }, 30000))
        return nullptr;
    return m_page.get();
}

void TestWeightsPanel::pageAddUndoRedo()
{
    DesignerPage *page = openPage();
    QVERIFY(page && page->session()->hasData());
    WeightsPanel *panel = page->weightsPanel();
    const Model before = page->session()->model();
    QCOMPARE(panel->addCategory(QStringLiteral("Adoption")), QString());
    QCOMPARE(page->undoStack()->count(), 1);
    const Model after = page->session()->model();
    QCOMPARE(after.categories.size(), before.categories.size() + 1);
    // A signal into it, from a column of the snapshot.
    Signal s;
    s.id = QStringLiteral("integrations_2");
    s.column = QStringLiteral("integrations_connected");
    s.category = after.categories.back().id;
    s.rule.kind = RuleKind::Percentile;
    QCOMPARE(panel->addSignal(s), QString());
    QCOMPARE(page->undoStack()->count(), 2);
    QCOMPARE(page->session()->model().signals.back().id, s.id);
    page->undoStack()->undo();
    QCOMPARE(page->session()->model(), after);
    page->undoStack()->undo();
    QCOMPARE(page->session()->model(), before);
    QVERIFY(!page->isDirty());
    QVERIFY(!panel->categorySlider(int(before.categories.size())));
    page->undoStack()->redo();
    QCOMPARE(page->session()->model(), after);
    QCOMPARE(page->undoStack()->text(0), WeightsPanel::tr("Add category %1").arg(QStringLiteral("Adoption")));
}

void TestWeightsPanel::pageReorderByKeyboardUndo()
{
    DesignerPage *page = openPage();
    QVERIFY(page && page->session()->hasData());
    WeightsPanel *panel = page->weightsPanel();
    const Model before = page->session()->model();
    QSlider *second = panel->categorySlider(1);
    second->setFocus();
    QTRY_VERIFY(second->hasFocus());
    QTest::keyClick(second, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(page->undoStack()->count(), 1);
    QCOMPARE(page->session()->model().categories[0].id, before.categories[1].id);
    QCOMPARE(page->session()->model().categories[1].id, before.categories[0].id);
    page->undoStack()->undo();
    QCOMPARE(page->session()->model(), before);
    // Removing a signal a penalty reads is refused: nothing changes.
    const int p1 = before.signalIndex(QStringLiteral("open_p1"));
    QVERIFY(p1 >= 0);
    QVERIFY(!panel->removeSignal(p1).isEmpty());
    QCOMPARE(page->undoStack()->index(), 0);
    QCOMPARE(page->session()->model(), before);
}

void TestWeightsPanel::pageRemoveTierUndo()
{
    DesignerPage *page = openPage();
    QVERIFY(page && page->session()->hasData());
    WeightsPanel *panel = page->weightsPanel();
    const Model before = page->session()->model();
    QCOMPARE(before.tiers.size(), std::size_t(3));
    QCOMPARE(panel->removeTier(1), QString());
    QCOMPARE(page->session()->model().tiers.size(), std::size_t(2));
    QCOMPARE(page->session()->current().summary().tierCounts.size(), std::size_t(2));
    page->undoStack()->undo();
    QCOMPARE(page->session()->model(), before);
    QCOMPARE(page->session()->current().summary().tierCounts.size(), std::size_t(3));
}

QTEST_MAIN(TestWeightsPanel)
#include "tst_weightspanel.moc"
