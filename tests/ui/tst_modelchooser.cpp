// ModelChooser: the one model list of every page — its contents in order, the default (published,
// else the newest version, else the seed), following the session, the designer's live model, files.
#include "common/modelchooser.h"

#include "demo/demogenerator.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tierlab;
using ui::ModelChooser;

namespace {
QStringList texts(const QComboBox &combo)
{
    QStringList out;
    for (int i = 0; i < combo.count(); ++i)
        out << combo.itemText(i);
    return out;
}
// Version labels carry the save time: compared by name only.
QStringList names(const QComboBox &combo)
{
    QStringList out = texts(combo);
    for (QString &t : out)
        t = t.section(QStringLiteral(" (saved "), 0, 0);
    return out;
}
} // namespace

class TestModelChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyWorkspaceOffersSeeds();
    void followsVersionsAndPublished();
    void userChoiceStaysUntilAnotherWorkspace();
    void designerModelIsLive();
    void files();

private:
    Model versionModel(const QString &name, double firstWeight) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    Model m_seed;
    Model m_simple;
};

void TestModelChooser::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.tierlab"));
    auto made = DemoGenerator::generateFile(m_demo, DemoOptions{80, 6, 5, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    auto seed = ModelExport::importFile(QStringLiteral(":/models/seed-default.json"));
    auto simple = ModelExport::importFile(QStringLiteral(":/models/seed-simple.json"));
    QVERIFY(seed && simple);
    m_seed = *seed;
    m_simple = *simple;
}

void TestModelChooser::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("w%1.tierlab").arg(++n));
    QVERIFY(QFile::copy(m_demo, m_path));
}

Model TestModelChooser::versionModel(const QString &name, double firstWeight) const
{
    Model m = m_seed;
    m.name = name;
    m.categories[0].weight = firstWeight;
    return m;
}

void TestModelChooser::emptyWorkspaceOffersSeeds()
{
    WorkspaceSession session;
    ModelChooser chooser(&session);
    QCOMPARE(texts(chooser), (QStringList{QStringLiteral("Seed default (built in)"), QStringLiteral("Seed simple (built in)"),
                                          QStringLiteral("Model file…")}));
    QVERIFY(chooser.hasModel());
    QCOMPARE(chooser.model(), m_seed);
    QCOMPARE(chooser.label(), QStringLiteral("Seed default (built in)"));
    QCOMPARE(chooser.currentIndex(), 0);
    QVERIFY(session.open(m_path));
    QCOMPARE(chooser.count(), 3);
    QCOMPARE(chooser.model(), m_seed);
}

void TestModelChooser::followsVersionsAndPublished()
{
    WorkspaceSession session;
    QVERIFY(session.open(m_path));
    ModelChooser chooser(&session);
    QSignalSpy chosen(&chooser, &ModelChooser::modelChosen);

    // A version saved anywhere shows at once and, as the newest, becomes the default.
    const Model a = versionModel(QStringLiteral("A"), 41);
    auto idA = session.saveVersion(QStringLiteral("A"), QString::fromUtf8(ModelFile::toJson(a)));
    QVERIFY(idA);
    QCOMPARE(names(chooser), (QStringList{QStringLiteral("A"), QStringLiteral("Seed default (built in)"),
                                          QStringLiteral("Seed simple (built in)"), QStringLiteral("Model file…")}));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chooser.model(), a);
    QCOMPARE(chooser.currentKey(), QStringLiteral("version:%1").arg(*idA));

    const Model b = versionModel(QStringLiteral("B"), 42);
    auto idB = session.saveVersion(QStringLiteral("B"), QString::fromUtf8(ModelFile::toJson(b)));
    QVERIFY(idB);
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chooser.model(), b);
    QCOMPARE(chooser.currentIndex(), 0);

    // Publishing A puts "Published: A" on top and makes it the choice, ahead of the newer B.
    QVERIFY(session.publish(*idA));
    QCOMPARE(names(chooser), (QStringList{QStringLiteral("Published: A"), QStringLiteral("B"), QStringLiteral("A"),
                                          QStringLiteral("Seed default (built in)"), QStringLiteral("Seed simple (built in)"),
                                          QStringLiteral("Model file…")}));
    QCOMPARE(chosen.count(), 3);
    QCOMPARE(chooser.model(), a);
    QCOMPARE(chooser.label(), QStringLiteral("Published: A"));

    // The published entry follows another publication.
    QVERIFY(session.publish(*idB));
    QCOMPARE(chosen.count(), 4);
    QCOMPARE(chooser.model(), b);
    QCOMPARE(chooser.label(), QStringLiteral("Published: B"));
}

void TestModelChooser::userChoiceStaysUntilAnotherWorkspace()
{
    WorkspaceSession session;
    QVERIFY(session.open(m_path));
    ModelChooser chooser(&session);
    QSignalSpy chosen(&chooser, &ModelChooser::modelChosen);
    Q_EMIT chooser.activated(chooser.findText(QStringLiteral("Seed simple (built in)")));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chooser.model(), m_simple);

    // New versions and a publication show, but the user's pick stays.
    auto id = session.saveVersion(QStringLiteral("C"), QString::fromUtf8(ModelFile::toJson(versionModel(QStringLiteral("C"), 43))));
    QVERIFY(id);
    QVERIFY(session.publish(*id));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chooser.label(), QStringLiteral("Seed simple (built in)"));
    QCOMPARE(chooser.count(), 5);   // Published: C, C, two seeds, "Model file…"
    QCOMPARE(chooser.currentIndex(), 3);

    // A version picked in one workspace does not carry over: the next starts on its own default.
    Q_EMIT chooser.activated(chooser.findText(QStringLiteral("C (saved "), Qt::MatchStartsWith));
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chooser.model().name, QStringLiteral("C"));
    const QString other = m_dir.filePath(QStringLiteral("other-%1.tierlab").arg(QFileInfo(m_path).baseName()));
    QVERIFY(QFile::copy(m_demo, other));
    QVERIFY(session.open(other));
    QCOMPARE(chosen.count(), 3);
    QCOMPARE(chooser.model(), m_seed);
    QCOMPARE(chooser.count(), 3);
}

void TestModelChooser::designerModelIsLive()
{
    WorkspaceSession session;
    QVERIFY(session.open(m_path));
    ModelChooser chooser(&session);
    Model designer = versionModel(QStringLiteral("Draft"), 44);
    chooser.setDesignerModel([&designer] { return designer; });
    QCOMPARE(chooser.itemText(0), QStringLiteral("Current model (designer)"));
    // Nothing saved or published: the designer's model is the default, not a seed that may not fit.
    QCOMPARE(chooser.currentKey(), QStringLiteral("designer"));
    QCOMPARE(chooser.label(), QStringLiteral("Current model (designer)"));
    QCOMPARE(chooser.model(), designer);
    designer.categories[0].weight = 45;   // an unsaved edit in the designer
    QCOMPARE(chooser.model().categories[0].weight, 45.0);

    // A saved version takes over as the default; the designer stays offered.
    const Model saved = versionModel(QStringLiteral("Saved"), 47);
    QVERIFY(session.saveVersion(QStringLiteral("Saved"), QString::fromUtf8(ModelFile::toJson(saved))));
    QCOMPARE(chooser.model(), saved);
    Q_EMIT chooser.activated(0);
    QCOMPARE(chooser.currentKey(), QStringLiteral("designer"));
    QCOMPARE(chooser.model().categories[0].weight, 45.0);
}

void TestModelChooser::files()
{
    WorkspaceSession session;
    ModelChooser chooser(&session);
    const QString file = m_dir.filePath(QStringLiteral("mine.json"));
    QVERIFY(ModelFile::save(versionModel(QStringLiteral("Mine"), 46), file));
    QSignalSpy failed(&chooser, &ModelChooser::failed);
    QVERIFY(chooser.chooseFile(file));
    QCOMPARE(chooser.currentText(), QStringLiteral("mine.json"));
    QCOMPARE(chooser.model().name, QStringLiteral("Mine"));
    QCOMPARE(chooser.count(), 4);
    // The same file again adds no second entry.
    QVERIFY(chooser.chooseFile(file));
    QCOMPARE(chooser.count(), 4);

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"version\": 1, ");
    f.close();
    auto refused = chooser.chooseFile(broken);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("broken.json")));
    QCOMPARE(chooser.currentText(), QStringLiteral("mine.json"));
    QCOMPARE(chooser.count(), 4);
}

QTEST_MAIN(TestModelChooser)
#include "tst_modelchooser.moc"
