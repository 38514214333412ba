// The designer's segment selector (SegmentBar) on the real page, on a small demo workspace and a
// model with two segment variants: the combo chooses which variant the weights panel edits and whose
// accounts the charts show. Expected counts come from ModelSegments and a separate ScoringEngine.
#include "charts/histogramchart.h"
#include "charts/tierbarschart.h"
#include "demo/demogenerator.h"
#include "designer/accountspane.h"
#include "designer/ruleeditordialog.h"
#include "designer/segmentbar.h"
#include "designer/variantdialog.h"
#include "designer/weightspanel.h"
#include "engine/designersession.h"
#include "itemmodels/accountfilterproxy.h"
#include "itemmodels/accountsmodel.h"
#include "model/modelfile.h"
#include "model/modelsegments.h"
#include "pages/designerpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <set>

using namespace tierlab;
using namespace tierlab::ui;
using namespace Qt::StringLiterals;

namespace {

QJsonObject variantJson(const Model &model, int variant)
{
    const QJsonObject root = QJsonDocument::fromJson(ModelFile::toJson(model)).object();
    return root[u"segments"_s].toObject()[u"variants"_s].toArray()[variant].toObject();
}

// Scored accounts of each variant index (0 the base) under `model`, by an engine of its own.
std::vector<std::int64_t> scoredPerVariant(const Model &model, const std::shared_ptr<const Dataset> &data)
{
    ScoringEngine engine;
    engine.setThreadCount(1);
    if (!engine.setModel(model) || !engine.setDataset(data))
        return {};
    const std::vector<std::uint8_t> rows = *ModelSegments::variantOfRows(model, *data);
    std::vector<std::int64_t> out(model.segments.variants.size() + 1, 0);
    for (std::size_t r = 0; r < rows.size(); ++r)
        out[rows[r]] += engine.tiers()[r] >= 0 ? 1 : 0;
    return out;
}

} // namespace

class TestSegmentBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsVariantsWithCounts();
    void variantWeightEditWritesTheVariant();
    void resetToBaseIsUndoable();
    void ruleEditWritesTheVariant();
    void chartsShowTheSegment_data();
    void chartsShowTheSegment();
    void structureEditsRefusedInAVariant();
    void addAndRemoveVariant();
    void accountsTableFollowsTheChoice();
    void editVariantValues();

private:
    void choose(int index);

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<DesignerPage> m_page;
    Model m_model;   // the segmented model the page starts from
};

void TestSegmentBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_workspace = m_dir.filePath(u"segments.tierlab"_s);
    auto made = DemoGenerator::generateFile(m_workspace, DemoOptions{300, 6, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void TestSegmentBar::init()
{
    const QString copy = m_dir.filePath(u"%1.tierlab"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_workspace, copy));
    m_page = std::make_unique<DesignerPage>();
    // TIERLAB_SCREENSHOT_SIZE (e.g. 1920x1080) and TIERLAB_SCREENSHOT_DIR: chartsShowTheSegment keeps pictures.
    const QStringList size = qEnvironmentVariable("TIERLAB_SCREENSHOT_SIZE", u"1366x768"_s).split(u'x');
    m_page->resize(size.value(0).toInt(), size.value(1).toInt());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setWorkspace(copy);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 30000);
    QVERIFY(m_page->session()->hasData());
    // Enterprise with its own weight of the first category; SMB with nothing of its own yet.
    SegmentVariant ent;
    ent.id = u"ent"_s;
    ent.label = u"Enterprise"_s;
    ent.when = {u"Enterprise"_s};
    const Model base = m_page->session()->model();
    ent.categoryWeights = {{base.categories[0].id, base.categories[0].weight + 15}};
    SegmentVariant smb;
    smb.id = u"smb"_s;
    smb.when = {u"SMB"_s};
    m_model = ModelSegments::withVariant(ModelSegments::withVariant(base, u"segment"_s, ent), u"segment"_s, smb);
    const QString file = m_dir.filePath(u"segmented.json"_s);
    QVERIFY(ModelFile::save(m_model, file));
    QVERIFY(m_page->openModelFile(file));
    QCOMPARE(ModelFile::toJson(m_page->session()->model()), ModelFile::toJson(m_model));
    m_model = m_page->session()->model();   // as read back from the file
    m_page->undoStack()->clear();

}

void TestSegmentBar::cleanup()
{
    m_page.reset();
}

void TestSegmentBar::choose(int index)
{
    // As a person would: focus the combo and step with the arrow keys.
    QComboBox *combo = m_page->segmentBar()->combo();
    combo->setFocus();
    while (combo->currentIndex() < index)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > index)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), index);
}

void TestSegmentBar::listsVariantsWithCounts()
{
    const std::shared_ptr<const Dataset> data = m_page->session()->dataset();
    const std::vector<std::int64_t> sizes =
        ModelSegments::rowsPerVariant(*ModelSegments::variantOfRows(m_model, *data), m_model.segments.variants.size());
    QCOMPARE(sizes.size(), std::size_t(3));
    QVERIFY(sizes[0] > 0 && sizes[1] > 0 && sizes[2] > 0);   // Mid-Market is in no variant
    QCOMPARE(m_page->session()->segmentSizes(), sizes);
    const QLocale locale;
    QComboBox *combo = m_page->segmentBar()->combo();
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), u"All accounts · base model (%1)"_s.arg(locale.toString(qlonglong(data->size()))));
    QCOMPARE(combo->itemText(1), u"ent: Enterprise (%1)"_s.arg(locale.toString(qlonglong(sizes[1]))));
    QCOMPARE(combo->itemText(2), u"smb: SMB (%1)"_s.arg(locale.toString(qlonglong(sizes[2]))));
    QCOMPARE(combo->itemText(3), u"Base (accounts in no variant) (%1)"_s.arg(locale.toString(qlonglong(sizes[0]))));
    QCOMPARE(m_page->segmentBar()->choice(), int(SegmentBar::kAll));
}

// The accounts table beside the charts lists the chosen variant's accounts, as the charts count them.
void TestSegmentBar::accountsTableFollowsTheChoice()
{
    const std::shared_ptr<const Dataset> data = m_page->session()->dataset();
    const std::vector<std::int64_t> sizes = m_page->session()->segmentSizes();
    QCOMPARE(sizes.size(), std::size_t(3));
    AccountsPane *pane = m_page->accountsPane();
    QAbstractItemModelTester tester(pane->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto segmentsShown = [pane] {
        std::set<QString> seen;
        for (int r = 0; r < pane->proxy()->rowCount(); ++r)
            seen.insert(pane->proxy()->index(r, AccountsModel::SegmentColumn).data().toString());
        return seen;
    };
    QCOMPARE(pane->proxy()->rowCount(), int(data->size()));
    choose(1);   // ent: Enterprise
    QCOMPARE(pane->proxy()->rowCount(), int(sizes[1]));
    QCOMPARE(segmentsShown(), std::set<QString>{u"Enterprise"_s});
    choose(3);   // in no variant: Mid-Market here
    QCOMPARE(pane->proxy()->rowCount(), int(sizes[0]));
    QCOMPARE(segmentsShown(), std::set<QString>{u"Mid-Market"_s});
    choose(2);   // smb, then removed: every account again
    QCOMPARE(pane->proxy()->rowCount(), int(sizes[2]));
    QTest::mouseClick(m_page->segmentBar()->findChild<QToolButton *>(u"removeVariantButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->segmentBar()->choice(), int(SegmentBar::kAll));
    QCOMPARE(pane->proxy()->rowCount(), int(data->size()));
}

// ✎ on the chosen variant: its values come checked, another variant's are not offered, the id stays;
// the edit keeps the variant's own members and is one undo step.
void TestSegmentBar::editVariantValues()
{
    SegmentBar *bar = m_page->segmentBar();
    auto *edit = bar->findChild<QToolButton *>(u"editVariantButton"_s);
    QVERIFY(edit);
    QVERIFY(!edit->isEnabled());   // every account: no variant chosen
    choose(1);                     // ent
    QVERIFY(edit->isEnabled());
    QStringList checked;
    bool smbTaken = false;
    bool idFixed = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<VariantDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), VariantDialog::tr("Edit Segment Variant"));
        // Editing keeps the variant's own values: the intro must not say it starts as the base model.
        QVERIFY(!dialog->findChild<QLabel *>(u"variantIntro"_s)->text().contains(u"starts as"_s));
        idFixed = dialog->idEdit()->isReadOnly() && dialog->idEdit()->text() == u"ent"_s;
        QListWidget *values = dialog->valueList();
        for (int i = 0; i < values->count(); ++i) {
            QListWidgetItem *item = values->item(i);
            const QString value = item->data(Qt::UserRole).toString();
            if (item->checkState() == Qt::Checked)
                checked << value;
            if (value == u"SMB"_s)
                smbTaken = !(item->flags() & Qt::ItemIsEnabled);
            if (value == u"Mid-Market"_s)
                item->setCheckState(Qt::Checked);
        }
        dialog->findChild<QLineEdit *>(u"variantLabel"_s)->setText(u"Enterprise and Mid-Market"_s);
        dialog->accept();
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(checked, QStringList{u"Enterprise"_s});
    QVERIFY(smbTaken);
    QVERIFY(idFixed);
    const SegmentVariant &edited = m_page->session()->model().segments.variants[0];
    QCOMPARE(edited.id, u"ent"_s);
    QCOMPARE(edited.label, u"Enterprise and Mid-Market"_s);
    std::vector<QString> when = edited.when;   // in the snapshot's order of values
    std::sort(when.begin(), when.end());
    QCOMPARE(when, (std::vector<QString>{u"Enterprise"_s, u"Mid-Market"_s}));
    QCOMPARE(edited.categoryWeights, m_model.segments.variants[0].categoryWeights);   // its own weight kept
    QCOMPARE(m_page->session()->segmentSizes()[0], std::int64_t(0));   // no account is left to the base
    QCOMPARE(bar->choice(), 1);
    QCOMPARE(m_page->undoStack()->count(), 1);
    m_page->undoStack()->undo();
    QCOMPARE(m_page->session()->model(), m_model);
}

void TestSegmentBar::variantWeightEditWritesTheVariant()
{
    WeightsPanel *panel = m_page->weightsPanel();
    const Model base = m_model;
    choose(1);
    QCOMPARE(m_page->segmentBar()->editedVariant(), 0);
    // The panel shows the variant's model: its own first weight, the second inherited.
    QCOMPARE(panel->categorySpin(0)->value(), base.categories[0].weight + 15);
    QCOMPARE(panel->markText(WeightsPanel::ResetCategory, 0), QString());
    QVERIFY(!panel->resetButton(WeightsPanel::ResetCategory, 0)->isHidden());
    QCOMPARE(panel->categorySpin(1)->value(), base.categories[1].weight);
    QCOMPARE(panel->markText(WeightsPanel::ResetCategory, 1), WeightsPanel::tr("inherited"));
    QVERIFY(panel->resetButton(WeightsPanel::ResetCategory, 1)->isHidden());

    // Typing a weight for the inherited category gives the variant its own.
    QDoubleSpinBox *spin = panel->categorySpin(1);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, u"12.5"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    const Model edited = m_page->session()->model();
    const QJsonObject ent = variantJson(edited, 0);
    const QJsonObject weights = ent[u"categories"_s].toObject();
    QCOMPARE(weights.size(), 2);
    QCOMPARE(weights[base.categories[0].id].toDouble(), base.categories[0].weight + 15);
    QCOMPARE(weights[base.categories[1].id].toDouble(), 12.5);
    // The base model and the other variant are untouched.
    QCOMPARE(edited.categories, base.categories);
    QCOMPARE(edited.signals, base.signals);
    QCOMPARE(edited.segments.variants[1], base.segments.variants[1]);
    QCOMPARE(panel->markText(WeightsPanel::ResetCategory, 1), QString());
    QCOMPARE(m_page->undoStack()->count(), 1);
    QCOMPARE(m_page->undoStack()->undoText(), u"Change weight of %1 in Enterprise"_s.arg(base.categories[1].label));

    m_page->undoStack()->undo();
    QCOMPARE(ModelFile::toJson(m_page->session()->model()), ModelFile::toJson(base));
    QCOMPARE(panel->categorySpin(1)->value(), base.categories[1].weight);
    QCOMPARE(panel->markText(WeightsPanel::ResetCategory, 1), WeightsPanel::tr("inherited"));
}

void TestSegmentBar::resetToBaseIsUndoable()
{
    WeightsPanel *panel = m_page->weightsPanel();
    choose(1);
    QToolButton *reset = panel->resetButton(WeightsPanel::ResetCategory, 0);
    QVERIFY(reset && !reset->isHidden());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(m_page->session()->model().segments.variants[0].categoryWeights.empty());
    QVERIFY(!variantJson(m_page->session()->model(), 0).contains(u"categories"_s));
    QCOMPARE(panel->categorySpin(0)->value(), m_model.categories[0].weight);
    QCOMPARE(panel->markText(WeightsPanel::ResetCategory, 0), WeightsPanel::tr("inherited"));
    m_page->undoStack()->undo();
    QCOMPARE(m_page->session()->model(), m_model);
    QCOMPARE(panel->categorySpin(0)->value(), m_model.categories[0].weight + 15);
}

void TestSegmentBar::ruleEditWritesTheVariant()
{
    choose(2);   // smb: nothing of its own yet
    const Signal base = m_model.signals[0];
    QVERIFY(base.rule.kind == RuleKind::Linear);
    QToolButton *ruleButton = nullptr;
    for (QToolButton *b : m_page->weightsPanel()->signalRowWidget(0)->findChildren<QToolButton *>()) {
        if (b->text() == WeightsPanel::tr("Rule…"))
            ruleButton = b;
    }
    QVERIFY(ruleButton);
    // The rule editor is modal: type the worst value as a person would, then OK.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<RuleEditorDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *worst = dialog->findChild<QDoubleSpinBox *>(u"ruleWorst"_s);
        QVERIFY(worst);
        worst->selectAll();
        QTest::keyClicks(worst, QLocale().toString(3.125));
        dialog->accept();
    });
    m_page->weightsPanel()->setExpanded(0, true);
    QTest::mouseClick(ruleButton, Qt::LeftButton);
    const Model edited = m_page->session()->model();
    const std::vector<SignalVariant> &own = edited.segments.variants[1].signals;
    QCOMPARE(own.size(), std::size_t(1));
    QCOMPARE(own[0].signal, base.id);
    QVERIFY(own[0].rule && !own[0].weight && !own[0].missing);
    SignalRule want = base.rule;
    want.worst = 3.125;
    QCOMPARE(*own[0].rule, want);
    QCOMPARE(edited.signals, m_model.signals);   // the base keeps its rule
    QVERIFY(!m_page->weightsPanel()->resetButton(WeightsPanel::ResetSignal, 0)->isHidden());
    m_page->undoStack()->undo();
    QCOMPARE(m_page->session()->model(), m_model);
}

void TestSegmentBar::chartsShowTheSegment_data()
{
    QTest::addColumn<int>("index");   // in the combo
    QTest::addColumn<int>("variant"); // its variant index: 0 the base, v + 1 variant v; -1 all
    QTest::addColumn<QString>("name");
    QTest::newRow("all accounts") << 0 << -1 << QString();
    QTest::newRow("Enterprise") << 1 << 1 << u"Enterprise"_s;
    QTest::newRow("smb") << 2 << 2 << u"smb"_s;
    QTest::newRow("in no variant") << 3 << 0 << u"accounts in no variant"_s;
}

void TestSegmentBar::chartsShowTheSegment()
{
    QFETCH(int, index);
    QFETCH(int, variant);
    QFETCH(QString, name);
    choose(index);
    QCOMPARE(m_page->segmentBar()->choice(), variant);
    if (const QString dir = qEnvironmentVariable("TIERLAB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QCoreApplication::sendPostedEvents();   // layouts and the charts' queued replots
        m_page->histogramChart()->replot();
        m_page->tierBarsChart()->replot();
        QVERIFY(m_page->grab().save(u"%1/designer-segment-%2.png"_s.arg(dir).arg(index)));
    }
    const std::vector<std::int64_t> scored = scoredPerVariant(m_model, m_page->session()->dataset());
    std::int64_t all = 0;
    for (std::int64_t n : scored)
        all += n;
    HistogramChart *histogram = m_page->histogramChart();
    if (variant < 0) {
        QCOMPARE(histogram->barTotal(), all);
        QVERIFY(!histogram->hasOutline());
        QCOMPARE(histogram->titleText(), HistogramChart::tr("Score distribution"));
        QCOMPARE(m_page->tierBarsChart()->titleText(), TierBarsChart::tr("Per tier (dashed: %1)").arg(TierBarsChart::tr("baseline")));
        return;
    }
    // The segment's accounts as bars, every account as the outline; both counted in the title.
    QCOMPARE(histogram->barTotal(), scored[std::size_t(variant)]);
    QVERIFY(histogram->hasOutline());
    QCOMPARE(histogram->outlineTotal(), all);
    const std::vector<std::int64_t> sizes = m_page->session()->segmentSizes();
    const QLocale locale;
    QCOMPARE(histogram->titleText(), u"Score distribution · %1: %2 of %3 accounts (line: all)"_s.arg(
                                         name, locale.toString(qlonglong(sizes[std::size_t(variant)])),
                                         locale.toString(qlonglong(m_page->session()->dataset()->size()))));
    QCOMPARE(m_page->tierBarsChart()->titleText(), u"Per tier · %1 (dashed: baseline)"_s.arg(name));
    // A slider of the segment re-draws the segment: the counts follow the edited variant.
    QSlider *slider = m_page->weightsPanel()->categorySlider(1);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageUp);
    const Model edited = m_page->session()->model();
    QCOMPARE(histogram->barTotal(), scoredPerVariant(edited, m_page->session()->dataset())[std::size_t(variant)]);
    if (variant == 0)
        QCOMPARE(edited.segments, m_model.segments);   // the base model was edited
    else
        QCOMPARE(edited.categories, m_model.categories);   // the variant was
}

void TestSegmentBar::structureEditsRefusedInAVariant()
{
    choose(2);
    const QString why = m_page->weightsPanel()->addCategory(u"Extra"_s);
    QVERIFY2(why.contains(u"All accounts"_s), qPrintable(why));
    QCOMPARE(m_page->session()->model(), m_model);
    QCOMPARE(m_page->undoStack()->count(), 0);
    choose(0);
    QVERIFY(m_page->weightsPanel()->addCategory(u"Extra"_s).isEmpty());
    QCOMPARE(m_page->session()->model().categories.size(), m_model.categories.size() + 1);
}

void TestSegmentBar::addAndRemoveVariant()
{
    SegmentBar *bar = m_page->segmentBar();
    QStringList offered;
    bool enterpriseTaken = false;
    // The dialog is modal: fill it in once it is up.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<VariantDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(!dialog->byCombo()->isEnabled());   // a model's variants all split by one attribute
        QListWidget *values = dialog->valueList();
        for (int i = 0; i < values->count(); ++i) {
            QListWidgetItem *item = values->item(i);
            offered << item->data(Qt::UserRole).toString();
            if (item->data(Qt::UserRole).toString() == u"Enterprise"_s)
                enterpriseTaken = !(item->flags() & Qt::ItemIsEnabled);
            if (item->data(Qt::UserRole).toString() == u"Mid-Market"_s)
                item->setCheckState(Qt::Checked);
        }
        dialog->idEdit()->setText(u"mid"_s);
        dialog->accept();
    });
    QTest::mouseClick(bar->findChild<QToolButton *>(u"addVariantButton"_s), Qt::LeftButton);
    offered.sort();
    QCOMPARE(offered, (QStringList{u"Enterprise"_s, u"Mid-Market"_s, u"SMB"_s}));
    QVERIFY(enterpriseTaken);
    const Model added = m_page->session()->model();
    QCOMPARE(added.segments.variants.size(), std::size_t(3));
    QCOMPARE(added.segments.variants[2].id, u"mid"_s);
    QCOMPARE(added.segments.variants[2].when, std::vector<QString>{u"Mid-Market"_s});
    QCOMPARE(bar->choice(), 3);   // the new variant is chosen
    QCOMPARE(bar->combo()->count(), 5);
    QCOMPARE(m_page->session()->segmentSizes()[0], std::int64_t(0));   // every account is in a variant now

    QTest::mouseClick(bar->findChild<QToolButton *>(u"removeVariantButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->session()->model(), m_model);
    QCOMPARE(bar->choice(), int(SegmentBar::kAll));
    QCOMPARE(m_page->undoStack()->count(), 2);
    m_page->undoStack()->undo();
    QCOMPARE(m_page->session()->model(), added);
    m_page->undoStack()->undo();
    QCOMPARE(m_page->session()->model(), m_model);
}

QTEST_MAIN(TestSegmentBar)
#include "tst_segmentbar.moc"
