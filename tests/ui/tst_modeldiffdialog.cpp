// ModelDiffDialog driven through its widgets: the seeds fill both sides at first, choosing the two
// sides in the combos (added models, a model file from disk) fills the table and the summary,
// sorting by section, swapping, "identical", copy as text, the colour and text mark of each kind,
// and Edit → Compare Models… in the main window (baseline or default seed against the current model).
#include "dialogs/modeldiffdialog.h"
#include "itemmodels/modeldiffmodel.h"
#include "mainwindow.h"
#include "model/modeldiff.h"
#include "model/modelfile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;
using namespace tierlab::ui;

namespace {

const QByteArray kBefore = R"({"format":"tierlab-model","version":1,"name":"Before",
  "categories":[{"id":"use","weight":2},{"id":"sup","weight":1}],
  "signals":[{"id":"logins","category":"use","rule":{"kind":"linear","worst":0,"best":30}},
             {"id":"tickets","category":"sup","rule":{"kind":"linear","worst":10,"best":0}}],
  "tiers":[{"id":"red","min":0},{"id":"yellow","min":40},{"id":"green","min":70,"label":"Green"}]})";

// use weight 2 → 3, tickets weight 1 → 2, yellow 40 → 50, green removed.
const QByteArray kAfter = R"({"format":"tierlab-model","version":1,"name":"Before",
  "categories":[{"id":"use","weight":3},{"id":"sup","weight":1}],
  "signals":[{"id":"logins","category":"use","rule":{"kind":"linear","worst":0,"best":30}},
             {"id":"tickets","category":"sup","weight":2,"rule":{"kind":"linear","worst":10,"best":0}}],
  "tiers":[{"id":"red","min":0},{"id":"yellow","min":50}]})";

Model parse(const QByteArray &json)
{
    auto m = ModelFile::fromJson(json);
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

// The table as shown: each row's cells joined by " | ".
QStringList shownRows(QTableView *table)
{
    QStringList rows;
    const QAbstractItemModel *m = table->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m->columnCount(); ++c)
            cells << m->index(r, c).data().toString();
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

void choose(QComboBox *combo, const QString &text)
{
    const int i = combo->findText(text);
    QVERIFY2(i >= 0, qPrintable(text));
    // Through the keyboard as a user would: focus the combo and step to the entry.
    combo->setFocus();
    while (combo->currentIndex() < i)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > i)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), text);
}

} // namespace

class TestModelDiffDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedsAtFirst();
    void chooseSides();
    void fileFromDisk();
    void colourAndMark();
    void fromMainWindow();
    void screenshot();
};

void TestModelDiffDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestModelDiffDialog::seedsAtFirst()
{
    ModelDiffDialog dialog;
    auto *left = dialog.findChild<QComboBox *>(QStringLiteral("leftCombo"));
    auto *right = dialog.findChild<QComboBox *>(QStringLiteral("rightCombo"));
    QVERIFY(left && right);
    QCOMPARE(left->count(), 3);
    QCOMPARE(left->itemText(0), QStringLiteral("Seed default (built in)"));
    QCOMPARE(left->itemText(1), QStringLiteral("Seed simple (built in)"));
    QCOMPARE(left->itemText(2), QStringLiteral("Model file…"));
    QCOMPARE(left->currentText(), QStringLiteral("Seed default (built in)"));
    QCOMPARE(right->currentText(), QStringLiteral("Seed simple (built in)"));
    auto seedDefault = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    auto seedSimple = ModelFile::load(QStringLiteral(":/models/seed-simple.json"));
    QVERIFY(seedDefault && seedSimple);
    const auto changes = ModelDiff::diff(*seedDefault, *seedSimple);
    QVERIFY(!changes.empty());
    QCOMPARE(dialog.table()->model()->rowCount(), int(changes.size()));
    QVERIFY(dialog.summaryText().startsWith(QStringLiteral("%1 difference(s): ").arg(changes.size())));
}

void TestModelDiffDialog::chooseSides()
{
    ModelDiffDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.addModel(QStringLiteral("Hand before"), parse(kBefore)), 2);
    QCOMPARE(dialog.addModel(QStringLiteral("Hand after"), parse(kAfter)), 3);
    auto *left = dialog.findChild<QComboBox *>(QStringLiteral("leftCombo"));
    auto *right = dialog.findChild<QComboBox *>(QStringLiteral("rightCombo"));
    QCOMPARE(left->itemText(left->count() - 1), QStringLiteral("Model file…"));   // stays last
    choose(left, QStringLiteral("Hand before"));
    choose(right, QStringLiteral("Hand after"));
    QCOMPARE(dialog.side(ModelDiffDialog::Side::Left), 2);
    QCOMPARE(dialog.side(ModelDiffDialog::Side::Right), 3);
    QCOMPARE(shownRows(dialog.table()),
             (QStringList{QStringLiteral("~ changed | categories | use | weight | 2 | 3"),
                          QStringLiteral("~ changed | signals | tickets | weight | 1 | 2"),
                          QStringLiteral("~ changed | tiers | yellow | min | 40 | 50"),
                          QStringLiteral("- removed | tiers | green | (whole item) | min=70, label=Green, color= | ")}));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("diffSummary"));
    QCOMPARE(summary->text(), QStringLiteral("4 difference(s): 2 weight(s), 1 tier threshold(s), 1 removed"));

    // Sorted by section, descending: tiers first, in their own order.
    dialog.table()->horizontalHeader()->setSortIndicator(ModelDiffModel::SectionColumn, Qt::DescendingOrder);
    QCOMPARE(shownRows(dialog.table()).first(), QStringLiteral("~ changed | tiers | yellow | min | 40 | 50"));
    QCOMPARE(shownRows(dialog.table()).last(), QStringLiteral("~ changed | categories | use | weight | 2 | 3"));
    dialog.table()->horizontalHeader()->setSortIndicator(ModelDiffModel::KindColumn, Qt::AscendingOrder);

    // Swap: the removed tier is added now.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("swapButton")), Qt::LeftButton);
    QCOMPARE(left->currentText(), QStringLiteral("Hand after"));
    QCOMPARE(right->currentText(), QStringLiteral("Hand before"));
    QCOMPARE(shownRows(dialog.table()).last(), QStringLiteral("+ added | tiers | green | (whole item) |  | min=70, label=Green, color="));
    QCOMPARE(summary->text(), QStringLiteral("4 difference(s): 2 weight(s), 1 tier threshold(s), 1 added"));

    // Copy as text: ModelDiff's text form.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), ModelDiff::toText(ModelDiff::diff(parse(kAfter), parse(kBefore))));
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("~ categories.use.weight: 3 → 2\n")));

    // The same model on both sides.
    choose(right, QStringLiteral("Hand after"));
    QCOMPARE(dialog.table()->model()->rowCount(), 0);
    QCOMPARE(summary->text(), QStringLiteral("Identical: no differences"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("no differences\n"));
}

void TestModelDiffDialog::fileFromDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("after.json"));
    QVERIFY(ModelFile::save(parse(kAfter), path));
    ModelDiffDialog dialog;
    const int before = dialog.addModel(QStringLiteral("Hand before"), parse(kBefore));
    auto file = dialog.addModelFile(path);
    QVERIFY(file);
    QCOMPARE(dialog.sourceLabel(*file), QStringLiteral("after.json"));
    dialog.setSide(ModelDiffDialog::Side::Left, before);
    dialog.setSide(ModelDiffDialog::Side::Right, *file);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("rightCombo"))->currentText(), QStringLiteral("after.json"));
    QCOMPARE(dialog.table()->model()->rowCount(), 4);
    // A file that is not a model: an error naming it, nothing offered.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\":\"something else\"}");
    f.close();
    const int sources = dialog.sourceCount();
    QVERIFY(!dialog.addModelFile(bad));
    QCOMPARE(dialog.sourceCount(), sources);
}

void TestModelDiffDialog::colourAndMark()
{
    ModelDiffDialog dialog;
    dialog.setSide(ModelDiffDialog::Side::Left, dialog.addModel(QStringLiteral("a"), parse(kBefore)));
    dialog.setSide(ModelDiffDialog::Side::Right, dialog.addModel(QStringLiteral("b"), parse(kAfter)));
    const QAbstractItemModel *m = dialog.table()->model();
    QCOMPARE(m->index(0, ModelDiffModel::KindColumn).data().toString(), QStringLiteral("~ changed"));
    QCOMPARE(m->index(3, ModelDiffModel::KindColumn).data().toString(), QStringLiteral("- removed"));
    const QColor changed = m->index(0, ModelDiffModel::AfterColumn).data(Qt::BackgroundRole).value<QColor>();
    const QColor removed = m->index(3, ModelDiffModel::AfterColumn).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(changed.isValid() && removed.isValid());
    QVERIFY(changed != removed);
    // The whole row carries the colour.
    QCOMPARE(m->index(3, ModelDiffModel::SectionColumn).data(Qt::BackgroundRole).value<QColor>(), removed);
    dialog.swapSides();
    const QColor added = m->index(3, ModelDiffModel::KindColumn).data(Qt::BackgroundRole).value<QColor>();
    QCOMPARE(m->index(3, ModelDiffModel::KindColumn).data().toString(), QStringLiteral("+ added"));
    QVERIFY(added.isValid() && added != removed && added != changed);
}

void TestModelDiffDialog::fromMainWindow()
{
    // No workspace: no baseline and no versions, so the default seed against the designer's model.
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("compareModelsAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Compare &Models…"));
    action->trigger();
    auto *dialog = window.findChild<ModelDiffDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("leftCombo"))->currentText(), QStringLiteral("Seed default (built in)"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("rightCombo"))->currentText(), QStringLiteral("Current model (designer)"));
    dialog->close();

    // File → Export Model with Metadata… comes right after Save Model File….
    auto *exportModel = window.findChild<QAction *>(QStringLiteral("exportModelAction"));
    QVERIFY(exportModel);
    QCOMPARE(exportModel->text(), QStringLiteral("&Export Model with Metadata…"));
    QVERIFY(!exportModel->associatedObjects().isEmpty());
    auto *fileMenu = qobject_cast<QMenu *>(exportModel->associatedObjects().constFirst());
    QVERIFY(fileMenu);
    const QList<QAction *> actions = fileMenu->actions();
    const qsizetype at = actions.indexOf(exportModel);
    QVERIFY(at > 0);
    QCOMPARE(actions[at - 1]->text(), QStringLiteral("Save Model &File…"));
}

void TestModelDiffDialog::screenshot()
{
    // Writes docs/screenshots/model-diff.png: TIERLAB_DIFF_SHOT=docs/screenshots/model-diff.png tst_modeldiffdialog screenshot
    const QString out = qEnvironmentVariable("TIERLAB_DIFF_SHOT");
    if (out.isEmpty())
        QSKIP("set TIERLAB_DIFF_SHOT to write the screenshot");
    ModelDiffDialog dialog;
    auto seed = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    QVERIFY(seed);
    // A realistic edit of the default seed: two weights, a rule, a threshold, a tier removed and
    // a penalty added.
    Model edited = *seed;
    QVERIFY(edited.categories.size() >= 2 && edited.signals.size() >= 2 && edited.tiers.size() >= 2);
    edited.name = seed->name + QStringLiteral(" (edited)");
    edited.categories[0].weight += 10;
    edited.signals[1].weight *= 2;
    edited.signals[0].rule.best *= 1.5;
    edited.tiers[1].min += 5;
    Penalty p;
    p.id = QStringLiteral("no_login");
    p.column = edited.signals[0].id;
    p.op = CompareOp::LessEqual;
    p.value.type = RuleValue::Type::Number;
    p.value.number = 0;
    p.points = 15;
    p.label = QStringLiteral("No login in 30 days");
    edited.penalties.push_back(p);
    edited.tiers.pop_back();
    dialog.setSide(ModelDiffDialog::Side::Left, 0);
    dialog.setSide(ModelDiffDialog::Side::Right, dialog.addModel(QStringLiteral("Current model (designer)"), edited));
    dialog.resize(1000, 460);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(out));
}

QTEST_MAIN(TestModelDiffDialog)
#include "tst_modeldiffdialog.moc"
